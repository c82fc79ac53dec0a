/**
 * `LeanHttpClient` (../src/LeanHttpClient.ts) against scripted `node:http` servers on 127.0.0.1
 * (port 0), each a scoped resource of its test:
 *
 * - the response: status, headers (lower-cased, repeated lines joined), cookies, and every way to
 *   read a body (`text`, `json`, `arrayBuffer`, `urlParamsBody`, `formData`, `stream`), read once
 *   and cached;
 * - the request: every kind of body reaches the server byte-exact, with its method and headers;
 * - non-2xx statuses are responses, redirects are not followed;
 * - `HttpIncomingMessage.withMaxBodySize` bounds a body, and the client closes the connection;
 * - transport failures are typed errors (`RequestError` "Transport", `ResponseError` "Decode"),
 *   never defects, never a hang;
 * - interruption and `HttpClient.withScope` abort the request (the server sees the socket close);
 * - keep-alive reuses a socket, and the layer's agents are destroyed with the layer's scope.
 *
 * Process safety: an `"error"` event emitted on a `ClientRequest` without a listener would throw
 * from a Node callback and crash an application (an uncaught exception). While this file runs,
 * such an emit is recorded instead (see `unlistenedErrors`), and every test fails if one was seen.
 *
 * Every test is bounded (5 s, live clock) and sends a handful of requests at most.
 */
import * as HttpBody from "@effect/platform/HttpBody"
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as IncomingMessage from "@effect/platform/HttpIncomingMessage"
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Inspectable from "effect/Inspectable"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as Http from "node:http"
import * as Https from "node:https"
import type * as Net from "node:net"
import * as Util from "node:util"
import { expectFields, failureOf } from "../../core/test/utils/exits.js"
import * as LeanHttpClient from "../src/LeanHttpClient.js"

const TEST_TIMEOUT = 10_000
const MiB = 1024 * 1024
const ignore = () => {}

// --- process safety -------------------------------------------------------------------------------

/** `"error"` events emitted on a `ClientRequest` that had no listener (each one a crash in production). */
const unlistenedErrors: Array<string> = []
const ownEmit = Object.getOwnPropertyDescriptor(Http.ClientRequest.prototype, "emit")

beforeAll(() => {
  const emit = Http.ClientRequest.prototype.emit
  Http.ClientRequest.prototype.emit = function(this: Http.ClientRequest, event: string | symbol, ...args: Array<any>) {
    if (event === "error" && this.listenerCount("error") === 0) {
      unlistenedErrors.push(String(args[0]))
      return false
    }
    return emit.call(this, event, ...args)
  } as typeof emit
})

afterAll(() => {
  if (ownEmit === undefined) delete (Http.ClientRequest.prototype as { emit?: unknown }).emit
  else Object.defineProperty(Http.ClientRequest.prototype, "emit", ownEmit)
})

// --- helpers --------------------------------------------------------------------------------------

/** Real time, whatever clock the test runs with. */
const sleep = (millis: number) => Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, millis)))

/** Polls `condition` every 5 ms; fails the test with `what` if it does not hold within `within` ms. */
const waitUntil = (condition: () => boolean, what: string, within = 3_000) =>
  Effect.gen(function*() {
    const deadline = Date.now() + within
    while (!condition()) {
      if (Date.now() > deadline) return yield* Effect.die(new Error(`timed out waiting until ${what}`))
      yield* sleep(5)
    }
  })

/**
 * A bounded test (5 s): fails if it takes longer, or if a `ClientRequest` emitted an `"error"`
 * nobody listened to, even just after the test's body (a short grace period).
 */
const bounded = <A, E, R>(body: Effect.Effect<A, E, R>) =>
  Effect.gen(function*() {
    const before = unlistenedErrors.length
    const result = yield* Effect.timeoutFail(body, {
      duration: "5 seconds",
      onTimeout: () => new Error("the test itself timed out (5 s)")
    })
    yield* sleep(20)
    expect(unlistenedErrors.slice(before), "\"error\" events emitted without a listener").toEqual([])
    return result
  })

/** A bounded test over a fresh `LeanHttpClient.layer` (its agents destroyed at the test's end). */
const run = <A, E>(body: Effect.Effect<A, E, HttpClient.HttpClient | Scope.Scope>) =>
  bounded(Effect.provide(body, LeanHttpClient.layer))

const bytesOf = (text: string) => new TextEncoder().encode(text)
/** `length` bytes cycling through every byte value (not valid UTF-8: a decoding step would show). */
const binary = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 7 + 3) % 256)

const concat = (chunks: Chunk.Chunk<Uint8Array>) => Buffer.concat(Chunk.toReadonlyArray(chunks))

// --- a scripted server ------------------------------------------------------------------------------

/** One request the server received, body included (up to 1 MiB). */
interface Received {
  readonly index: number
  /** The connection it came on: an index into `connections`. */
  readonly connection: number
  readonly method: string
  readonly url: string
  readonly headers: Http.IncomingHttpHeaders
  readonly body: Buffer
}

interface Connection {
  readonly id: number
  open: boolean
}

/** Answers one request once its body was read; it may also never answer. */
type Handler = (req: Http.IncomingMessage, res: Http.ServerResponse, received: Received) => void

interface TestServer {
  readonly origin: string
  readonly port: number
  readonly requests: ReadonlyArray<Received>
  readonly connections: ReadonlyArray<Connection>
  /** Errors thrown by the test's own handler (a bug in the test). */
  readonly handlerErrors: ReadonlyArray<string>
  /** Waits until `count` requests have arrived (fails the test after 3 s). */
  readonly awaitRequests: (count: number) => Effect.Effect<void>
  /** Waits until connection `id` is closed (fails the test after 3 s). */
  readonly awaitClosed: (id: number) => Effect.Effect<void>
}

