// scratch/probe6.ts
import * as HttpClient3 from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Effect2 from "effect/Effect"
import * as Fs from "node:fs"

// ../packages/node/src/LeanHttpClient.ts
import * as NodeSink from "@effect/platform-node/NodeSink"
import * as NodeStream from "@effect/platform-node/NodeStream"
import * as Cookies from "@effect/platform/Cookies"
import * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
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
var make2 = (agents) =>
  HttpClient.make(
    (request3, url, signal) =>
      Effect.suspend(() => {
        const body = request3.body
        switch (body._tag) {
          case "Empty":
            return send(agents, request3, url, signal, (nodeRequest) => nodeRequest.end())
          case "Uint8Array":
          case "Raw":
            return send(agents, request3, url, signal, (nodeRequest) => nodeRequest.end(body.body))
          case "FormData": {
            const encoded = new Response(body.formData)
            return send(agents, request3, url, signal, (nodeRequest) => {
              nodeRequest.setHeader("content-type", encoded.headers.get("content-type"))
              Readable.fromWeb(encoded.body).pipe(nodeRequest)
            })
          }
          case "Stream":
            return sendStream(agents, request3, url, signal, body.stream)
        }
      })
  )
var layerWith = (options) =>
  Layer.scoped(
    HttpClient.HttpClient,
    Effect.map(
      Effect.acquireRelease(
        Effect.sync(() => ({
          http: new Http.Agent({ keepAlive: true, ...options }),
          https: new Https.Agent({ keepAlive: true, ...options })
        })),
        (agents) =>
          Effect.sync(() => {
            agents.http.destroy()
            agents.https.destroy()
          })
      ),
      make2
    )
  )
var layer = layerWith()
var transportError = (request3, cause) =>
  new HttpClientError.RequestError({ request: request3, reason: "Transport", cause })
var open = (agents, request3, url, signal) => {
  const options = { method: request3.method, headers: request3.headers, signal }
  return url.protocol === "https:"
    ? Https.request(url, { ...options, agent: agents.https })
    : Http.request(url, { ...options, agent: agents.http })
}
var send = (agents, request3, url, signal, write) =>
  Effect.async((resume) => {
    let nodeRequest
    try {
      nodeRequest = open(agents, request3, url, signal)
    } catch (cause) {
      return resume(Effect.fail(transportError(request3, cause)))
    }
    nodeRequest.once("error", (cause) => resume(Effect.fail(transportError(request3, cause))))
    nodeRequest.once("response", (source) => resume(Effect.succeed(new ClientResponse(request3, source))))
    try {
      write(nodeRequest)
    } catch (cause) {
      nodeRequest.destroy()
      resume(Effect.fail(transportError(request3, cause)))
    }
  })
var sendStream = (agents, request3, url, signal, body) =>
  Effect.flatMap(
    Effect.try({ try: () => open(agents, request3, url, signal), catch: (cause) => transportError(request3, cause) }),
    (nodeRequest) => {
      const response = Effect.async(
        (resume) => {
          const onError = (cause) => resume(Effect.fail(transportError(request3, cause)))
          const onResponse = (source) => resume(Effect.succeed(new ClientResponse(request3, source)))
          nodeRequest.once("error", onError)
          nodeRequest.once("response", onResponse)
          return Effect.sync(() => {
            nodeRequest.off("error", onError)
            nodeRequest.off("response", onResponse)
          })
        }
      )
      const written = Stream.run(
        Stream.mapError(body, (cause) =>
          new HttpClientError.RequestError({ request: request3, reason: "Encode", cause })),
        NodeSink.fromWritable(() =>
          nodeRequest, (cause) => transportError(request3, cause))
      ).pipe(Effect.tapErrorCause(() => Effect.sync(() => nodeRequest.destroy())))
      return Effect.zipRight(written, response, { concurrent: true })
    }
  )
