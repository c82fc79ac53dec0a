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
import type * as Undici from "undici"

export const make = (dispatcher: Undici.Dispatcher): HttpClient.HttpClient =>
  process.env.LEAN === "2" ?
    HttpClient.makeWith(
      (eff) => Effect.flatMap(eff, (request) => send(dispatcher, request, new URL(request.url), undefined as any)),
      Effect.succeed
    ) :
    HttpClient.make((request, url, signal) => send(dispatcher, request, url, signal))
const send = (
  dispatcher: Undici.Dispatcher,
  request: HttpClientRequest.HttpClientRequest,
  url: URL,
  signal: AbortSignal
) =>
  Effect.async<Response, HttpClientError.RequestError>((resume) => {
    dispatcher.request({
      signal,
      method: request.method,
      headers: request.headers,
      origin: url.origin,
      path: url.pathname + url.search + url.hash,
      body: request.body._tag === "Uint8Array" || request.body._tag === "Raw" ? request.body.body as any : null,
      headersTimeout: 60 * 60 * 1000,
      bodyTimeout: 0
    }, (error, data) => {
      if (error) resume(Effect.fail(new HttpClientError.RequestError({ request, reason: "Transport", cause: error })))
      else resume(Effect.succeed(new Response(request, data)))
    })
  })

const noop = () => {}
class Response extends Inspectable.Class implements HttpClientResponse.HttpClientResponse {
  readonly [IncomingMessage.TypeId]: IncomingMessage.TypeId = IncomingMessage.TypeId
  readonly [HttpClientResponse.TypeId]: HttpClientResponse.TypeId = HttpClientResponse.TypeId
  constructor(readonly request: HttpClientRequest.HttpClientRequest, readonly source: Undici.Dispatcher.ResponseData) {
    super()
    source.body.on("error", noop)
  }
  get status() {
    return this.source.statusCode
  }
  private cachedHeaders: Headers.Headers | undefined
  get headers() {
    return this.cachedHeaders ??= Headers.fromInput(this.source.headers as any)
  }
  get cookies() {
    const h = this.source.headers["set-cookie"]
    return h === undefined ? Cookies.empty : Cookies.fromSetCookie(Array.isArray(h) ? h : [h])
  }
  get remoteAddress() {
    return Option.none()
  }
  private decodeError = (cause: unknown) =>
    new HttpClientError.ResponseError({ request: this.request, response: this, reason: "Decode", cause })
  get stream() {
    return NodeStream.fromReadable(() => this.source.body, this.decodeError)
  }
  private textPromise: Promise<string> | undefined
  get text(): Effect.Effect<string, HttpClientError.ResponseError> {
    return Effect.async((resume) => {
      ;(this.textPromise ??= this.source.body.text()).then(
        (text) => resume(Effect.succeed(text)),
        (e) => resume(Effect.fail(this.decodeError(e)))
      )
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
  get formData() {
    return Effect.tryPromise({ try: () => this.source.body.formData() as any, catch: this.decodeError })
  }
  get arrayBuffer() {
    return Effect.tryPromise({ try: () => this.source.body.arrayBuffer(), catch: this.decodeError })
  }
  toJSON() {
    return { _id: "@effect/platform/HttpClientResponse", status: this.status }
  }
}
