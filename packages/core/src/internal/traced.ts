/**
 * The boundary every public call passes: its span, and its errors scrubbed of secrets.
 */
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import type { FlexError } from "../FlexError.js"
import type * as Request from "./request.js"
import type * as Scrub from "./scrub.js"

/** A FlexError with every field scrubbed: message, URL, Twilio's echoes, the decode issue. */
const scrubError = (scrub: Scrub.Scrubber, error: FlexError): FlexError => {
  if (!scrub.active) return error
  // Every field the error class declares (`message` is not an own enumerable property).
  const constructor = error.constructor as unknown as {
    new(fields: unknown): FlexError
    readonly fields: Readonly<Record<string, unknown>>
  }
  const fields: Record<string, unknown> = {}
  for (const key of Object.keys(constructor.fields)) {
    if (key !== "_tag") fields[key] = scrub.deep((error as unknown as Record<string, unknown>)[key])
  }
  return new constructor(fields)
}

const spanOptions = (scrub: Scrub.Scrubber, attributes: Readonly<Record<string, unknown>>) => ({
  kind: "client" as const,
  // A stack trace per call costs more than the call's own work on a fast link.
  captureStackTrace: false,
  attributes: Object.fromEntries(
    Object.entries(attributes).map(([key, value]) => [key, typeof value === "string" ? scrub.text(value) : value])
  )
})

/**
 * Runs a call in its span, with errors scrubbed. The span ends with no value: a span that outlives
 * the call (in an exporter's batch) must not keep a page of records alive.
 */
export const traced = <A>(
  transport: Request.Transport,
  name: string,
  attributes: Readonly<Record<string, unknown>>,
  effect: Effect.Effect<A, FlexError>
): Effect.Effect<A, FlexError> =>
  Effect.suspend(() => {
    let result: A | undefined
    return effect.pipe(
      Effect.mapError((error) => scrubError(transport.scrub, error)),
      Effect.map((value) => {
        result = value
      }),
      Effect.withSpan(`FlexClient.${name}`, spanOptions(transport.scrub, attributes)),
      Effect.map(() => {
        const value = result as A
        result = undefined
        return value
      })
    )
  })

export const tracedStream = <A>(
  transport: Request.Transport,
  name: string,
  attributes: Readonly<Record<string, unknown>>,
  stream: Stream.Stream<A, FlexError>
): Stream.Stream<A, FlexError> =>
  stream.pipe(
    Stream.mapError((error) => scrubError(transport.scrub, error)),
    Stream.withSpan(`FlexClient.${name}`, spanOptions(transport.scrub, attributes))
  )
