/**
 * The data path against a hostile server (issue #7, items 5, 7, 8 and 9), over the real Node layer
 * (LeanHttpClient) and a scripted loopback server (../utils/HostileServer.ts):
 *
 * - item 5, bounded bodies: a 2xx body above `maxResponseBytes` is a `FlexDecodeError` (not
 *   retried), a `Content-Length` above it fails without reading, an endless 200 fails fast with
 *   bounded memory and the connection closed by the client; non-2xx bodies are read up to 64 KiB;
 *   a list of empty pages with fresh next links stops after `maxEmptyPages`;
 * - item 7 on the wire: a `Retry-After` that is not RFC 9110 falls back to the backoff, a
 *   duplicated one (`1, 1`, or two header lines) is honoured;
 * - item 8 for `NodeFlexClient.layer`: hostile option objects are a `FlexInvalidInput`, options are
 *   read once;
 * - item 9: the three error body formats, and the fallback message;
 * - a POST answered with something unusable is a transport error that says the update may have
 *   been applied, and is not sent again;
 * - no socket outlives an interrupted call, a timed-out attempt or an early-stopped stream.
 *
 * Every test is bounded (10 s), and checks that the client leaves no connection open: the server
 * sees every connection closed once the client layer's scope closes, and a response the client
 * gave up on (an endless or oversized body) is closed by the client while the layer is still open.
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import type * as FlexConfig from "@effect-flex/core/FlexConfig"
import type { FlexError } from "@effect-flex/core/FlexError"
import { FlexInvalidInput } from "@effect-flex/core/FlexError"
import { describe, expect, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type { OutgoingHttpHeaders } from "node:http"
import * as v8 from "node:v8"
import * as vm from "node:vm"
import { expectFields, failureOf } from "../../../core/test/utils/exits.js"
import * as Transport from "../../../core/test/utils/transport.js"
import * as NodeFlexClient from "../../src/NodeFlexClient.js"
import * as HostileServer from "../utils/HostileServer.js"

const TOKEN = "f3a9c1e07b5d42e8a6c0d9b1e4f7a2c5"
const accountSid = Transport.accountSid
const CH = Transport.sid("CH", 1)
const KD = Transport.sid("KD", 1)
const UO = Transport.sid("UO", 1)
const REQUEST_ID = `RQ${"0123456789abcdef".repeat(2)}`
const KiB = 1024
const MiB = 1024 * KiB

/** Client options over loopback; `maxResponseBytes`/`maxEmptyPages` may be invalid on purpose. */
interface Extra extends Omit<Partial<FlexConfig.Options>, "maxResponseBytes" | "maxEmptyPages"> {
  readonly maxResponseBytes?: unknown
  readonly maxEmptyPages?: unknown
}
const optionsFor = (server: HostileServer.HostileServer, extra: Extra = {}) =>
  ({
    accountSid,
    authToken: Redacted.make(TOKEN),
    baseUrl: server.origin,
    timeout: "5 seconds",
    retry: { maxAttempts: 3, baseDelay: 0, maxDelay: "5 millis" },
    ...extra
  }) as FlexConfig.Options

/** Bounded: a hang fails the test instead of stalling the run. */
const bounded = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.timeoutFail(effect, { duration: "10 seconds", onTimeout: () => new Error("the test itself timed out (10 s)") })
const TEST_TIMEOUT = 15_000

/**
 * A hostile server for the test's scope, and a client over it in a nested scope: once the client
 * layer is released, the server must see every connection closed.
 */
const withServer = <A, E>(
  handler: HostileServer.Handler,
  body: (server: HostileServer.HostileServer) => Effect.Effect<A, E, Scope.Scope>,
  serverOptions?: HostileServer.Options
) =>
  bounded(Effect.scoped(Effect.gen(function*() {
    const server = yield* HostileServer.make(handler, serverOptions)
    const result = yield* body(server)
    expect(server.handlerErrors, "errors in the test's own handler").toEqual([])
    return result
  })))

const withClient = <A, E>(
  server: HostileServer.HostileServer,
  extra: Extra,
  body: (flex: FlexClient.FlexClient) => Effect.Effect<A, E, Scope.Scope>
) =>
  Effect.gen(function*() {
    const result = yield* Effect.scoped(
      Effect.flatMap(Layer.build(NodeFlexClient.layer(optionsFor(server, extra))), (context) =>
        body(Context.get(context, FlexClient.FlexClient)))
    )
    const open = yield* server.awaitNoOpenConnections("2 seconds")
    expect(open, "connections still open after the client layer was released").toBe(0)
    return result
  })

/** The exit of `effect` and how long it took (live clock). */
const timed = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function*() {
    const started = Date.now()
    const exit = yield* Effect.exit(effect)
    return { exit, millis: Date.now() - started }
  })

// --- memory -------------------------------------------------------------------------------------

/** A full GC when it can be had (`--expose-gc`, or the V8 flag set at run time), else nothing. */
const gc: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc
  if (exposed !== undefined) return exposed
  try {
    v8.setFlagsFromString("--expose-gc")
    const gc = vm.runInNewContext("gc") as unknown
    if (typeof gc === "function") return gc as () => void
  } catch {
    // no forced GC
  }
  return () => {}
})()

