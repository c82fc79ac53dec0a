/**
 * UpdateInteractionChannelParticipant
 * (`POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants/{Sid}`), end to end:
 *
 * - the client's `flex.participants.update`: its wire form against a scripted transport (method,
 *   path, form body, content type, span, metrics), and its decoding;
 * - every invalid input is a `FlexInvalidInput` with no request sent (SIDs of the wrong kind or
 *   shape, a bad status, missing or unreadable params), and arguments are read once;
 * - against the in-process simulator: the status lands in the store, unknown records are 404s, a
 *   POST that loses its connection is not retried, faults and limits apply to the route;
 * - the simulator's own rules (400 for a missing or bad Status, 404 before 400, 405, 401);
 * - conformance of the request and the response to Twilio's OpenAPI description of the operation,
 *   `fixtures/flex_v1_participant_update.json` (cut unchanged from twilio-oai's
 *   `spec/json/twilio_flex_v1.json`, the project's shared copy; see fixtures/README.md).
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import type * as HttpClient from "@effect/platform/HttpClient"
import { describe, expect, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as TestClock from "effect/TestClock"
import * as FlexClient from "../src/FlexClient.js"
import type * as FlexConfig from "../src/FlexConfig.js"
import { FlexInvalidInput } from "../src/FlexError.js"
import * as Governor from "../src/internal/governor.js"
import * as Participant from "../src/Participant.js"
import { expectFields, failureOf } from "./utils/exits.js"
import * as Hostile from "./utils/hostile.js"
import { observe } from "./utils/observe.js"
import * as OpenApi from "./utils/openapi.js"
import * as Transport from "./utils/transport.js"

type Json = any

const spec: Json = OpenApi.fixture("flex_v1_participant_update.json")
const openApi = OpenApi.make(spec)
const operationId = "UpdateInteractionChannelParticipant"
const specPath = "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants/{Sid}"
const specExamples: Record<string, { value: Json }> =
  spec.paths[specPath].post.responses["200"].content["application/json"].examples

const origin = "https://flex-api.twilio.com"
const call = (
  method: "GET" | "POST",
  path: string,
  options?: { readonly form?: Record<string, string>; readonly auth?: string | null }
) => Transport.rawCall(method, `${origin}${path}`, options)
const withTransport = Transport.withClient
const requestsOf = (tags: Record<string, string>) => Transport.counterValue(Governor.metrics.requests, tags)
const hex = "0123456789abcdef0123456789abcdef"
const KD = `KD${hex}`
const UO = `UO${hex}`
const UT = `UT${hex}`
const otherKD = `KD${"e".repeat(32)}`
const otherUO = `UO${"e".repeat(32)}`
const customerUT = `UT${"c".repeat(32)}`
const otherUT = `UT${"e".repeat(32)}`
const missingKD = `KD${"0".repeat(32)}`
const missingUO = `UO${"0".repeat(32)}`
const missingUT = `UT${"0".repeat(32)}`

const pathOf = (interactionSid: string, channelSid: string, sid: string) =>
  `/v1/Interactions/${interactionSid}/Channels/${channelSid}/Participants/${sid}`

const routing = {
  task_sid: `WT${hex}`,
  worker_sid: `WK${hex}`,
  reservation_sid: `WR${hex}`,
  queue_sid: `WQ${hex}`
}

/**
 * KD has channels UO (an agent UT and a customer) and otherUO (otherUT); otherKD has none of them.
 * Every valid argument below points to a record, so a request that slipped through would succeed.
 */
const fixtures: FlexSimulator.Fixtures = {
  interactions: [{ sid: otherKD }],
  interactionChannels: [{ sid: UO, interaction_sid: KD }, { sid: otherUO, interaction_sid: KD }],
  participants: [
    { interaction_sid: KD, channel_sid: UO, sid: UT, type: "agent", routing_properties: routing },
    { interaction_sid: KD, channel_sid: UO, sid: customerUT, type: "customer", routing_properties: null },
    { interaction_sid: KD, channel_sid: otherUO, sid: otherUT, type: "agent", routing_properties: routing }
  ]
}