/** A server for the current scope; when the scope closes, every connection is destroyed. */
const makeServer = (handler: Handler): Effect.Effect<TestServer, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.async<{ readonly server: TestServer; readonly close: () => Promise<void> }>((resume) => {
      const requests: Array<Received> = []
      const connections: Array<Connection> = []
      const handlerErrors: Array<string> = []
      const ids = new WeakMap<Net.Socket, number>()
      const sockets = new Set<Net.Socket>()
      const server = Http.createServer()
      // an idle keep-alive connection closed by the server would look like one closed by the client
      server.keepAliveTimeout = 0

      server.on("connection", (socket: Net.Socket) => {
        const connection: Connection = { id: connections.length, open: true }
        connections.push(connection)
        ids.set(socket, connection.id)
        sockets.add(socket)
        socket.on("error", ignore)
        socket.once("close", () => {
          connection.open = false
          sockets.delete(socket)
        })
      })

      server.on("request", (req: Http.IncomingMessage, res: Http.ServerResponse) => {
        const chunks: Array<Buffer> = []
        let size = 0
        req.on("error", ignore)
        res.on("error", ignore)
        req.on("data", (chunk: Buffer) => {
          size += chunk.length
          if (size <= MiB) chunks.push(chunk)
        })
        req.on("end", () => {
          const received: Received = {
            index: requests.length,
            connection: ids.get(req.socket) ?? -1,
            method: req.method ?? "",
            url: req.url ?? "",
            headers: req.headers,
            body: Buffer.concat(chunks)
          }
          requests.push(received)
          try {
            handler(req, res, received)
          } catch (error) {
            handlerErrors.push(String(error))
            res.destroy()
          }
        })
      })

      const close = () =>
        new Promise<void>((resolve) => {
          for (const socket of sockets) socket.destroy()
          server.closeAllConnections()
          server.close(() => resolve())
        })

      server.listen(0, "127.0.0.1", () => {
        const port = (server.address() as Net.AddressInfo).port
        resume(Effect.succeed({
          close,
          server: {
            origin: `http://127.0.0.1:${port}`,
            port,
            requests,
            connections,
            handlerErrors,
            awaitRequests: (count) => waitUntil(() => requests.length >= count, `${count} request(s) arrived`),
            awaitClosed: (id) =>
              waitUntil(() => connections[id] !== undefined && !connections[id].open, `connection ${id} closed`)
          }
        }))
      })
    }),
    ({ close }) => Effect.promise(close)
  ).pipe(
    Effect.map(({ server }) => server),
    Effect.tap((server) =>
      Effect.addFinalizer(() =>
        Effect.sync(() => expect(server.handlerErrors, "errors in the test's own handler").toEqual([]))
      )
    )
  )

/** Answers `body` with a content-length. */
const reply = (status: number, body: string | Uint8Array, headers: Http.OutgoingHttpHeaders = {}): Handler =>
(
  _req,
  res
) => {
  const bytes = typeof body === "string" ? Buffer.from(body) : Buffer.from(body)
  res.writeHead(status, { "content-length": bytes.length, ...headers })
  res.end(bytes)
}

/** Writes `pieces` in chunked encoding, one every `gap` ms (so the client sees several chunks). */
const trickle = (pieces: ReadonlyArray<Uint8Array>, headers: Http.OutgoingHttpHeaders = {}, gap = 5): Handler =>
(
  _req,
  res
) => {
  res.writeHead(200, headers)
  let i = 0
  const next = () => {
    if (res.destroyed) return
    if (i === pieces.length) return res.end()
    res.write(pieces[i++])
    setTimeout(next, gap)
  }
  next()
}

/** Never answers: the request is pending until the client gives up or the test ends. */
const hold: Handler = () => {}

/** Writes the head (with a content-length of `declared` bytes) and `sent` bytes, then waits. */
const headThenHold = (declared: number, sent: string): Handler => (_req, res) => {
  res.writeHead(200, { "content-type": "text/plain", "content-length": declared })
  res.write(sent)
}

const client = HttpClient.HttpClient
const get = (url: string) => Effect.flatMap(client, (http) => http.get(url))
const execute = (request: HttpClientRequest.HttpClientRequest) =>
  Effect.flatMap(client, (http) => http.execute(request))

/** A port nothing listens on: one the system just gave a server, now closed. */
const closedPort = Effect.async<number>((resume) => {
  const server = Http.createServer()
  server.listen(0, "127.0.0.1", () => {
    const port = (server.address() as Net.AddressInfo).port
    server.close(() => resume(Effect.succeed(port)))
  })
})

// --- tests ----------------------------------------------------------------------------------------

