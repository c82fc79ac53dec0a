/**
 * Each fault the simulator can inject, and how the client reacts: a typed error, a retry, or a
 * recovery. In-process and driven by the TestClock: the journal's timestamps are TestClock time
 * (starting at 0), so they show exactly when each attempt was made.
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import type * as FlexConfig from "@effect-flex/core/FlexConfig"
import type { FlexError } from "@effect-flex/core/FlexError"
import * as InteractionChannel from "@effect-flex/core/InteractionChannel"
import * as Participant from "@effect-flex/core/Participant"
import * as HttpClient from "@effect/platform/HttpClient"
import { describe, expect, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Random from "effect/Random"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/TestClock"
import { credentials, failure } from "../../core/test/utils/scenarios.js"
import * as FlexSimulator from "../src/FlexSimulator.js"

const seed: FlexSimulator.SeedOptions = { interactions: 1, channelsPerInteraction: 12, participantsPerChannel: 2 }

/** The in-process simulator with a fault schedule, and a client on top (options merged). */
const setup = (faults: ReadonlyArray<FlexSimulator.Fault>, options?: Partial<FlexConfig.Options>) =>
  FlexClient.layer({ ...credentials, ...options }).pipe(Layer.provideMerge(FlexSimulator.layer({ seed, faults })))

/**
 * Like {@link setup}, but the simulator draws its request ids from its own `Random`: in-process
 * the app runs in the caller's fiber, so a `Random.fixed` meant for the client's jitter would
 * otherwise also feed the simulator.
 */
const setupIsolated = (faults: ReadonlyArray<FlexSimulator.Fault>, options?: Partial<FlexConfig.Options>) =>
  FlexClient.layer({ ...credentials, ...options }).pipe(
    Layer.provide(Layer.effect(
      HttpClient.HttpClient,
      Effect.map(
        HttpClient.HttpClient,
        (client) => HttpClient.transformResponse(client, Effect.withRandom(Random.make("simulator")))
      )
    )),
    Layer.provideMerge(FlexSimulator.layer({ seed, faults }))
  )

const sids = Effect.gen(function*() {
  const sim = yield* FlexSimulator.FlexSimulator
  const [interaction] = yield* sim.listInteractions
  const kd = interaction!.sid
  const channels = yield* sim.listInteractionChannels(kd)
  return { kd, channels, uo: channels[0]!.sid }
})

/** The journal as [method, status, fault, TestClock millis] rows. */
const journal = Effect.gen(function*() {
  const sim = yield* FlexSimulator.FlexSimulator
  const entries = yield* sim.journal
  return entries.map((e) => [e.method, e.status, e.fault, e.timestamp.epochMillis] as const)
})

/** Forks the call, moves the TestClock on, and joins it. */
const withClock = <A, E, R>(effect: Effect.Effect<A, E, R>, duration: Duration.DurationInput = "10 minutes") =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(effect)
    yield* TestClock.adjust(duration)
    return yield* Fiber.join(fiber)
  })

const expectTag = <T extends FlexError["_tag"]>(error: FlexError, tag: T): Extract<FlexError, { _tag: T }> => {
  expect(error._tag).toBe(tag)
  return error as Extract<FlexError, { _tag: T }>
}

const listInteraction = (pageSize = 5) =>
  Effect.gen(function*() {
    const flex = yield* FlexClient.FlexClient
    const { kd } = yield* sids
    return yield* Stream.runCollect(flex.interactionChannels.stream(kd, { pageSize }).pipe(Stream.either))
  })