/** A fresh simulator with the fixtures, and a client on it. */
const withSimulator = <A, E>(
  effect: Effect.Effect<A, E, FlexClient.FlexClient | FlexSimulator.FlexSimulator | HttpClient.HttpClient>,
  clientOptions?: Omit<FlexConfig.Options, "accountSid" | "authToken" | "apiKey" | "apiSecret">
) => Effect.provide(effect, FlexSimulator.layerClient({ fixtures }, clientOptions))

/** The stored status of a participant (`None` when there is no such participant). */
const statusOf = (interactionSid: string, channelSid: string, sid: string) =>
  Effect.flatMap(
    FlexSimulator.FlexSimulator,
    (sim) => Effect.map(sim.getParticipant(interactionSid, channelSid, sid), Option.map((p) => p.status))
  )

// -----------------------------------------------------------------------------------------------
// the client's wire form
// -----------------------------------------------------------------------------------------------

describe("participants.update: wire form", () => {
  it.effect("POSTs Status=closed as a form to the participant's path; decodes the participant", () =>
    Effect.gen(function*() {
      const example = specExamples.updateStatusClosed!.value
      const { recorded, result } = yield* withTransport(
        { status: 200, body: example },
        (flex) => flex.participants.update(KD, UO, UT, { status: "closed" })
      )
      expect(recorded).toHaveLength(1)
      const request = recorded[0]!
      expect(request.method).toBe("POST")
      expect(request.url.href).toBe(`${origin}${pathOf(KD, UO, UT)}`)
      expect(request.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      expect(request.headers["accept"]).toBe("application/json")
      expect(request.headers["authorization"]).toBe(
        "Basic " + btoa(`${Transport.accountSid}:${Redacted.value(Transport.authToken)}`)
      )
      expect(request.body).toBe("Status=closed")

      expect(result).toBeInstanceOf(Participant.Participant)
      expect({ ...result }).toEqual({
        sid: example.sid,
        type: "agent",
        interactionSid: example.interaction_sid,
        channelSid: example.channel_sid,
        url: example.url,
        routingProperties: example.routing_properties
      })
    }))

  it.effect("wrapup is sent as Status=wrapup, and only Status is sent", () =>
    Effect.gen(function*() {
      const params = { status: "wrapup", routing: { status: "closed" }, extra: 1 } as Participant.UpdateParams
      const { recorded } = yield* withTransport(
        { status: 200, body: specExamples.update!.value },
        (flex) => flex.participants.update(KD, UO, UT, params)
      )
      expect(recorded.map((r) => r.body)).toEqual(["Status=wrapup"])
    }))

  it.effect("the span FlexClient.participants.update carries the SIDs and the status", () =>
    Effect.gen(function*() {
      const { observed } = yield* observe(withTransport(
        { status: 200, body: specExamples.update!.value },
        (flex) => flex.participants.update(KD, UO, UT, { status: "wrapup" })
      ))
      const span = observed.spans.find((s) => s.name === "FlexClient.participants.update")
      expect(span, observed.spans.map((s) => s.name).join(", ")).toBeDefined()
      expect(Object.fromEntries(span!.attributes)).toMatchObject({
        "flex.interaction_sid": KD,
        "flex.channel_sid": UO,
        "flex.participant_sid": UT,
        "flex.status": "wrapup"
      })
    }))

  it.effect("the attempt is counted under the operation participants.update", () =>
    Effect.gen(function*() {
      const tags = { operation: "participants.update", status: "200" }
      const before = yield* requestsOf(tags)
      yield* withTransport(
        { status: 200, body: specExamples.update!.value },
        (flex) => flex.participants.update(KD, UO, UT, { status: "closed" })
      )
      expect((yield* requestsOf(tags)) - before).toBe(1)
    }))

  it.effect("a record that is not a participant is FlexDecodeError", () =>
    Effect.gen(function*() {
      const { recorded, result } = yield* withTransport(
        { status: 200, body: { ...specExamples.update!.value, sid: UO } },
        (flex) => Effect.flip(flex.participants.update(KD, UO, UT, { status: "closed" }))
      )
      expect(recorded).toHaveLength(1)
      expect(result._tag).toBe("FlexDecodeError")
    }))

  it.effect("POST is retried neither on a 500 nor on a transport failure", () =>
    Effect.gen(function*() {
      for (const reply of [{ status: 500 } as const, { fail: "Transport" } as const]) {
        const transport = Transport.make(() => reply)
        const flex = yield* Effect.provide(FlexClient.make(Transport.credentials), transport.layer)
        const error = yield* Effect.flip(flex.participants.update(KD, UO, UT, { status: "closed" }))
        expect(transport.recorded).toHaveLength(1)
        expect(error._tag).toBe("status" in reply ? "FlexApiError" : "FlexTransportError")
      }
    }))
})

// -----------------------------------------------------------------------------------------------
// invalid input
// -----------------------------------------------------------------------------------------------

const badSidCases: ReadonlyArray<readonly [argument: string, label: string, call: Call]> = [
  ...Hostile.badSids("KD").map(([label, bad]) =>
    [
      "interactionSid",
      label,
      (flex: FlexClient.FlexClient) => flex.participants.update(bad as string, UO, UT, { status: "closed" })
    ] as const
  ),
  ...Hostile.badSids("UO").map(([label, bad]) =>
    [
      "channelSid",
      label,
      (flex: FlexClient.FlexClient) => flex.participants.update(KD, bad as string, UT, { status: "closed" })
    ] as const
  ),
  ...Hostile.badSids("UT").map(([label, bad]) =>
    [
      "participantSid",
      label,
      (flex: FlexClient.FlexClient) => flex.participants.update(KD, UO, bad as string, { status: "closed" })
    ] as const
  )
]

const badParams: ReadonlyArray<readonly [argument: string, label: string, params: () => unknown]> = [
  ["params.status", "status of a channel update (inactive)", () => ({ status: "inactive" })],
  ["params.status", "status outside the enum (active)", () => ({ status: "active" })],
  ["params.status", "status in another case (CLOSED)", () => ({ status: "CLOSED" })],
  ["params.status", "status with a space", () => ({ status: "closed " })],
  ["params.status", "status empty", () => ({ status: "" })],
  ["params.status", "status a number", () => ({ status: 1 })],
  ["params.status", "status null", () => ({ status: null })],
  ["params.status", "status an object", () => ({ status: { toString: () => "closed" } })],
  ["params.status", "status missing", () => ({})],
  ["params.status", "status undefined", () => ({ status: undefined })],
  ["params", "params undefined", () => undefined],
  ["params", "params null", () => null],
  ["params", "params a string", () => "closed"],
  ["params", "params a number", () => 5],
  ["params", "params an array", () => [{ status: "closed" }]],
  ["params", "a throwing getter on status", () => Hostile.throwing({}, "status", false)],
  ["params", "an enumerable throwing getter on status", () => Hostile.throwing({}, "status", true)],
  ["params", "a revoked Proxy", Hostile.revoked],
  ["params", "a Proxy whose get trap throws", () =>
    new Proxy({}, {
      get() {
        throw new Error("boom")
      }
    })]
]

type Call = (flex: FlexClient.FlexClient) => Effect.Effect<unknown, unknown>

/** Calls (which must not throw), runs; asserts one FlexInvalidInput naming `argument` and no request. */
const rejects = (argument: string, f: Call) =>
  withSimulator(Effect.gen(function*() {
    const flex = yield* FlexClient.FlexClient
    const sim = yield* FlexSimulator.FlexSimulator
    let effect: Effect.Effect<unknown, unknown>
    try {
      effect = f(flex)
    } catch (error) {
      return expect.fail(`the call threw synchronously: ${String(error)}`)
    }
    const exit = yield* Effect.exit(effect)
    if (Exit.isSuccess(exit)) return expect.fail(`expected FlexInvalidInput(${argument}), got a success`)
    expect(Chunk.toReadonlyArray(Cause.defects(exit.cause)), "defects").toEqual([])
    expect(Cause.isInterrupted(exit.cause), "interrupted").toBe(false)
    const failures = Chunk.toReadonlyArray(Cause.failures(exit.cause))
    expect(failures).toHaveLength(1)
    const error = failures[0]
    if (!(error instanceof FlexInvalidInput)) return expect.fail(`expected FlexInvalidInput, got ${String(error)}`)
    expect({ operation: error.operation, argument: error.argument }).toEqual({
      operation: "participants.update",
      argument
    })
    expect(error.message.length).toBeGreaterThan(0)
    expect(yield* sim.journal, "requests that reached the simulator").toEqual([])
    expect(yield* statusOf(KD, UO, UT)).toEqual(Option.some(null))
  }))

describe("participants.update: invalid input is FlexInvalidInput, and nothing is sent", () => {
  it.effect.each(badSidCases)("%s: %s", ([argument, , f]) => rejects(argument, f))

  it.effect.each(badParams)(
    "%s: %s",
    ([argument, , params]) => rejects(argument, (flex) => flex.participants.update(KD, UO, UT, params() as never))
  )

  it.effect("a wrong SID names itself in the message (another kind of SID, not echoed when long)", () =>
    withSimulator(Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const error = yield* Effect.flip(flex.participants.update(KD, UO, UO, { status: "closed" }))
      expectFields(error, {
        _tag: "FlexInvalidInput",
        argument: "participantSid",
        message: "participantSid must be an Interaction channel participant SID " +
          "(\"UT\" followed by 32 hexadecimal digits), got an Interaction channel SID"
      })
    })))

  it.effect("params are read once: a getter's first value is validated and sent", () =>
    Effect.gen(function*() {
      for (const [first, later, outcome] of [["closed", "bogus", "sent"], ["bogus", "closed", "rejected"]] as const) {
        let reads = 0
        const params = Object.defineProperty({}, "status", {
          enumerable: true,
          get() {
            reads++
            return reads === 1 ? first : later
          }
        }) as Participant.UpdateParams
        const { recorded, result } = yield* withTransport(
          { status: 200, body: specExamples.update!.value },
          (flex) => Effect.exit(flex.participants.update(KD, UO, UT, params))
        )
        expect(reads, `reads (${outcome})`).toBe(1)
        if (outcome === "sent") {
          expect(Exit.isSuccess(result)).toBe(true)
          expect(recorded.map((r) => r.body)).toEqual(["Status=closed"])
        } else {
          expect(failureOf(result)).toBeInstanceOf(FlexInvalidInput)
          expect(recorded).toEqual([])
        }
      }
    }))

  it.effect("building the effect reads nothing: the arguments are read when it runs", () =>
    Effect.gen(function*() {
      let reads = 0
      const params = Object.defineProperty({}, "status", {
        enumerable: true,
        get() {
          reads++
          return "closed"
        }
      }) as Participant.UpdateParams
      const { recorded, result } = yield* withTransport(
        { status: 200, body: specExamples.update!.value },
        (flex) => Effect.succeed(flex.participants.update(KD, UO, UT, params))
      )
      expect(reads).toBe(0)
      expect(recorded).toEqual([])
      yield* result
      expect(reads).toBe(1)
    }))
})

