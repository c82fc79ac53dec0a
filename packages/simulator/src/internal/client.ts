import * as HttpApp from "@effect/platform/HttpApp"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Chunk from "effect/Chunk"
import type * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as FiberRef from "effect/FiberRef"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import * as Stream from "effect/Stream"
import type * as FlexSimulator from "../FlexSimulator.js"
import { ConnectionDropped, defaultTransport, Transport } from "./transport.js"

/** Chunks of a streamed request body, joined. */
const concat = (chunks: ReadonlyArray<Uint8Array>): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

/** The live clock, as core's timeout tells it from a TestClock (which has no scheduler). */
const isLiveClock = (clock: Clock.Clock): boolean => "scheduler" in clock

/**
 * The origin the in-process simulator answers on (see `FlexSimulator.origin`). `.invalid` is
 * reserved (RFC 2606, RFC 6761): it never resolves, so it can never be a real host.
 *
 * @internal
 */
export const origin = "http://flex-simulator.invalid"

const requestBody = (
  request: HttpClientRequest.HttpClientRequest
): Effect.Effect<BodyInit | undefined, HttpClientError.RequestError> => {
  const body = request.body
  switch (body._tag) {
    case "Empty":
      return Effect.succeed(undefined)
    case "Uint8Array":
      return Effect.succeed(body.body as BodyInit)
    case "Raw":
      return Effect.succeed(body.body as BodyInit)
    case "FormData":
      return Effect.succeed(body.formData)
    case "Stream":
      return body.stream.pipe(
        Stream.runCollect,
        Effect.map((chunks): BodyInit => concat(Chunk.toReadonlyArray(chunks)) as BodyInit),
        Effect.mapError((cause) => new HttpClientError.RequestError({ request, reason: "Encode", cause }))
      )
  }
}

/**
 * Under the live clock, the client times out an attempt by aborting its signal: the app is raced
 * against it, as a server's response would be by a closed socket. Under a TestClock the client
 * interrupts the attempt itself, and the app stays in the caller's fiber (deterministic tests).
 */
const abortable = <A, E, R>(
  effect: Effect.Effect<A, E, R>,
  request: HttpClientRequest.HttpClientRequest,
  signal: AbortSignal
): Effect.Effect<A, E | HttpClientError.RequestError, R> =>
  Effect.clockWith((clock) =>
    isLiveClock(clock)
      ? Effect.raceFirst(
        effect,
        Effect.async<never, HttpClientError.RequestError>((resume) => {
          const onAbort = () =>
            resume(Effect.fail(
              new HttpClientError.RequestError({ request, reason: "Transport", cause: signal.reason })
            ))
          if (signal.aborted) return onAbort()
          signal.addEventListener("abort", onAbort, { once: true })
          return Effect.sync(() => signal.removeEventListener("abort", onAbort))
        })
      )
      : effect
  )

/**
 * The app's response with the headers its middleware adds on the way out (CORS), as a server
 * applies them: in the caller's fiber, from a fresh set of handlers.
 */
const withPreResponseHandlers = (app: HttpApp.Default, request: HttpServerRequest.HttpServerRequest) =>
  Effect.locally(
    Effect.flatMap(app, (response) =>
      Effect.flatMap(FiberRef.get(HttpApp.currentPreResponseHandlers), (handler) =>
        Option.isNone(handler) ?
          Effect.succeed(response) :
          Effect.orElseSucceed(handler.value(request, response), () =>
            response))),
    HttpApp.currentPreResponseHandlers,
    Option.none()
  )

/**
 * Runs the app in the caller's fiber: the caller's clock, random and interruption apply.
 *
 * @internal
 */
export const make = (app: HttpApp.Default): HttpClient.HttpClient =>
  HttpClient.make((request, url, signal) =>
    Effect.gen(function*() {
      const body = request.method === "GET" || request.method === "HEAD" ? undefined : yield* requestBody(request)
      const webRequest = yield* Effect.try({
        try: () =>
          new Request(url.toString(), {
            method: request.method,
            headers: new Headers(request.headers as Record<string, string>),
            body: body ?? null,
            signal
          }),
        catch: (cause) => new HttpClientError.RequestError({ request, reason: "Transport", cause })
      })
      const dropped = yield* Ref.make(false)
      const transport: FlexSimulator.Transport = {
        dropConnection: () => Effect.as(Ref.set(dropped, true), HttpServerResponse.empty({ status: 502 })),
        dropMidBody: defaultTransport.dropMidBody
      }
      const serverRequest = HttpServerRequest.fromWeb(webRequest)
      const response = yield* abortable(
        withPreResponseHandlers(app, serverRequest).pipe(
          Effect.provideService(HttpServerRequest.HttpServerRequest, serverRequest),
          Effect.provideService(Transport, transport)
        ),
        request,
        signal
      )
      if (yield* Ref.get(dropped)) {
        return yield* Effect.fail(
          new HttpClientError.RequestError({
            request,
            reason: "Transport",
            cause: new ConnectionDropped({ stage: "beforeResponse" }),
            description: "connection lost before a response (simulated)"
          })
        )
      }
      const runtime = yield* Effect.runtime<never>()
      return HttpClientResponse.fromWeb(
        request,
        HttpServerResponse.toWeb(response, { runtime, withoutBody: request.method === "HEAD" })
      )
    })
  )
