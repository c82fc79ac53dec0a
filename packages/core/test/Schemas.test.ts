import { describe, expect, it } from "@effect/vitest"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as fc from "fast-check"
import { ChatChannel } from "../src/ChatChannel.js"
import * as InteractionChannel from "../src/InteractionChannel.js"
import * as Page from "../src/Page.js"
import * as Participant from "../src/Participant.js"
import * as Sid from "../src/Sid.js"
import * as OpenApi from "./utils/openapi.js"
import * as Transport from "./utils/transport.js"

const spec = OpenApi.fixture("flex_v1_five_operations.json") as {
  components: { schemas: Record<string, { properties?: Record<string, unknown>; enum?: Array<string> }> }
}

const wireNames = (schema: Schema.Schema.Any): Array<string> =>
  Object.keys(
    Schema.encodeSync(schema as Schema.Schema<unknown, Record<string, unknown>>)(
      Schema.decodeUnknownSync(schema as Schema.Schema<unknown>)(sampleOf(schema))
    ) as Record<string, unknown>
  ).sort()

const interactionSid = Transport.sid("KD", 1)
const samples = new Map<Schema.Schema.Any, unknown>([
  [ChatChannel, Transport.wireChatChannel(1)],
  [InteractionChannel.InteractionChannel, Transport.wireInteractionChannel(interactionSid, 1)],
  [Participant.Participant, {
    sid: Transport.sid("UT", 1),
    type: "agent",
    interaction_sid: interactionSid,
    channel_sid: Transport.sid("UO", 1),
    url: "https://flex-api.twilio.com/v1/Interactions/x/Channels/y/Participants/z",
    routing_properties: { task_sid: Transport.sid("WT", 1), reservation_sid: Transport.sid("WR", 1), extra: [1, 2] }
  }]
])
const sampleOf = (schema: Schema.Schema.Any) => samples.get(schema)

describe("Sid", () => {
  it("accepts XX + 32 hex digits of the right kind only", () => {
    const decode = Schema.decodeUnknownEither(Sid.InteractionSid)
    expect(Either.isRight(decode("KD" + "aB".repeat(16)))).toBe(true)
    for (
      const bad of [
        "",
        "KD",
        "kd" + "a".repeat(32),
        "UO" + "a".repeat(32),
        "KD" + "g".repeat(32),
        "KD" + "a".repeat(33),
        "KD../" + "a".repeat(29),
        " KD" + "a".repeat(32)
      ]
    ) {
      expect(Either.isLeft(decode(bad)), bad).toBe(true)
    }
  })

  it("pattern holds for any 32 hex digits and rejects any other character (property)", () => {
    fc.assert(fc.property(fc.stringMatching(/^[0-9a-fA-F]{32}$/), (hex) => Sid.pattern("UO").test("UO" + hex)))
    fc.assert(
      fc.property(
        fc.string({ minLength: 32, maxLength: 32 }).filter((s) => /[^0-9a-fA-F]/.test(s)),
        (s) => !Sid.pattern("UO").test("UO" + s)
      )
    )
  })
})