/**
 * Runs `effect` while sampling the process's memory every 5 ms: the peak growth of RSS and of
 * JS heap + external memory (Buffers) over the value before, in MB.
 */
const peakMemory = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function*() {
    gc()
    const before = process.memoryUsage()
    const peak = { rss: before.rss, heap: before.heapUsed + before.external }
    const sample = () => {
      const now = process.memoryUsage()
      peak.rss = Math.max(peak.rss, now.rss)
      peak.heap = Math.max(peak.heap, now.heapUsed + now.external)
    }
    const timer = setInterval(sample, 5)
    const result = yield* Effect.ensuring(effect, Effect.sync(() => clearInterval(timer)))
    sample()
    return {
      result,
      rssGrowthMB: (peak.rss - before.rss) / MiB,
      heapGrowthMB: (peak.heap - before.heapUsed - before.external) / MiB
    }
  })

// --- wire bodies --------------------------------------------------------------------------------

const jsonHeaders = { "content-type": "application/json", "twilio-request-id": REQUEST_ID } as const

/** A valid chat channel body of exactly `size` bytes (JSON allows trailing whitespace). */
const channelBodyOfSize = (size: number): string => {
  const json = JSON.stringify(Transport.wireChatChannel(1))
  if (json.length > size) throw new Error(`a channel body is at least ${json.length} bytes`)
  return json + " ".repeat(size - json.length)
}

const listPath = `/v1/Interactions/${KD}/Channels`

/** A page of the interaction channel list with the given items and next link. */
const pageBody = (
  server: HostileServer.HostileServer,
  exchange: HostileServer.Exchange,
  items: ReadonlyArray<unknown>,
  next: string | null
) => ({
  channels: items,
  meta: Transport.meta("channels", `${server.origin}${exchange.url}`, exchange.index, 50, next)
})

// -----------------------------------------------------------------------------------------------
// item 5: bounded 2xx bodies
// -----------------------------------------------------------------------------------------------

describe("item 5: a 2xx body is bounded by maxResponseBytes", () => {
  // First in the file: the process's memory is the least disturbed by earlier tests here.
  it.live(
    "an endless 200 body fails fast with FlexDecodeError, is not retried, memory stays bounded, the client closes the connection",
    () =>
      withServer(
        (reply) => reply.endless(200, jsonHeaders, { prefix: `{"sid":"${CH}","padding":"`, chunk: "abcdefghijklmnop" }),
        (server) =>
          withClient(server, { maxResponseBytes: MiB }, (flex) =>
            Effect.gen(function*() {
              const { result, rssGrowthMB, heapGrowthMB } = yield* peakMemory(timed(flex.channels.fetch(CH)))
              const error = failureOf(result.exit)
              expectFields(error, { _tag: "FlexDecodeError", status: 200, method: "GET" })
              expect(error.message).toContain("maxResponseBytes")
              expect(server.requests, "requests (a too large 2xx body is not retried)").toHaveLength(1)
              expect(result.millis, "time to fail").toBeLessThan(3_000)
              expect(rssGrowthMB, "peak RSS growth (MB)").toBeLessThan(100)
              expect(heapGrowthMB, "peak heap + external growth (MB)").toBeLessThan(100)
              // the client stopped reading and closed the connection (the layer is still open)
              expect(yield* server.awaitClosed(0, "2 seconds"), "who closed the connection").toBe("client")
              expect(server.responses[0]!.capped, "the server hit its own cap of 128 MiB").toBe(false)
            })),
        { maxBytes: 128 * MiB }
      ),
    TEST_TIMEOUT
  )

  const bound = 100_000
  it.live.each(
    [
      ["with Content-Length", bound, "accepted"],
      ["with Content-Length", bound + 1, "refused"],
      ["chunked", bound, "accepted"],
      ["chunked", bound + 1, "refused"]
    ] as const
  )(
    `a 200 body %s of %i bytes, with maxResponseBytes ${bound}, is %s`,
    ([framing, size, outcome]) =>
      withServer(
        (reply) => {
          const body = channelBodyOfSize(size)
          if (framing === "chunked") reply.chunked(200, body, jsonHeaders)
          else reply.json(200, body, jsonHeaders)
        },
        (server) =>
          withClient(server, { maxResponseBytes: bound }, (flex) =>
            Effect.gen(function*() {
              const exit = yield* Effect.exit(flex.channels.fetch(CH))
              if (outcome === "accepted") {
                expect(Exit.isSuccess(exit), Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "").toBe(true)
              } else {
                const error = failureOf(exit)
                expectFields(error, { _tag: "FlexDecodeError", status: 200, requestId: REQUEST_ID })
                expect(error.message).toContain("maxResponseBytes")
              }
              expect(server.requests, "requests (not retried)").toHaveLength(1)
            }))
      ),
    TEST_TIMEOUT
  )

  it.live(
    "a Content-Length above maxResponseBytes fails without reading the body, and closes the connection",
    () =>
      withServer(
        // the promised body never comes: a client that waited for it would time out instead
        (reply) => reply.headThenHold(200, { ...jsonHeaders, "content-length": 2 * MiB }, `{"sid":"${CH}",`),
        (server) =>
          withClient(server, { maxResponseBytes: MiB, timeout: "2 seconds" }, (flex) =>
            Effect.gen(function*() {
              const { exit, millis } = yield* timed(flex.channels.fetch(CH))
              const error = failureOf(exit)
              expectFields(error, { _tag: "FlexDecodeError", status: 200 })
              expect(error.message).toContain("maxResponseBytes")
              expect(millis, "time to fail (the timeout is 2 s)").toBeLessThan(1_500)
              expect(server.requests, "requests (not retried)").toHaveLength(1)
              expect(yield* server.awaitClosed(0, "2 seconds"), "who closed the connection").toBe("client")
            }))
      ),
    TEST_TIMEOUT
  )

  it.live("the default bound is 16 MiB: 16 MiB is accepted, one byte more is a FlexDecodeError", () =>
    withServer(
      (reply) =>
        reply.chunked(200, channelBodyOfSize(reply.exchange.index === 0 ? 16 * MiB : 16 * MiB + 1), jsonHeaders),
      (server) =>
        withClient(server, {}, (flex) =>
          Effect.gen(function*() {
            const first = yield* Effect.exit(flex.channels.fetch(CH))
            expect(Exit.isSuccess(first), Exit.isFailure(first) ? Cause.pretty(first.cause) : "").toBe(true)
            const error = failureOf(yield* Effect.exit(flex.channels.fetch(CH)))
            expectFields(error, { _tag: "FlexDecodeError", status: 200 })
            expect(error.message).toContain("maxResponseBytes")
            expect(server.requests).toHaveLength(2)
          }))
    ), TEST_TIMEOUT)

  it.live("an oversized POST reply is a FlexDecodeError and the POST is not sent again", () =>
    withServer(
      (reply) =>
        reply.chunked(200, JSON.stringify(Transport.wireInteractionChannel(KD, 1)) + " ".repeat(MiB), jsonHeaders),
      (server) =>
        withClient(server, { maxResponseBytes: 64 * KiB, retry: { maxAttempts: 4, baseDelay: 0 } }, (flex) =>
          Effect.gen(function*() {
            const error = failureOf(yield* Effect.exit(flex.interactionChannels.update(KD, UO, { status: "closed" })))
            expectFields(error, { _tag: "FlexDecodeError", status: 200, method: "POST" })
            expect(error.message).toContain("maxResponseBytes")
            expect(server.requests).toHaveLength(1)
          }))
    ), TEST_TIMEOUT)
})