// -----------------------------------------------------------------------------------------------
// against the simulator
// -----------------------------------------------------------------------------------------------

describe("participants.update against the simulator", () => {
  it.effect("stores the status (closed, then wrapup) and returns the participant's record", () =>
    withSimulator(Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      expect(yield* statusOf(KD, UO, UT)).toEqual(Option.some(null))

      const closed = yield* flex.participants.update(KD, UO, UT, { status: "closed" })
      const stored = Option.getOrThrow(yield* sim.getParticipant(KD, UO, UT))
      expect(stored.status).toBe("closed")
      expect({ ...closed }).toEqual({
        sid: UT,
        type: "agent",
        interactionSid: KD,
        channelSid: UO,
        url: `${FlexSimulator.origin}${pathOf(KD, UO, UT)}`,
        routingProperties: routing
      })
      expect(stored.record).toEqual({
        sid: UT,
        type: "agent",
        interaction_sid: KD,
        channel_sid: UO,
        url: `${origin}${pathOf(KD, UO, UT)}`,
        routing_properties: routing
      })

      yield* flex.participants.update(KD, UO, UT, { status: "wrapup" })
      expect(yield* statusOf(KD, UO, UT)).toEqual(Option.some("wrapup"))
      // the others are untouched
      expect(yield* statusOf(KD, UO, customerUT)).toEqual(Option.some(null))
      expect(yield* statusOf(KD, otherUO, otherUT)).toEqual(Option.some(null))
      // the participant is still listed, with the spec's fields only
      const listed = yield* flex.participants.list(KD, UO)
      expect(listed.map((p) => p.sid)).toEqual([UT, customerUT])
      const wire = yield* sim.listParticipants(KD, UO)
      for (const record of wire) expect(record).not.toHaveProperty("status")

      const journal = yield* sim.journal
      expect(journal.map((e) => [e.method, e.url, e.route, e.status, e.body])).toEqual([
        ["POST", pathOf(KD, UO, UT), "UpdateInteractionChannelParticipant", 200, { Status: "closed" }],
        ["POST", pathOf(KD, UO, UT), "UpdateInteractionChannelParticipant", 200, { Status: "wrapup" }],
        [
          "GET",
          `/v1/Interactions/${KD}/Channels/${UO}/Participants?PageSize=50`,
          "ListInteractionChannelParticipant",
          200,
          null
        ]
      ])
    })))

  it.effect("getParticipant is None for a participant that is not there", () =>
    withSimulator(Effect.gen(function*() {
      expect(yield* statusOf(KD, UO, missingUT)).toEqual(Option.none())
      expect(yield* statusOf(KD, otherUO, UT)).toEqual(Option.none())
      expect(yield* statusOf(otherKD, UO, UT)).toEqual(Option.none())
    })))

  it.effect.each(
    [
      ["an unknown interaction", missingKD, UO, UT],
      ["an unknown channel", KD, missingUO, UT],
      ["an unknown participant", KD, UO, missingUT],
      ["a participant of another channel", KD, otherUO, UT],
      ["a channel of another interaction", otherKD, UO, UT]
    ] as const
  )("%s is FlexNotFound (404, 20404), and nothing changes", ([, kd, uo, ut]) =>
    withSimulator(Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      const error = yield* Effect.flip(flex.participants.update(kd, uo, ut, { status: "closed" }))
      expectFields(error, {
        _tag: "FlexNotFound",
        status: 404,
        code: 20404,
        message: `The requested resource ${pathOf(kd, uo, ut).slice(3)} was not found`,
        moreInfo: "https://www.twilio.com/docs/errors/20404",
        method: "POST",
        url: `${FlexSimulator.origin}${pathOf(kd, uo, ut)}`,
        attempts: 1
      })
      const journal = yield* sim.journal
      expect(journal.map((e) => [e.route, e.status])).toEqual([["UpdateInteractionChannelParticipant", 404]])
      for (const [i, c, p] of [[KD, UO, UT], [KD, UO, customerUT], [KD, otherUO, otherUT]] as const) {
        expect(yield* statusOf(i, c, p)).toEqual(Option.some(null))
      }
    })))

  it.effect("a POST that meets a dropped connection is not retried (FlexTransportError, one request)", () =>
    withSimulator(Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      yield* sim.injectFaults([FlexSimulator.dropConnection({ route: operationId })])
      const fiber = yield* Effect.fork(flex.participants.update(KD, UO, UT, { status: "closed" }))
      yield* TestClock.adjust("1 minute")
      const error = yield* Effect.flip(Fiber.join(fiber))
      expectFields(error, { _tag: "FlexTransportError", reason: "Connection", method: "POST", attempts: 1 })
      const journal = yield* sim.journal
      expect(journal.map((e) => [e.route, e.status, e.fault])).toEqual([[operationId, null, "DropConnection"]])
      expect(yield* statusOf(KD, UO, UT)).toEqual(Option.some(null))
    })))

  it.effect("a connection lost mid-body is not retried either: the update was applied", () =>
    withSimulator(Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      yield* sim.injectFaults([FlexSimulator.dropMidBody({ route: operationId })])
      const fiber = yield* Effect.fork(flex.participants.update(KD, UO, UT, { status: "wrapup" }))
      yield* TestClock.adjust("1 minute")
      const error = yield* Effect.flip(Fiber.join(fiber))
      expectFields(error, { _tag: "FlexTransportError", method: "POST", attempts: 1 })
      expect((yield* sim.journal).map((e) => e.fault)).toEqual(["DropMidBody"])
      expect(yield* statusOf(KD, UO, UT)).toEqual(Option.some("wrapup"))
    })))

  it.effect("429 and 503 are retried (Twilio did not process them), then the update succeeds", () =>
    withSimulator(Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      yield* sim.injectFaults([
        FlexSimulator.rateLimited({ retryAfter: "1", route: operationId }),
        FlexSimulator.status(503, { route: operationId })
      ])
      const fiber = yield* Effect.fork(flex.participants.update(KD, UO, UT, { status: "closed" }))
      yield* TestClock.adjust("1 minute")
      const participant = yield* Fiber.join(fiber)
      expect(participant.sid).toBe(UT)
      expect((yield* sim.journal).map((e) => e.status)).toEqual([429, 503, 200])
      expect(yield* statusOf(KD, UO, UT)).toEqual(Option.some("closed"))
    })))

  it.effect("faults are matched by the route: one for the update does not hit the list, and back", () =>
    withSimulator(
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const sim = yield* FlexSimulator.FlexSimulator
        yield* sim.injectFaults([
          FlexSimulator.status(500, { route: operationId }),
          FlexSimulator.status(500, { route: "ListInteractionChannelParticipant" })
        ])
        const error = yield* Effect.flip(flex.participants.update(KD, UO, UT, { status: "closed" }))
        expectFields(error, { _tag: "FlexApiError", status: 500, attempts: 1 })
        expect(yield* flex.participants.update(KD, UO, UT, { status: "closed" })).toBeInstanceOf(
          Participant.Participant
        )
        expect((yield* Effect.flip(flex.participants.list(KD, UO)))._tag).toBe("FlexApiError")
        expect((yield* sim.journal).map((e) => [e.route, e.status])).toEqual([
          [operationId, 500],
          [operationId, 200],
          ["ListInteractionChannelParticipant", 500]
        ])
      }),
      { retry: false }
    ))

  it.effect("the route has its own rate bucket (code 45780 when it is empty)", () =>
    withSimulator(
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const sim = yield* FlexSimulator.FlexSimulator
        yield* sim.setLimits({ rate: { perSecond: 0, burst: 1, routes: [operationId] } })
        yield* flex.participants.update(KD, UO, UT, { status: "closed" })
        // the update's bucket is empty now; another route's is not
        yield* flex.participants.list(KD, UO)
        const error = yield* Effect.flip(flex.participants.update(KD, UO, UT, { status: "wrapup" }))
        expectFields(error, { _tag: "FlexRateLimited", status: 429, code: 45780 })
        expect((yield* sim.journal).map((e) => [e.route, e.status, e.limit])).toEqual([
          [operationId, 200, null],
          ["ListInteractionChannelParticipant", 200, null],
          [operationId, 429, "rate"]
        ])
        // the refused update was not processed
        expect(yield* statusOf(KD, UO, UT)).toEqual(Option.some("closed"))
      }),
      { retry: false }
    ))
})

