/**
 * FetchInteraction (`GET /v1/Interactions/{Sid}`) and FetchInteractionChannel
 * (`GET /v1/Interactions/{InteractionSid}/Channels/{Sid}`), end to end:
 *
 * - the client's `flex.interactions.fetch` and `flex.interactionChannels.fetch`: their wire form
 *   against a scripted transport (method, path, no body, span, metrics), and their decoding;
 * - every invalid SID is a `FlexInvalidInput` with no request sent;
 * - a 500 is retried (a GET is safe to repeat), a 404 is not;
 * - against the in-process simulator: the records it holds, 404 for unknown SIDs (and a channel of
 *   another interaction), faults matched by route;
 * - conformance of the requests and responses to Twilio's OpenAPI description of the two
 *   operations, `fixtures/flex_v1_interaction_fetch.json` (cut from twilio-oai's
 *   `spec/json/twilio_flex_v1.json`, the project's shared copy; see fixtures/README.md).
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import type * as HttpClient from "@effect/platform/HttpClient"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as TestClock from "effect/TestClock"
import * as FlexClient from "../src/FlexClient.js"
import type * as FlexConfig from "../src/FlexConfig.js"
import { FlexInvalidInput } from "../src/FlexError.js"
import * as Interaction from "../src/Interaction.js"
import * as InteractionChannel from "../src/InteractionChannel.js"
import * as Governor from "../src/internal/governor.js"
import { expectFields } from "./utils/exits.js"
import * as Hostile from "./utils/hostile.js"
import { observe } from "./utils/observe.js"
import * as OpenApi from "./utils/openapi.js"
import * as Transport from "./utils/transport.js"

type Json = any

const spec: Json = OpenApi.fixture("flex_v1_interaction_fetch.json")
const openApi = OpenApi.make(spec)
const interactionPath = "/v1/Interactions/{Sid}"
const channelPath = "/v1/Interactions/{InteractionSid}/Channels/{Sid}"
const exampleOf = (path: string): Json =>
  spec.paths[path].get.responses["200"].content["application/json"].examples.fetch.value
const interactionExample = exampleOf(interactionPath)
const channelExample = exampleOf(channelPath)

const origin = "https://flex-api.twilio.com"
const call = (method: "GET" | "POST" | "DELETE", path: string, options?: { readonly auth?: string | null }) =>
  Transport.rawCall(method, `${origin}${path}`, options)
const withTransport = Transport.withClient
const requestsOf = (tags: Record<string, string>) => Transport.counterValue(Governor.metrics.requests, tags)
const hex = "0123456789abcdef0123456789abcdef"
const KD = `KD${hex}`
const UO = `UO${hex}`
const otherKD = `KD${"e".repeat(32)}`
const otherUO = `UO${"e".repeat(32)}`
const HQ = `HQ${hex}`
const missingKD = `KD${"0".repeat(32)}`
const missingUO = `UO${"0".repeat(32)}`

const interactionUrl = (sid: string) => `/v1/Interactions/${sid}`
const channelUrl = (interactionSid: string, sid: string) => `/v1/Interactions/${interactionSid}/Channels/${sid}`

const channelJson = { type: "sms", sid: UO, participants: [{ address: "+13115552368" }] }
const routingJson = { properties: { workspace_sid: `WS${hex}`, task_channel_unique_name: "sms" } }

/** KD (with context and routing) has UO; otherKD (defaults) has otherUO. */
const fixtures: FlexSimulator.Fixtures = {
  interactions: [
    { sid: KD, channel: channelJson, routing: routingJson, interaction_context_sid: HQ },
    { sid: otherKD }
  ],
  interactionChannels: [
    { sid: UO, interaction_sid: KD, type: "sms", status: "active" },
    { sid: otherUO, interaction_sid: otherKD, status: "failed" }
  ]
}

const withSimulator = <A, E>(
  effect: Effect.Effect<A, E, FlexClient.FlexClient | FlexSimulator.FlexSimulator | HttpClient.HttpClient>,
  clientOptions?: Omit<FlexConfig.Options, "accountSid" | "authToken" | "apiKey" | "apiSecret">
) => Effect.provide(effect, FlexSimulator.layerClient({ fixtures }, clientOptions))

interface Case {
  readonly name: string
  readonly operation: string
  readonly operationId: string
  readonly example: Json
  readonly path: string
  readonly run: (flex: FlexClient.FlexClient) => Effect.Effect<unknown, unknown>
  readonly attributes: Record<string, string>
}

