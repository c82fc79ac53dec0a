/**
 * The governor (issue #8): one bound on requests in flight, optional token buckets per route
 * family, and a client that slows down as a whole on 429/503, all under the TestClock.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Metric from "effect/Metric"
import * as TestClock from "effect/TestClock"
import * as FlexClient from "../src/FlexClient.js"
import type * as FlexConfig from "../src/FlexConfig.js"
import * as Governor from "../src/internal/governor.js"
import * as Transport from "./utils/transport.js"

const KD = Transport.sid("KD", 1)
const chatChannel = (n: number) => Transport.wireChatChannel(n)
const channelOf = (url: URL) => Number.parseInt(url.pathname.slice(-32), 16)

const clientWith = (layer: ReturnType<typeof Transport.make>["layer"], options: Partial<FlexConfig.Options> = {}) =>
  FlexClient.make({ ...Transport.credentials, ...options }).pipe(Effect.provide(layer))

const fetchAll = (flex: FlexClient.FlexClient, from: number, count: number) =>
  Effect.forEach(
    Array.from({ length: count }, (_, i) => Transport.sid("CH", from + i)),
    (sid) => flex.channels.fetch(sid),
    { concurrency: "unbounded" }
  )

describe("the bound on requests in flight", () => {
  it.effect("at most maxConcurrency requests are sent at once; the others wait their turn", () =>
    Effect.gen(function*() {
      const transport = Transport.make((request) => ({
        delay: 100,
        then: { status: 200, body: chatChannel(channelOf(request.url)) }
      }))
      const flex = yield* clientWith(transport.layer, { maxConcurrency: 3 })
      const fiber = yield* Effect.fork(fetchAll(flex, 1, 10))
      yield* TestClock.adjust("1 millis")
      expect(transport.recorded).toHaveLength(3)
      yield* TestClock.adjust("100 millis")
      expect(transport.recorded).toHaveLength(6)
      yield* TestClock.adjust("300 millis")
      const channels = yield* Fiber.join(fiber)
      expect(channels).toHaveLength(10)
      expect(transport.recorded).toHaveLength(10)
    }))

  it.effect("the default bound is 20, shared by every call and stream of the client", () =>
    Effect.gen(function*() {
      const transport = Transport.make((request) => ({
        delay: 100,
        then: request.url.pathname === "/v1/Channels"
          ? {
            status: 200,
            body: { flex_chat_channels: [], meta: Transport.meta("flex_chat_channels", request.url.href, 0, 50, null) }
          }
          : { status: 200, body: chatChannel(channelOf(request.url)) }
      }))
      const flex = yield* clientWith(transport.layer)
      const fetches = yield* Effect.fork(fetchAll(flex, 1, 30))
      const lists = yield* Effect.fork(Effect.forEach([1, 2, 3], () => flex.channels.list(), { concurrency: 3 }))
      yield* TestClock.adjust("1 millis")
      expect(transport.recorded).toHaveLength(20)
      yield* TestClock.adjust("1 seconds")
      yield* Fiber.join(fetches)
      yield* Fiber.join(lists)
      expect(transport.recorded).toHaveLength(33)
    }))

  it.effect("Infinity: no bound", () =>
    Effect.gen(function*() {
      const transport = Transport.make((request) => ({
        delay: 100,
        then: { status: 200, body: chatChannel(channelOf(request.url)) }
      }))
      const flex = yield* clientWith(transport.layer, { maxConcurrency: Infinity })
      const fiber = yield* Effect.fork(fetchAll(flex, 1, 200))
      yield* TestClock.adjust("1 millis")
      expect(transport.recorded).toHaveLength(200)
      yield* TestClock.adjust("100 millis")
      expect(yield* Fiber.join(fiber)).toHaveLength(200)
    }))

  it.effect("a waiting call can be interrupted: it never sends, and its place is not lost", () =>
    Effect.gen(function*() {
      const transport = Transport.make((request) => ({
        delay: 100,
        then: { status: 200, body: chatChannel(channelOf(request.url)) }
      }))
      const flex = yield* clientWith(transport.layer, { maxConcurrency: 1 })
      const first = yield* Effect.fork(flex.channels.fetch(Transport.sid("CH", 1)))
      const waiting = yield* Effect.fork(fetchAll(flex, 2, 1000))
      yield* TestClock.adjust("1 millis")
      expect(transport.recorded).toHaveLength(1)
      yield* Fiber.interrupt(waiting)
      yield* TestClock.adjust("100 millis")
      expect((yield* Fiber.join(first)).sid).toBe(Transport.sid("CH", 1))
      expect(transport.recorded).toHaveLength(1)
      // the interrupted waiters released nothing they did not hold, and hold nothing now
      const next = yield* Effect.fork(fetchAll(flex, 5000, 2))
      yield* TestClock.adjust("1 millis")
      expect(transport.recorded).toHaveLength(2)
      yield* TestClock.adjust("200 millis")
      expect(yield* Fiber.join(next)).toHaveLength(2)
    }))

  it.effect("the wait is not part of an attempt's timeout", () =>
    Effect.gen(function*() {
      const transport = Transport.make((request) => ({
        delay: 800,
        then: { status: 200, body: chatChannel(channelOf(request.url)) }
      }))
      const flex = yield* clientWith(transport.layer, { maxConcurrency: 1, timeout: "1 second", retry: false })
      const fiber = yield* Effect.fork(fetchAll(flex, 1, 3))
      yield* TestClock.adjust("2400 millis")
      expect(yield* Fiber.join(fiber)).toHaveLength(3)
    }))

  it.effect("maxConcurrency and rateLimit are validated", () =>
    Effect.gen(function*() {
      const transport = Transport.make(() => ({ status: 500 }))
      for (
        const [options, argument] of [
          [{ maxConcurrency: 0 }, "options.maxConcurrency"],
          [{ maxConcurrency: 1.5 }, "options.maxConcurrency"],
          [{ maxConcurrency: -Infinity }, "options.maxConcurrency"],
          [{ maxConcurrency: "3" }, "options.maxConcurrency"],
          [{ adaptive: "yes" }, "options.adaptive"],
          [{ rateLimit: 5 }, "options.rateLimit"],
          [{ rateLimit: { interactions: { perSecond: 0 } } }, "options.rateLimit.interactions.perSecond"],
          [{ rateLimit: { channels: { perSecond: Number.NaN } } }, "options.rateLimit.channels.perSecond"],
          [{ rateLimit: { channels: { perSecond: 5, burst: 0 } } }, "options.rateLimit.channels.burst"]
        ] as const
      ) {
        const exit = yield* Effect.exit(clientWith(transport.layer, options as never))
        expect(exit._tag, JSON.stringify(options)).toBe("Failure")
        if (Exit.isFailure(exit) && exit.cause._tag === "Fail") {
          expect(exit.cause.error).toMatchObject({ _tag: "FlexInvalidInput", argument })
        } else {
          expect.fail(`${JSON.stringify(options)}: not a typed failure`)
        }
      }
    }))
})

describe("token buckets per route family", () => {
  it.effect("interactions at 2 a second: a burst of 2, then one every 500 ms; channels unaffected", () =>
    Effect.gen(function*() {
      const transport = Transport.make((request) =>
        request.url.pathname.startsWith("/v1/Interactions")
          ? {
            status: 200,
            body: Transport.wireInteractionChannel(KD, Number.parseInt(request.url.pathname.slice(-32), 16))
          }
          : { status: 200, body: chatChannel(channelOf(request.url)) }
      )
      const flex = yield* clientWith(transport.layer, { rateLimit: { interactions: { perSecond: 2 } } })
      const updates = yield* Effect.fork(Effect.forEach(
        [1, 2, 3, 4, 5],
        (n) => flex.interactionChannels.update(KD, Transport.sid("UO", n), { status: "closed" }),
        { concurrency: "unbounded" }
      ))
      const sent = () => transport.recorded.filter((r) => r.method === "POST").length
      yield* TestClock.adjust("1 millis")
      expect(sent()).toBe(2)
      // chat channels are another family: not held back
      yield* fetchAll(flex, 1, 10)
      yield* TestClock.adjust("498 millis")
      expect(sent()).toBe(2)
      yield* TestClock.adjust("1 millis")
      expect(sent()).toBe(3)
      yield* TestClock.adjust("500 millis")
      expect(sent()).toBe(4)
      yield* TestClock.adjust("500 millis")
      expect(sent()).toBe(5)
      expect(yield* Fiber.join(updates)).toHaveLength(5)
    }))

  it.effect("an interrupted waiter gives its token back", () =>
    Effect.gen(function*() {
      const transport = Transport.make((request) => ({ status: 200, body: chatChannel(channelOf(request.url)) }))
      const flex = yield* clientWith(transport.layer, { rateLimit: { channels: { perSecond: 1, burst: 1 } } })
      yield* flex.channels.fetch(Transport.sid("CH", 1))
      const waiting = yield* Effect.fork(fetchAll(flex, 2, 5))
      yield* TestClock.adjust("1 millis")
      yield* Fiber.interrupt(waiting)
      expect(transport.recorded).toHaveLength(1)
      // one second on, one token: the next call goes at once
      yield* TestClock.adjust("1 seconds")
      const next = yield* Effect.fork(flex.channels.fetch(Transport.sid("CH", 9)))
      yield* TestClock.adjust("1 millis")
      expect(transport.recorded).toHaveLength(2)
      yield* Fiber.join(next)
    }))
})

describe("adaptive: a 429 slows the whole client down", () => {
  it.effect("a 429 with Retry-After on one call holds back the calls that come after it", () =>
    Effect.gen(function*() {
      const transport = Transport.make((request, index) =>
        index === 0
          ? { status: 429, headers: { "retry-after": "2" }, body: { code: 20429, message: "Too Many Requests" } }
          : { status: 200, body: chatChannel(channelOf(request.url)) }
      )
      const flex = yield* clientWith(transport.layer)
      const first = yield* Effect.fork(flex.channels.fetch(Transport.sid("CH", 1)))
      yield* TestClock.adjust("1 millis")
      expect(transport.recorded).toHaveLength(1)
      const others = yield* Effect.fork(fetchAll(flex, 2, 5))
      yield* TestClock.adjust("1900 millis")
      expect(transport.recorded, "nothing is sent during the pause").toHaveLength(1)
      yield* TestClock.adjust("200 millis")
      expect(yield* Fiber.join(others)).toHaveLength(5)
      expect((yield* Fiber.join(first)).sid).toBe(Transport.sid("CH", 1))
      expect(transport.recorded).toHaveLength(7)
    }))

  it.effect("a refusal for an endpoint's rate (45780) holds back that endpoint only, and lowers no bound", () =>
    Effect.gen(function*() {
      const transport = Transport.make((request, index) =>
        index === 0
          ? {
            status: 429,
            headers: { "retry-after": "2" },
            body: { code: 45780, message: "Operation failed: too many concurrent API requests" }
          }
          : request.method === "POST"
          ? { status: 200, body: Transport.wireInteractionChannel(KD, channelOf(request.url)) }
          : { status: 200, body: chatChannel(channelOf(request.url)) }
      )
      const flex = yield* clientWith(transport.layer, { maxConcurrency: 4 })
      const update = (n: number) => flex.interactionChannels.update(KD, Transport.sid("UO", n), { status: "closed" })
      const first = yield* Effect.fork(update(1))
      yield* TestClock.adjust("1 millis")
      const second = yield* Effect.fork(update(2))
      // another endpoint goes on, four at a time as before
      const fetches = yield* Effect.fork(fetchAll(flex, 1, 8))
      yield* TestClock.adjust("1 millis")
      expect(transport.recorded.filter((r) => r.method === "GET")).toHaveLength(8)
      expect(transport.recorded.filter((r) => r.method === "POST")).toHaveLength(1)
      yield* Fiber.join(fetches)
      yield* TestClock.adjust("2 seconds")
      yield* Fiber.join(first)
      yield* Fiber.join(second)
      expect(transport.recorded.filter((r) => r.method === "POST")).toHaveLength(3)
    }))

  it.effect("without adaptive, a 429 holds back only its own call", () =>
    Effect.gen(function*() {
      const transport = Transport.make((request, index) =>
        index === 0
          ? { status: 429, headers: { "retry-after": "2" }, body: { code: 20429, message: "Too Many Requests" } }
          : { status: 200, body: chatChannel(channelOf(request.url)) }
      )
      const flex = yield* clientWith(transport.layer, { adaptive: false })
      const first = yield* Effect.fork(flex.channels.fetch(Transport.sid("CH", 1)))
      yield* TestClock.adjust("1 millis")
      yield* fetchAll(flex, 2, 5)
      expect(transport.recorded).toHaveLength(6)
      yield* TestClock.adjust("2 seconds")
      yield* Fiber.join(first)
    }))

  it.effect("the bound comes down to what the server handles, and grows back after a quiet while", () =>
    Effect.gen(function*() {
      // the server holds 4 requests at once and refuses the rest with 429 (no Retry-After)
      let holding = 0
      let refused = 0
      const transport = Transport.make((request) => {
        if (holding >= 4) {
          refused++
          return { status: 429, body: { code: 20429, message: "Too Many Requests" } }
        }
        holding++
        return {
          delay: 100,
          then: { status: 200, body: chatChannel(channelOf(request.url)) }
        }
      })
      const layer = transport.layer
      const flex = yield* clientWith(layer, {
        maxConcurrency: 10,
        retry: { maxAttempts: 10, baseDelay: "10 millis", maxDelay: "50 millis" }
      })
      // each answer frees a place at the server when it is sent
      const release = Effect.sync(() => holding--)
      const fiber = yield* Effect.fork(
        Effect.forEach(
          Array.from({ length: 40 }, (_, i) => Transport.sid("CH", i + 1)),
          (sid) => Effect.zipRight(flex.channels.fetch(sid), release),
          { concurrency: "unbounded" }
        )
      )
      yield* TestClock.adjust("2 seconds")
      expect(yield* Fiber.join(fiber)).toHaveLength(40)
      // the first burst of 10 met 6 refusals; after that the bound was 4 and nothing was refused
      expect(refused).toBe(6)
    }))
})

describe("adaptive: the bound recovers", () => {
  it.effect("once the server takes more again, the bound grows back by one per round of successes", () =>
    Effect.gen(function*() {
      let capacity = 3
      let holding = 0
      let most = 0
      const transport = Transport.make((request) => {
        if (holding >= capacity) return { status: 429, body: { code: 20429, message: "Too Many Requests" } }
        holding++
        most = Math.max(most, holding)
        return { delay: 100, then: { status: 200, body: chatChannel(channelOf(request.url)) } }
      })
      const flex = yield* clientWith(transport.layer, {
        maxConcurrency: 8,
        retry: { maxAttempts: 10, baseDelay: "10 millis", maxDelay: "50 millis" }
      })
      const release = Effect.sync(() => holding--)
      const fetchMany = (from: number, count: number) =>
        Effect.forEach(
          Array.from({ length: count }, (_, i) => Transport.sid("CH", from + i)),
          (sid) => Effect.zipRight(flex.channels.fetch(sid), release),
          { concurrency: "unbounded" }
        )
      // the first burst of 8 meets a server that takes 3: the bound comes down to 3
      const first = yield* Effect.fork(fetchMany(1, 30))
      yield* TestClock.adjust("2 seconds")
      yield* Fiber.join(first)
      expect(most).toBe(3)
      // the server takes 8 again; within 5 s of the last refusal the bound stays at 3
      capacity = 8
      most = 0
      const second = yield* Effect.fork(fetchMany(100, 30))
      yield* TestClock.adjust("2 seconds")
      yield* Fiber.join(second)
      expect(most).toBe(3)
      // later, each round of successes adds one place, up to maxConcurrency
      yield* TestClock.adjust("5 seconds")
      most = 0
      const third = yield* Effect.fork(fetchMany(200, 200))
      yield* TestClock.adjust("10 seconds")
      yield* Fiber.join(third)
      expect(most).toBe(8)
    }))
})

describe("metrics", () => {
  it.effect("requests by operation and status, retries, 429s, time waiting, in flight", () =>
    Effect.gen(function*() {
      const counterOf = Transport.counterValue
      const before = {
        ok: yield* counterOf(Governor.metrics.requests, { operation: "channels.fetch", status: "200" }),
        limited: yield* counterOf(Governor.metrics.requests, { operation: "channels.fetch", status: "429" }),
        retries: yield* counterOf(Governor.metrics.retries, { operation: "channels.fetch" }),
        rateLimited: yield* counterOf(Governor.metrics.rateLimited, { operation: "channels.fetch" })
      }
      const transport = Transport.make((request, index) =>
        index === 0
          ? { status: 429, headers: { "retry-after": "1" }, body: { code: 20429, message: "Too Many Requests" } }
          : { status: 200, body: chatChannel(channelOf(request.url)) }
      )
      const flex = yield* clientWith(transport.layer)
      const fiber = yield* Effect.fork(fetchAll(flex, 1, 3))
      yield* TestClock.adjust("1 seconds")
      yield* Fiber.join(fiber)
      expect(yield* counterOf(Governor.metrics.requests, { operation: "channels.fetch", status: "200" })).toBe(
        before.ok + 3
      )
      expect(yield* counterOf(Governor.metrics.requests, { operation: "channels.fetch", status: "429" })).toBe(
        before.limited + 1
      )
      expect(yield* counterOf(Governor.metrics.retries, { operation: "channels.fetch" })).toBe(before.retries + 1)
      expect(yield* counterOf(Governor.metrics.rateLimited, { operation: "channels.fetch" })).toBe(
        before.rateLimited + 1
      )
      const waited = yield* Metric.value(Governor.metrics.waitMillis)
      expect(waited.count).toBeGreaterThanOrEqual(4)
      // the two calls sent after the 429 waited out its Retry-After
      expect(waited.max).toBeGreaterThanOrEqual(999)
      expect((yield* Metric.value(Governor.metrics.inFlight)).value).toBe(0)
    }))
})