// -----------------------------------------------------------------------------------------------
// item 5: non-2xx bodies are read up to 64 KiB
// -----------------------------------------------------------------------------------------------

/** The fallback message names the status and the content type, and nothing of the body. */
const expectFallback = (error: FlexError, status: number, contentType: string, bodyMarker: string) => {
  expect(error.message).toContain(String(status))
  expect(error.message).toContain(contentType)
  expect(error.message).not.toContain(bodyMarker)
}

describe("item 5: a non-2xx body is read up to 64 KiB", () => {
  it.live(
    "an endless 500 body on a GET: FlexApiError 500 after the retries, the fallback message, each attempt cut short",
    () =>
      withServer(
        (reply) => reply.endless(500, jsonHeaders, { prefix: `{"code":20500,"message":"`, chunk: "xyzxyzxyzxyz" }),
        (server) =>
          withClient(server, { retry: { maxAttempts: 2, baseDelay: 0 }, maxResponseBytes: 16 * MiB }, (flex) =>
            Effect.gen(function*() {
              const { result, rssGrowthMB } = yield* peakMemory(timed(flex.channels.fetch(CH)))
              const error = failureOf(result.exit)
              expectFields(error, { _tag: "FlexApiError", status: 500, attempts: 2, requestId: REQUEST_ID })
              expectFallback(error, 500, "application/json", "xyzxyz")
              expect(server.requests).toHaveLength(2)
              expect(result.millis, "time to fail").toBeLessThan(3_000)
              expect(rssGrowthMB, "peak RSS growth (MB)").toBeLessThan(100)
              for (const index of [0, 1]) {
                expect(yield* server.awaitClosed(index, "2 seconds"), `who closed connection ${index}`).toBe("client")
                expect(server.responses[index]!.capped, `attempt ${index + 1} hit the server's cap`).toBe(false)
              }
            })),
        { maxBytes: 64 * MiB }
      ),
    TEST_TIMEOUT
  )

  it.live("an endless 404 body: FlexNotFound quickly, the client closes the connection", () =>
    withServer(
      (reply) => reply.endless(404, { "content-type": "text/html" }, { prefix: "<html><body>", chunk: "<p>no</p>" }),
      (server) =>
        withClient(server, {}, (flex) =>
          Effect.gen(function*() {
            const { exit, millis } = yield* timed(flex.channels.fetch(CH))
            const error = failureOf(exit)
            expectFields(error, { _tag: "FlexNotFound", status: 404, attempts: 1 })
            expectFallback(error, 404, "text/html", "<p>")
            expect(millis, "time to fail").toBeLessThan(2_000)
            expect(server.requests).toHaveLength(1)
            expect(yield* server.awaitClosed(0, "2 seconds"), "who closed the connection").toBe("client")
            expect(server.responses[0]!.capped).toBe(false)
          })),
      { maxBytes: 64 * MiB }
    ), TEST_TIMEOUT)

  const errorBody = (padding: number) =>
    JSON.stringify({
      code: 20001,
      message: "the message of the body",
      more_info: "https://www.twilio.com/docs/errors/20001",
      status: 400,
      details: { padding: "p".repeat(padding) }
    })

  it.live("a 200 KiB JSON error body is cut at 64 KiB: the fallback message", () =>
    withServer(
      (reply) => reply.json(400, errorBody(200 * KiB), jsonHeaders),
      (server) =>
        withClient(server, {}, (flex) =>
          Effect.gen(function*() {
            const error = failureOf(yield* Effect.exit(flex.channels.fetch(CH)))
            expectFields(error, { _tag: "FlexApiError", status: 400, requestId: REQUEST_ID })
            expectFallback(error, 400, "application/json", "the message of the body")
            expect(server.requests).toHaveLength(1)
          }))
    ), TEST_TIMEOUT)

  it.live("control: a 60 KiB JSON error body is read in full", () =>
    withServer(
      (reply) => reply.json(400, errorBody(60 * KiB), jsonHeaders),
      (server) =>
        withClient(server, {}, (flex) =>
          Effect.gen(function*() {
            const error = failureOf(yield* Effect.exit(flex.channels.fetch(CH)))
            expectFields(error, {
              _tag: "FlexApiError",
              status: 400,
              code: 20001,
              message: "the message of the body",
              moreInfo: "https://www.twilio.com/docs/errors/20001"
            })
          }))
    ), TEST_TIMEOUT)
})

