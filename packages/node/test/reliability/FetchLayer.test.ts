/**
 * `FetchFlexClient` (core, over the runtime's `fetch`: here Node's) keeps the guarantees of
 * `NodeFlexClient` (LeanHttpClient): every case runs over both layers against the same scripted
 * loopback server (../utils/HostileServer.ts) and must come out the same: per-attempt timeouts,
 * retry rules (GET retried, POST never after a lost connection), the response size bound (read
 * bounded, then the connection closed by the client), secret scrubbing of every error field, span
 * and log line, redirects never followed, the same headers on the wire, and interruption.
 *
 * Each layer's `layerTransport` (the FlexTransport alone, for the per-resource modules) runs the
 * same cases, through a FlexClient built on it (`FlexClient.layerFromTransport`).
 *
 * One difference is not a bug, and is not asserted: a connection `fetch` read to its end goes back
 * to the runtime's own pool, which outlives the layer (the Node layer's agents close with it).
 */
import * as FetchFlexClient from "@effect-flex/core/FetchFlexClient"
import * as FlexClient from "@effect-flex/core/FlexClient"
import type * as FlexConfig from "@effect-flex/core/FlexConfig"
import type { FlexError } from "@effect-flex/core/FlexError"
import { describe, expect, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Inspectable from "effect/Inspectable"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import { expectFields, failureOf } from "../../../core/test/utils/exits.js"
import * as Observe from "../../../core/test/utils/observe.js"
import * as Transport from "../../../core/test/utils/transport.js"
import * as NodeFlexClient from "../../src/NodeFlexClient.js"
import * as HostileServer from "../utils/HostileServer.js"

/** The auth token (32 hex characters, like Twilio's) and the Basic value the client sends. */
const T = "5d2b8e1f9a4c7e0b3d6f2a9c8e1b4d7f"
const accountSid = Transport.accountSid
const B = btoa(`${accountSid}:${T}`)
const CH = Transport.sid("CH", 1)
const KD = Transport.sid("KD", 1)
const UO = Transport.sid("UO", 1)
const KiB = 1024
const MiB = 1024 * KiB
const jsonHeaders = { "content-type": "application/json", "twilio-request-id": `RQ${"ab".repeat(16)}` } as const

/** A layer's transport alone, with the client built on it (the per-resource modules' path). */
const onTransport = (layerTransport: typeof NodeFlexClient.layerTransport) => (options: FlexConfig.Options) =>
  FlexClient.layerFromTransport.pipe(Layer.provide(layerTransport(options)))

const layers = [
  ["NodeFlexClient", NodeFlexClient.layer],
  ["FetchFlexClient", FetchFlexClient.layer],
  ["NodeFlexClient.layerTransport", onTransport(NodeFlexClient.layerTransport)],
  ["FetchFlexClient.layerTransport", onTransport(FetchFlexClient.layerTransport)]
] as const satisfies ReadonlyArray<
  readonly [string, (options: FlexConfig.Options) => Layer.Layer<FlexClient.FlexClient, FlexError>]
>

const bounded = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.timeoutFail(effect, { duration: "10 seconds", onTimeout: () => new Error("the test itself timed out (10 s)") })
const TEST_TIMEOUT = 15_000

/** A hostile server for the test, and a client of the given layer over it. */
const withClient = <A, E>(
  layer: (typeof layers)[number][1],
  handler: HostileServer.Handler,
  body: (flex: FlexClient.FlexClient, server: HostileServer.HostileServer) => Effect.Effect<A, E, Scope.Scope>,
  extra: Partial<FlexConfig.Options> = {},
  serverOptions?: HostileServer.Options
) =>
  bounded(Effect.scoped(Effect.gen(function*() {
    const server = yield* HostileServer.make(handler, serverOptions)
    const context = yield* Layer.build(layer({
      accountSid,
      authToken: Redacted.make(T),
      baseUrl: server.origin,
      timeout: "5 seconds",
      retry: { maxAttempts: 3, baseDelay: 0, maxDelay: "5 millis", maxRetryAfter: "20 millis" },
      ...extra
    }))
    const result = yield* body(Context.get(context, FlexClient.FlexClient), server)
    expect(server.handlerErrors, "errors in the test's own handler").toEqual([])
    return result
  })))

/** Every string in a value, keys included. */
const strings = (value: unknown, seen = new Set<unknown>()): Array<string> => {
  if (typeof value === "string") return [value]
  if (typeof value !== "object" || value === null || seen.has(value)) return []
  seen.add(value)
  return Object.entries(value).flatMap(([key, nested]) => [key, ...strings(nested, seen)])
}

/** Where T or B shows in an error (any field, any rendering), its spans or its log lines. */
const leaks = (error: FlexError, observed: Observe.Observed): Array<string> =>
  [
    String(error),
    JSON.stringify(error),
    Inspectable.format(error),
    Cause.pretty(Cause.fail(error)),
    ...strings(error),
    ...Observe.surfaces(observed)
  ].filter((text) => text.includes(T) || text.includes(B))

describe.each(layers)("%s over a hostile loopback server", (_name, layer) => {
  it.live(
    "a server that never answers: Timeout per attempt, a GET retried, each connection closed by the client",
    () =>
      withClient(layer, (reply) => reply.hold(), (flex, server) =>
        Effect.gen(function*() {
          const error = failureOf(yield* Effect.exit(flex.channels.fetch(CH)))
          expectFields(error, { _tag: "FlexTransportError", reason: "Timeout", method: "GET", attempts: 2 })
          expect(server.requests).toHaveLength(2)
          expect(yield* server.awaitClosed(0, "2 seconds")).toBe("client")
          expect(yield* server.awaitClosed(1, "2 seconds")).toBe("client")
        }), { timeout: "150 millis", retry: { maxAttempts: 2, baseDelay: 0 } }),
    TEST_TIMEOUT
  )

  it.live(
    "a POST that times out is not sent again",
    () =>
      withClient(layer, (reply) => reply.hold(), (flex, server) =>
        Effect.gen(function*() {
          const error = failureOf(yield* Effect.exit(flex.interactionChannels.update(KD, UO, { status: "closed" })))
          expectFields(error, { _tag: "FlexTransportError", reason: "Timeout", method: "POST", attempts: 1 })
          expect(server.requests).toHaveLength(1)
        }), { timeout: "150 millis" }),
    TEST_TIMEOUT
  )

  it.live("503, then 429 with Retry-After, then 200: recovered on the third attempt", () =>
    withClient(
      layer,
      (reply) => {
        const index = reply.exchange.index
        if (index === 0) reply.json(503, { code: 20503, message: "unavailable", status: 503 }, jsonHeaders)
        else if (index === 1) {
          reply.json(429, { code: 20429, message: "too many", status: 429 }, { ...jsonHeaders, "retry-after": "1" })
        } else reply.json(200, Transport.wireChatChannel(1), jsonHeaders)
      },
      (flex, server) =>
        Effect.gen(function*() {
          const channel = yield* flex.channels.fetch(CH)
          expect(channel.sid).toBe(CH)
          expect(server.requests).toHaveLength(3)
        })
    ), TEST_TIMEOUT)

  it.live("a 500 to a POST is not retried; to a GET it is, up to maxAttempts", () =>
    withClient(
      layer,
      (reply) => reply.json(500, { code: 20500, message: "internal", status: 500 }, jsonHeaders),
      (flex, server) =>
        Effect.gen(function*() {
          const post = failureOf(yield* Effect.exit(flex.interactionChannels.update(KD, UO, { status: "closed" })))
          expectFields(post, { _tag: "FlexApiError", status: 500, code: 20500, method: "POST", attempts: 1 })
          const get = failureOf(yield* Effect.exit(flex.channels.fetch(CH)))
          expectFields(get, { _tag: "FlexApiError", status: 500, method: "GET", attempts: 3 })
          expect(server.requests.map((request) => request.method)).toEqual(["POST", "GET", "GET", "GET"])
        })
    ), TEST_TIMEOUT)

  it.live(
    "a connection reset: a GET is retried, a POST is not",
    () =>
      withClient(layer, (reply) => reply.raw("", "destroy"), (flex, server) =>
        Effect.gen(function*() {
          const get = failureOf(yield* Effect.exit(flex.channels.fetch(CH)))
          expectFields(get, { _tag: "FlexTransportError", reason: "Connection", method: "GET", attempts: 3 })
          const post = failureOf(yield* Effect.exit(flex.interactionChannels.update(KD, UO, { status: "closed" })))
          expectFields(post, { _tag: "FlexTransportError", method: "POST", attempts: 1 })
          expect(server.requests.map((request) => request.method)).toEqual(["GET", "GET", "GET", "POST"])
        })),
    TEST_TIMEOUT
  )

  it.live(
    "an endless 200 body: FlexDecodeError, not retried, read bounded, the client closes the connection",
    () =>
      withClient(
        layer,
        (reply) => reply.endless(200, jsonHeaders, { prefix: `{"sid":"${CH}","padding":"`, chunk: "abcdefghijklmnop" }),
        (flex, server) =>
          Effect.gen(function*() {
            const error = failureOf(yield* Effect.exit(flex.channels.fetch(CH)))
            expectFields(error, { _tag: "FlexDecodeError", status: 200, method: "GET" })
            expect(error.message).toContain("maxResponseBytes")
            expect(server.requests, "requests (a too large 2xx body is not retried)").toHaveLength(1)
            expect(yield* server.awaitClosed(0, "2 seconds"), "who closed the connection").toBe("client")
            // what the server could push before the client stopped: socket buffers, not the 64 MiB cap
            expect(server.responses[0]!.capped, "the server hit its own cap").toBe(false)
            expect(server.responses[0]!.bytesWritten).toBeLessThan(32 * MiB)
          }),
        { maxResponseBytes: 256 * KiB },
        { maxBytes: 64 * MiB }
      ),
    TEST_TIMEOUT
  )

  it.live("a Content-Length above maxResponseBytes fails without waiting for the body", () =>
    withClient(
      layer,
      (reply) => reply.headThenHold(200, { ...jsonHeaders, "content-length": 2 * MiB }, `{"sid":"${CH}",`),
      (flex, server) =>
        Effect.gen(function*() {
          const error = failureOf(yield* Effect.exit(flex.channels.fetch(CH)))
          // a client that waited for the promised body would fail with a Timeout instead
          expectFields(error, { _tag: "FlexDecodeError", status: 200 })
          expect(server.requests).toHaveLength(1)
          expect(yield* server.awaitClosed(0, "2 seconds"), "who closed the connection").toBe("client")
        }),
      { maxResponseBytes: MiB, timeout: "3 seconds" }
    ), TEST_TIMEOUT)

  it.live.each([[64 * KiB, "accepted"], [64 * KiB + 1, "refused"]] as const)(
    "a chunked 200 body of %i bytes, with maxResponseBytes 64 KiB, is %s",
    ([size, outcome]) =>
      withClient(
        layer,
        (reply) => {
          const json = JSON.stringify(Transport.wireChatChannel(1))
          reply.chunked(200, json + " ".repeat(size - json.length), jsonHeaders, 4 * KiB)
        },
        (flex) =>
          Effect.gen(function*() {
            const exit = yield* Effect.exit(flex.channels.fetch(CH))
            if (outcome === "accepted") expect(Exit.isSuccess(exit)).toBe(true)
            else expectFields(failureOf(exit), { _tag: "FlexDecodeError", status: 200 })
          }),
        { maxResponseBytes: 64 * KiB }
      ),
    TEST_TIMEOUT
  )

  it.live.each([401, 404, 429, 500])(
    "HTTP %i echoing the token and the Basic value: neither is in the error, its spans or logs",
    (status) =>
      withClient(
        layer,
        (reply) => {
          const auth = String(reply.exchange.headers.authorization ?? "")
          const echo = `token=${T} basic=${B} authorization=${auth}`
          reply.json(status, {
            code: 20000 + status,
            message: `Refused: ${echo}`,
            more_info: `https://www.twilio.com/docs/errors/${T}`,
            status,
            details: { token: T, nested: [auth, { [B]: echo }] }
          }, { ...jsonHeaders, "twilio-request-id": `RQ${T}`, "x-echo": echo })
        },
        (flex, server) =>
          Effect.gen(function*() {
            const exit = yield* Effect.exit(Observe.observe(flex.channels.fetch(CH)))
            const { error, observed } = failureOf(exit)
            expect(error._tag).toBe(
              {
                401: "FlexAuthenticationError",
                404: "FlexNotFound",
                429: "FlexRateLimited",
                500: "FlexApiError"
              }[status]
            )
            // the control: the secret was sent, so there was something to leak
            expect(server.requests[0]!.headers.authorization).toBe(`Basic ${B}`)
            expect(leaks(error, observed)).toEqual([])
          })
      ),
    TEST_TIMEOUT
  )

  it.live("a 200 that does not decode, echoing the token: a FlexDecodeError without it", () =>
    withClient(
      layer,
      (reply) => reply.json(200, { sid: T, echo: String(reply.exchange.headers.authorization) }, jsonHeaders),
      (flex) =>
        Effect.gen(function*() {
          const { error, observed } = failureOf(yield* Effect.exit(Observe.observe(flex.channels.fetch(CH))))
          expect(error._tag).toBe("FlexDecodeError")
          expect(leaks(error, observed)).toEqual([])
        })
    ), TEST_TIMEOUT)

  it.live.each([301, 302, 307, 308])(
    "a %i redirect to another server is not followed",
    (status) =>
      Effect.gen(function*() {
        const foreign = yield* HostileServer.make((reply) => reply.json(200, Transport.wireChatChannel(1), jsonHeaders))
        yield* withClient(
          layer,
          (reply) => reply.text(status, "", { location: `${foreign.origin}/v1/Channels/${CH}` }),
          (flex, server) =>
            Effect.gen(function*() {
              const error = failureOf(yield* Effect.exit(flex.channels.fetch(CH)))
              expectFields(error, { _tag: "FlexApiError", status, attempts: 1 })
              expect(server.requests).toHaveLength(1)
            })
        )
        expect(foreign.requests).toEqual([])
      }).pipe(Effect.scoped),
    TEST_TIMEOUT
  )

  it.live(
    "the same request on the wire: method, path, form body, Authorization, User-Agent, no trace headers",
    () =>
      withClient(
        layer,
        (reply) => reply.json(200, Transport.wireInteractionChannel(KD, 1, "closed"), jsonHeaders),
        (flex, server) =>
          Effect.gen(function*() {
            yield* flex.interactionChannels.update(KD, UO, { status: "inactive", routing: { status: "closed" } })
            const [request] = server.requests
            expect(request!.method).toBe("POST")
            expect(request!.url).toBe(`/v1/Interactions/${KD}/Channels/${UO}`)
            expect(request!.body).toBe("Status=inactive&Routing=%7B%22status%22%3A%22closed%22%7D")
            expect(request!.headers["content-type"]).toBe("application/x-www-form-urlencoded")
            expect(request!.headers.authorization).toBe(`Basic ${B}`)
            expect(request!.headers["user-agent"]).toBe(
              `effect-flex/0.1.0 (${process.platform} ${process.arch}) node/${process.versions.node} runtimes-test/1.0`
            )
            expect(request!.headers.traceparent).toBeUndefined()
          }),
        { userAgent: "runtimes-test/1.0" }
      ),
    TEST_TIMEOUT
  )

  it.live(
    "an interrupted call closes its connection",
    () =>
      withClient(layer, (reply) => reply.hold(), (flex, server) =>
        Effect.gen(function*() {
          const fiber = yield* Effect.fork(flex.channels.fetch(CH))
          while (server.requests.length === 0) yield* Effect.sleep("5 millis")
          yield* Fiber.interrupt(fiber)
          expect(yield* server.awaitClosed(0, "2 seconds"), "who closed the connection").toBe("client")
        })),
    TEST_TIMEOUT
  )
})

describe("FetchFlexClient's requestInit", () => {
  it.live("is passed to fetch (a header of the app's own), under the client's Authorization", () =>
    withClient(
      (options: FlexConfig.Options) =>
        FetchFlexClient.layer({
          ...options,
          requestInit: { headers: { "x-app": "1", authorization: "Basic forged" } }
        }),
      (reply) => reply.json(200, Transport.wireChatChannel(1), jsonHeaders),
      (flex, server) =>
        Effect.gen(function*() {
          yield* flex.channels.fetch(CH)
          expect(server.requests[0]!.headers["x-app"]).toBe("1")
          expect(server.requests[0]!.headers.authorization).toBe(`Basic ${B}`)
        })
    ), TEST_TIMEOUT)

  it.effect("that cannot be read is a FlexInvalidInput when the layer is built, not a throw at the call site", () =>
    Effect.gen(function*() {
      const options = { baseUrl: "http://127.0.0.1:9" }
      Object.defineProperty(options, "requestInit", {
        enumerable: true,
        get: () => {
          throw new Error("hostile getter")
        }
      })
      const layer = FetchFlexClient.layer(options)
      const error = yield* Effect.flip(Effect.scoped(Layer.build(layer)))
      expectFields(error, { _tag: "FlexInvalidInput", operation: "FlexClient", argument: "options" })
    }))
})