const cases: ReadonlyArray<Case> = [
  {
    name: "interactions.fetch",
    operation: "interactions.fetch",
    operationId: "FetchInteraction",
    example: interactionExample,
    path: interactionUrl(KD),
    run: (flex) => flex.interactions.fetch(KD),
    attributes: { "flex.interaction_sid": KD }
  },
  {
    name: "interactionChannels.fetch",
    operation: "interactionChannels.fetch",
    operationId: "FetchInteractionChannel",
    example: channelExample,
    path: channelUrl(KD, UO),
    run: (flex) => flex.interactionChannels.fetch(KD, UO),
    attributes: { "flex.interaction_sid": KD, "flex.channel_sid": UO }
  }
]

// -----------------------------------------------------------------------------------------------
// the client's wire form and decoding
// -----------------------------------------------------------------------------------------------

describe("fetch: wire form", () => {
  it.effect.each(cases)("$name GETs the record's path, without a body", (c) =>
    Effect.gen(function*() {
      const { recorded } = yield* withTransport({ status: 200, body: c.example }, c.run)
      expect(recorded).toHaveLength(1)
      const request = recorded[0]!
      expect(request.method).toBe("GET")
      expect(request.url.href).toBe(`${origin}${c.path}`)
      expect(request.body).toBe("")
      expect(request.headers["content-type"]).toBeUndefined()
      expect(request.headers["accept"]).toBe("application/json")
      expect(request.headers["authorization"]).toBe(
        "Basic " + btoa(`${Transport.accountSid}:${Redacted.value(Transport.authToken)}`)
      )
    }))

  it.effect.each(cases)(
    "$name: the span carries the SIDs, the attempt is counted under the operation",
    (c) =>
      Effect.gen(function*() {
        const tags = { operation: c.operation, status: "200" }
        const before = yield* requestsOf(tags)
        const { observed } = yield* observe(withTransport({ status: 200, body: c.example }, c.run))
        const span = observed.spans.find((s) => s.name === `FlexClient.${c.operation}`)
        expect(span, observed.spans.map((s) => s.name).join(", ")).toBeDefined()
        expect(Object.fromEntries(span!.attributes)).toMatchObject(c.attributes)
        expect((yield* requestsOf(tags)) - before).toBe(1)
      })
  )

  it.effect("interactions.fetch decodes the spec's example as an Interaction", () =>
    Effect.gen(function*() {
      const { result } = yield* withTransport(
        { status: 200, body: interactionExample },
        (flex) => flex.interactions.fetch(KD)
      )
      expect(result).toBeInstanceOf(Interaction.Interaction)
      expect({ ...result }).toEqual({
        sid: interactionExample.sid,
        channel: interactionExample.channel,
        routing: interactionExample.routing,
        url: interactionExample.url,
        links: interactionExample.links,
        interactionContextSid: null,
        webhookTtid: null
      })
    }))

  it.effect("an Interaction: absent fields are null, extra fields ignored, a context SID is branded", () =>
    Effect.gen(function*() {
      const { result } = yield* withTransport(
        { status: 200, body: { sid: KD, interaction_context_sid: HQ, webhook_ttid: "flex_interactions", added: 1 } },
        (flex) => flex.interactions.fetch(KD)
      )
      expect({ ...result }).toEqual({
        sid: KD,
        channel: null,
        routing: null,
        url: null,
        links: null,
        interactionContextSid: HQ,
        webhookTtid: "flex_interactions"
      })
    }))

  it.effect("interactionChannels.fetch decodes the spec's example as an InteractionChannel", () =>
    Effect.gen(function*() {
      const { result } = yield* withTransport(
        { status: 200, body: channelExample },
        (flex) => flex.interactionChannels.fetch(KD, UO)
      )
      expect(result).toBeInstanceOf(InteractionChannel.InteractionChannel)
      expect({ ...result }).toEqual({
        sid: channelExample.sid,
        interactionSid: channelExample.interaction_sid,
        type: "chat",
        status: "closed",
        errorCode: 19025,
        errorMessage: "Channel validation error",
        url: channelExample.url,
        links: channelExample.links
      })
    }))

  it.effect("a record of another kind, or without its sid, is FlexDecodeError", () =>
    Effect.gen(function*() {
      const bodies: ReadonlyArray<readonly [Case, Json]> = [
        [cases[0]!, { ...interactionExample, sid: UO }],
        [cases[0]!, { ...interactionExample, sid: null }],
        [cases[0]!, { ...interactionExample, channel: "sms" }],
        [cases[1]!, { ...channelExample, sid: KD }],
        [cases[1]!, { ...channelExample, sid: undefined }]
      ]
      for (const [c, body] of bodies) {
        const { recorded, result } = yield* withTransport({ status: 200, body }, (flex) => Effect.flip(c.run(flex)))
        expect(recorded).toHaveLength(1)
        expect((result as { _tag: string })._tag).toBe("FlexDecodeError")
      }
    }))

  it.effect.each(cases)(
    "$name: a 500 is retried (a GET), then succeeds; a 404 is not retried",
    (c) =>
      Effect.gen(function*() {
        const transport = Transport.make((_, index) =>
          index === 0
            ? { status: 500, body: { code: 20500, message: "boom", status: 500 } }
            : { status: 200, body: c.example }
        )
        const flex = yield* Effect.provide(FlexClient.make(Transport.credentials), transport.layer)
        const fiber = yield* Effect.fork(c.run(flex))
        yield* TestClock.adjust("1 minute")
        yield* Fiber.join(fiber)
        expect(transport.recorded.map((r) => r.url.pathname)).toEqual([c.path, c.path])

        const notFound = Transport.make(() => ({
          status: 404,
          body: { code: 20404, message: "The requested resource was not found", status: 404 }
        }))
        const flex404 = yield* Effect.provide(FlexClient.make(Transport.credentials), notFound.layer)
        const error = yield* Effect.flip(c.run(flex404))
        expectFields(error, { _tag: "FlexNotFound", status: 404, code: 20404, attempts: 1 })
        expect(notFound.recorded).toHaveLength(1)
      })
  )

  it.effect.each(cases)(
    "$name: a transport failure is retried too (a GET is safe to repeat)",
    (c) =>
      Effect.gen(function*() {
        const transport = Transport.make((_, index) =>
          index === 0 ? { fail: "Transport" } : { status: 200, body: c.example }
        )
        const flex = yield* Effect.provide(FlexClient.make(Transport.credentials), transport.layer)
        const fiber = yield* Effect.fork(c.run(flex))
        yield* TestClock.adjust("1 minute")
        yield* Fiber.join(fiber)
        expect(transport.recorded).toHaveLength(2)
      })
  )
})