// -----------------------------------------------------------------------------------------------
// item 5: consecutive empty pages
// -----------------------------------------------------------------------------------------------

/** Serves the interaction channel list from a script: page k has `script(k)` items and a next link unless last. */
const scriptedList = (
  getServer: () => HostileServer.HostileServer,
  script: (index: number) => { readonly items: number; readonly last: boolean }
): HostileServer.Handler =>
(reply) => {
  const server = getServer()
  const { index } = reply.exchange
  const { items, last } = script(index)
  const records = Array.from({ length: items }, (_, i) => Transport.wireInteractionChannel(KD, index * 100 + i + 1))
  // a fresh, never seen next link on the same origin and path
  const next = last ? null : `${server.origin}${listPath}?PageSize=50&Page=${index + 1}&PageToken=PT${index + 1}`
  reply.json(200, pageBody(server, reply.exchange, records, next), jsonHeaders)
}

/** A server whose handler needs the server itself (for its origin). */
const withListServer = <A, E>(
  script: (index: number) => { readonly items: number; readonly last: boolean },
  body: (server: HostileServer.HostileServer) => Effect.Effect<A, E, Scope.Scope>
) => {
  let self: HostileServer.HostileServer | undefined
  return withServer(
    scriptedList(() => self!, script),
    (server) => {
      self = server
      return body(server)
    },
    // today's client would follow 10,000 empty pages: the server stops answering after 60
    { maxRequests: 60 }
  )
}

const allEmpty = () => ({ items: 0, last: false })

