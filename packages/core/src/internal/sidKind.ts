/**
 * What each SID prefix names, written once for the SID schemas' titles (../Sid.ts) and the
 * invalid-argument messages (./input.ts).
 */
import type { Prefix } from "../Sid.js"

const kinds: Readonly<Record<Prefix, string>> = {
  AC: "Account",
  CH: "Flex chat channel",
  FO: "Flex Flow",
  US: "chat user",
  WT: "TaskRouter Task",
  WK: "TaskRouter Worker",
  WR: "TaskRouter Reservation",
  SK: "API key",
  KD: "Interaction",
  UO: "Interaction channel",
  UT: "Interaction channel participant",
  HQ: "Interaction context",
  KG: "Interaction channel invite",
  UX: "Interaction transfer",
  GO: "Flex instance",
  QW: "transfer execution",
  KQ: "note or summary",
  WS: "TaskRouter Workspace",
  WW: "TaskRouter Workflow",
  WQ: "TaskRouter TaskQueue"
}

/** The kind as a title: `Chat user`, `Account`. */
export const title = (prefix: Prefix): string => kinds[prefix][0]!.toUpperCase() + kinds[prefix].slice(1)

/** The kind in a sentence: `a chat user`, `an Account`. */
export const inSentence = (prefix: Prefix): string => `${/^[AEIOU]/i.test(kinds[prefix]) ? "an" : "a"} ${kinds[prefix]}`

/** Whether a two-letter prefix is one of the kinds above. */
export const known = (prefix: string): prefix is Prefix => Object.hasOwn(kinds, prefix)
