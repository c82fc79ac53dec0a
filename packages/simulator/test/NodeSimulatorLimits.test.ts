/**
 * The simulator's limits over a real socket (`NodeFlexSimulator` on a loopback port, plain
 * requests through `LeanHttpClient`): real concurrent requests are refused beyond the concurrency
 * limit, and a slot is freed when its client hangs up.
 */
import * as LeanHttpClient from "@effect-flex/node/LeanHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as FlexSimulator from "../src/FlexSimulator.js"
import * as NodeFlexSimulator from "../src/NodeFlexSimulator.js"

const creds = FlexSimulator.defaultCredentials
const auth = `Basic ${btoa(`${creds.accountSid}:${Redacted.value(creds.authToken)}`)}`

type Json = any

const setup = (options: NodeFlexSimulator.Options) =>
  Layer.merge(NodeFlexSimulator.layer({ port: 0, seed: { chatChannels: 2 }, ...options }), LeanHttpClient.layer)

const listChannels = Effect.gen(function*() {
  const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
  const client = yield* HttpClient.HttpClient
  const response = yield* client.execute(
    HttpClientRequest.get(`${url}/v1/Channels`).pipe(HttpClientRequest.setHeader("authorization", auth))
  )
  return { status: response.status, headers: response.headers, body: (yield* response.json) as Json }
}).pipe(Effect.scoped)

/** Bounded: a hanging socket fails the test instead of stalling the run. */
const bounded = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.timeoutFail(effect, { duration: "10 seconds", onTimeout: () => new Error("timed out") })

describe("NodeFlexSimulator limits", () => {
  it.live("concurrent requests beyond the concurrency limit are refused: 429, code 20429, Retry-After", () =>
    bounded(
      Effect.gen(function*() {
        const sim = yield* FlexSimulator.FlexSimulator
        // Two requests are admitted and held for a second; the others arrive meanwhile.
        const responses = yield* Effect.all(Array.from({ length: 5 }, () => listChannels), { concurrency: "unbounded" })
        const admitted = responses.filter((r) => r.status === 200)
        const refused = responses.filter((r) => r.status !== 200)
        expect(admitted.map((r) => r.headers["twilio-concurrent-requests"]).sort()).toEqual(["1", "2"])
        expect(refused).toHaveLength(3)
        for (const r of refused) {
          expect(r.status).toBe(429)
          expect(r.body).toEqual({
            code: 20429,
            message: "Too Many Requests",
            more_info: "https://www.twilio.com/docs/errors/20429",
            status: 429
          })
          expect(r.headers["retry-after"]).toBe("1")
          expect(r.headers["twilio-concurrent-requests"]).toBe("3")
        }
        // all slots are free again
        const next = yield* listChannels
        expect([next.status, next.headers["twilio-concurrent-requests"]]).toEqual([200, "1"])
        const journal = yield* sim.journal
        expect(journal.map((e) => [e.status, e.limit, e.inFlight]).sort()).toEqual([
          [200, null, 1],
          [200, null, 1],
          [200, null, 2],
          [429, "concurrency", 3],
          [429, "concurrency", 3],
          [429, "concurrency", 3]
        ])
      }).pipe(
        Effect.provide(setup({ limits: { concurrency: 2 }, faults: [FlexSimulator.latency("1 second", { times: 2 })] }))
      )
    ))

  it.live("a request whose client hung up frees its slot", () =>
    bounded(
      Effect.gen(function*() {
        const sim = yield* FlexSimulator.FlexSimulator
        // held for a minute by the latency fault: the client gives up after 200 ms and closes the socket
        expect((yield* Effect.flip(Effect.timeout(listChannels, "200 millis")))._tag).toBe("TimeoutException")
        // the server notices the closed socket and interrupts the handler: the slot is released
        const next = yield* listChannels.pipe(
          Effect.filterOrFail((r) => r.status === 200),
          Effect.retry(Schedule.intersect(Schedule.spaced("20 millis"), Schedule.recurs(200)))
        )
        expect(next.headers["twilio-concurrent-requests"]).toBe("1")
        const journal = yield* sim.journal
        expect(journal.find((e) => e.fault === "Latency")).toMatchObject({ status: null, limit: null, inFlight: 1 })
        expect(journal.filter((e) => e.status === 429).every((e) => e.limit === "concurrency" && e.inFlight === 2))
          .toBe(true)
      }).pipe(Effect.provide(setup({ limits: { concurrency: 1 }, faults: [FlexSimulator.latency("1 minute")] })))
    ))
})