// -----------------------------------------------------------------------------------------------
// invalid input
// -----------------------------------------------------------------------------------------------

const invalidCases: ReadonlyArray<
  readonly [
    operation: string,
    argument: string,
    label: string,
    run: (flex: FlexClient.FlexClient) => Effect.Effect<
      unknown,
      unknown
    >
  ]
> = [
  ...Hostile.badSids("KD").map(([label, bad]) =>
    [
      "interactions.fetch",
      "interactionSid",
      label,
      (flex: FlexClient.FlexClient) => flex.interactions.fetch(bad as string)
    ] as const
  ),
  ...Hostile.badSids("KD").map(([label, bad]) =>
    [
      "interactionChannels.fetch",
      "interactionSid",
      label,
      (flex: FlexClient.FlexClient) => flex.interactionChannels.fetch(bad as string, UO)
    ] as const
  ),
  ...Hostile.badSids("UO").map(([label, bad]) =>
    [
      "interactionChannels.fetch",
      "channelSid",
      label,
      (flex: FlexClient.FlexClient) => flex.interactionChannels.fetch(KD, bad as string)
    ] as const
  )
]

describe("fetch: invalid input", () => {
  it.effect.each(invalidCases)(
    "%s: %s %s is FlexInvalidInput, no request sent",
    ([operation, argument, , run]) =>
      Effect.gen(function*() {
        const { recorded, result } = yield* withTransport(
          { status: 200, body: interactionExample },
          (flex) => Effect.flip(run(flex))
        )
        expect(recorded).toEqual([])
        expect(result).toBeInstanceOf(FlexInvalidInput)
        expectFields(result, { operation, argument })
      })
  )
})

// -----------------------------------------------------------------------------------------------
// against the simulator
// -----------------------------------------------------------------------------------------------