describe("item 5: a list of empty pages stops after maxEmptyPages", () => {
  it.live(
    "default 10: Stream.take(1) over endless empty pages fails with FlexDecodeError after at most 11 requests",
    () =>
      withListServer(allEmpty, (server) =>
        withClient(server, {}, (flex) =>
          Effect.gen(function*() {
            const exit = yield* Effect.exit(Stream.runCollect(Stream.take(flex.interactionChannels.stream(KD), 1)))
            expectFields(failureOf(exit), { _tag: "FlexDecodeError" })
            expect(server.overflowed(), "the client went past the server's 60 requests").toBe(false)
            expect(server.requests.length).toBeGreaterThanOrEqual(10)
            expect(server.requests.length).toBeLessThanOrEqual(11)
          }))),
    TEST_TIMEOUT
  )

  /** A call, and the most requests it may make: the contract's maxEmptyPages + 1, or + prefetch when more. */
  const calls: ReadonlyArray<
    readonly [string, number, (flex: FlexClient.FlexClient) => Effect.Effect<unknown, FlexError>]
  > = [
    ["stream + take(1)", 4, (flex) => Stream.runCollect(Stream.take(flex.interactionChannels.stream(KD), 1))],
    ["list", 4, (flex) => flex.interactionChannels.list(KD)],
    ["pages", 4, (flex) => Stream.runCollect(flex.interactionChannels.pages(KD))],
    ["stream with prefetch 0", 4, (flex) => Stream.runCollect(flex.interactionChannels.stream(KD, { prefetch: 0 }))],
    ["stream with prefetch 4", 7, (flex) => Stream.runCollect(flex.interactionChannels.stream(KD, { prefetch: 4 }))]
  ]
  it.live.each(calls)(
    "maxEmptyPages 3: %s fails with FlexDecodeError after at most %i requests",
    ([, most, call]) =>
      withListServer(allEmpty, (server) =>
        withClient(server, { maxEmptyPages: 3 }, (flex) =>
          Effect.gen(function*() {
            expectFields(failureOf(yield* Effect.exit(call(flex))), { _tag: "FlexDecodeError" })
            expect(server.requests.length).toBeGreaterThanOrEqual(3)
            expect(server.requests.length).toBeLessThanOrEqual(most)
          }))),
    TEST_TIMEOUT
  )

  it.live("non-empty pages reset the count: runs of maxEmptyPages - 1 empty pages between records are fine", () =>
    // E E N E E N E E N(last)
    withListServer((index) => ({ items: index % 3 === 2 ? 1 : 0, last: index === 8 }), (server) =>
      withClient(server, { maxEmptyPages: 3 }, (flex) =>
        Effect.gen(function*() {
          const items = yield* flex.interactionChannels.list(KD)
          expect(items).toHaveLength(3)
          expect(server.requests).toHaveLength(9)
        }))), TEST_TIMEOUT)

  it.live(
    "control: a single empty last page is an empty list",
    () =>
      withListServer(
        () => ({ items: 0, last: true }),
        (server) =>
          withClient(server, { maxEmptyPages: 1 }, (flex) =>
            Effect.gen(function*() {
              expect(yield* flex.interactionChannels.list(KD)).toEqual([])
              expect(server.requests).toHaveLength(1)
            }))
      ),
    TEST_TIMEOUT
  )
})

describe("item 5: the new options are validated", () => {
  it.effect.each(
    [
      ["maxResponseBytes", 0],
      ["maxResponseBytes", -1],
      ["maxResponseBytes", 1.5],
      ["maxResponseBytes", Number.NaN],
      ["maxResponseBytes", Number.POSITIVE_INFINITY],
      ["maxResponseBytes", "1024"],
      ["maxEmptyPages", 0],
      ["maxEmptyPages", -3],
      ["maxEmptyPages", 2.5],
      ["maxEmptyPages", Number.NaN],
      ["maxEmptyPages", "10"]
    ] as const
  )("%s: %s is a FlexInvalidInput", ([key, value]) =>
    Effect.gen(function*() {
      const options = {
        accountSid,
        authToken: Redacted.make(TOKEN),
        baseUrl: "http://127.0.0.1:9",
        [key]: value
      } as FlexConfig.Options
      const exit = yield* Effect.exit(Layer.build(NodeFlexClient.layer(options)).pipe(Effect.scoped))
      expectFields(failureOf(exit as Exit.Exit<unknown, FlexError>), {
        _tag: "FlexInvalidInput",
        argument: `options.${key}`
      })
    }))
})

// -----------------------------------------------------------------------------------------------
// item 7 on the wire: Retry-After
// -----------------------------------------------------------------------------------------------

const rateLimited = (retryAfter: string | ReadonlyArray<string>): OutgoingHttpHeaders => ({
  ...jsonHeaders,
  // capitalised: @types/node types "retry-after" as a single string; two lines need an array
  "Retry-After": typeof retryAfter === "string" ? retryAfter : [...retryAfter]
})
const rateLimitBody = {
  code: 20429,
  message: "Too Many Requests",
  more_info: "https://www.twilio.com/docs/errors/20429"
}
const gaps = (server: HostileServer.HostileServer) =>
  server.requests.slice(1).map((request, i) => request.receivedAt - server.requests[i]!.receivedAt)