describe("LeanHttpClient", () => {
  describe("responses", () => {
    it.scopedLive("status and headers, names lower-cased", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(
          reply(201, "made", { "Content-Type": "text/plain", "X-Custom-Header": "Value" })
        )
        const response = yield* get(`${server.origin}/items`)
        expect(response.status).toBe(201)
        expect(response.headers["x-custom-header"]).toBe("Value")
        expect(response.headers["content-type"]).toBe("text/plain")
        expect(response.headers["content-length"]).toBe("4")
        expect(Object.keys(response.headers).filter((name) => name !== name.toLowerCase())).toEqual([])
        expect(response.remoteAddress).toEqual(Option.some("127.0.0.1"))
        expect(response.request.url).toBe(`${server.origin}/items`)
        expect(yield* response.text).toBe("made")
        expect(server.requests.map((r) => [r.method, r.url])).toEqual([["GET", "/items"]])
      })), TEST_TIMEOUT)

    it.scopedLive(
      "text: UTF-8 decoded once, even when a character is split across chunks",
      () =>
        run(Effect.gen(function*() {
          const text = "héllo wörld ✓ 🎉 done"
          const bytes = bytesOf(text)
          // cut inside the 3-byte "✓" and inside the 4-byte emoji
          const cut1 = bytesOf("héllo wörld ").length + 1
          const cut2 = bytesOf("héllo wörld ✓ ").length + 2
          const server = yield* makeServer(
            trickle([bytes.subarray(0, cut1), bytes.subarray(cut1, cut2), bytes.subarray(cut2)], {
              "content-type": "text/plain; charset=utf-8"
            })
          )
          const response = yield* get(server.origin)
          expect(yield* response.text).toBe(text)
        })),
      TEST_TIMEOUT
    )

    it.scopedLive("json: parsed; an empty body is null", () =>
      run(Effect.gen(function*() {
        const value = { a: 1, b: [true, null, "✓"], c: { d: "e" } }
        const server = yield* makeServer((req, res, received) =>
          received.url === "/empty"
            ? reply(200, "", { "content-type": "application/json" })(req, res, received)
            : reply(200, JSON.stringify(value), { "content-type": "application/json" })(req, res, received)
        )
        expect(yield* Effect.flatMap(get(server.origin), (r) => r.json)).toEqual(value)
        expect(yield* Effect.flatMap(get(`${server.origin}/empty`), (r) => r.json)).toBeNull()
      })), TEST_TIMEOUT)

    it.scopedLive("json: a body that is not JSON is a ResponseError (Decode)", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(reply(200, "{not json", { "content-type": "application/json" }))
        const response = yield* get(server.origin)
        const error = failureOf(yield* Effect.exit(response.json))
        expectFields(error, { _tag: "ResponseError", reason: "Decode" })
        expect((error as HttpClientError.ResponseError).response.status).toBe(200)
      })), TEST_TIMEOUT)

    it.scopedLive(
      "arrayBuffer: the exact bytes, in an ArrayBuffer of the body's length",
      () =>
        run(Effect.gen(function*() {
          const bytes = binary(70_000)
          const server = yield* makeServer(reply(200, bytes, { "content-type": "application/octet-stream" }))
          const buffer = yield* Effect.flatMap(get(server.origin), (r) => r.arrayBuffer)
          expect(buffer).toBeInstanceOf(ArrayBuffer)
          expect(buffer.byteLength).toBe(bytes.length)
          expect(Buffer.from(buffer).equals(Buffer.from(bytes))).toBe(true)
        })),
      TEST_TIMEOUT
    )

    it.scopedLive(
      "arrayBuffer of a small body (one chunk) is a copy of exactly its bytes",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "abc"))
          const buffer = yield* Effect.flatMap(get(server.origin), (r) => r.arrayBuffer)
          expect(buffer.byteLength).toBe(3)
          expect(new TextDecoder().decode(buffer)).toBe("abc")
        })),
      TEST_TIMEOUT
    )

    it.scopedLive("urlParamsBody: decoded pairs, in order, repeated keys kept", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(
          reply(200, "a=1&b=x%20y%26z&a=2&c=%E2%9C%93", { "content-type": "application/x-www-form-urlencoded" })
        )
        const params = yield* Effect.flatMap(get(server.origin), (r) => r.urlParamsBody)
        expect(params).toEqual([["a", "1"], ["b", "x y&z"], ["a", "2"], ["c", "✓"]])
      })), TEST_TIMEOUT)

    it.scopedLive("formData: a multipart response is parsed", () =>
      run(Effect.gen(function*() {
        const form = new FormData()
        form.append("name", "value ✓")
        form.append("other", "x")
        const encoded = new Response(form)
        const body = new Uint8Array(yield* Effect.promise(() => encoded.arrayBuffer()))
        const server = yield* makeServer(reply(200, body, { "content-type": encoded.headers.get("content-type")! }))
        const parsed = yield* Effect.flatMap(get(server.origin), (r) => r.formData)
        expect(parsed.get("name")).toBe("value ✓")
        expect(parsed.get("other")).toBe("x")
      })), TEST_TIMEOUT)

    it.scopedLive(
      "stream: the chunks reassemble the body (chunked encoding, several writes)",
      () =>
        run(Effect.gen(function*() {
          const pieces = ["alpha-", "beta-", "gamma-", "delta"].map(bytesOf)
          const server = yield* makeServer(trickle(pieces, { "content-type": "text/plain" }))
          const response = yield* get(server.origin)
          const chunks = yield* Stream.runCollect(response.stream)
          expect(Chunk.size(chunks)).toBeGreaterThanOrEqual(1)
          expect(concat(chunks).toString("utf8")).toBe("alpha-beta-gamma-delta")
        })),
      TEST_TIMEOUT
    )

    it.scopedLive("stream and text of a 1 MiB body are byte-exact", () =>
      run(Effect.gen(function*() {
        const bytes = binary(MiB)
        const server = yield* makeServer(reply(200, bytes))
        const streamed = concat(
          yield* Stream.runCollect(Stream.unwrap(Effect.map(get(server.origin), (r) => r.stream)))
        )
        expect(streamed.equals(Buffer.from(bytes))).toBe(true)
        const read = yield* Effect.flatMap(get(server.origin), (r) => r.arrayBuffer)
        expect(Buffer.from(read).equals(Buffer.from(bytes))).toBe(true)
      })), TEST_TIMEOUT)

    it.scopedLive(
      "the body is read once and cached: text, then json, then arrayBuffer of one response",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "{\"n\":42}", { "content-type": "application/json" }))
          const response = yield* get(server.origin)
          expect(yield* response.text).toBe("{\"n\":42}")
          expect(yield* response.json).toEqual({ n: 42 })
          expect(yield* response.text).toBe("{\"n\":42}")
          expect(new TextDecoder().decode(yield* response.arrayBuffer)).toBe("{\"n\":42}")
          expect(server.requests).toHaveLength(1)
        })),
      TEST_TIMEOUT
    )

    it.scopedLive(
      "text after the stream was read: a ResponseError (Decode), not a hang",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "abc"))
          const response = yield* get(server.origin)
          expect(concat(yield* Stream.runCollect(response.stream)).toString("utf8")).toBe("abc")
          expectFields(failureOf(yield* Effect.exit(response.text)), { _tag: "ResponseError", reason: "Decode" })
        })),
      TEST_TIMEOUT
    )

    // Once `text` (or `json`, `arrayBuffer`…) read the body, `stream` replays it: the socket has
    // nothing left, and wrapping it gave an empty stream before (found by this test).
    it.scopedLive(
      "stream after text: the body again, or a ResponseError, never a silently empty body",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "abc"))
          const response = yield* get(server.origin)
          expect(yield* response.text).toBe("abc")
          const exit = yield* Effect.exit(Stream.runCollect(response.stream))
          if (Exit.isSuccess(exit)) expect(concat(exit.value).toString("utf8")).toBe("abc")
          else expectFields(failureOf(exit), { _tag: "ResponseError", reason: "Decode" })
        })),
      TEST_TIMEOUT
    )

    it.scopedLive("two concurrent readers of one body get the same text", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(trickle(["one ", "two ", "three"].map(bytesOf)))
        const response = yield* get(server.origin)
        const [a, b] = yield* Effect.all([response.text, response.text], { concurrency: 2 })
        expect(a).toBe("one two three")
        expect(b).toBe("one two three")
      })), TEST_TIMEOUT)

    it.scopedLive("HEAD: the headers, an empty body", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(reply(200, "hello", { "content-type": "text/plain" }))
        const response = yield* execute(HttpClientRequest.head(server.origin))
        expect(response.status).toBe(200)
        expect(response.headers["content-length"]).toBe("5")
        expect(yield* response.text).toBe("")
        expect(server.requests.map((r) => r.method)).toEqual(["HEAD"])
      })), TEST_TIMEOUT)

    it.scopedLive("a repeated Retry-After is joined: \"1, 2\"", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer((_req, res) => {
          res.setHeader("Retry-After", ["1", "2"])
          res.setHeader("content-length", 0)
          res.writeHead(503)
          res.end()
        })
        const response = yield* get(server.origin)
        expect(response.status).toBe(503)
        expect(response.headers["retry-after"]).toBe("1, 2")
      })), TEST_TIMEOUT)

    it.scopedLive("two Set-Cookie lines are two cookies", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer((_req, res) => {
          res.setHeader("Set-Cookie", ["a=1; Path=/; HttpOnly", "b=two; Max-Age=60"])
          res.setHeader("content-length", 0)
          res.writeHead(200)
          res.end()
        })
        const response = yield* get(server.origin)
        const cookies = response.cookies.cookies
        expect(Object.keys(cookies).sort()).toEqual(["a", "b"])
        expect(cookies.a?.value).toBe("1")
        expect(cookies.a?.options?.httpOnly).toBe(true)
        expect(cookies.b?.value).toBe("two")
      })), TEST_TIMEOUT)

    it.scopedLive("no Set-Cookie: no cookies", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(reply(200, ""))
        const response = yield* get(server.origin)
        expect(Object.keys(response.cookies.cookies)).toEqual([])
      })), TEST_TIMEOUT)

    it.scopedLive.each([404, 500])(
      "a %i is a response, not an error, and its body is readable",
      (status) =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(
            reply(status, `{"status":${status}}`, { "content-type": "application/json" })
          )
          const exit = yield* Effect.exit(get(server.origin))
          expect(Exit.isSuccess(exit)).toBe(true)
          const response = (exit as Exit.Success<HttpClientResponse.HttpClientResponse, never>).value
          expect(response.status).toBe(status)
          expect(yield* response.json).toEqual({ status })
        })),
      TEST_TIMEOUT
    )

    it.scopedLive(
      "a 302 is not followed: the status and Location, and the target sees no request",
      () =>
        run(Effect.gen(function*() {
          const target = yield* makeServer(reply(200, "target"))
          const server = yield* makeServer(reply(302, "", { location: `${target.origin}/elsewhere` }))
          const response = yield* get(server.origin)
          expect(response.status).toBe(302)
          expect(response.headers.location).toBe(`${target.origin}/elsewhere`)
          expect(yield* response.text).toBe("")
          yield* sleep(50)
          expect(target.requests).toHaveLength(0)
          expect(target.connections).toHaveLength(0)
        })),
      TEST_TIMEOUT
    )
  })

  describe("request bodies", () => {
    it.scopedLive(
      "GET without a body: no body, no content-length, no chunked encoding; headers and query sent",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "ok"))
          yield* execute(
            HttpClientRequest.get(`${server.origin}/path`).pipe(
              HttpClientRequest.setUrlParams({ q: "a b", n: "1" }),
              HttpClientRequest.setHeader("X-Request-Id", "abc-123")
            )
          )
          const [received] = server.requests
          expect(received?.method).toBe("GET")
          expect(received?.url).toBe("/path?q=a+b&n=1")
          expect(received?.headers["x-request-id"]).toBe("abc-123")
          expect(received?.headers["content-length"]).toBeUndefined()
          expect(received?.headers["transfer-encoding"]).toBeUndefined()
          expect(received?.body.length).toBe(0)
        })),
      TEST_TIMEOUT
    )

    it.scopedLive.each(
      [["POST", "0"], ["PUT", "0"], ["PATCH", "0"], ["DELETE", undefined]] as const
    )(
      "%s without a body: an empty body, content-length %s, not chunked",
      ([method, contentLength]) =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(204, ""))
          const response = yield* execute(HttpClientRequest.make(method)(server.origin))
          expect(response.status).toBe(204)
          const [received] = server.requests
          expect(received?.method).toBe(method)
          expect(received?.body.length).toBe(0)
          expect(received?.headers["transfer-encoding"]).toBeUndefined()
          expect(received?.headers["content-length"]).toBe(contentLength)
        })),
      TEST_TIMEOUT
    )

    it.scopedLive("a raw body (HttpBody.raw): the bytes of a string or a Buffer", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(reply(200, "ok"))
        yield* execute(
          HttpClientRequest.post(server.origin).pipe(
            HttpClientRequest.setBody(HttpBody.raw("raw ✓", { contentType: "text/x-raw" }))
          )
        )
        yield* execute(
          HttpClientRequest.post(server.origin).pipe(HttpClientRequest.setBody(HttpBody.raw(Buffer.from(binary(300)))))
        )
        expect(server.requests[0]?.headers["content-type"]).toBe("text/x-raw")
        expect(server.requests[0]?.body.toString("utf8")).toBe("raw ✓")
        expect(server.requests[1]?.body.equals(Buffer.from(binary(300)))).toBe(true)
      })), TEST_TIMEOUT)

    it.scopedLive(
      "a raw body Node cannot write (an object) is a typed RequestError, not a defect",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "ok"))
          const request = HttpClientRequest.post(server.origin).pipe(
            HttpClientRequest.setBody(HttpBody.raw({ not: "bytes" }))
          )
          expectFields(failureOf(yield* Effect.exit(execute(request))), { _tag: "RequestError", reason: "Encode" })
          // the client still works
          expect(yield* Effect.flatMap(get(server.origin), (r) => r.text)).toBe("ok")
        })),
      TEST_TIMEOUT
    )

    it.scopedLive(
      "a leading UTF-8 byte order mark is dropped by text and json, as fetch drops it",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(
            reply(200, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytesOf("{\"a\":1}")]))
          )
          const response = yield* get(server.origin)
          expect(yield* response.text).toBe("{\"a\":1}")
          expect(yield* response.json).toEqual({ a: 1 })
          // the bytes themselves are untouched
          expect(new Uint8Array(yield* response.arrayBuffer).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
        })),
      TEST_TIMEOUT
    )

    it.scopedLive(
      "a body read earlier without a bound is still held to a later reader's bound",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "x".repeat(1000)))
          const response = yield* get(server.origin)
          expect((yield* response.text).length).toBe(1000)
          const exit = yield* Effect.exit(response.text.pipe(IncomingMessage.withMaxBodySize(Option.some(100))))
          expectFields(failureOf(exit), { _tag: "ResponseError", reason: "Decode" })
        })),
      TEST_TIMEOUT
    )

    it.scopedLive("bodyUint8Array: the bytes, with their content-type and length", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(reply(200, "ok"))
        const bytes = binary(100_000)
        yield* execute(
          HttpClientRequest.post(server.origin).pipe(HttpClientRequest.bodyUint8Array(bytes, "application/x-test"))
        )
        const [received] = server.requests
        expect(received?.method).toBe("POST")
        expect(received?.headers["content-type"]).toBe("application/x-test")
        expect(received?.headers["content-length"]).toBe(String(bytes.length))
        expect(received?.body.equals(Buffer.from(bytes))).toBe(true)
      })), TEST_TIMEOUT)

    it.scopedLive("bodyText: UTF-8 bytes, text/plain, the byte length", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(reply(200, "ok"))
        const text = "héllo ✓ 🎉"
        yield* execute(HttpClientRequest.put(server.origin).pipe(HttpClientRequest.bodyText(text)))
        const [received] = server.requests
        expect(received?.method).toBe("PUT")
        expect(received?.headers["content-type"]).toBe("text/plain")
        expect(received?.headers["content-length"]).toBe(String(bytesOf(text).length))
        expect(received?.body.equals(Buffer.from(bytesOf(text)))).toBe(true)
      })), TEST_TIMEOUT)

    it.scopedLive("bodyUrlParams: form-encoded", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(reply(200, "ok"))
        yield* execute(
          HttpClientRequest.post(server.origin).pipe(
            HttpClientRequest.bodyUrlParams([["a", "1"], ["b", "x y&z"], ["a", "✓"]])
          )
        )
        const [received] = server.requests
        expect(received?.headers["content-type"]).toBe("application/x-www-form-urlencoded")
        expect(received?.body.toString("utf8")).toBe("a=1&b=x+y%26z&a=%E2%9C%93")
        expect(received?.headers["content-length"]).toBe(String(received?.body.length))
      })), TEST_TIMEOUT)

    it.scopedLive("bodyJson: JSON, application/json", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(reply(200, "ok"))
        const value = { sid: "X1", list: [1, 2, 3], nested: { ok: true, text: "✓" } }
        const request = yield* HttpClientRequest.patch(server.origin).pipe(HttpClientRequest.bodyJson(value))
        yield* execute(request)
        const [received] = server.requests
        expect(received?.method).toBe("PATCH")
        expect(received?.headers["content-type"]).toBe("application/json")
        expect(JSON.parse(received!.body.toString("utf8"))).toEqual(value)
        expect(received?.headers["content-length"]).toBe(String(received?.body.length))
      })), TEST_TIMEOUT)

    it.scopedLive(
      "bodyStream: the chunks in order (chunked encoding), with the content-type",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "ok"))
          const pieces = [bytesOf("{\"n\":1}\n"), binary(50_000), bytesOf("{\"n\":3}\n")]
          const body = Stream.fromIterable(pieces).pipe(Stream.rechunk(1), Stream.tap(() => Effect.yieldNow()))
          const response = yield* execute(
            HttpClientRequest.post(server.origin).pipe(
              HttpClientRequest.bodyStream(body, { contentType: "application/x-ndjson" })
            )
          )
          expect(response.status).toBe(200)
          const [received] = server.requests
          expect(received?.headers["content-type"]).toBe("application/x-ndjson")
          expect(received?.headers["transfer-encoding"]).toBe("chunked")
          expect(received?.body.equals(Buffer.concat(pieces))).toBe(true)
        })),
      TEST_TIMEOUT
    )

    it.scopedLive(
      "bodyStream with a contentLength: sent with that content-length, not chunked",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "ok"))
          const pieces = ["abc", "def", "gh"].map(bytesOf)
          yield* execute(
            HttpClientRequest.post(server.origin).pipe(
              HttpClientRequest.bodyStream(Stream.fromIterable(pieces), { contentType: "text/plain", contentLength: 8 })
            )
          )
          const [received] = server.requests
          expect(received?.headers["content-length"]).toBe("8")
          expect(received?.headers["transfer-encoding"]).toBeUndefined()
          expect(received?.body.toString("utf8")).toBe("abcdefgh")
        })),
      TEST_TIMEOUT
    )

    it.scopedLive(
      "bodyFormData: multipart with its boundary in the content-type, fields and file intact",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "ok"))
          const form = new FormData()
          form.append("name", "value ✓")
          form.append("other", "x")
          form.append("file", new Blob([binary(3000)], { type: "application/octet-stream" }), "data.bin")
          yield* execute(
            HttpClientRequest.post(server.origin).pipe(
              HttpClientRequest.setHeader("content-type", "text/plain"),
              HttpClientRequest.bodyFormData(form)
            )
          )
          const [received] = server.requests
          const contentType = received?.headers["content-type"] ?? ""
          const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(contentType)?.[1]
          expect(boundary, `content-type: ${contentType}`).toBeDefined()
          expect(received!.body.includes(`--${boundary}`)).toBe(true)
          const parsed = yield* Effect.promise(() =>
            new Response(new Uint8Array(received!.body), { headers: { "content-type": contentType } }).formData()
          )
          expect(parsed.get("name")).toBe("value ✓")
          expect(parsed.get("other")).toBe("x")
          const file = parsed.get("file") as File
          expect(file.name).toBe("data.bin")
          expect(Buffer.from(yield* Effect.promise(() => file.arrayBuffer())).equals(Buffer.from(binary(3000)))).toBe(
            true
          )
        })),
      TEST_TIMEOUT
    )
  })

  describe("bounded bodies (withMaxBodySize)", () => {
    it.scopedLive(
      "a body above the maximum: text fails with ResponseError (Decode), the connection is closed",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "x".repeat(256 * 1024), { "content-type": "text/plain" }))
          const response = yield* get(server.origin)
          const exit = yield* Effect.exit(response.text.pipe(IncomingMessage.withMaxBodySize(Option.some(1024))))
          expectFields(failureOf(exit), { _tag: "ResponseError", reason: "Decode" })
          yield* server.awaitClosed(0)
        })),
      TEST_TIMEOUT
    )

    it.scopedLive("a chunked body above the maximum fails too", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(trickle(Array.from({ length: 5 }, () => bytesOf("y".repeat(1000)))))
        const response = yield* get(server.origin)
        const exit = yield* Effect.exit(response.json.pipe(IncomingMessage.withMaxBodySize(Option.some(2500))))
        expectFields(failureOf(exit), { _tag: "ResponseError", reason: "Decode" })
        yield* server.awaitClosed(0)
      })), TEST_TIMEOUT)

    it.scopedLive("a body within the maximum (or exactly at it) is read", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer((req, res, received) =>
          reply(200, received.url === "/exact" ? "z".repeat(1024) : "small")(req, res, received)
        )
        const small = yield* Effect.flatMap(get(server.origin), (r) => r.text).pipe(
          IncomingMessage.withMaxBodySize(Option.some(1024))
        )
        expect(small).toBe("small")
        const exact = yield* Effect.flatMap(get(`${server.origin}/exact`), (r) => r.text).pipe(
          IncomingMessage.withMaxBodySize(Option.some(1024))
        )
        expect(exact).toBe("z".repeat(1024))
      })), TEST_TIMEOUT)
  })

  describe("transport errors", () => {
    it.scopedLive("connection refused: RequestError (Transport)", () =>
      run(Effect.gen(function*() {
        const port = yield* closedPort
        const error = failureOf(yield* Effect.exit(get(`http://127.0.0.1:${port}/`)))
        expectFields(error, { _tag: "RequestError", reason: "Transport" })
      })), TEST_TIMEOUT)

    it.scopedLive(
      "connection refused with a streamed body: RequestError (Transport)",
      () =>
        run(Effect.gen(function*() {
          const port = yield* closedPort
          const request = HttpClientRequest.post(`http://127.0.0.1:${port}/`).pipe(
            HttpClientRequest.bodyStream(Stream.make(bytesOf("a"), bytesOf("b")))
          )
          const error = failureOf(yield* Effect.exit(execute(request)))
          expectFields(error, { _tag: "RequestError", reason: "Transport" })
        })),
      TEST_TIMEOUT
    )

    it.scopedLive(
      "connection refused with a FormData body: RequestError (Transport)",
      () =>
        run(Effect.gen(function*() {
          const port = yield* closedPort
          const form = new FormData()
          form.append("a", "b")
          const request = HttpClientRequest.post(`http://127.0.0.1:${port}/`).pipe(HttpClientRequest.bodyFormData(form))
          const error = failureOf(yield* Effect.exit(execute(request)))
          expectFields(error, { _tag: "RequestError", reason: "Transport" })
        })),
      TEST_TIMEOUT
    )

    it.scopedLive(
      "the server destroys the socket before answering: RequestError (Transport)",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer((req) => req.socket.destroy())
          const error = failureOf(yield* Effect.exit(get(server.origin)))
          expectFields(error, { _tag: "RequestError", reason: "Transport" })
          expect(server.requests).toHaveLength(1)
        })),
      TEST_TIMEOUT
    )

    it.scopedLive("the server answers garbage: RequestError (Transport)", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer((req) => req.socket.end("this is not HTTP\r\n\r\n"))
        const error = failureOf(yield* Effect.exit(get(server.origin)))
        expectFields(error, { _tag: "RequestError", reason: "Transport" })
      })), TEST_TIMEOUT)

    it.scopedLive(
      "the connection is destroyed mid-body: text fails with ResponseError, no hang",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer((_req, res) => {
            res.writeHead(200, { "content-type": "text/plain", "content-length": 1000 })
            res.write("only ten b")
            setTimeout(() => res.socket?.destroy(), 20)
          })
          const response = yield* get(server.origin)
          expect(response.status).toBe(200)
          const error = failureOf(yield* Effect.exit(response.text))
          expectFields(error, { _tag: "ResponseError", reason: "Decode" })
        })),
      TEST_TIMEOUT
    )

    it.scopedLive(
      "the connection was destroyed mid-body before reading: text fails with ResponseError",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer((_req, res) => {
            res.writeHead(200, { "content-type": "text/plain", "content-length": 1000 })
            res.write("only ten b", () => res.socket?.destroy())
          })
          const response = yield* get(server.origin)
          yield* server.awaitClosed(0)
          yield* sleep(20)
          const error = failureOf(yield* Effect.exit(response.text))
          expectFields(error, { _tag: "ResponseError", reason: "Decode" })
        })),
      TEST_TIMEOUT
    )

    it.scopedLive(
      "the connection is destroyed mid-body: stream fails with ResponseError",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer((_req, res) => {
            res.writeHead(200, { "content-type": "text/plain", "content-length": 1000 })
            res.write("only ten b")
            setTimeout(() => res.socket?.destroy(), 20)
          })
          const response = yield* get(server.origin)
          const error = failureOf(yield* Effect.exit(Stream.runCollect(response.stream)))
          expectFields(error, { _tag: "ResponseError", reason: "Decode" })
        })),
      TEST_TIMEOUT
    )

    it.scopedLive.each(
      [
        ["a value with a newline", "x-bad", "a\nb"],
        ["a value with a carriage return", "x-bad", "a\r\nInjected: yes"],
        ["a name with a space", "bad name", "v"]
      ] as const
    )(
      "an invalid header (%s) is a typed RequestError, not a defect; nothing is sent",
      ([, name, value]) =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "ok"))
          const requests = [
            HttpClientRequest.get(server.origin),
            HttpClientRequest.post(server.origin).pipe(HttpClientRequest.bodyText("body")),
            HttpClientRequest.post(server.origin).pipe(HttpClientRequest.bodyStream(Stream.make(bytesOf("body")))),
            HttpClientRequest.post(server.origin).pipe(HttpClientRequest.bodyFormData(new FormData()))
          ]
          for (const request of requests) {
            const exit = yield* Effect.exit(execute(HttpClientRequest.setHeader(request, name, value)))
            expectFields(failureOf(exit), { _tag: "RequestError", reason: "Transport" })
          }
          yield* sleep(20)
          expect(server.requests).toHaveLength(0)
        })),
      TEST_TIMEOUT
    )

    it.scopedLive("an unsupported protocol is a typed RequestError, not a defect", () =>
      run(Effect.gen(function*() {
        const exit = yield* Effect.exit(get("ftp://127.0.0.1:1/file"))
        expectFields(failureOf(exit), { _tag: "RequestError", reason: "Transport" })
      })), TEST_TIMEOUT)

    it.scopedLive("a body stream that fails is a RequestError (Encode)", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(reply(200, "ok"))
        const body = Stream.concat(Stream.make(bytesOf("part")), Stream.fail(new Error("the source broke")))
        const request = HttpClientRequest.post(server.origin).pipe(HttpClientRequest.bodyStream(body))
        const error = failureOf(yield* Effect.exit(execute(request)))
        expectFields(error, { _tag: "RequestError", reason: "Encode" })
        expect(server.requests).toHaveLength(0)
      })), TEST_TIMEOUT)
  })

  describe("interruption", () => {
    it.scopedLive(
      "interrupted while the server has not answered: the request is aborted",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(hold)
          const fiber = yield* Effect.fork(get(server.origin))
          yield* server.awaitRequests(1)
          const exit = yield* Fiber.interrupt(fiber)
          expect(Exit.isInterrupted(exit)).toBe(true)
          yield* server.awaitClosed(0)
        })),
      TEST_TIMEOUT
    )

    it.scopedLive(
      "interrupted before the head (streamed request body): the request is aborted",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(hold)
          const request = HttpClientRequest.post(server.origin).pipe(
            HttpClientRequest.bodyStream(Stream.make(bytesOf("a"), bytesOf("b")))
          )
          const fiber = yield* Effect.fork(execute(request))
          yield* server.awaitRequests(1)
          const exit = yield* Fiber.interrupt(fiber)
          expect(Exit.isInterrupted(exit)).toBe(true)
          yield* server.awaitClosed(0)
        })),
      TEST_TIMEOUT
    )

    it.scopedLive(
      "interrupted while a streamed request body is being written: the connection is closed",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "never: the body never ends"))
          const body = Stream.concat(Stream.make(bytesOf("the start")), Stream.never)
          const fiber = yield* Effect.fork(
            execute(HttpClientRequest.post(server.origin).pipe(HttpClientRequest.bodyStream(body)))
          )
          yield* waitUntil(() => server.connections.length === 1, "the client connected")
          yield* sleep(30)
          const exit = yield* Fiber.interrupt(fiber)
          expect(Exit.isInterrupted(exit)).toBe(true)
          yield* server.awaitClosed(0)
          expect(server.requests).toHaveLength(0)
        })),
      TEST_TIMEOUT
    )

    it.scopedLive("interrupted while text reads the body: the connection is closed", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(headThenHold(100_000, "first part"))
        const response = yield* get(server.origin)
        const fiber = yield* Effect.fork(response.text)
        yield* sleep(30)
        const exit = yield* Fiber.interrupt(fiber)
        expect(Exit.isInterrupted(exit)).toBe(true)
        yield* server.awaitClosed(0)
      })), TEST_TIMEOUT)

    it.scopedLive(
      "interrupted while stream reads the body: the connection is closed",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(headThenHold(100_000, "first part"))
          const response = yield* get(server.origin)
          const received: Array<Uint8Array> = []
          const fiber = yield* Effect.fork(
            Stream.runForEach(response.stream, (chunk) => Effect.sync(() => received.push(chunk)))
          )
          yield* waitUntil(() => received.length > 0, "the first chunk arrived")
          expect(Buffer.concat(received).toString("utf8")).toBe("first part")
          yield* Fiber.interrupt(fiber)
          yield* server.awaitClosed(0)
        })),
      TEST_TIMEOUT
    )

    it.scopedLive("a stream stopped early (take) closes the connection", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(headThenHold(100_000, "first part"))
        const response = yield* get(server.origin)
        const first = yield* Stream.runCollect(Stream.take(response.stream, 1))
        expect(Chunk.size(first)).toBe(1)
        yield* server.awaitClosed(0)
      })), TEST_TIMEOUT)

    it.scopedLive("withScope: closing the scope aborts a pending request", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(hold)
        const scoped = HttpClient.withScope(yield* client)
        const scope = yield* Scope.make()
        const fiber = yield* scoped.get(server.origin).pipe(Scope.extend(scope), Effect.fork)
        yield* server.awaitRequests(1)
        yield* Scope.close(scope, Exit.void)
        yield* server.awaitClosed(0)
        expectFields(failureOf(yield* Fiber.await(fiber)), { _tag: "RequestError", reason: "Transport" })
      })), TEST_TIMEOUT)

    it.scopedLive(
      "withScope: closing the scope while the body streams in closes the connection",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(headThenHold(100_000, "first part"))
          const scoped = HttpClient.withScope(yield* client)
          const scope = yield* Scope.make()
          const response = yield* scoped.get(server.origin).pipe(Scope.extend(scope))
          const fiber = yield* Effect.fork(response.text)
          yield* sleep(30)
          yield* Scope.close(scope, Exit.void)
          yield* server.awaitClosed(0)
          const error = failureOf(yield* Fiber.await(fiber))
          expectFields(error, { _tag: "ResponseError", reason: "Decode" })
        })),
      TEST_TIMEOUT
    )
  })

  describe("connections", () => {
    const readers: ReadonlyArray<
      readonly [string, (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<unknown, unknown>]
    > = [
      ["text", (r) => r.text],
      ["json", (r) => r.json],
      ["arrayBuffer", (r) => r.arrayBuffer],
      ["urlParamsBody", (r) => r.urlParamsBody],
      ["stream", (r) => Stream.runDrain(r.stream)]
    ]

    it.scopedLive.each(readers)(
      "keep-alive: two sequential requests share one socket once the first body was read (%s)",
      ([, read]) =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "{\"a\":1}", { "content-type": "application/json" }))
          yield* Effect.flatMap(get(server.origin), read)
          yield* Effect.flatMap(get(server.origin), read)
          expect(server.requests).toHaveLength(2)
          expect(server.connections).toHaveLength(1)
          expect(server.requests.map((r) => r.connection)).toEqual([0, 0])
        })),
      TEST_TIMEOUT
    )

    it.scopedLive("keep-alive after a POST with a body, and after a streamed body", () =>
      run(Effect.gen(function*() {
        const server = yield* makeServer(reply(200, "ok"))
        yield* Effect.flatMap(
          execute(HttpClientRequest.post(server.origin).pipe(HttpClientRequest.bodyText("one"))),
          (r) => r.text
        )
        yield* Effect.flatMap(
          execute(
            HttpClientRequest.post(server.origin).pipe(HttpClientRequest.bodyStream(Stream.make(bytesOf("two"))))
          ),
          (r) => r.text
        )
        yield* Effect.flatMap(get(server.origin), (r) => r.text)
        expect(server.requests.map((r) => r.body.toString("utf8"))).toEqual(["one", "two", ""])
        expect(server.connections).toHaveLength(1)
      })), TEST_TIMEOUT)

    it.scopedLive(
      "after a body above the maximum, the next request opens a new connection and succeeds",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "x".repeat(10_000)))
          const tooBig = yield* Effect.exit(
            Effect.flatMap(get(server.origin), (r) => r.text).pipe(IncomingMessage.withMaxBodySize(Option.some(100)))
          )
          expect(Exit.isFailure(tooBig)).toBe(true)
          yield* server.awaitClosed(0)
          expect(yield* Effect.flatMap(get(server.origin), (r) => r.text)).toBe("x".repeat(10_000))
          expect(server.requests.map((r) => r.connection)).toEqual([0, 1])
        })),
      TEST_TIMEOUT
    )

    it.scopedLive(
      "closing the layer's scope destroys its agents: the idle keep-alive socket is closed",
      () =>
        Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "ok"))
          yield* Effect.scoped(Effect.gen(function*() {
            const http = Context.get(yield* Layer.build(LeanHttpClient.layer), HttpClient.HttpClient)
            expect(yield* Effect.flatMap(http.get(server.origin), (r) => r.text)).toBe("ok")
            yield* sleep(30)
            expect(server.connections[0]?.open, "the socket stays open while the layer is").toBe(true)
          }))
          yield* server.awaitClosed(0)
        }).pipe(bounded),
      TEST_TIMEOUT
    )

    it.scopedLive("layerWith({ keepAlive: false }): one connection per request", () =>
      Effect.gen(function*() {
        const server = yield* makeServer(reply(200, "ok"))
        yield* Effect.gen(function*() {
          yield* Effect.flatMap(get(server.origin), (r) => r.text)
          yield* Effect.flatMap(get(server.origin), (r) => r.text)
        }).pipe(Effect.provide(LeanHttpClient.layerWith({ keepAlive: false })))
        expect(server.requests.map((r) => r.connection)).toEqual([0, 1])
      }).pipe(bounded), TEST_TIMEOUT)

    it.scopedLive(
      "layerWith({ maxSockets: 1 }): concurrent requests queue on one connection",
      () =>
        Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "ok"))
          const texts = yield* Effect.all(
            Array.from({ length: 3 }, () => Effect.flatMap(get(server.origin), (r) => r.text)),
            { concurrency: "unbounded" }
          ).pipe(Effect.provide(LeanHttpClient.layerWith({ maxSockets: 1 })))
          expect(texts).toEqual(["ok", "ok", "ok"])
          expect(server.connections).toHaveLength(1)
        }).pipe(bounded),
      TEST_TIMEOUT
    )

    it.scopedLive("make: a client over the given agents", () =>
      Effect.gen(function*() {
        const server = yield* makeServer(reply(200, "ok"))
        const agents = yield* Effect.acquireRelease(
          Effect.sync(() => ({
            http: new Http.Agent({ keepAlive: true }),
            https: new Https.Agent({ keepAlive: true })
          })),
          (agents) => Effect.sync(() => (agents.http.destroy(), agents.https.destroy()))
        )
        const http = LeanHttpClient.make(agents)
        expect(yield* Effect.flatMap(http.get(server.origin), (r) => r.text)).toBe("ok")
        expect(yield* Effect.flatMap(http.get(server.origin), (r) => r.text)).toBe("ok")
        expect(server.connections).toHaveLength(1)
        expect(Object.keys(agents.http.freeSockets)).toHaveLength(1)
      }).pipe(bounded), TEST_TIMEOUT)
  })

  describe("inspection", () => {
    it.scopedLive.each(
      [
        ["application/json", "{\"a\":1}"],
        ["text/plain", "hello"],
        ["application/octet-stream", "\u0000\u0001"]
      ] as const
    )(
      "toJSON, format and util.inspect of a response (%s) do not throw",
      ([contentType, body]) =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, body, { "content-type": contentType }))
          const response = yield* get(server.origin)
          const json = response.toJSON() as Record<string, unknown>
          expect(json._id).toBe("@effect/platform/HttpClientResponse")
          expect(json.status).toBe(200)
          expect(() => Inspectable.format(response)).not.toThrow()
          expect(() => Util.inspect(response)).not.toThrow()
          expect(() => JSON.stringify(response)).not.toThrow()
          // and after the body was read
          yield* response.text
          expect(() => response.toJSON()).not.toThrow()
          expect(() => Inspectable.format(response)).not.toThrow()
        })),
      TEST_TIMEOUT
    )

    it.scopedLive(
      "inspecting a response before reading it does not lose the body (text)",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "the whole body", { "content-type": "text/plain" }))
          const response = yield* get(server.origin)
          response.toJSON()
          expect(yield* response.text).toBe("the whole body")
        })),
      TEST_TIMEOUT
    )

    // `toJSON` never reads the body: platform's `IncomingMessage.inspect`, which it ran before,
    // started an unbounded background read that a later bounded read then reused (found by this
    // test). A body read earlier under a larger bound is still held to the reader's bound.
    it.scopedLive(
      "inspecting a response before reading it does not lift withMaxBodySize",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(reply(200, "x".repeat(10_000), { "content-type": "text/plain" }))
          const response = yield* get(server.origin)
          response.toJSON()
          const exit = yield* Effect.exit(response.text.pipe(IncomingMessage.withMaxBodySize(Option.some(100))))
          expectFields(failureOf(exit), { _tag: "ResponseError", reason: "Decode" })
        })),
      TEST_TIMEOUT
    )

    // Logging a response, then reading it as a stream (as core's `readBounded` does for a body
    // without a content-length), gives the whole body.
    it.scopedLive(
      "inspecting a response, then reading it as a stream, gives the whole body",
      () =>
        run(Effect.gen(function*() {
          const server = yield* makeServer(
            trickle(["the ", "whole ", "body"].map(bytesOf), { "content-type": "text/plain" })
          )
          const response = yield* get(server.origin)
          response.toJSON()
          yield* sleep(50)
          const chunks = yield* Stream.runCollect(response.stream)
          expect(concat(chunks).toString("utf8")).toBe("the whole body")
        })),
      TEST_TIMEOUT
    )
  })
})