// -----------------------------------------------------------------------------------------------
// the simulator's rules, over raw HTTP
// -----------------------------------------------------------------------------------------------

describe("the simulator's UpdateInteractionChannelParticipant", () => {
  it.effect("a missing or invalid Status is a 400 (20001) naming Status; the participant is untouched", () =>
    withSimulator(Effect.gen(function*() {
      const cases: ReadonlyArray<Record<string, string>> = [
        {},
        { Status: "" },
        { status: "closed" },
        { Status: "inactive" },
        { Status: "active" },
        { Status: "CLOSED" },
        { Status: "closed " }
      ]
      for (const form of cases) {
        const res = yield* call("POST", pathOf(KD, UO, UT), { form })
        expect(res.status, JSON.stringify(form)).toBe(400)
        expect(res.body).toMatchObject({ status: 400, code: 20001 })
        expect(res.body.message).toContain("Status")
      }
      const missing = yield* call("POST", pathOf(KD, UO, UT), { form: {} })
      expect(missing.body.message).toBe("Missing required parameter Status in the post body")
      const invalid = yield* call("POST", pathOf(KD, UO, UT), { form: { Status: "active" } })
      expect(invalid.body.message).toBe("Invalid Status: \"active\". Status must be one of closed, wrapup")
      expect(yield* statusOf(KD, UO, UT)).toEqual(Option.some(null))
    })))

  it.effect("404 comes before 400: an unknown participant with a bad Status is a 404", () =>
    withSimulator(Effect.gen(function*() {
      const res = yield* call("POST", pathOf(KD, UO, missingUT), { form: { Status: "bogus" } })
      expect(res.status).toBe(404)
      expect(res.body).toMatchObject({
        code: 20404,
        message: `The requested resource ${pathOf(KD, UO, missingUT).slice(3)} was not found`
      })
    })))

  it.effect("a malformed SID is a 404 that reaches no route; GET is a 405; no credentials a 401", () =>
    withSimulator(Effect.gen(function*() {
      const sim = yield* FlexSimulator.FlexSimulator
      const malformed = yield* call("POST", pathOf(KD, UO, "UT123"), { form: { Status: "closed" } })
      expect(malformed.status).toBe(404)
      const get = yield* call("GET", pathOf(KD, UO, UT))
      expect(get.status).toBe(405)
      expect(get.headers["allow"]).toBe("POST, OPTIONS")
      const anonymous = yield* call("POST", pathOf(KD, UO, UT), { form: { Status: "closed" }, auth: null })
      expect(anonymous.status).toBe(401)
      expect((yield* sim.journal).map((e) => [e.route, e.status])).toEqual([[null, 404], [null, 405], [null, 401]])
      expect(yield* statusOf(KD, UO, UT)).toEqual(Option.some(null))
    })))
})

