/**
 * The client decodes records with a fast path (internal/decode.ts); it must agree with Schema's
 * own decoding of the public classes on every input: same value, or both failing.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Arbitrary from "effect/Arbitrary"
import * as Either from "effect/Either"
import * as FastCheck from "effect/FastCheck"
import * as Schema from "effect/Schema"
import { ChatChannel } from "../src/ChatChannel.js"
import { InteractionChannel } from "../src/InteractionChannel.js"
import * as Compile from "../src/internal/compile.js"
import * as Decode from "../src/internal/decode.js"
import * as Page from "../src/Page.js"
import { PageMeta } from "../src/Page.js"
import { Participant } from "../src/Participant.js"
import * as Transport from "./utils/transport.js"

const interactionSid = Transport.sid("KD", 1)
const valid: ReadonlyArray<readonly [string, Schema.Schema<any, any>, Record<string, unknown>]> = [
  ["ChatChannel", ChatChannel, Transport.wireChatChannel(1)],
  ["InteractionChannel", InteractionChannel, Transport.wireInteractionChannel(interactionSid, 1)],
  ["Participant", Participant, {
    sid: Transport.sid("UT", 1),
    type: "agent",
    interaction_sid: interactionSid,
    channel_sid: Transport.sid("UO", 1),
    url: "https://flex-api.twilio.com/x",
    routing_properties: { worker_sid: Transport.sid("WK", 1), queue: "x" }
  }],
  ["PageMeta", PageMeta, Transport.meta("channels", "https://flex-api.twilio.com/v1/Channels", 0, 50, null)]
]

/** Both decoders' outcomes, comparable: the encoded value on success, "failure" otherwise. */
const outcomes = (schema: Schema.Schema<any, any>, input: unknown) => {
  const fast = Decode.resource(schema as never)(input)
  const full = Schema.decodeUnknownEither(schema)(input)
  const show = (result: Either.Either<unknown, unknown>) =>
    Either.isRight(result) ? JSON.stringify(Schema.encodeSync(schema)(result.right)) : "failure"
  return {
    fast: show(fast),
    full: show(full),
    isInstance: Either.isRight(fast) && fast.right instanceof (schema as any)
  }
}

/** A wire record with some keys removed or replaced by arbitrary JSON values. */
const mutated = (record: Record<string, unknown>) =>
  FastCheck.tuple(
    FastCheck.subarray(Object.keys(record)),
    FastCheck.dictionary(FastCheck.constantFrom(...Object.keys(record), "extra"), FastCheck.jsonValue(), { maxKeys: 3 })
  ).map(([removed, replaced]) => {
    const out: Record<string, unknown> = { ...record, ...replaced }
    for (const key of removed) delete out[key]
    return out
  })

describe("fast record decoding agrees with Schema", () => {
  it.each(valid)("%s: generated wire records", (_, schema) => {
    FastCheck.assert(
      FastCheck.property(Arbitrary.make(Schema.encodedSchema(schema)), (input) => {
        const { fast, full } = outcomes(schema, input)
        expect(fast).toBe(full)
      }),
      { numRuns: 300 }
    )
  })

  it.each(valid)("%s: valid records with keys removed or replaced", (_, schema, record) => {
    FastCheck.assert(
      FastCheck.property(mutated(record), (input) => {
        const { fast, full } = outcomes(schema, input)
        expect(fast).toBe(full)
      }),
      { numRuns: 500 }
    )
  })

  it.each(valid)("%s: the valid record decodes to a class instance", (_, schema, record) => {
    const { fast, full, isInstance } = outcomes(schema, record)
    expect(fast).not.toBe("failure")
    expect(fast).toBe(full)
    expect(isInstance).toBe(true)
  })

  it.each(valid)("%s: every field takes the fast path (no silent fallback to the slow one)", (_, schema) => {
    const compilation = Compile.compile(schema, { classes: [schema as never] })
    expect(compilation.fallbacks).toEqual([])
    expect(compilation.constructed).toEqual([])
    expect(compilation.stepwise).toEqual([])
  })

  it("a field whose transformation does more than rename decodes as Schema does", () => {
    class WithOption extends Schema.Class<WithOption>("WithOption")({
      sid: Schema.String,
      note: Schema.optionalWith(Schema.String, { as: "Option" }).pipe(Schema.fromKey("the_note"))
    }) {}
    const decoded = Either.getOrThrow(Decode.resource(WithOption)({ sid: "x", the_note: "hi" }))
    expect(decoded.note).toEqual(Schema.decodeUnknownSync(WithOption)({ sid: "x", the_note: "hi" }).note)
  })

  it("a bad single record is explained by Schema's own issue, naming the class", () => {
    const result = Decode.resource(ChatChannel)({ ...Transport.wireChatChannel(1), sid: "CH-bad" })
    expect(JSON.stringify(Either.getLeft(result))).toContain("ChatChannel")
  })

  it("a bad record in a page fails with Schema's precise path", () => {
    const decode = Decode.page("channels", InteractionChannel)
    const items = [0, 1, 2].map((n) => Transport.wireInteractionChannel(interactionSid, n))
    const body = {
      channels: [...items.slice(0, 2), { ...items[2], sid: "UO-bad" }],
      meta: Transport.meta("channels", "u", 0, 3, null)
    }
    const result = decode(body)
    expect(Either.isLeft(result)).toBe(true)
    expect(JSON.stringify(Either.getLeft(result))).toContain("UO-bad")
    const ok = decode({ ...body, channels: items })
    expect(Either.getOrThrow(ok).items.map((c) => c.sid)).toEqual(items.map((c) => c.sid))
  })

  it("lenient values (negative meta, links that are not strings, untyped routing) stay on the compiled path", () => {
    const participants = [{ worker_sid: "" }, "a string", [1, 2], { worker_sid: Transport.sid("WK", 1) }, null].map((
      routing,
      n
    ) => ({ ...valid[2]![2], sid: Transport.sid("UT", n), routing_properties: routing }))
    const body = { participants, meta: Transport.meta("participants", "u", -1, -5, null) }
    const envelope = Page.envelope("participants", Participant)
    const compiled = Compile.compile(envelope, { classes: [Participant, PageMeta] }).decode(body)
    expect(compiled).not.toBe(Compile.refused)
    const channels = {
      channels: [{ ...Transport.wireInteractionChannel(interactionSid, 1), links: { a: 1, b: { c: "d" } } }],
      meta: Transport.meta("channels", "u", 0, 50, null)
    }
    const channelEnvelope = Page.envelope("channels", InteractionChannel)
    expect(Compile.compile(channelEnvelope, { classes: [InteractionChannel, PageMeta] }).decode(channels)).not.toBe(
      Compile.refused
    )
    const decoded = Either.getOrThrow(Decode.page("participants", Participant)(body))
    expect(decoded.items.map((p) => p.routingProperties)).toEqual(participants.map((p) => p.routing_properties))
    expect(decoded.meta).toMatchObject({ page: -1, pageSize: -5 })
  })
})