describe("simulator faults and the client's reaction", () => {
  describe("429", () => {
    it.effect("with Retry-After (seconds): waits exactly that long, then succeeds", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const { kd, uo } = yield* sids
        const fiber = yield* Effect.fork(flex.interactionChannels.update(kd, uo, { status: "closed" }))
        yield* TestClock.adjust("2999 millis")
        expect(yield* journal).toEqual([["POST", 429, "Status", 0]])
        expect(Option.isNone(yield* Fiber.poll(fiber))).toBe(true)
        yield* TestClock.adjust("1 millis")
        const updated = yield* Fiber.join(fiber)
        expect(updated.status).toBe("closed")
        // 429 means Twilio did not process it: even a POST is sent again
        expect(yield* journal).toEqual([["POST", 429, "Status", 0], ["POST", 200, null, 3000]])
      }).pipe(Effect.provide(setup([FlexSimulator.rateLimited({ retryAfter: "3" })]))))

    it.effect("with Retry-After as an HTTP date, and capped at maxRetryAfter", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const { uo } = yield* sids
        // the TestClock starts at the epoch: this date is 5 seconds from now
        yield* withClock(flex.channels.list())
        yield* withClock(flex.participants.list((yield* sids).kd, uo))
        expect((yield* journal).map(([, status, , at]) => [status, at])).toEqual([
          [429, 0],
          [200, 5000],
          [429, 600000],
          [200, 600000 + 30000]
        ])
      }).pipe(Effect.provide(setup([
        FlexSimulator.rateLimited({ route: "ListChannel", retryAfter: "Thu, 01 Jan 1970 00:00:05 GMT" }),
        FlexSimulator.rateLimited({ route: "ListInteractionChannelParticipant", retryAfter: "3600" })
      ], { retry: { maxRetryAfter: "30 seconds" } }))))

    it.effect("without Retry-After: full-jitter exponential backoff, capped (exact with Random.fixed)", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const fiber = yield* Effect.fork(flex.channels.list().pipe(Effect.withRandom(Random.fixed([0.5, 0.25, 0.9]))))
        // delays: 0.5 × 1000, 0.25 × 2000, 0.9 × min(3000, 4000)
        yield* TestClock.adjust("499 millis")
        expect(yield* journal).toHaveLength(1)
        yield* TestClock.adjust("1 millis")
        yield* TestClock.adjust("10 seconds")
        yield* Fiber.join(fiber)
        expect(yield* journal).toEqual([
          ["GET", 429, "Status", 0],
          ["GET", 429, "Status", 500],
          ["GET", 429, "Status", 1000],
          ["GET", 200, null, 3700]
        ])
      }).pipe(Effect.provide(setupIsolated([FlexSimulator.rateLimited({ times: 3 })], {
        retry: { baseDelay: "1 second", maxDelay: "3 seconds" }
      }))))

    it.effect("a burst longer than maxAttempts: FlexRateLimited with the attempts and the last Retry-After", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const error = expectTag(yield* withClock(failure(flex.channels.list())), "FlexRateLimited")
        expect(error).toMatchObject({ status: 429, code: 20429, attempts: 4, retryAfterMillis: 1000, method: "GET" })
        expect(error.moreInfo).toBe("https://www.twilio.com/docs/errors/20429")
        expect(yield* journal).toEqual([0, 1000, 2000, 3000].map((at) => ["GET", 429, "Status", at]))
      }).pipe(Effect.provide(setup([FlexSimulator.rateLimited({ times: 10, retryAfter: "1" })]))))
  })

  describe("5xx", () => {
    it.effect("a run of 500, 502, 503 on a GET: retried until it recovers", () =>
      Effect.gen(function*() {
        const { channels } = yield* sids
        const items = yield* withClock(listInteraction(50))
        expect(Chunk.toReadonlyArray(items).map(Either.map((c) => c.sid))).toEqual(
          channels.map((c) => Either.right(c.sid))
        )
        expect((yield* journal).map(([method, status]) => [method, status])).toEqual([
          ["GET", 500],
          ["GET", 502],
          ["GET", 503],
          ["GET", 200]
        ])
      }).pipe(Effect.provide(setup([500, 502, 503].map((status) => FlexSimulator.status(status))))))

    it.effect("500s beyond maxAttempts on a GET: FlexApiError with Twilio's code and the attempts", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const { kd } = yield* sids
        const error = expectTag(yield* withClock(failure(flex.interactionChannels.list(kd))), "FlexApiError")
        expect(error).toMatchObject({ status: 500, code: 20500, message: "Internal Server Error", attempts: 3 })
        expect(yield* journal).toHaveLength(3)
      }).pipe(Effect.provide(setup([FlexSimulator.status(500, { times: 5 })], { retry: { maxAttempts: 3 } }))))

    it.effect("500 on a POST (update) is not retried: FlexApiError, the store unchanged", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const sim = yield* FlexSimulator.FlexSimulator
        const { channels, kd, uo } = yield* sids
        const error = expectTag(
          yield* withClock(failure(flex.interactionChannels.update(kd, uo, { status: "closed" }))),
          "FlexApiError"
        )
        expect(error).toMatchObject({ status: 500, code: 20500, method: "POST", attempts: 1 })
        expect(yield* journal).toEqual([["POST", 500, "Status", 0]])
        expect(yield* sim.getInteractionChannel(kd, uo)).toEqual(Option.some(channels[0]))
      }).pipe(Effect.provide(setup([FlexSimulator.status(500, { route: "UpdateInteractionChannel" })]))))

    it.effect("503 on a POST is retried (Twilio did not process it)", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const sim = yield* FlexSimulator.FlexSimulator
        const { kd, uo } = yield* sids
        const updated = yield* withClock(
          flex.interactionChannels.update(kd, uo, { status: "inactive", routing: { status: "closed" } })
        )
        expect(updated.status).toBe("inactive")
        const entries = yield* sim.journal
        expect(entries.map((e) => [e.method, e.status, e.body])).toEqual([
          ["POST", 503, { Status: "inactive", Routing: "{\"status\":\"closed\"}" }],
          ["POST", 200, { Status: "inactive", Routing: "{\"status\":\"closed\"}" }]
        ])
        expect(Option.map(yield* sim.getInteractionChannel(kd, uo), (c) => c.status)).toEqual(Option.some("inactive"))
      }).pipe(Effect.provide(setup([FlexSimulator.status(503, { route: "UpdateInteractionChannel" })]))))
  })

  describe("transport", () => {
    it.effect("latency below the timeout only delays the response", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const fiber = yield* Effect.fork(flex.channels.list())
        yield* TestClock.adjust("999 millis")
        expect(Option.isNone(yield* Fiber.poll(fiber))).toBe(true)
        yield* TestClock.adjust("1 millis")
        yield* Fiber.join(fiber)
        expect(yield* journal).toEqual([["GET", 200, "Latency", 0]])
      }).pipe(Effect.provide(setup([FlexSimulator.latency("1 second")], { timeout: "2 seconds" }))))

    it.effect("latency beyond the timeout: FlexTransportError Timeout at exactly the timeout", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const fiber = yield* Effect.fork(failure(flex.channels.list()))
        yield* TestClock.adjust("1999 millis")
        expect(Option.isNone(yield* Fiber.poll(fiber))).toBe(true)
        yield* TestClock.adjust("1 millis")
        const error = expectTag(yield* Fiber.join(fiber), "FlexTransportError")
        expect(error).toMatchObject({ reason: "Timeout", method: "GET", attempts: 1 })
        expect(error.message).toBe("No complete response within 2s")
      }).pipe(Effect.provide(setup([FlexSimulator.latency("5 seconds")], { timeout: "2 seconds", retry: false }))))

    it.effect("latency beyond the timeout on a GET: the retry succeeds", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const { channels, kd } = yield* sids
        const listed = yield* withClock(
          flex.interactionChannels.list(kd).pipe(Effect.withRandom(Random.fixed([0.5])))
        )
        expect(listed.map((c) => c.sid)).toEqual(channels.map((c) => c.sid))
        // the second attempt starts when the first times out (2 s) plus the jitter (0.5 × 250 ms);
        // the abandoned first attempt is journaled at 0 ms with no status
        expect(yield* journal).toEqual([["GET", null, "Latency", 0], ["GET", 200, null, 2125]])
      }).pipe(Effect.provide(setupIsolated([FlexSimulator.latency("5 seconds")], { timeout: "2 seconds" }))))

    it.effect("a dropped connection on a GET is retried", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const sim = yield* FlexSimulator.FlexSimulator
        const [chat] = yield* sim.listChatChannels
        const channel = yield* withClock(flex.channels.fetch(chat!.sid))
        expect(channel.sid).toBe(chat!.sid)
        expect((yield* journal).map(([method, status, fault]) => [method, status, fault])).toEqual([
          ["GET", null, "DropConnection"],
          ["GET", 200, null]
        ])
      }).pipe(Effect.provide(
        FlexClient.layer(credentials).pipe(Layer.provideMerge(FlexSimulator.layer({
          seed: { ...seed, chatChannels: 2 },
          faults: [FlexSimulator.dropConnection({ route: "FetchChannel" })]
        })))
      )))

    it.effect("a dropped connection on a POST is not retried: FlexTransportError, one request", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const sim = yield* FlexSimulator.FlexSimulator
        const { channels, kd, uo } = yield* sids
        const error = expectTag(
          yield* withClock(failure(flex.interactionChannels.update(kd, uo, { status: "closed" }))),
          "FlexTransportError"
        )
        expect(error).toMatchObject({ reason: "Connection", method: "POST", attempts: 1 })
        expect(error.url).toBe(`https://flex-api.twilio.com/v1/Interactions/${kd}/Channels/${uo}`)
        expect(yield* journal).toEqual([["POST", null, "DropConnection", 0]])
        expect(yield* sim.getInteractionChannel(kd, uo)).toEqual(Option.some(channels[0]))
      }).pipe(Effect.provide(setup([FlexSimulator.dropConnection()]))))

    it.effect("a connection dropped mid-body on a GET is retried; without retries it is a Body error", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const { channels, kd } = yield* sids
        const listed = yield* withClock(flex.interactionChannels.list(kd))
        expect(listed.map((c) => c.sid)).toEqual(channels.map((c) => c.sid))
        expect((yield* journal).map(([method, status, fault]) => [method, status, fault])).toEqual([
          ["GET", 200, "DropMidBody"],
          ["GET", 200, null]
        ])
        const sim = yield* FlexSimulator.FlexSimulator
        yield* sim.injectFaults([FlexSimulator.dropMidBody({ bytes: 10 })])
        const single = yield* FlexClient.make({ ...credentials, retry: false })
        const error = expectTag(yield* failure(single.interactionChannels.list(kd)), "FlexTransportError")
        expect(error).toMatchObject({ reason: "Body", method: "GET", attempts: 1 })
      }).pipe(Effect.provide(setup([FlexSimulator.dropMidBody()]))))
  })

  describe("bodies", () => {
    it.effect("truncated JSON: FlexDecodeError with the status and request id, not retried", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const { kd } = yield* sids
        const error = expectTag(yield* failure(flex.interactionChannels.list(kd)), "FlexDecodeError")
        expect(error.status).toBe(200)
        expect(error.message).toMatch(/^The response is not JSON/)
        const sim = yield* FlexSimulator.FlexSimulator
        const entries = yield* sim.journal
        expect(entries.map((e) => [e.status, e.fault])).toEqual([[200, "TruncatedJson"]])
        expect(error.requestId).toBe(entries[0]!.requestId)
      }).pipe(Effect.provide(setup([FlexSimulator.truncatedJson()]))))

    it.effect("an HTML error page: FlexApiError with a readable message (POST: not retried)", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const { kd, uo } = yield* sids
        const error = expectTag(
          yield* failure(flex.interactionChannels.update(kd, uo, { status: "closed" })),
          "FlexApiError"
        )
        expect(error).toMatchObject({
          status: 502,
          code: null,
          message: "Twilio answered HTTP 502 with a text/html body instead of a JSON error",
          attempts: 1
        })
        expect(yield* journal).toEqual([["POST", 502, "HtmlError", 0]])
      }).pipe(Effect.provide(setup([FlexSimulator.htmlError()]))))

    it.effect("an HTML error page on a GET is a 5xx like any other: retried", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const { kd } = yield* sids
        const error = expectTag(yield* withClock(failure(flex.interactionChannels.list(kd))), "FlexApiError")
        expect(error).toMatchObject({ status: 504, code: null, attempts: 4 })
        expect(error.message).toBe("Twilio answered HTTP 504 with a text/html body instead of a JSON error")
        expect(yield* journal).toHaveLength(4)
      }).pipe(Effect.provide(setup([FlexSimulator.htmlError({ status: 504, times: 4 })]))))

    it.effect("unknown enum values decode, visible and told apart by isKnownStatus / isKnownType", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const { kd, uo } = yield* sids
        const [channel] = yield* flex.interactionChannels.list(kd, { limit: 1 })
        expect(channel!.status).toBe("paused_v2")
        expect(InteractionChannel.isKnownStatus(channel!.status!)).toBe(false)
        expect(channel!.type).toBe("carrier_pigeon")
        expect(InteractionChannel.isKnownType(channel!.type!)).toBe(false)
        const [participant] = yield* flex.participants.list(kd, uo)
        expect(participant!.type).toBe("observer")
        expect(Participant.isKnownType(participant!.type!)).toBe(false)
        // without the fault, the same records are known values again
        const [again] = yield* flex.interactionChannels.list(kd, { limit: 1 })
        expect(InteractionChannel.isKnownStatus(again!.status!)).toBe(true)
      }).pipe(Effect.provide(setup([
        FlexSimulator.unknownEnumValues({ route: "ListInteractionChannel" }),
        FlexSimulator.unknownEnumValues({ route: "ListInteractionChannelParticipant", value: "observer" })
      ]))))

    it.effect("extra fields in the envelope, meta and records are ignored", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const sim = yield* FlexSimulator.FlexSimulator
        const { kd } = yield* sids
        const [chat] = yield* sim.listChatChannels
        const withExtras = yield* flex.interactionChannels.list(kd)
        const fetched = yield* flex.channels.fetch(chat!.sid)
        yield* sim.clearFaults
        expect(withExtras).toEqual(yield* flex.interactionChannels.list(kd))
        expect(fetched).toEqual(yield* flex.channels.fetch(chat!.sid))
        expect("friendlyName" in withExtras[0]!).toBe(false)
        expect((yield* journal).map(([, , fault]) => fault)).toEqual(["ExtraFields", "ExtraFields", null, null])
      }).pipe(Effect.provide(
        FlexClient.layer(credentials).pipe(Layer.provideMerge(FlexSimulator.layer({
          seed: { ...seed, chatChannels: 1 },
          faults: [FlexSimulator.extraFields({ times: 2 })]
        })))
      )))
  })

  describe("pagination", () => {
    it.effect("a next_page_url on a foreign origin: page 1's records, then FlexDecodeError; nothing sent there", () =>
      Effect.gen(function*() {
        const { channels, kd } = yield* sids
        const items = Chunk.toReadonlyArray(yield* listInteraction())
        expect(items).toHaveLength(6)
        expect(items.slice(0, 5).map((item) => Either.getOrThrow(item).sid)).toEqual(
          channels.slice(0, 5).map((c) => c.sid)
        )
        const error = expectTag(Either.getLeft(items[5]!).pipe(Option.getOrThrow), "FlexDecodeError")
        expect(error.message).toBe(
          "Refusing to follow next_page_url: its origin https://evil.example.com is not the configured " +
            "https://flex-api.twilio.com"
        )
        // in-process every URL reaches the simulator, so a request to the foreign origin would be here
        const sim = yield* FlexSimulator.FlexSimulator
        expect((yield* sim.journal).map((e) => e.url)).toEqual([`/v1/Interactions/${kd}/Channels?PageSize=5`])
      }).pipe(Effect.provide(setup([FlexSimulator.foreignNextPageUrl()]))))

    it.effect("a next_page_url that does not advance (first page): its records once, then FlexDecodeError", () =>
      Effect.gen(function*() {
        const { channels } = yield* sids
        const items = Chunk.toReadonlyArray(yield* listInteraction())
        expect(items.filter(Either.isRight).map((c) => c.right.sid)).toEqual(channels.slice(0, 5).map((c) => c.sid))
        const error = expectTag(Either.getLeft(items[items.length - 1]!).pipe(Option.getOrThrow), "FlexDecodeError")
        expect(error.message).toMatch(/^Refusing to follow next_page_url: it does not advance/)
        expect(yield* journal).toHaveLength(1)
      }).pipe(Effect.provide(setup([FlexSimulator.stuckNextPageUrl({ times: 100 })]))))

    it.effect("a next_page_url that does not advance (later page): no loop, no record twice", () =>
      Effect.gen(function*() {
        const { channels } = yield* sids
        const items = Chunk.toReadonlyArray(yield* listInteraction())
        expect(items.filter(Either.isRight).map((c) => c.right.sid)).toEqual(channels.slice(0, 10).map((c) => c.sid))
        expectTag(Either.getLeft(items[items.length - 1]!).pipe(Option.getOrThrow), "FlexDecodeError")
        expect(yield* journal).toHaveLength(2)
      }).pipe(Effect.provide(setup([FlexSimulator.stuckNextPageUrl({ after: 1, times: 100 })]))))
  })
})