describe("fetch against the simulator", () => {
  it.effect("interactions.fetch returns the stored interaction; it encodes back to the wire record", () =>
    withSimulator(Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      const interaction = yield* flex.interactions.fetch(KD)
      expect({ ...interaction }).toEqual({
        sid: KD,
        channel: channelJson,
        routing: routingJson,
        interactionContextSid: HQ,
        webhookTtid: null,
        url: `${FlexSimulator.origin}${interactionUrl(KD)}`,
        links: { channels: `${FlexSimulator.origin}${interactionUrl(KD)}/Channels` }
      })
      const stored = Option.getOrThrow(yield* sim.getInteraction(KD))
      expect(Schema.encodeSync(Interaction.Interaction)(Schema.decodeUnknownSync(Interaction.Interaction)(stored)))
        .toEqual(stored)
      const defaults = yield* flex.interactions.fetch(otherKD)
      expect(defaults.channel).toEqual({ type: "chat" })
      expect([defaults.routing, defaults.interactionContextSid, defaults.webhookTtid]).toEqual([null, null, null])
      expect((yield* sim.journal).map((e) => [e.method, e.url, e.route, e.status])).toEqual([
        ["GET", interactionUrl(KD), "FetchInteraction", 200],
        ["GET", interactionUrl(otherKD), "FetchInteraction", 200]
      ])
    })))

  it.effect("interactionChannels.fetch returns the stored channel, the same as the list's", () =>
    withSimulator(Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      const channel = yield* flex.interactionChannels.fetch(KD, UO)
      expect(channel).toBeInstanceOf(InteractionChannel.InteractionChannel)
      expect([channel.sid, channel.interactionSid, channel.type, channel.status]).toEqual([UO, KD, "sms", "active"])
      expect(channel.url).toBe(`${FlexSimulator.origin}${channelUrl(KD, UO)}`)
      const [listed] = yield* flex.interactionChannels.list(KD)
      expect({ ...channel }).toEqual({ ...listed })
      const failed = yield* flex.interactionChannels.fetch(otherKD, otherUO)
      expect([failed.status, failed.errorCode]).toEqual(["failed", 19025])
      expect((yield* sim.journal).map((e) => [e.route, e.status])).toEqual([
        ["FetchInteractionChannel", 200],
        ["ListInteractionChannel", 200],
        ["FetchInteractionChannel", 200]
      ])
    })))

  it.effect("unknown SIDs are 404s (20404), and so is a channel fetched under another interaction", () =>
    withSimulator(
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const attempts: ReadonlyArray<readonly [string, Effect.Effect<unknown, unknown>]> = [
          [interactionUrl(missingKD), flex.interactions.fetch(missingKD)],
          [channelUrl(KD, missingUO), flex.interactionChannels.fetch(KD, missingUO)],
          [channelUrl(missingKD, UO), flex.interactionChannels.fetch(missingKD, UO)],
          [channelUrl(otherKD, UO), flex.interactionChannels.fetch(otherKD, UO)]
        ]
        for (const [path, attempt] of attempts) {
          const error = yield* Effect.flip(attempt)
          expectFields(error, { _tag: "FlexNotFound", status: 404, code: 20404, attempts: 1 })
          expect((error as { message: string }).message).toContain(path.slice(3))
        }
      }),
      { retry: false }
    ))

  it.effect("a 500 fault on the route is retried; faults are matched by the route", () =>
    withSimulator(Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      yield* sim.injectFaults([
        FlexSimulator.status(500, { route: "FetchInteraction" }),
        FlexSimulator.status(500, { route: "FetchInteractionChannel" })
      ])
      const fiber = yield* Effect.fork(Effect.zip(flex.interactions.fetch(KD), flex.interactionChannels.fetch(KD, UO)))
      yield* TestClock.adjust("1 minute")
      const [interaction, channel] = yield* Fiber.join(fiber)
      expect([interaction.sid, channel.sid]).toEqual([KD, UO])
      expect((yield* sim.journal).map((e) => [e.route, e.status, e.fault])).toEqual([
        ["FetchInteraction", 500, "Status"],
        ["FetchInteraction", 200, null],
        ["FetchInteractionChannel", 500, "Status"],
        ["FetchInteractionChannel", 200, null]
      ])
    })))

  it.effect("GET and POST share the channel's path; other methods are 405 with both allowed", () =>
    withSimulator(Effect.gen(function*() {
      const sim = yield* FlexSimulator.FlexSimulator
      const get = yield* call("GET", channelUrl(KD, UO))
      expect(get.status).toBe(200)
      const del = yield* call("DELETE", channelUrl(KD, UO))
      expect(del.status).toBe(405)
      expect(del.headers["allow"]).toBe("GET, POST, OPTIONS")
      const delInteraction = yield* call("DELETE", interactionUrl(KD))
      expect(delInteraction.status).toBe(405)
      // FetchInteraction and UpdateInteraction share the interaction's path
      expect(delInteraction.headers["allow"]).toBe("GET, POST, OPTIONS")
      expect((yield* call("GET", interactionUrl("KD123"))).status).toBe(404)
      expect((yield* call("GET", interactionUrl(KD), { auth: null })).status).toBe(401)
      expect((yield* sim.journal).map((e) => [e.route, e.status])).toEqual([
        ["FetchInteractionChannel", 200],
        [null, 405],
        [null, 405],
        [null, 404],
        [null, 401]
      ])
    })))
})

