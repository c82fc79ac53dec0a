/**
 * A lean `HttpClient` for Node.js over `node:http` and `node:https` with keep-alive agents: the one
 * `NodeFlexClient` runs on, and a real `HttpClient` any application can use.
 *
 * Why not `@effect/platform-node`'s `NodeHttpClient`: in `pnpm bench` (stream-200k) its undici
 * client costs about 20 % more CPU than this one, and reading a body in a second step (as every
 * client reading a status before its body does) makes V8 promote every page of a long listing to
 * the old generation (about 135 MB per 200,000 records against 30 MB here), which roughly doubles
 * peak heap. Loading undici also adds about 100 ms and 5 MB to a process start. This client keeps
 * platform's `HttpClient.make` (tracing, interruption, `withScope`) and replaces only the transport
 * and the response. See docs/BENCHMARKS.md.
 *
 * @example
 * ```ts
 * import { LeanHttpClient } from "@effect-flex/node"
 * import { HttpClient } from "@effect/platform"
 * import { Effect } from "effect"
 *
 * const program = Effect.flatMap(HttpClient.HttpClient, (http) => http.get("https://example.com"))
 * const runnable = program.pipe(Effect.provide(LeanHttpClient.layer))
 * ```
 *
 * @since 0.2.0
 */
import * as NodeSink from "@effect/platform-node/NodeSink"
import * as NodeStream from "@effect/platform-node/NodeStream"
import * as Cookies from "@effect/platform/Cookies"
import * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as IncomingMessage from "@effect/platform/HttpIncomingMessage"
import * as UrlParams from "@effect/platform/UrlParams"
import * as Effect from "effect/Effect"
import * as Inspectable from "effect/Inspectable"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Http from "node:http"
import * as Https from "node:https"
import { Readable } from "node:stream"

/**
 * The connection pools requests go through, one per protocol.
 *
 * @example
 * ```ts
 * import { LeanHttpClient } from "@effect-flex/node"
 * import * as Http from "node:http"
 * import * as Https from "node:https"
 *
 * const agents: LeanHttpClient.Agents = {
 *   http: new Http.Agent({ keepAlive: true }),
 *   https: new Https.Agent({ keepAlive: true, maxSockets: 20 })
 * }
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export interface Agents {
  readonly http: Http.Agent
  readonly https: Https.Agent
}

/**
 * An `HttpClient` sending every request through the given agents. Redirects are not followed;
 * non-2xx statuses are responses, not errors (as with every platform client).
 *
 * @example
 * ```ts
 * import { LeanHttpClient } from "@effect-flex/node"
 * import { HttpClient } from "@effect/platform"
 * import { Layer } from "effect"
 * import * as Http from "node:http"
 * import * as Https from "node:https"
 *
 * // agents you own (and destroy) yourself
 * const agents = { http: new Http.Agent({ keepAlive: true }), https: new Https.Agent({ keepAlive: true }) }
 * const HttpLive = Layer.succeed(HttpClient.HttpClient, LeanHttpClient.make(agents))
 * ```
 *
 * @since 0.2.0
 * @category constructors
 */
export const make = (agents: Agents): HttpClient.HttpClient =>
  HttpClient.make((request, url, signal) =>
    Effect.suspend(() => {
      const body = request.body
      switch (body._tag) {
        case "Empty":
          return send(agents, request, url, signal, (nodeRequest) => nodeRequest.end())
        case "Uint8Array":
        case "Raw":
          return send(agents, request, url, signal, (nodeRequest) => nodeRequest.end(body.body))
        case "FormData": {
          // The web Response encodes the parts and picks the multipart boundary for us.
          const encoded = new Response(body.formData)
          return send(agents, request, url, signal, (nodeRequest) => {
            nodeRequest.setHeader("content-type", encoded.headers.get("content-type")!)
            Readable.fromWeb(encoded.body! as any).pipe(nodeRequest)
          })
        }
        case "Stream":
          return sendStream(agents, request, url, signal, body.stream)
      }
    })
  )