var ignore = () => {
}
var ClientResponse = class extends Inspectable.Class {
  constructor(request3, source) {
    super()
    this.request = request3
    this.source = source
    source.on("error", ignore)
  }
  request
  source;
  [IncomingMessage.TypeId] = IncomingMessage.TypeId;
  [HttpClientResponse.TypeId] = HttpClientResponse.TypeId
  cachedHeaders
  body
  get status() {
    return this.source.statusCode ?? 0
  }
  /**
   * Every line of a repeated header, joined with ", " as other clients do: `IncomingMessage.headers`
   * would keep only the first of some (`Retry-After`, `Content-Type`…), hiding a conflict.
   */
  get headers() {
    return this.cachedHeaders ??= Headers.fromInput(this.source.headersDistinct)
  }
  get cookies() {
    const header = this.source.headers["set-cookie"]
    return header === void 0 ? Cookies.empty : Cookies.fromSetCookie(header)
  }
  get remoteAddress() {
    return Option.fromNullable(this.source.socket?.remoteAddress)
  }
  decodeError = (cause) =>
    new HttpClientError.ResponseError({ request: this.request, response: this, reason: "Decode", cause })
  get stream() {
    return NodeStream.fromReadable(() => this.source, this.decodeError)
  }
  /**
   * The whole body, within `HttpIncomingMessage.MaxBodySize` when one is set. Read by hand rather
   * than with platform's `NodeStream.toString`: one copy of the bytes and one decoding, where
   * decoding each chunk makes a rope of strings that `JSON.parse` must flatten again.
   */
  get bytes() {
    return Effect.flatMap(
      IncomingMessage.MaxBodySize,
      (max) =>
        Effect.async((resume) => {
          this.body ??= readBody(this.source, Option.isSome(max) ? Number(max.value) : Number.POSITIVE_INFINITY)
          this.body.then(
            (bytes) => resume(Effect.succeed(bytes)),
            (cause) => resume(Effect.fail(this.decodeError(cause)))
          )
        })
    )
  }
  get text() {
    return Effect.map(this.bytes, (bytes) => bytes.toString("utf8"))
  }
  get json() {
    return Effect.flatMap(
      this.text,
      (text) => Effect.try({ try: () => text === "" ? null : JSON.parse(text), catch: this.decodeError })
    )
  }
  get urlParamsBody() {
    return Effect.flatMap(
      this.text,
      (text) => Effect.try({ try: () => UrlParams.fromInput(new URLSearchParams(text)), catch: this.decodeError })
    )
  }
  get arrayBuffer() {
    return Effect.map(
      this.bytes,
      (bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
    )
  }
  get formData() {
    return Effect.flatMap(this.bytes, (bytes) =>
      Effect.tryPromise({
        try: () => new Response(new Uint8Array(bytes), { headers: this.headers }).formData(),
        catch: this.decodeError
      }))
  }
  toJSON() {
    return IncomingMessage.inspect(this, {
      _id: "@effect/platform/HttpClientResponse",
      request: this.request.toJSON(),
      status: this.status
    })
  }
}
var readBody = (source, limit) =>
  new Promise((resolve, reject) => {
    if (source.readableEnded || source.destroyed) {
      return reject(new Error("The body was already read, or its connection closed"))
    }
    const chunks = []
    let length = 0
    source.on("data", (chunk) => {
      length += chunk.length
      if (length > limit) {
        source.destroy()
        return reject(new Error(`The body is larger than the maximum of ${limit} bytes`))
      }
      chunks.push(chunk)
    })
    source.once("end", () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length)))
    source.once("error", reject)
    source.once("close", () => {
      if (!source.complete) reject(new Error("The connection closed before the end of the body"))
    })
  })

// scratch/probe6.ts
var t = JSON.parse(Fs.readFileSync("/tmp/pt.json", "utf8"))
var auth = "Basic " + Buffer.from(t.accountSid + ":" + t.authToken).toString("base64")
var c0 = process.cpuUsage()
var n = await Effect2.runPromise(
  Effect2.gen(function*() {
    const http = (yield* HttpClient3.HttpClient).pipe(HttpClient3.withScope)
    let url = `${t.url}/v1/Interactions/${t.datasets[0].interactionSid}/Channels?PageSize=1000`
    let n2 = 0
    while (url !== null) {
      const req = HttpClientRequest.get(url).pipe(
        HttpClientRequest.setHeaders({ authorization: auth, accept: "application/json" })
      )
      const text = yield* Effect2.scoped(Effect2.flatMap(http.execute(req), (r) => r.text))
      const json = JSON.parse(text)
      n2 += json.channels.length
      url = json.meta.next_page_url
    }
    return n2
  }).pipe(Effect2.provide(layer))
)
var c = process.cpuUsage(c0)
console.log(n, "cpu", (c.user + c.system) / 1e3)
