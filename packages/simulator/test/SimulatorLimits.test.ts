/**
 * The simulator's limits (Twilio's REST concurrency and the Flex Interactions API's per-endpoint
 * rate): what they admit and refuse, the 429 they answer, and what the journal says about it.
 *
 * In-process and driven by the TestClock: requests are held in flight by latency faults, and
 * {@link start} forks a request and waits until it is suspended in the simulator (TestClock.adjust
 * of zero waits for every forked fiber to be done or suspended), so arrivals are ordered.
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import { describe, expect, it, layer } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as FastCheck from "effect/FastCheck"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as TestClock from "effect/TestClock"
import { expectFields, failureOf } from "../../core/test/utils/exits.js"
import * as Transport from "../../core/test/utils/transport.js"
import * as FlexSimulator from "../src/FlexSimulator.js"

const origin = "https://flex-api.twilio.com"

const interactionSid = `KD${"1".repeat(32)}`

/** Two chat channels, one interaction with three active channels. */
const seed: FlexSimulator.SeedOptions = { chatChannels: 2 }
const fixtures: FlexSimulator.Fixtures = {
  interactionChannels: Array.from({ length: 3 }, () => ({ interaction_sid: interactionSid, status: "active" as const }))
}

/** A raw request through the simulator's `HttpClient` (no FlexClient, so no retries hide a 429). */
const request = (method: "GET" | "POST" | "OPTIONS", path: string, options?: Transport.RawOptions) =>
  Transport.rawRequest(method, origin + path, options)

const call = (method: "GET" | "POST" | "OPTIONS", path: string, options?: Transport.RawOptions) =>
  Transport.rawCall(method, origin + path, options)

const listChannels = call("GET", "/v1/Channels")

/** Forks a request and waits until it is done or suspended (e.g. held by a latency fault). */
const start = <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.tap(Effect.fork(effect), () => TestClock.adjust(0))

const withSimulator = <A, E>(
  options: FlexSimulator.Options,
  f: (sim: FlexSimulator.FlexSimulator) => Effect.Effect<A, E, HttpClient.HttpClient>
) =>
  Effect.flatMap(FlexSimulator.FlexSimulator, f).pipe(
    Effect.provide(FlexSimulator.layer({ seed, fixtures, ...options }))
  )

const channels = (sim: FlexSimulator.FlexSimulator) =>
  Effect.gen(function*() {
    const kd = interactionSid
    const list = yield* sim.listInteractionChannels(kd)
    const status = (uo: string) => Effect.map(sim.getInteractionChannel(kd, uo), (c) => Option.getOrThrow(c).status)
    return { kd, uos: list.map((c) => c.sid), status }
  })

const close = (kd: string, uo: string) =>
  call("POST", `/v1/Interactions/${kd}/Channels/${uo}`, { form: { Status: "closed" } })

/** The journal as [method, route, status, fault, limit, inFlight] rows. */
const journalRows = (sim: FlexSimulator.FlexSimulator) =>
  Effect.map(sim.journal, (entries) => entries.map((e) => [e.method, e.route, e.status, e.fault, e.limit, e.inFlight]))

const concurrencyRefusal = {
  code: 20429,
  message: "Too Many Requests",
  more_info: "https://www.twilio.com/docs/errors/20429",
  status: 429
}

const rateRefusal = {
  code: 45780,
  message: "Operation failed: too many concurrent API requests",
  more_info: "https://www.twilio.com/docs/errors/45780",
  status: 429
}