describe("item 7 on the wire: Retry-After", () => {
  it.live.each(["-1", "1.5", "3, 4", "soon", "2001-02-03"])(
    "Retry-After: %s is ignored: the backoff (200 ms, Random fixed at 0.5) spaces the attempts",
    (value) =>
      withServer(
        (reply) => reply.json(429, rateLimitBody, rateLimited(value)),
        (server) =>
          withClient(server, { retry: { maxAttempts: 4, baseDelay: "200 millis", maxDelay: "200 millis" } }, (flex) =>
            Effect.gen(function*() {
              const error = failureOf(yield* Effect.exit(flex.channels.fetch(CH).pipe(Effect.withRandomFixed([0.5]))))
              expectFields(error, { _tag: "FlexRateLimited", status: 429, attempts: 4, retryAfterMillis: null })
              expect(server.requests).toHaveLength(4)
              // not "retried immediately 4 times in 42 ms"; and not a long wait either
              for (const gap of gaps(server)) {
                expect(gap, `gaps between attempts: ${gaps(server).join(", ")} ms`).toBeGreaterThanOrEqual(50)
                expect(gap).toBeLessThan(1_000)
              }
            }))
      ),
    TEST_TIMEOUT
  )

  it.live.each(
    [
      ["one header `1, 1`", "1, 1"],
      ["two header lines `1` and `1`", ["1", "1"]]
    ] as const
  )("a duplicated identical Retry-After (%s) is honoured: the retry waits 1 s", ([, value]) =>
    withServer(
      (reply) =>
        reply.exchange.index === 0
          ? reply.json(429, rateLimitBody, rateLimited(value))
          : reply.json(200, Transport.wireChatChannel(1), jsonHeaders),
      (server) =>
        withClient(server, { retry: { maxAttempts: 2, baseDelay: "1 millis", maxDelay: "1 millis" } }, (flex) =>
          Effect.gen(function*() {
            yield* flex.channels.fetch(CH)
            expect(server.requests).toHaveLength(2)
            const [gap] = gaps(server)
            expect(gap).toBeGreaterThanOrEqual(950)
            expect(gap).toBeLessThan(2_500)
          }))
    ), TEST_TIMEOUT)

  it.live("two different Retry-After header lines (`1` and `2`) are ignored", () =>
    withServer(
      (reply) => reply.json(429, rateLimitBody, rateLimited(["1", "2"])),
      (server) =>
        withClient(server, { retry: { maxAttempts: 2, baseDelay: "1 millis", maxDelay: "1 millis" } }, (flex) =>
          Effect.gen(function*() {
            const error = failureOf(yield* Effect.exit(flex.channels.fetch(CH)))
            expectFields(error, { _tag: "FlexRateLimited", attempts: 2, retryAfterMillis: null })
            expect(gaps(server)[0]).toBeLessThan(500)
          }))
    ), TEST_TIMEOUT)
})

// -----------------------------------------------------------------------------------------------
// item 8: NodeFlexClient.layer reads its options once, inside the Effect
// -----------------------------------------------------------------------------------------------

const throwingGetter = (key: string, enumerable: boolean) => {
  const options: Record<string, unknown> = { accountSid, authToken: Redacted.make(TOKEN) }
  delete options[key]
  Object.defineProperty(options, key, {
    enumerable,
    get() {
      throw new Error("boom")
    }
  })
  return options
}
const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}

describe("item 8: hostile NodeFlexClient.layer options", () => {
  it.effect.each(
    [
      ["a throwing getter (non-enumerable) on baseUrl", () => throwingGetter("baseUrl", false)],
      ["a throwing getter (enumerable) on baseUrl", () => throwingGetter("baseUrl", true)],
      ["a throwing getter on accountSid", () => throwingGetter("accountSid", true)],
      ["a throwing getter on authToken", () => throwingGetter("authToken", false)],
      ["a revoked proxy", revoked]
    ] as const
  )("%s: FlexInvalidInput, no throw, no defect", ([, make]) =>
    Effect.gen(function*() {
      const options = make() as FlexConfig.Options
      let layer: Layer.Layer<FlexClient.FlexClient, FlexInvalidInput> | undefined
      try {
        layer = NodeFlexClient.layer(options)
      } catch (error) {
        return expect.fail(`NodeFlexClient.layer threw synchronously: ${String(error)}`)
      }
      const exit = yield* Effect.exit(Effect.scoped(Layer.build(layer)))
      expect(failureOf(exit as Exit.Exit<unknown, FlexError>)).toBeInstanceOf(FlexInvalidInput)
    }))

  it.live("a getter that changes its value is read once: the first value is used", () =>
    withServer(
      (reply) => reply.json(200, Transport.wireChatChannel(1), jsonHeaders),
      (server) =>
        Effect.gen(function*() {
          let reads = 0
          const options = { accountSid, authToken: Redacted.make(TOKEN) } as Record<string, unknown>
          Object.defineProperty(options, "baseUrl", {
            enumerable: true,
            get() {
              reads++
              // the first read is the server; any later one a port nobody listens on
              return reads === 1 ? server.origin : "http://127.0.0.1:9"
            }
          })
          Object.defineProperty(options, "userAgent", {
            enumerable: true,
            get() {
              reads++
              return reads <= 2 ? "hostile-test/1.0" : "bad\u0000agent"
            }
          })
          yield* Effect.scoped(Effect.gen(function*() {
            const context = yield* Layer.build(NodeFlexClient.layer(options as FlexConfig.Options))
            yield* Context.get(context, FlexClient.FlexClient).channels.fetch(CH)
          }))
          expect(reads, "getter reads (baseUrl and userAgent, once each)").toBe(2)
          expect(server.requests).toHaveLength(1)
          expect(server.requests[0]!.headers["user-agent"]).toContain("hostile-test/1.0")
        })
    ), TEST_TIMEOUT)
})

// -----------------------------------------------------------------------------------------------
// item 9: error formats
// -----------------------------------------------------------------------------------------------

const errors = [
  { detail: "PageSize must be between 1 and 1000", pointer: "#/PageSize" },
  { detail: "Page must be a number", pointer: "#/Page" }
]

interface FormatCase {
  readonly contentType: string
  readonly body: (status: number) => string
  /** The expected fields, or `fallback` for the fallback message. */
  readonly expect: ((status: number) => Record<string, unknown>) | "fallback"
  /** Something `details` must contain (deeply). */
  readonly details?: unknown
}