describe("resource schemas follow Twilio's spec", () => {
  it.each(
    [
      ["flex.v1.channel", ChatChannel],
      ["flex.v1.interaction.interaction_channel", InteractionChannel.InteractionChannel],
      ["flex.v1.interaction.interaction_channel.interaction_channel_participant", Participant.Participant]
    ] as const
  )("%s: every spec field, under its wire name", (name, schema) => {
    expect(wireNames(schema)).toEqual(Object.keys(spec.components.schemas[name]!.properties!).sort())
  })

  it.each(
    [
      ["interaction_channel_enum_channel_status", InteractionChannel.isKnownStatus],
      ["interaction_channel_enum_type", InteractionChannel.isKnownType],
      ["interaction_channel_participant_enum_type", Participant.isKnownType]
    ] as const
  )("%s: every spec value is a known literal", (name, isKnown) => {
    for (const value of spec.components.schemas[name]!.enum!) expect(isKnown(value), value).toBe(true)
    expect(isKnown("added_later")).toBe(false)
  })

  it.each([...samples])("round trip: encode(decode(wire)) is the wire record", (schema, wire) => {
    const s = schema as Schema.Schema<unknown, unknown>
    expect(Schema.encodeSync(s)(Schema.decodeUnknownSync(s)(wire))).toEqual(wire)
  })

  it("every field but sid is nullable, and absent decodes as null", () => {
    const channel = Schema.decodeUnknownSync(InteractionChannel.InteractionChannel)({ sid: Transport.sid("UO", 1) })
    expect(channel).toMatchObject({
      interactionSid: null,
      type: null,
      status: null,
      errorCode: null,
      errorMessage: null,
      url: null,
      links: null
    })
    const nulls = Schema.decodeUnknownSync(ChatChannel)({
      ...Object.fromEntries(Object.keys(Transport.wireChatChannel(1)).map((k) => [k, null])),
      sid: Transport.sid("CH", 1)
    })
    expect(nulls.accountSid).toBeNull()
    expect(nulls.dateCreated).toBeNull()
  })

  it("sid is required: a record without it does not decode", () => {
    expect(Either.isLeft(Schema.decodeUnknownEither(ChatChannel)({ ...Transport.wireChatChannel(1), sid: null }))).toBe(
      true
    )
    const { sid: _, ...withoutSid } = Transport.wireChatChannel(1)
    expect(Either.isLeft(Schema.decodeUnknownEither(ChatChannel)(withoutSid))).toBe(true)
  })

  it("an unknown status or type decodes and stays visible", () => {
    const wire = { ...Transport.wireInteractionChannel(interactionSid, 1, "wrapping_v2"), type: "telepathy" }
    const channel = Schema.decodeUnknownSync(InteractionChannel.InteractionChannel)(wire)
    expect(channel.status).toBe("wrapping_v2")
    expect(InteractionChannel.isKnownStatus(channel.status!)).toBe(false)
    expect(Schema.encodeSync(InteractionChannel.InteractionChannel)(channel)).toEqual(wire)
  })

  it("pause and transfer are known statuses", () => {
    for (const status of ["pause", "transfer"]) {
      const channel = Schema.decodeUnknownSync(InteractionChannel.InteractionChannel)(
        Transport.wireInteractionChannel(interactionSid, 1, status)
      )
      expect(InteractionChannel.isKnownStatus(channel.status!)).toBe(true)
    }
  })

  it("extra fields are ignored", () => {
    const channel = Schema.decodeUnknownSync(ChatChannel)({ ...Transport.wireChatChannel(1), new_field: { a: 1 } })
    expect(Object.keys(channel)).not.toContain("new_field")
  })

  it("dates decode to DateTime.Utc and encode back without a fraction", () => {
    const channel = Schema.decodeUnknownSync(ChatChannel)(Transport.wireChatChannel(1))
    expect(DateTime.isUtc(channel.dateCreated!)).toBe(true)
    expect(DateTime.toEpochMillis(channel.dateCreated!)).toBe(Date.UTC(2016, 7, 1, 22, 10, 40))
    expect(
      Either.isLeft(
        Schema.decodeUnknownEither(ChatChannel)({ ...Transport.wireChatChannel(1), date_created: "yesterday" })
      )
    )
      .toBe(true)
  })

  it("date round trip holds for any whole-second instant (property)", () => {
    const codec = Schema.Struct({ d: ChatChannel.fields.dateCreated })
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800 }), (seconds) => {
        const wire = { date_created: new Date(seconds * 1000).toISOString().replace(".000Z", "Z") }
        const schema = Schema.Struct({ dateCreated: ChatChannel.fields.dateCreated })
        return JSON.stringify(Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(wire))) ===
          JSON.stringify(wire)
      })
    )
    void codec
  })

  it("page envelope decodes meta with camelCase names", () => {
    const url = "https://flex-api.twilio.com/v1/Channels?PageSize=50"
    const page = Schema.decodeUnknownSync(Page.envelope("flex_chat_channels", ChatChannel))({
      flex_chat_channels: [Transport.wireChatChannel(1)],
      meta: Transport.meta("flex_chat_channels", url, 0, 50, null)
    })
    expect(page.meta).toMatchObject({ key: "flex_chat_channels", page: 0, pageSize: 50, url, nextPageUrl: null })
  })
})