// -----------------------------------------------------------------------------------------------
// conformance to Twilio's OpenAPI description
// -----------------------------------------------------------------------------------------------

describe("FetchInteraction and FetchInteractionChannel conform to Twilio's spec", () => {
  const interactionSchema = openApi.resolve(openApi.responseSchema("FetchInteraction"))
  const channelSchema = openApi.resolve(openApi.responseSchema("FetchInteractionChannel"))

  it("the fixture has the two operations; the Interaction's fields are the spec's", () => {
    for (
      const [operationId, path] of [["FetchInteraction", interactionPath], ["FetchInteractionChannel", channelPath]]
    ) {
      const found = openApi.operations.get(operationId!)
      expect(found && { method: found.method, path: found.path }).toEqual({ method: "GET", path })
    }
    const wireKeys = Object.values(Interaction.Interaction.fields).length
    expect(Object.keys(interactionSchema.properties)).toHaveLength(wireKeys)
    expect(
      Object.keys(
        Schema.encodeSync(Interaction.Interaction)(
          Schema.decodeUnknownSync(Interaction.Interaction)({ sid: KD })
        )
      ).sort()
    ).toEqual(Object.keys(interactionSchema.properties).sort())
  })

  it("the checker accepts the spec's examples and rejects broken requests and records", () => {
    expect(openApi.check(interactionSchema, interactionExample)).toEqual([])
    expect(openApi.check(channelSchema, channelExample)).toEqual([])
    const good = [
      ["FetchInteraction", { method: "GET", path: interactionUrl(KD), contentType: undefined, form: null }],
      ["FetchInteractionChannel", { method: "GET", path: channelUrl(KD, UO), contentType: undefined, form: null }]
    ] as const
    for (const [operationId, request] of good) expect(openApi.checkRequest(operationId, request)).toEqual([])
    expect(openApi.checkRequest("FetchInteraction", { ...good[0][1], path: interactionUrl(UO) })).not.toEqual([])
    expect(openApi.checkRequest("FetchInteraction", { ...good[0][1], method: "POST" })).not.toEqual([])
    expect(openApi.checkRequest("FetchInteractionChannel", { ...good[1][1], path: channelUrl(KD, KD) })).not
      .toEqual([])
    expect(openApi.check(interactionSchema, { ...interactionExample, sid: UO })).not.toEqual([])
    expect(openApi.check(interactionSchema, { ...interactionExample, interaction_context_sid: KD })).not.toEqual([])
    expect(openApi.check(channelSchema, { ...channelExample, status: 7 })).not.toEqual([])
  })

  it.effect("the client's requests conform", () =>
    withSimulator(Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      yield* flex.interactions.fetch(KD)
      yield* flex.interactionChannels.fetch(KD, UO)
      const journal = yield* sim.journal
      expect(journal).toHaveLength(2)
      for (const entry of journal) {
        const url = new URL(entry.url, origin)
        expect(url.search).toBe("")
        expect(
          openApi.checkRequest(entry.route!, {
            method: entry.method,
            path: url.pathname,
            contentType: entry.headers["content-type"],
            form: entry.body
          })
        ).toEqual([])
      }
    })))

  it.effect("the simulator's responses conform, with the spec's fields only", () =>
    withSimulator(Effect.gen(function*() {
      const responses = [
        [interactionSchema, yield* call("GET", interactionUrl(KD))],
        [interactionSchema, yield* call("GET", interactionUrl(otherKD))],
        [channelSchema, yield* call("GET", channelUrl(KD, UO))],
        [channelSchema, yield* call("GET", channelUrl(otherKD, otherUO))]
      ] as const
      for (const [schema, res] of responses) {
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toBe("application/json")
        expect(openApi.check(schema, res.body)).toEqual([])
        expect(Object.keys(res.body).sort()).toEqual(Object.keys(schema.properties).sort())
      }
      const missing = yield* call("GET", interactionUrl(missingKD))
      expect(missing.status).toBe(404)
      expect(openApi.check(OpenApi.errorSchema, missing.body)).toEqual([])
    })))
})