/**
 * An `HttpClient` with keep-alive agents (closed with the layer's scope).
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { LeanHttpClient } from "@effect-flex/node"
 * import { Layer } from "effect"
 *
 * // at most 10 sockets per host
 * const FlexLive = FlexClient.layerConfig().pipe(Layer.provide(LeanHttpClient.layerWith({ maxSockets: 10 })))
 * ```
 *
 * @since 0.2.0
 * @category layers
 */
export const layerWith = (options?: Http.AgentOptions): Layer.Layer<HttpClient.HttpClient> =>
  Layer.scoped(
    HttpClient.HttpClient,
    Effect.map(
      Effect.acquireRelease(
        Effect.sync((): Agents => ({
          http: new Http.Agent({ keepAlive: true, ...options }),
          https: new Https.Agent({ keepAlive: true, ...options })
        })),
        (agents) =>
          Effect.sync(() => {
            agents.http.destroy()
            agents.https.destroy()
          })
      ),
      make
    )
  )

/**
 * {@link layerWith} Node's default agent options (unbounded sockets per host), keep-alive on.
 *
 * @example
 * ```ts
 * import { LeanHttpClient } from "@effect-flex/node"
 * import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
 * import { HttpClient } from "@effect/platform"
 * import { Effect } from "effect"
 *
 * // a plain request to a simulator on a loopback port
 * const program = Effect.gen(function*() {
 *   const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
 *   const http = yield* HttpClient.HttpClient
 *   const response = yield* http.get(`${url}/v1/Channels`)
 *   console.log(response.status) // 401: no credentials
 * })
 *
 * Effect.runPromise(program.pipe(Effect.provide(LeanHttpClient.layer), Effect.provide(NodeFlexSimulator.layer())))
 * ```
 *
 * @since 0.2.0
 * @category layers
 */
export const layer: Layer.Layer<HttpClient.HttpClient> = layerWith()

const transportError = (request: HttpClientRequest.HttpClientRequest, cause: unknown) =>
  new HttpClientError.RequestError({ request, reason: "Transport", cause })

/** Opens the request; invalid headers (say, a control character) fail instead of throwing. */
const open = (
  agents: Agents,
  request: HttpClientRequest.HttpClientRequest,
  url: URL,
  signal: AbortSignal
): Http.ClientRequest => {
  const options: Http.RequestOptions = { method: request.method, headers: request.headers, signal }
  return url.protocol === "https:"
    ? Https.request(url, { ...options, agent: agents.https })
    : Http.request(url, { ...options, agent: agents.http })
}

/** Sends a request whose body `write` hands over at once, and waits for the response head. */
const send = (
  agents: Agents,
  request: HttpClientRequest.HttpClientRequest,
  url: URL,
  signal: AbortSignal,
  write: (nodeRequest: Http.ClientRequest) => void
): Effect.Effect<HttpClientResponse.HttpClientResponse, HttpClientError.RequestError> =>
  Effect.async((resume) => {
    let nodeRequest: Http.ClientRequest
    try {
      nodeRequest = open(agents, request, url, signal)
    } catch (cause) {
      return resume(Effect.fail(transportError(request, cause)))
    }
    nodeRequest.once("error", (cause) => resume(Effect.fail(transportError(request, cause))))
    nodeRequest.once("response", (source) => resume(Effect.succeed(new ClientResponse(request, source))))
    try {
      write(nodeRequest)
    } catch (cause) {
      // a body Node cannot write (say, a raw body of the wrong type)
      nodeRequest.destroy()
      resume(Effect.fail(new HttpClientError.RequestError({ request, reason: "Encode", cause })))
    }
  })