describe("leniency where Twilio's spec is lenient", () => {
  const url = "https://flex-api.twilio.com/v1/Channels?PageSize=50"
  const decodePage = Schema.decodeUnknownEither(Page.envelope("flex_chat_channels", ChatChannel))

  it("meta.page and meta.page_size are any integers (the spec gives no bounds); a fraction still fails", () => {
    const body = (page: number, pageSize: number) => ({
      flex_chat_channels: [Transport.wireChatChannel(1)],
      meta: Transport.meta("flex_chat_channels", url, page, pageSize, null)
    })
    const decoded = Either.getOrThrow(decodePage(body(-1, -50)))
    expect(decoded.meta).toMatchObject({ page: -1, pageSize: -50 })
    expect(Either.isLeft(decodePage(body(0.5, 50)))).toBe(true)
    expect(Either.isLeft(decodePage(body(0, Number.NaN)))).toBe(true)
  })

  it("a links value that is not a string is kept as its JSON text; string values are untouched", () => {
    const wire = {
      ...Transport.wireInteractionChannel(interactionSid, 1),
      links: { participants: "https://x/Participants", odd: { href: "https://x" }, count: 3, none: null }
    }
    const channel = Schema.decodeUnknownSync(InteractionChannel.InteractionChannel)(wire)
    expect(channel.links).toEqual({
      participants: "https://x/Participants",
      odd: "{\"href\":\"https://x\"}",
      count: "3",
      none: "null"
    })
  })

  it("routing_properties of any JSON decodes; the typed shape is told apart by isRoutingProperties", () => {
    const decode = (routing: unknown) =>
      Schema.decodeUnknownSync(Participant.Participant)({
        ...(sampleOf(Participant.Participant) as object),
        routing_properties: routing
      }).routingProperties
    const typed = { worker_sid: Transport.sid("WK", 1), queue: "support" }
    expect(decode(typed)).toEqual(typed)
    expect(Participant.isRoutingProperties(decode(typed))).toBe(true)
    for (const untyped of ["a string", 42, [1, { worker_sid: "x" }], { worker_sid: "" }, { task_sid: 7 }, true]) {
      const value = decode(untyped)
      expect(value).toEqual(untyped)
      expect(Participant.isRoutingProperties(value)).toBe(false)
    }
    expect(decode(null)).toBeNull()
  })

  it("a resource's own sid stays required, even where the rest is lenient", () => {
    const { sid: _, ...withoutSid } = sampleOf(Participant.Participant) as Record<string, unknown>
    expect(Either.isLeft(Schema.decodeUnknownEither(Participant.Participant)(withoutSid))).toBe(true)
  })
})

describe("UpdateParams", () => {
  const decode = Schema.decodeUnknownEither(InteractionChannel.UpdateParams)
  it("closed with or without routing, inactive only with routing status closed", () => {
    expect(Either.isRight(decode({ status: "closed" }))).toBe(true)
    expect(Either.isRight(decode({ status: "closed", routing: { status: "closed" } }))).toBe(true)
    expect(Either.isRight(decode({ status: "inactive", routing: { status: "closed" } }))).toBe(true)
    expect(Either.isLeft(decode({ status: "inactive" }))).toBe(true)
    expect(Either.isLeft(decode({ status: "inactive", routing: { status: "wrapping" } }))).toBe(true)
    expect(Either.isLeft(decode({ status: "active" }))).toBe(true)
    expect(Either.isLeft(decode({ status: "closed", routing: "{\"status\":\"closed\"}" }))).toBe(true)
  })

  it("form body: Status, and Routing as JSON", () => {
    expect(InteractionChannel.toFormBody({ status: "inactive", routing: { status: "closed" } })).toEqual({
      Status: "inactive",
      Routing: "{\"status\":\"closed\"}"
    })
    expect(InteractionChannel.toFormBody({ status: "closed" })).toEqual({ Status: "closed" })
  })

  it.effect("the type rejects inactive without routing", () =>
    Effect.sync(() => {
      // @ts-expect-error routing is required when status is inactive
      const params: InteractionChannel.UpdateParams = { status: "inactive" }
      void params
    }))
})