// -----------------------------------------------------------------------------------------------
// conformance to Twilio's OpenAPI description
// -----------------------------------------------------------------------------------------------

describe("UpdateInteractionChannelParticipant conforms to Twilio's spec", () => {
  const requestSchema = openApi.resolve(
    spec.paths[specPath].post.requestBody.content["application/x-www-form-urlencoded"].schema
  )
  const participantSchema = openApi.resolve(openApi.responseSchema(operationId))

  it("the fixture is the operation; the client's status enum is the spec's", () => {
    const found = openApi.operations.get(operationId)
    expect(found && { method: found.method, path: found.path }).toEqual({ method: "POST", path: specPath })
    expect(requestSchema.required).toEqual(["Status"])
    const statusEnum = openApi.resolve(requestSchema.properties.Status).enum
    expect(statusEnum).toEqual(Participant.UpdateStatus.literals)
    // Twilio's participant has no status field: the simulator keeps it beside the record.
    expect(Object.keys(participantSchema.properties).sort()).toEqual(
      ["channel_sid", "interaction_sid", "routing_properties", "sid", "type", "url"]
    )
  })

  it("the checker accepts the spec's examples and rejects broken requests and records", () => {
    for (
      const example of Object.values<Json>(
        spec.paths[specPath].post.requestBody.content[
          "application/x-www-form-urlencoded"
        ].examples
      )
    ) {
      const request = { method: "POST", path: pathOf(KD, UO, UT), contentType: "application/x-www-form-urlencoded" }
      expect(openApi.checkRequest(operationId, { ...request, form: example.value })).toEqual([])
    }
    for (const example of Object.values(specExamples)) {
      expect(openApi.check(participantSchema, example.value)).toEqual([])
    }
    const good = {
      method: "POST",
      path: pathOf(KD, UO, UT),
      contentType: "application/x-www-form-urlencoded",
      form: { Status: "closed" }
    }
    const broken = [
      { ...good, method: "GET" },
      { ...good, path: pathOf(KD, UO, UO) },
      { ...good, path: pathOf(UO, UO, UT) },
      { ...good, contentType: "application/json" },
      { ...good, form: {} },
      { ...good, form: { Status: "inactive" } },
      { ...good, form: { Status: "closed", Routing: "{\"status\":\"closed\"}" } }
    ]
    for (const request of broken) expect(openApi.checkRequest(operationId, request)).not.toEqual([])
    const record = specExamples.update!.value
    expect(openApi.check(participantSchema, { ...record, type: "robot" })).not.toEqual([])
    expect(openApi.check(participantSchema, { ...record, sid: UO })).not.toEqual([])
  })

  it.effect("the client's requests conform (closed and wrapup)", () =>
    withSimulator(Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      yield* flex.participants.update(KD, UO, UT, { status: "closed" })
      yield* flex.participants.update(KD, otherUO, otherUT, { status: "wrapup" })
      const journal = yield* sim.journal
      expect(journal).toHaveLength(2)
      for (const entry of journal) {
        const url = new URL(entry.url, origin)
        expect(url.search).toBe("")
        expect(
          openApi.checkRequest(operationId, {
            method: entry.method,
            path: url.pathname,
            contentType: entry.headers["content-type"],
            form: entry.body
          })
        ).toEqual([])
      }
      expect(journal.map((e) => e.body)).toEqual([{ Status: "closed" }, { Status: "wrapup" }])
    })))

  it.effect("the simulator's responses conform, with the spec's fields only (agent and customer)", () =>
    withSimulator(Effect.gen(function*() {
      for (const [sid, status] of [[UT, "closed"], [customerUT, "wrapup"]] as const) {
        const res = yield* call("POST", pathOf(KD, UO, sid), { form: { Status: status } })
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toBe("application/json")
        expect(openApi.check(participantSchema, res.body)).toEqual([])
        expect(Object.keys(res.body).sort()).toEqual(Object.keys(participantSchema.properties).sort())
        expect(yield* statusOf(KD, UO, sid)).toEqual(Option.some(status))
      }
    })))

  it.effect("the simulator's errors have Twilio's error body: 400, 404, 401", () =>
    withSimulator(Effect.gen(function*() {
      for (
        const [path, options, status, code] of [
          [pathOf(KD, UO, UT), { form: { Status: "nope" } }, 400, 20001],
          [pathOf(KD, UO, missingUT), { form: { Status: "closed" } }, 404, 20404],
          [pathOf(KD, UO, UT), { form: { Status: "closed" }, auth: null }, 401, 20003]
        ] as const
      ) {
        const res = yield* call("POST", path, options)
        expect(res.status).toBe(status)
        expect(openApi.check(OpenApi.errorSchema, res.body)).toEqual([])
        expect(res.body).toMatchObject({ status, code, more_info: `https://www.twilio.com/docs/errors/${code}` })
      }
    })))

  it.effect.each(Object.keys(specExamples))(
    "the spec's example %s decodes as a Participant",
    (name) =>
      Effect.gen(function*() {
        const example = specExamples[name]!.value
        const { result } = yield* withTransport(
          { status: 200, body: example },
          (flex) => flex.participants.update(KD, UO, UT, { status: "closed" })
        )
        expect(result.sid).toBe(example.sid)
        expect(result.routingProperties).toEqual(example.routing_properties)
        expect(Participant.isRoutingProperties(result.routingProperties)).toBe(true)
      })
  )
})
