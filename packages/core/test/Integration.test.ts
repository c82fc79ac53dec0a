/**
 * The client against the in-process simulator: the shared scenarios (test/utils/scenarios.ts, also
 * run over a loopback socket by packages/node/test/Integration.test.ts), a user's program, and
 * properties of streaming.
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import { describe, expect, it } from "@effect/vitest"
import { Effect, FastCheck, Layer, Stream } from "effect"
import { FlexClient } from "../src/index.js"
import * as Scenarios from "./utils/scenarios.js"

// The one-line test setup, as a user writes it: the real client over an in-process simulator.
const TestLayer = FlexClient.layer({
  accountSid: FlexSimulator.defaultCredentials.accountSid,
  authToken: FlexSimulator.defaultCredentials.authToken
}).pipe(Layer.provideMerge(FlexSimulator.layer({ seed: Scenarios.seed })))

describe("Integration (in-process simulator)", () => {
  it.effect("a user's program: close every active channel of an interaction, four at a time", () =>
    Effect.gen(function*() {
      const sim = yield* FlexSimulator.FlexSimulator
      const [interaction] = yield* sim.listInteractions
      const interactionSid = interaction!.sid
      const before = yield* sim.listInteractionChannels(interactionSid)
      expect(before.some((c) => c.status === "active")).toBe(true)

      // the program under test, unchanged from the README
      const program = Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        yield* flex.interactionChannels.stream(interactionSid, { pageSize: 5 }).pipe(
          Stream.filter((channel) => channel.status === "active"),
          Stream.mapEffect(
            (channel) => flex.interactionChannels.update(interactionSid, channel.sid, { status: "closed" }),
            { concurrency: 4 }
          ),
          Stream.runDrain
        )
      })
      yield* program

      const after = yield* sim.listInteractionChannels(interactionSid)
      expect(after.map((c) => c.status)).toEqual(before.map((c) => c.status === "active" ? "closed" : c.status))
      const journal = yield* Scenarios.requests
      expect(journal.filter((r) => r.method === "GET")).toHaveLength(5)
      expect(journal.filter((r) => r.method === "POST")).toHaveLength(
        before.filter((c) => c.status === "active").length
      )
    }).pipe(Effect.provide(TestLayer)))

  describe("scenarios", () => {
    for (const scenario of Scenarios.scenarios) {
      it.effect(scenario.name, () =>
        Scenarios.run(scenario).pipe(
          Effect.provide(Scenarios.inProcessHarness.pipe(Layer.provideMerge(TestLayer)))
        ))
    }
  })

  describe("properties", () => {
    const withChannels = (n: number) =>
      FlexClient.layer(Scenarios.credentials).pipe(
        Layer.provideMerge(FlexSimulator.layer({ seed: { interactions: 1, channelsPerInteraction: n } }))
      )

    const setup = Effect.gen(function*() {
      const sim = yield* FlexSimulator.FlexSimulator
      const flex = yield* FlexClient.FlexClient
      const [interaction] = yield* sim.listInteractions
      const kd = interaction!.sid
      const stored = (yield* sim.listInteractionChannels(kd)).map((c) => [c.sid, c.status, c.type])
      const pages = Effect.map(Scenarios.requests, (journal) => {
        for (const request of journal) {
          expect(request.method).toBe("GET")
          expect(request.path).toBe(`/v1/Interactions/${kd}/Channels`)
        }
        return journal.map((request) => request.query)
      })
      return { flex, kd, stored, pages }
    })

    // N in 0..3000 and page sizes in 1..1000, but not both extremes at once: an in-process
    // request costs about a millisecond, so a run is kept under ~150 pages.
    const maxPages = 150
    const sizeFor = (n: number) => FastCheck.integer({ min: Math.max(1, Math.ceil(n / maxPages)), max: 1000 })

    it.effect.prop(
      "stream yields every record once, in order, in ceil(min(N, limit) / pageSize) requests (min 1)",
      [
        FastCheck.integer({ min: 0, max: 3000 }).chain((n) =>
          FastCheck.tuple(FastCheck.constant(n), FastCheck.option(sizeFor(n), { nil: undefined, freq: 6 }))
        ),
        FastCheck.option(FastCheck.integer({ min: 1, max: 3500 }), { nil: undefined, freq: 2 }),
        FastCheck.option(FastCheck.integer({ min: 0, max: 2 }), { nil: undefined, freq: 4 })
      ],
      ([[n, pageSize], limit, prefetch]) =>
        Effect.gen(function*() {
          const { flex, kd, pages, stored } = yield* setup
          const items = yield* Stream.runCollect(flex.interactionChannels.stream(kd, { pageSize, limit, prefetch }))
          const m = Math.min(n, limit ?? Number.POSITIVE_INFINITY)
          expect([...items].map((c) => [c.sid, c.status, c.type])).toEqual(stored.slice(0, m))
          // without a page size, a small limit asks for no more records than it needs
          const size = pageSize ?? Math.min(limit ?? 50, 50)
          const queries = yield* pages
          expect(queries).toHaveLength(Math.max(1, Math.ceil(m / size)))
          queries.forEach((query, i) => {
            expect(query).toEqual(
              i === 0
                ? { PageSize: String(size) }
                : { PageSize: String(size), Page: String(i), PageToken: query.PageToken }
            )
            if (i > 0) expect(query.PageToken).toMatch(/^PA/)
          })
        }).pipe(Effect.provide(withChannels(n))),
      { timeout: 30_000, fastCheck: { numRuns: 30 } }
    )

    it.effect.prop(
      "a consumer that stops early costs at most `prefetch` pages more than it read",
      [
        FastCheck.integer({ min: 1, max: 3000 }).chain((n) => FastCheck.tuple(FastCheck.constant(n), sizeFor(n))),
        FastCheck.double({ min: 0, max: 1, noNaN: true }),
        FastCheck.integer({ min: 0, max: 2 })
      ],
      ([[n, pageSize], fraction, prefetch]) =>
        Effect.gen(function*() {
          const { flex, kd, pages, stored } = yield* setup
          const take = Math.max(1, Math.ceil(fraction * n))
          const items = yield* Stream.runCollect(
            flex.interactionChannels.stream(kd, { pageSize, prefetch }).pipe(Stream.take(take))
          )
          expect([...items].map((c) => [c.sid, c.status, c.type])).toEqual(stored.slice(0, take))
          const read = Math.ceil(take / pageSize)
          const requests = (yield* pages).length
          expect(requests).toBeGreaterThanOrEqual(read)
          expect(requests).toBeLessThanOrEqual(Math.min(Math.ceil(n / pageSize), read + prefetch))
        }).pipe(Effect.provide(withChannels(n))),
      { timeout: 30_000, fastCheck: { numRuns: 25 } }
    )
  })
})
