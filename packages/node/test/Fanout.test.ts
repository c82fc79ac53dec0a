/**
 * Issue #8's naive program over loopback: 2,000 concurrent `channels.fetch` calls (a plain
 * `Effect.forEach` with `concurrency: "unbounded"`) against the simulator admitting 20 requests
 * at once and answering 429 with `Retry-After: 1` beyond. Before the governor, 341–508 of the
 * calls failed with `FlexRateLimited` and up to 2,000 sockets were open at once.
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import type * as FlexConfig from "@effect-flex/core/FlexConfig"
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as NodeFlexClient from "../src/NodeFlexClient.js"

const CALLS = 2_000
const LIMIT = 20

const fanOut = (options: Partial<FlexConfig.Options>) =>
  Effect.gen(function*() {
    const simulator = yield* FlexSimulator.FlexSimulator
    const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
    const channels = yield* simulator.listChatChannels
    const flex = yield* FlexClient.FlexClient.pipe(
      Effect.provide(NodeFlexClient.layer({
        accountSid: simulator.credentials.accountSid,
        authToken: simulator.credentials.authToken,
        baseUrl: url,
        ...options
      }))
    )
    const started = Date.now()
    const results = yield* Effect.forEach(
      Array.from({ length: CALLS }, (_, i) => channels[i % channels.length]!.sid),
      (sid) => Effect.either(flex.channels.fetch(sid)),
      { concurrency: "unbounded" }
    )
    const journal = yield* simulator.journal
    return {
      seconds: (Date.now() - started) / 1000,
      failed: results.filter(Either.isLeft).length,
      requests: journal.length,
      refused: journal.filter((entry) => entry.limit !== null).length,
      mostInFlight: Math.max(...journal.filter((entry) => entry.limit === null).map((entry) => entry.inFlight))
    }
  }).pipe(
    Effect.scoped,
    Effect.provide(NodeFlexSimulator.layer({
      port: 0,
      seed: { chatChannels: 100 },
      limits: { concurrency: LIMIT, retryAfter: "1" },
      faults: [FlexSimulator.latency("5 millis", { times: Number.MAX_SAFE_INTEGER })]
    }))
  )

describe("fan-out at Twilio's limits (loopback)", () => {
  it.live(
    "2,000 unbounded calls with the default options: none fails, nothing is refused",
    () =>
      Effect.gen(function*() {
        const run = yield* fanOut({})
        // eslint-disable-next-line no-console -- the figures are the point of this test
        console.log(`[fanout default] ${JSON.stringify(run)}`)
        expect(run.failed).toBe(0)
        // the default bound (20) is the server's: no request is ever refused
        expect(run.refused).toBe(0)
        expect(run.requests).toBe(CALLS)
        expect(run.mostInFlight).toBeLessThanOrEqual(LIMIT)
      }),
    60_000
  )

  it.live(
    "with no bound of its own (maxConcurrency: Infinity), the client settles on the server's",
    () =>
      Effect.gen(function*() {
        const run = yield* fanOut({ maxConcurrency: Infinity })
        // eslint-disable-next-line no-console -- the figures are the point of this test
        console.log(`[fanout unbounded] ${JSON.stringify(run)}`)
        expect(run.failed).toBe(0)
        // one wave of refusals at the start, then the bound comes down to what the server handles:
        // far from a retry storm (each call retrying on its own would be thousands more requests)
        expect(run.refused).toBeLessThan(CALLS)
        expect(run.requests).toBe(CALLS + run.refused)
      }),
    60_000
  )
})