const formats: ReadonlyArray<readonly [string, FormatCase]> = [
  ["legacy {code, message, more_info, status, details}", {
    contentType: "application/json",
    body: (status) =>
      JSON.stringify({
        code: 20001,
        message: "Invalid PageSize",
        more_info: "https://www.twilio.com/docs/errors/20001",
        status,
        details: { field: "PageSize", nested: { value: [1, 2] } }
      }),
    expect: () => ({
      code: 20001,
      message: "Invalid PageSize",
      moreInfo: "https://www.twilio.com/docs/errors/20001",
      details: { field: "PageSize", nested: { value: [1, 2] } }
    })
  }],
  ["RFC 9457 (application/problem+json)", {
    contentType: "application/problem+json",
    body: (status) =>
      JSON.stringify({
        type: "https://www.twilio.com/docs/errors/20001",
        title: "Invalid parameter",
        status,
        code: 20001,
        detail: "PageSize must be between 1 and 1000",
        errors
      }),
    expect: () => ({
      code: 20001,
      message: "PageSize must be between 1 and 1000",
      moreInfo: "https://www.twilio.com/docs/errors/20001"
    }),
    details: errors
  }],
  ["RFC 9457 (application/json)", {
    contentType: "application/json; charset=utf-8",
    body: (status) =>
      JSON.stringify({
        type: "https://www.twilio.com/docs/errors/20001",
        title: "Invalid parameter",
        status,
        code: 20001,
        detail: "PageSize must be between 1 and 1000",
        errors
      }),
    expect: () => ({
      code: 20001,
      message: "PageSize must be between 1 and 1000",
      moreInfo: "https://www.twilio.com/docs/errors/20001"
    }),
    details: errors
  }],
  ["RFC 9457 without detail: the title", {
    contentType: "application/problem+json",
    body: (status) =>
      JSON.stringify({
        type: "https://www.twilio.com/docs/errors/20404",
        title: "Resource not accessible",
        status,
        code: 20404,
        errors
      }),
    expect: () => ({
      code: 20404,
      message: "Resource not accessible",
      moreInfo: "https://www.twilio.com/docs/errors/20404"
    }),
    details: errors
  }],
  ["{code, message, httpStatusCode, userError, params: {twilioErrorCodeUrl}}", {
    contentType: "application/json",
    body: (status) =>
      JSON.stringify({
        code: 45001,
        message: "Flex configuration is invalid",
        httpStatusCode: status,
        userError: true,
        params: { twilioErrorCodeUrl: "https://www.twilio.com/docs/errors/45001" }
      }),
    expect: () => ({
      code: 45001,
      message: "Flex configuration is invalid",
      moreInfo: "https://www.twilio.com/docs/errors/45001"
    })
  }],
  ["an HTML page", {
    contentType: "text/html",
    body: (status) => `<html><body><h1>${status} from a proxy</h1></body></html>`,
    expect: "fallback"
  }],
  ["an empty JSON object", { contentType: "application/json", body: () => "{}", expect: "fallback" }],
  ["plain text", { contentType: "text/plain", body: () => "upstream connect error", expect: "fallback" }]
]

/** Whether `needle` is deep-equal to `haystack` or to any value nested in it. */
const deepContains = (haystack: unknown, needle: unknown): boolean => {
  if (JSON.stringify(haystack) === JSON.stringify(needle)) return true
  if (typeof haystack !== "object" || haystack === null) return false
  return Object.values(haystack).some((value) => deepContains(value, needle))
}

describe("item 9: the three error formats and the fallback", () => {
  for (const status of [400, 404, 500]) {
    it.live.each(formats)(`HTTP ${status}: %s`, ([, format]) =>
      withServer(
        (reply) => reply.text(status, format.body(status), { ...jsonHeaders, "content-type": format.contentType }),
        (server) =>
          withClient(server, { retry: false }, (flex) =>
            Effect.gen(function*() {
              const error = failureOf(yield* Effect.exit(flex.channels.fetch(CH)))
              expectFields(error, {
                _tag: status === 404 ? "FlexNotFound" : "FlexApiError",
                status,
                requestId: REQUEST_ID,
                method: "GET",
                attempts: 1
              })
              if (format.expect === "fallback") {
                expectFields(error, { code: null, moreInfo: null })
                expectFallback(error, status, format.contentType, format.body(status).slice(0, 12))
              } else {
                expectFields(error, format.expect(status))
              }
              if (format.details !== undefined) {
                const details = (error as { readonly details?: unknown }).details
                expect(deepContains(details, format.details), `details: ${JSON.stringify(details)}`).toBe(true)
              }
            }))
      ), TEST_TIMEOUT)
  }
})

// -----------------------------------------------------------------------------------------------
// a POST answered with an unusable reply
// -----------------------------------------------------------------------------------------------