/** A streamed body is written (with backpressure) while the response may already arrive. */
const sendStream = (
  agents: Agents,
  request: HttpClientRequest.HttpClientRequest,
  url: URL,
  signal: AbortSignal,
  body: Stream.Stream<Uint8Array, unknown>
): Effect.Effect<HttpClientResponse.HttpClientResponse, HttpClientError.RequestError> =>
  Effect.flatMap(
    Effect.try({ try: () => open(agents, request, url, signal), catch: (cause) => transportError(request, cause) }),
    (nodeRequest) => {
      const response = Effect.async<HttpClientResponse.HttpClientResponse, HttpClientError.RequestError>(
        (resume) => {
          const onError = (cause: Error) => resume(Effect.fail(transportError(request, cause)))
          const onResponse = (source: Http.IncomingMessage) =>
            resume(Effect.succeed(new ClientResponse(request, source)))
          nodeRequest.once("error", onError)
          nodeRequest.once("response", onResponse)
          return Effect.sync(() => {
            nodeRequest.off("error", onError)
            nodeRequest.off("response", onResponse)
          })
        }
      )
      const written = Stream.run(
        Stream.mapError(body, (cause) => new HttpClientError.RequestError({ request, reason: "Encode", cause })),
        NodeSink.fromWritable(() => nodeRequest, (cause) => transportError(request, cause))
      ).pipe(Effect.tapErrorCause(() => Effect.sync(() => nodeRequest.destroy())))
      return Effect.zipRight(written, response, { concurrent: true })
    }
  )

const ignore = () => {}

/** The body of a response, read once whatever reads it first (text, json, arrayBuffer…). */
type Body = Promise<Buffer>

class ClientResponse extends Inspectable.Class implements HttpClientResponse.HttpClientResponse {
  readonly [IncomingMessage.TypeId]: IncomingMessage.TypeId = IncomingMessage.TypeId
  readonly [HttpClientResponse.TypeId]: HttpClientResponse.TypeId = HttpClientResponse.TypeId
  private cachedHeaders: Headers.Headers | undefined
  private body: Body | undefined

  constructor(readonly request: HttpClientRequest.HttpClientRequest, readonly source: Http.IncomingMessage) {
    super()
    // an error without a reader (the connection reset after the head) must not crash the process
    source.on("error", ignore)
  }

  get status(): number {
    return this.source.statusCode ?? 0
  }

  get headers(): Headers.Headers {
    return this.cachedHeaders ??= headersOf(this.source.rawHeaders)
  }

  get cookies(): Cookies.Cookies {
    const header = this.source.headers["set-cookie"]
    return header === undefined ? Cookies.empty : Cookies.fromSetCookie(header)
  }

  get remoteAddress(): Option.Option<string> {
    return Option.fromNullable(this.source.socket?.remoteAddress)
  }

  readonly decodeError = (cause: unknown) =>
    new HttpClientError.ResponseError({ request: this.request, response: this, reason: "Decode", cause })

  get stream(): Stream.Stream<Uint8Array, HttpClientError.ResponseError> {
    // a body already read (by `text`, `json`…) is replayed: the socket has nothing left to give
    if (this.body !== undefined) return Stream.fromEffect(this.bytes)
    return NodeStream.fromReadable<HttpClientError.ResponseError, Uint8Array>(() => {
      if (this.source.readableEnded || this.source.destroyed) {
        throw new Error("The body was already read, or its connection closed")
      }
      return this.source
    }, this.decodeError)
  }