describe("FlexSimulator limits", () => {
  describe("concurrency", () => {
    it.effect("the request beyond the limit: 429, code 20429, Retry-After; not processed, no fault taken", () =>
      withSimulator(
        {
          limits: { concurrency: 2 },
          faults: [
            FlexSimulator.latency("1 second"),
            FlexSimulator.latency("2 seconds"),
            FlexSimulator.latency("1 second")
          ]
        },
        (sim) =>
          Effect.gen(function*() {
            const { kd, status, uos } = yield* channels(sim)
            const held = [yield* start(listChannels), yield* start(listChannels)]

            const refused = yield* close(kd, uos[0]!)
            expect(refused.status).toBe(429)
            expect(refused.body).toEqual(concurrencyRefusal)
            expect(refused.headers["retry-after"]).toBe("1")
            expect(refused.headers["twilio-concurrent-requests"]).toBe("3")
            expect(refused.headers["twilio-request-id"]).toMatch(/^RQ[0-9a-f]{32}$/)
            expect(yield* status(uos[0]!)).toBe("active")

            yield* TestClock.adjust("2 seconds")
            const done = yield* Fiber.join(Fiber.zip(held[0]!, held[1]!))
            expect(done.map((r) => [r.status, r.headers["twilio-concurrent-requests"]])).toEqual([[200, "1"], [
              200,
              "2"
            ]])

            // The refused request took no fault: the third latency is still there for the retry.
            const retried = yield* start(close(kd, uos[0]!))
            yield* TestClock.adjust("1 second")
            const ok = yield* Fiber.join(retried)
            expect(ok.status).toBe(200)
            expect(ok.headers["twilio-concurrent-requests"]).toBe("1")
            expect(yield* status(uos[0]!)).toBe("closed")

            expect(yield* journalRows(sim)).toEqual([
              ["POST", "UpdateInteractionChannel", 429, null, "concurrency", 3],
              ["GET", "ListChannel", 200, "Latency", null, 1],
              ["GET", "ListChannel", 200, "Latency", null, 2],
              ["POST", "UpdateInteractionChannel", 200, "Latency", null, 1]
            ])
            expect((yield* sim.journal)[0]!.body).toEqual({ Status: "closed" })
          })
      ))

    it.effect("Twilio-Concurrent-Requests on every response when a concurrency limit is set, and only then", () =>
      Effect.gen(function*() {
        const responses = Effect.all([
          listChannels,
          call("GET", "/v1/Nope"),
          call("GET", "/v1/Channels", { auth: "Basic bm9wZTpub3Bl" }),
          call("OPTIONS", "/v1/Channels")
        ])
        const limited = yield* responses.pipe(Effect.provide(FlexSimulator.layer({ seed, limits: { concurrency: 5 } })))
        expect(limited.map((r) => [r.status, r.headers["twilio-concurrent-requests"]])).toEqual([
          [200, "1"],
          [404, "1"],
          [401, "1"],
          [204, "1"]
        ])
        expect(limited[3]!.headers["access-control-expose-headers"]).toContain("Twilio-Concurrent-Requests")
        for (const options of [{}, { limits: {} }, { limits: { rate: { perSecond: 100 } } }]) {
          const unlimited = yield* responses.pipe(Effect.provide(FlexSimulator.layer({ seed, fixtures, ...options })))
          expect(unlimited.map((r) => r.headers["twilio-concurrent-requests"])).toEqual(Array(4).fill(undefined))
        }
      }))

    it.effect("preflights and bad credentials are neither limited nor counted; unknown paths are", () =>
      withSimulator(
        { limits: { concurrency: 1 }, faults: [FlexSimulator.latency("1 second")] },
        (sim) =>
          Effect.gen(function*() {
            const held = yield* start(listChannels)
            const badAuth = yield* call("GET", "/v1/Channels", { auth: "Basic bm9wZTpub3Bl" })
            expect(badAuth.status).toBe(401)
            expect(badAuth.body.code).toBe(20003)
            expect(badAuth.headers["retry-after"]).toBeUndefined()
            expect((yield* call("OPTIONS", "/v1/Channels")).status).toBe(204)
            const unknown = yield* call("GET", "/v1/Nope")
            expect(unknown.status).toBe(429)
            expect(unknown.body).toEqual(concurrencyRefusal)
            yield* TestClock.adjust("1 second")
            expect((yield* Fiber.join(held)).status).toBe(200)
            expect((yield* call("GET", "/v1/Nope")).status).toBe(404)

            expect(yield* journalRows(sim)).toEqual([
              ["GET", null, 401, null, null, 2],
              ["OPTIONS", null, 204, null, null, 2],
              ["GET", null, 429, null, "concurrency", 2],
              ["GET", "ListChannel", 200, "Latency", null, 1],
              ["GET", null, 404, null, null, 1]
            ])
          })
      ))

    it.effect("concurrency 0 refuses every authenticated request", () =>
      withSimulator({ limits: { concurrency: 0, retryAfter: "30" } }, (sim) =>
        Effect.gen(function*() {
          const { kd, status, uos } = yield* channels(sim)
          const refused = yield* close(kd, uos[1]!)
          expect([refused.status, refused.body.code, refused.headers["retry-after"]]).toEqual([429, 20429, "30"])
          expect(yield* status(uos[1]!)).toBe("active")
          expect((yield* call("GET", "/v1/Channels", { auth: "Basic bm9wZTpub3Bl" })).status).toBe(401)
        })))

    it.effect("an interrupted request frees its slot: the next one is admitted", () =>
      withSimulator(
        { limits: { concurrency: 1 }, faults: [FlexSimulator.latency("1 minute")] },
        (sim) =>
          Effect.gen(function*() {
            const held = yield* start(listChannels)
            expect((yield* listChannels).status).toBe(429)
            yield* Fiber.interrupt(held)
            const next = yield* listChannels
            expect(next.status).toBe(200)
            expect(next.headers["twilio-concurrent-requests"]).toBe("1")
            expect(yield* journalRows(sim)).toEqual([
              ["GET", "ListChannel", 429, null, "concurrency", 2],
              ["GET", "ListChannel", null, "Latency", null, 1],
              ["GET", "ListChannel", 200, null, null, 1]
            ])
          })
      ))

    it.effect("a dropped connection, before or in the middle of the body, frees its slot", () =>
      withSimulator(
        { limits: { concurrency: 1 }, faults: [FlexSimulator.dropConnection(), FlexSimulator.dropMidBody()] },
        (sim) =>
          Effect.gen(function*() {
            const dropped = yield* Effect.either(request("GET", "/v1/Channels"))
            expect(Either.getLeft(dropped).pipe(Option.map((e: HttpClientError.HttpClientError) => e._tag))).toEqual(
              Option.some("RequestError")
            )
            const cut = yield* request("GET", "/v1/Channels")
            expect(Either.isLeft(yield* Effect.either(cut.text))).toBe(true)
            expect((yield* listChannels).status).toBe(200)
            expect((yield* sim.journal).map((e) => [e.status, e.fault, e.limit, e.inFlight])).toEqual([
              [null, "DropConnection", null, 1],
              [200, "DropMidBody", null, 1],
              [200, null, null, 1]
            ])
          })
      ))

    it.effect("a request whose client timed out frees its slot (FlexClient, retry: false)", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const sim = yield* FlexSimulator.FlexSimulator
        const fiber = yield* Effect.fork(Effect.exit(flex.channels.list()))
        yield* TestClock.adjust("1 second")
        expect(failureOf(yield* Fiber.join(fiber))._tag).toBe("FlexTransportError")
        expect((yield* flex.channels.list()).length).toBe(2)
        expect((yield* sim.journal).map((e) => [e.status, e.fault, e.inFlight])).toEqual([
          [null, "Latency", 1],
          [200, null, 1]
        ])
      }).pipe(Effect.provide(FlexSimulator.layerClient(
        { seed, fixtures, limits: { concurrency: 1 }, faults: [FlexSimulator.latency("1 minute")] },
        { timeout: "1 second", retry: false }
      ))))
  })

  describe("rate", () => {
    it.effect("a token bucket per operation: burst at t=0, then perSecond, refilled by the Clock; code 45780", () =>
      withSimulator({ limits: { rate: { perSecond: 2, burst: 3 } } }, (sim) =>
        Effect.gen(function*() {
          const [chat] = yield* sim.listChatChannels
          const statuses = (n: number) =>
            Effect.map(Effect.replicateEffect(listChannels, n), (rs) => rs.map((r) => r.status))

          expect(yield* statuses(4)).toEqual([200, 200, 200, 429])
          const refused = yield* listChannels
          expect(refused.body).toEqual(rateRefusal)
          expect(refused.headers["retry-after"]).toBe("1")
          expect(refused.headers["twilio-concurrent-requests"]).toBeUndefined()
          // another operation has its own bucket
          expect((yield* call("GET", `/v1/Channels/${chat!.sid}`)).status).toBe(200)

          yield* TestClock.adjust("499 millis")
          expect(yield* statuses(1)).toEqual([429])
          yield* TestClock.adjust("1 millis")
          expect(yield* statuses(2)).toEqual([200, 429])
          yield* TestClock.adjust("1 second")
          expect(yield* statuses(3)).toEqual([200, 200, 429])
          // an idle bucket fills up to burst, not beyond
          yield* TestClock.adjust("1 minute")
          expect(yield* statuses(4)).toEqual([200, 200, 200, 429])

          const journal = yield* sim.journal
          expect(journal.filter((e) => e.status === 429).every((e) => e.limit === "rate")).toBe(true)
          expect(journal.filter((e) => e.status === 200).every((e) => e.limit === null)).toBe(true)
          expect(journal.slice(0, 5).map((e) => [e.route, e.status, e.limit, e.inFlight])).toEqual([
            ["ListChannel", 200, null, 1],
            ["ListChannel", 200, null, 1],
            ["ListChannel", 200, null, 1],
            ["ListChannel", 429, "rate", 1],
            ["ListChannel", 429, "rate", 1]
          ])
        })))

    it.effect("routes: only the listed operations are limited; a refused update is not applied", () =>
      withSimulator(
        { limits: { rate: { perSecond: 1, routes: ["UpdateInteractionChannel"] } } },
        (sim) =>
          Effect.gen(function*() {
            const { kd, status, uos } = yield* channels(sim)
            expect((yield* close(kd, uos[0]!)).status).toBe(200)
            const refused = yield* close(kd, uos[1]!)
            expect(refused.status).toBe(429)
            expect(refused.body).toEqual(rateRefusal)
            expect([yield* status(uos[0]!), yield* status(uos[1]!)]).toEqual(["closed", "active"])
            const lists = yield* Effect.replicateEffect(listChannels, 10)
            expect(lists.every((r) => r.status === 200)).toBe(true)

            yield* TestClock.adjust("1 second")
            expect((yield* close(kd, uos[1]!)).status).toBe(200)
            expect(yield* status(uos[1]!)).toBe("closed")
            const updates = (yield* sim.journal).filter((e) => e.route === "UpdateInteractionChannel")
            expect(updates.map((e) => [e.status, e.limit, e.body])).toEqual([
              [200, null, { Status: "closed" }],
              [429, "rate", { Status: "closed" }],
              [200, null, { Status: "closed" }]
            ])
          })
      ))

    it.effect("concurrency is checked first: a request it refuses takes no token", () =>
      withSimulator(
        {
          limits: { concurrency: 1, rate: { perSecond: 0, burst: 2 } },
          faults: [FlexSimulator.latency("1 second")]
        },
        (sim) =>
          Effect.gen(function*() {
            const held = yield* start(listChannels)
            expect((yield* listChannels).body).toEqual(concurrencyRefusal)
            yield* TestClock.adjust("1 second")
            yield* Fiber.join(held)
            expect((yield* listChannels).status).toBe(200)
            expect((yield* listChannels).body).toEqual(rateRefusal)
            expect((yield* sim.journal).map((e) => [e.status, e.limit])).toEqual([
              [429, "concurrency"],
              [200, null],
              [200, null],
              [429, "rate"]
            ])
          })
      ))

    it.effect.prop(
      "never more than burst + perSecond × window admitted in any window; a full burst first",
      [
        FastCheck.integer({ min: 0, max: 20 }),
        FastCheck.integer({ min: 0, max: 10 }),
        FastCheck.array(FastCheck.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 60 })
      ],
      ([perSecond, burst, gaps]) =>
        withSimulator({ limits: { rate: { perSecond, burst } } }, (sim) =>
          Effect.gen(function*() {
            for (const gap of gaps) {
              yield* TestClock.adjust(gap)
              yield* listChannels
            }
            const journal = yield* sim.journal
            const first = journal[0]!.timestamp.epochMillis
            const atFirst = journal.filter((e) => e.timestamp.epochMillis === first)
            expect(atFirst.filter((e) => e.status === 200)).toHaveLength(Math.min(burst, atFirst.length))
            expect(journal.every((e) => e.status === 200 ? e.limit === null : e.limit === "rate")).toBe(true)
            const admitted = journal.filter((e) => e.status === 200).map((e) => e.timestamp.epochMillis)
            for (let i = 0; i < admitted.length; i++) {
              for (let j = i; j < admitted.length; j++) {
                const window = admitted[j]! - admitted[i]!
                expect(j - i + 1).toBeLessThanOrEqual(burst + (perSecond * window) / 1000 + 1e-6)
              }
            }
          })),
      { fastCheck: { numRuns: 50 } }
    )
  })

  describe("setLimits", () => {
    it.effect("applies from the next request, with full buckets; requests in flight still count; undefined lifts", () =>
      withSimulator(
        { faults: [FlexSimulator.latency("1 second"), FlexSimulator.latency("2 seconds")] },
        (sim) =>
          Effect.gen(function*() {
            const held = [yield* start(listChannels), yield* start(listChannels)]
            yield* sim.setLimits({ concurrency: 2 })
            const refused = yield* listChannels
            expect([refused.status, refused.body.code, refused.headers["twilio-concurrent-requests"]]).toEqual([
              429,
              20429,
              "3"
            ])
            yield* TestClock.adjust("2 seconds")
            yield* Fiber.join(Fiber.zip(held[0]!, held[1]!))

            yield* sim.setLimits({ rate: { perSecond: 1 }, retryAfter: "5" })
            expect((yield* listChannels).status).toBe(200)
            const limited = yield* listChannels
            expect([limited.status, limited.body.code, limited.headers["retry-after"]]).toEqual([429, 45780, "5"])
            // new limits: a fresh bucket
            yield* sim.setLimits({ rate: { perSecond: 1 }, retryAfter: "5" })
            expect((yield* listChannels).status).toBe(200)

            yield* sim.setLimits(undefined)
            const free = yield* Effect.replicateEffect(listChannels, 5)
            expect(free.map((r) => r.status)).toEqual(Array(5).fill(200))
            expect(free[0]!.headers["twilio-concurrent-requests"]).toBeUndefined()

            expect((yield* journalRows(sim)).slice(0, 6)).toEqual([
              ["GET", "ListChannel", 429, null, "concurrency", 3],
              ["GET", "ListChannel", 200, "Latency", null, 1],
              ["GET", "ListChannel", 200, "Latency", null, 2],
              ["GET", "ListChannel", 200, null, null, 1],
              ["GET", "ListChannel", 429, null, "rate", 1],
              ["GET", "ListChannel", 200, null, null, 1]
            ])
          })
      ))

    it.effect("limits that make no sense are a defect", () =>
      Effect.gen(function*() {
        const sim = yield* FlexSimulator.make()
        const invalid: ReadonlyArray<FlexSimulator.Limits> = [
          { concurrency: -1 },
          { concurrency: 1.5 },
          { concurrency: NaN },
          { rate: { perSecond: -1 } },
          { rate: { perSecond: 1, burst: Infinity } }
        ]
        for (const limits of invalid) {
          const exit = yield* Effect.exit(sim.setLimits(limits))
          expect(Exit.isFailure(exit) && Cause.isDie(exit.cause)).toBe(true)
          const made = yield* Effect.exit(FlexSimulator.make({ limits }))
          expect(Exit.isFailure(made) && Cause.isDie(made.cause)).toBe(true)
        }
        expect(Exit.isSuccess(yield* Effect.exit(sim.setLimits({ concurrency: 0, rate: { perSecond: 0 } })))).toBe(
          true
        )
      }))
  })

  describe("FlexClient on top", () => {
    layer(
      FlexSimulator.layerClient({
        seed,
        fixtures,
        limits: { rate: { perSecond: 1, routes: ["UpdateInteractionChannel"] } }
      }, {
        retry: false
      })
    )((it) => {
      it.effect("retry: false: a refused call fails with FlexRateLimited, Twilio's code and Retry-After", () =>
        Effect.gen(function*() {
          const flex = yield* FlexClient.FlexClient
          const sim = yield* FlexSimulator.FlexSimulator
          const { kd, uos } = yield* channels(sim)
          yield* flex.interactionChannels.update(kd, uos[0]!, { status: "closed" })
          const error = failureOf(
            yield* Effect.exit(flex.interactionChannels.update(kd, uos[1]!, { status: "closed" }))
          )
          expectFields(error, {
            _tag: "FlexRateLimited",
            status: 429,
            code: 45780,
            moreInfo: "https://www.twilio.com/docs/errors/45780",
            retryAfterMillis: 1000
          })
          expect(yield* channels(sim).pipe(Effect.flatMap(({ status }) => status(uos[1]!)))).toBe("active")
        }))
    })

    it.effect("with retries: the client waits Retry-After and the update goes through", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const sim = yield* FlexSimulator.FlexSimulator
        const { kd, status, uos } = yield* channels(sim)
        yield* flex.interactionChannels.update(kd, uos[0]!, { status: "closed" })
        const fiber = yield* Effect.fork(flex.interactionChannels.update(kd, uos[1]!, { status: "closed" }))
        yield* TestClock.adjust("1 minute")
        expect((yield* Fiber.join(fiber)).status).toBe("closed")
        expect(yield* status(uos[1]!)).toBe("closed")
        const rows = (yield* sim.journal).map((e) => [e.status, e.limit, e.timestamp.epochMillis] as const)
        expect(rows.slice(0, 2)).toEqual([[200, null, 0], [429, "rate", 0]])
        expect(rows.at(-1)![0]).toBe(200)
        expect(rows.at(-1)![2]).toBeGreaterThanOrEqual(1000)
      }).pipe(Effect.provide(FlexSimulator.layerClient({
        seed,
        fixtures,
        limits: { rate: { perSecond: 1, routes: ["UpdateInteractionChannel"] } }
      }))))
  })
})
