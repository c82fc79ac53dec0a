/**
 * The one place where secrets are taken out of what the client lets out: error fields, span
 * attributes and log annotations all pass through a {@link Scrubber}.
 */
import * as EffectRegExp from "effect/RegExp"

/** Removes the configured secrets from texts and from JSON-like values. */
export interface Scrubber {
  /** Whether there is anything to scrub at all (a client without credentials has nothing). */
  readonly active: boolean
  readonly text: (text: string) => string
  /** Scrubs every string (keys included) of a JSON-like value; anything else is returned as is. */
  readonly deep: (value: unknown) => unknown
}

/**
 * A secret shorter than this is redacted only where it stands as a whole word: a one-letter test
 * token must not turn `http://` into `h[REDACTED][REDACTED]p://`. Real secrets (a 32-digit auth
 * token, its base64 Basic value) are far longer and are redacted wherever they appear.
 */
const wholeWordBelow = 8

const inactive: Scrubber = { active: false, text: (text) => text, deep: (value) => value }

/** A scrubber for the given secrets (empty ones are ignored). */
export const make = (secrets: ReadonlyArray<string>): Scrubber => {
  const unique = [...new Set(secrets.filter((secret) => secret.length > 0))]
    // Longest first, so a secret containing another is replaced whole.
    .sort((a, b) => b.length - a.length)
  if (unique.length === 0) return inactive
  const pattern = new RegExp(
    unique.map((secret) =>
      secret.length < wholeWordBelow
        ? `(?<![A-Za-z0-9])${EffectRegExp.escape(secret)}(?![A-Za-z0-9])`
        : EffectRegExp.escape(secret)
    ).join("|"),
    "g"
  )
  const text = (input: string): string => input.replace(pattern, "[REDACTED]")
  const deep = (value: unknown, depth = 0): unknown => {
    if (typeof value === "string") return text(value)
    if (typeof value !== "object" || value === null) return value
    // JSON from a bounded body is finite, but stay safe with anything else handed in.
    if (depth > 64) return "[too deep]"
    if (Array.isArray(value)) return value.map((item) => deep(item, depth + 1))
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value)) out[text(key)] = deep((value as Record<string, unknown>)[key], depth + 1)
    return out
  }
  return { active: true, text, deep }
}