  /**
   * The whole body, within `HttpIncomingMessage.MaxBodySize` when one is set. Read by hand rather
   * than with platform's `NodeStream.toString`: one copy of the bytes and one decoding, where
   * decoding each chunk makes a rope of strings that `JSON.parse` must flatten again.
   */
  get bytes(): Effect.Effect<Buffer, HttpClientError.ResponseError> {
    return Effect.flatMap(
      IncomingMessage.MaxBodySize,
      (max) =>
        Effect.async<Buffer, HttpClientError.ResponseError>((resume) => {
          const limit = Option.isSome(max) ? Number(max.value) : Number.POSITIVE_INFINITY
          this.body ??= readBody(this.source, limit)
          this.body.then(
            // read earlier under a larger bound: this reader's bound still holds
            (bytes) =>
              resume(
                bytes.length > limit
                  ? Effect.fail(this.decodeError(new Error(`The body is larger than the maximum of ${limit} bytes`)))
                  : Effect.succeed(bytes)
              ),
            (cause) => resume(Effect.fail(this.decodeError(cause)))
          )
        })
    )
  }

  get text(): Effect.Effect<string, HttpClientError.ResponseError> {
    // a leading byte order mark is dropped, as `fetch`'s `text()` drops it
    return Effect.map(this.bytes, (bytes) => bytes.toString("utf8", hasBom(bytes) ? 3 : 0))
  }

  get json(): Effect.Effect<unknown, HttpClientError.ResponseError> {
    return Effect.flatMap(
      this.text,
      (text) => Effect.try({ try: () => text === "" ? null : JSON.parse(text), catch: this.decodeError })
    )
  }

  get urlParamsBody(): Effect.Effect<UrlParams.UrlParams, HttpClientError.ResponseError> {
    return Effect.flatMap(
      this.text,
      (text) => Effect.try({ try: () => UrlParams.fromInput(new URLSearchParams(text)), catch: this.decodeError })
    )
  }

  get arrayBuffer(): Effect.Effect<ArrayBuffer, HttpClientError.ResponseError> {
    return Effect.map(
      this.bytes,
      (bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    )
  }

  get formData(): Effect.Effect<FormData, HttpClientError.ResponseError> {
    return Effect.flatMap(this.bytes, (bytes) =>
      Effect.tryPromise({
        try: () => new Response(new Uint8Array(bytes), { headers: this.headers as Record<string, string> }).formData(),
        catch: this.decodeError
      }))
  }

  /** Never reads the body: platform's `inspect` would start an unbounded read of it to show it. */
  toJSON(): unknown {
    return {
      _id: "@effect/platform/HttpClientResponse",
      request: this.request.toJSON(),
      status: this.status,
      headers: Inspectable.redact(this.headers),
      remoteAddress: this.remoteAddress.toJSON()
    }
  }
}

/**
 * The response headers, names lower-cased, every line of a repeated header joined with ", " as
 * other clients do (`IncomingMessage.headers` keeps only the first line of some, `Retry-After` and
 * `Content-Type` among them, which would hide a conflict).
 */
const headersOf = (raw: ReadonlyArray<string>): Headers.Headers => {
  // no prototype while filling: a header named `__proto__` or `constructor` is just a header
  const record: Record<string, string> = Object.create(null)
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase()
    const previous = record[name]
    record[name] = previous === undefined ? raw[i + 1]! : `${previous}, ${raw[i + 1]}`
  }
  return Headers.unsafeFromRecord(record)
}

const hasBom = (bytes: Buffer) => bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf

/** Reads a body to its end, failing beyond `limit` bytes (the connection is then destroyed). */
const readBody = (source: Http.IncomingMessage, limit: number): Body =>
  new Promise((resolve, reject) => {
    if (source.readableEnded || source.destroyed) {
      return reject(new Error("The body was already read, or its connection closed"))
    }
    const chunks: Array<Buffer> = []
    let length = 0
    source.on("data", (chunk: Buffer) => {
      length += chunk.length
      if (length > limit) {
        source.destroy()
        return reject(new Error(`The body is larger than the maximum of ${limit} bytes`))
      }
      chunks.push(chunk)
    })
    source.once("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length)))
    source.once("error", reject)
    // closed before its end: the connection was lost or the request aborted
    source.once("close", () => {
      if (!source.complete) reject(new Error("The connection closed before the end of the body"))
    })
  })
