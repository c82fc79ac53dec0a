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
import * as Option from "effect/Option"
import * as Http from "node:http"

export const make = (agent: Http.Agent): HttpClient.HttpClient =>
  HttpClient.make((request, url, signal) =>
    Effect.async<Response, HttpClientError.RequestError>((resume) => {
      const req = Http.request(url, { agent, method: request.method, headers: request.headers, signal })
      req.on("error", (cause) =>
        resume(Effect.fail(new HttpClientError.RequestError({ request, reason: "Transport", cause }))))
      req.on("response", (res) =>
        resume(Effect.succeed(new Response(request, res))))
      const body = request.body
      req.end(body._tag === "Uint8Array" || body._tag === "Raw" ? body.body as any : undefined)
    })
  )

const noop = () => {}
class Response extends Inspectable.Class implements HttpClientResponse.HttpClientResponse {
  readonly [IncomingMessage.TypeId]: IncomingMessage.TypeId = IncomingMessage.TypeId
  readonly [HttpClientResponse.TypeId]: HttpClientResponse.TypeId = HttpClientResponse.TypeId
  constructor(readonly request: HttpClientRequest.HttpClientRequest, readonly source: Http.IncomingMessage) {
    super()
    source.on("error", noop)
  }
  get status() {
    return this.source.statusCode!
  }
  private cachedHeaders: Headers.Headers | undefined
  get headers() {
    return this.cachedHeaders ??= Headers.fromInput(this.source.headers as any)
  }
  get cookies() {
    const h = this.source.headers["set-cookie"]
    return h === undefined ? Cookies.empty : Cookies.fromSetCookie(h)
  }
  get remoteAddress() {
    return Option.none()
  }
  private decodeError = (cause: unknown) =>
    new HttpClientError.ResponseError({ request: this.request, response: this, reason: "Decode", cause })
  get stream() {
    return NodeStream.fromReadable(() => this.source, this.decodeError)
  }
  private body: Promise<Buffer> | undefined
  get text(): Effect.Effect<string, HttpClientError.ResponseError> {
    return Effect.async((resume) => {
      ;(this.body ??= new Promise((ok, ko) => {
        const chunks: Array<Buffer> = []
        let len = 0
        this.source.on("data", (c: Buffer) => {
          chunks.push(c)
          len += c.length
        })
        this.source.on("end", () => ok(Buffer.concat(chunks, len)))
        this.source.on("error", ko)
      })).then((b) => resume(Effect.succeed(b.toString("utf8"))), (e) => resume(Effect.fail(this.decodeError(e))))
    })
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
  get formData(): any {
    return Effect.die("no")
  }
  get arrayBuffer(): any {
    return Effect.die("no")
  }
  toJSON() {
    return { _id: "@effect/platform/HttpClientResponse", status: this.status }
  }
}