describe("a POST answered with an unparseable reply", () => {
  it.live.each(
    [
      ["bytes that are not HTTP", "SSH-2.0-OpenSSH_9.6 this is not HTTP\r\n\r\n", "end"],
      ["a status line and a header that is not a header", "HTTP/1.1 200 OK\r\nthis is not a header\r\n\r\n", "end"],
      [
        "a valid status line, then a body cut short",
        `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{"sid":"${UO}","sta`,
        "destroy"
      ]
    ] as const
  )(
    "%s: a FlexTransportError that says the update may have been applied; not sent again",
    ([, bytes, then]) =>
      withServer(
        // the server reads the whole request first, so the update did reach it
        (reply) => reply.raw(bytes, then),
        (server) =>
          withClient(server, { retry: { maxAttempts: 4, baseDelay: 0 } }, (flex) =>
            Effect.gen(function*() {
              const error = failureOf(yield* Effect.exit(flex.interactionChannels.update(KD, UO, { status: "closed" })))
              expectFields(error, { _tag: "FlexTransportError", method: "POST", attempts: 1 })
              expect(error.message).not.toMatch(/could not be sent/i)
              expect(error.message).toMatch(/may have been applied|not usable/i)
              expect(server.requests).toHaveLength(1)
              expect(server.requests[0]!.body).toBe("Status=closed")
            }))
      ),
    TEST_TIMEOUT
  )
})

// -----------------------------------------------------------------------------------------------
// no socket outlives an interrupted or timed-out call
// -----------------------------------------------------------------------------------------------

/** Forks `effect`, interrupts it after `afterMillis`; how long the interruption took. */
const interruptAfter = <A, E>(effect: Effect.Effect<A, E>, afterMillis: number) =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(effect)
    yield* Effect.sleep(afterMillis)
    const started = Date.now()
    yield* Fiber.interrupt(fiber)
    return Date.now() - started
  })

describe("no socket outlives an interrupted call", () => {
  it.live.each(
    [
      ["before the response head", (reply: HostileServer.Reply) => reply.hold()],
      [
        "in the middle of the body",
        (reply: HostileServer.Reply) =>
          reply.headThenHold(200, { ...jsonHeaders, "content-length": 10_000 }, `{"sid":"${CH}",`)
      ],
      [
        "in the middle of an endless body (a trickle)",
        (reply: HostileServer.Reply) =>
          reply.endless(200, jsonHeaders, { prefix: `{"sid":"${CH}","x":"`, chunk: "y".repeat(1024), interval: 10 })
      ]
    ] as const
  )(
    "a fetch interrupted %s: the client closes the connection at once",
    ([, answer]) =>
      withServer(answer, (server) =>
        withClient(server, {}, (flex) =>
          Effect.gen(function*() {
            const millis = yield* interruptAfter(flex.channels.fetch(CH), 200)
            expect(millis, "time to interrupt").toBeLessThan(1_000)
            expect(yield* server.awaitClosed(0, "2 seconds"), "who closed the connection").toBe("client")
            expect(server.responses[0]!.capped, "the server gave up first").toBe(false)
          })), { maxBytes: 64 * MiB }),
    TEST_TIMEOUT
  )

  it.live(
    "attempts that time out: every connection is closed by the client",
    () =>
      withServer(
        (reply) => reply.hold(),
        (server) =>
          withClient(server, { timeout: "300 millis", retry: { maxAttempts: 3, baseDelay: 0 } }, (flex) =>
            Effect.gen(function*() {
              const error = failureOf(yield* Effect.exit(flex.channels.fetch(CH)))
              expectFields(error, { _tag: "FlexTransportError", reason: "Timeout", attempts: 3 })
              expect(server.requests).toHaveLength(3)
              for (const index of [0, 1, 2]) {
                expect(yield* server.awaitClosed(index, "2 seconds"), `who closed connection ${index}`).toBe("client")
              }
            }))
      ),
    TEST_TIMEOUT
  )

  it.live("a stream stopped early while the next page is in flight: that request's connection is closed", () => {
    const ref: { server?: HostileServer.HostileServer } = {}
    return withServer(
      (reply) => {
        const server = ref.server!
        if (reply.exchange.index === 0) {
          const next = `${server.origin}${listPath}?PageSize=2&Page=1&PageToken=PT1`
          const items = [Transport.wireInteractionChannel(KD, 1), Transport.wireInteractionChannel(KD, 2)]
          reply.json(200, pageBody(server, reply.exchange, items, next), jsonHeaders)
        } else {
          reply.hold()
        }
      },
      (server) => {
        ref.server = server
        return withClient(server, {}, (flex) =>
          Effect.gen(function*() {
            // both records of page 1, so the prefetch of page 2 starts; then the consumer stops
            const items = yield* Stream.runCollect(
              flex.interactionChannels.stream(KD, { pageSize: 2, prefetch: 1 }).pipe(
                Stream.tap(() => Effect.sleep(100)),
                Stream.take(2)
              )
            )
            expect(Chunk.size(items)).toBe(2)
            expect(server.requests, "page 1 and the prefetch of page 2").toHaveLength(2)
            expect(yield* server.awaitClosed(1, "2 seconds"), "who closed the prefetch's connection").toBe("client")
          }))
      }
    )
  }, TEST_TIMEOUT)
})
