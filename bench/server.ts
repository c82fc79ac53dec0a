/**
 * The benchmark's target: the project's Flex simulator on a loopback port, in its own process
 * (forked by `run.ts`). It seeds the store, writes the {@link Target} file, says `ready` over
 * IPC, then answers `stats` messages with the requests served and its CPU time since the last
 * `stats` (and clears its journal, which would otherwise grow for the whole benchmark).
 */
import * as FlexSimulator from "@effect-flex/core/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/node/NodeFlexSimulator"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Fs from "node:fs"
import { channelCount, chatChannelCount, type Target } from "./shared.js"

export interface ServerStats {
  readonly requests: number
  readonly cpuMs: number
  readonly statuses: { readonly [status: string]: number }
}

export type ServerMessage =
  | { readonly type: "ready" }
  | { readonly type: "stats"; readonly stats: ServerStats }

const targetFile = process.argv[2]
if (targetFile === undefined) throw new Error("usage: server.mjs <target-file>")

/** Without an IPC channel (started by hand, for experiments) it just logs. */
const send = (message: ServerMessage) =>
  process.send === undefined ? console.error(`simulator: ${JSON.stringify(message)}`) : process.send(message)

const program = Effect.gen(function*() {
  const simulator = yield* FlexSimulator.FlexSimulator
  const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
  const seeded = yield* simulator.seed({
    interactions: 1,
    channelsPerInteraction: channelCount,
    chatChannels: chatChannelCount
  })
  const interaction = seeded.interactions[0]!
  const target: Target = {
    url,
    accountSid: simulator.credentials.accountSid,
    authToken: Redacted.value(simulator.credentials.authToken),
    interactionSid: interaction.sid,
    interactionChannelSids: interaction.channels.map((channel) => channel.sid),
    chatChannelSids: seeded.chatChannels
  }
  Fs.writeFileSync(targetFile, JSON.stringify(target))

  let cpu = process.cpuUsage()
  process.on("message", (message: { readonly type: string }) => {
    if (message.type !== "stats") return
    const journal = Effect.runSync(simulator.journal)
    Effect.runSync(simulator.clearJournal)
    const used = process.cpuUsage(cpu)
    cpu = process.cpuUsage()
    const statuses: Record<string, number> = {}
    for (const entry of journal) {
      const key = String(entry.status)
      statuses[key] = (statuses[key] ?? 0) + 1
    }
    send({ type: "stats", stats: { requests: journal.length, cpuMs: (used.user + used.system) / 1000, statuses } })
  })
  process.on("disconnect", () => process.exit(0))
  send({ type: "ready" })
  return yield* Effect.never
})

program.pipe(
  Effect.provide(NodeFlexSimulator.layer({ host: "127.0.0.1", port: 0 })),
  Effect.runPromise
).catch((error) => {
  console.error(error)
  process.exit(1)
})
