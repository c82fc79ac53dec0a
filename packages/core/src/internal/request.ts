/**
 * One Flex API call on the wire: the request built with platform combinators, attempts under a
 * per-attempt timeout, the status matched, the body read within a bound, the retries as a
 * `Schedule`, and the result decoded, or a `FlexError`.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpTraceContext from "@effect/platform/HttpTraceContext"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { constTrue, identity } from "effect/Function"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Random from "effect/Random"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import * as Tracer from "effect/Tracer"
import { FlexDecodeError, type FlexError } from "../FlexError.js"
import * as Body from "./body.js"
import type { ResolvedConfig } from "./config.js"
import type { Decoder } from "./decode.js"
import * as ErrorBody from "./errorBody.js"
import * as Failure from "./failure.js"
import * as Governor from "./governor.js"
import * as Json from "./json.js"
import * as RetryAfter from "./retryAfter.js"
import * as Scrub from "./scrub.js"
import * as Timeout from "./timeout.js"

/** The body of a request: a form (most of the API) or a JSON document (transfers). */
export type RequestBody =
  | { readonly _tag: "Form"; readonly fields: Readonly<Record<string, string>> }
  | { readonly _tag: "Json"; readonly value: unknown }

/** A request, described before it is sent. */
export interface RequestSpec {
  /** The operation, as metrics name it: `channels.fetch`, `interactionChannels.fetchPage`… */
  readonly operation: string
  readonly method: "GET" | "POST" | "DELETE"
  /** Absolute URL on the configured origin. */
  readonly url: string
  readonly body?: RequestBody | undefined
}

/** The decoded body with the request id. */
export interface Decoded<A> {
  readonly value: A
  readonly requestId: string | null
}

/** What every call of one client shares. */
export interface Transport {
  readonly config: ResolvedConfig
  /** The application's HttpClient with this client's headers and credentials. */
  readonly http: HttpClient.HttpClient.With<HttpClientError.HttpClientError, Scope.Scope>
  readonly scrub: Scrub.Scrubber
  readonly retry: { readonly [method in RequestSpec["method"]]: RetrySchedule }
  readonly governor: Governor.Governor
}

type RetrySchedule = Schedule.Schedule<unknown, Failure.AttemptFailure>

/** Error bodies are read this far: enough for any Twilio error, never a download. */
const maxErrorBodyBytes = 64 * 1024

/**
 * The client's HttpClient: fixed headers and Basic auth added to every request, and the
 * platform's own `http.client` span turned off for it, since that span records response headers
 * and URLs as the server sent them (an echoed secret included); the client's own spans carry the
 * scrubbed equivalents. Requests are scoped: closing an attempt's scope aborts it.
 */
export const make = (config: ResolvedConfig, httpClient: HttpClient.HttpClient): Transport => {
  // Built once: `basicAuth` encodes the credentials on a template request, and every request gets
  // the same headers in one step.
  const credentials = config.credentials
  const template = HttpClientRequest.get("").pipe(
    HttpClientRequest.setHeaders({ accept: "application/json" }),
    config.userAgent === undefined ? identity : HttpClientRequest.setHeader("user-agent", config.userAgent),
    credentials === undefined ? identity : HttpClientRequest.basicAuth(credentials.user, credentials.secret)
  )
  const headers = { ...template.headers }
  const http = httpClient.pipe(
    HttpClient.mapRequest(HttpClientRequest.setHeaders(headers)),
    // The platform propagates trace headers only from its own span: add them from the call's span.
    config.tracePropagation ? HttpClient.mapRequestEffect(withTraceHeaders) : identity,
    HttpClient.withTracerDisabledWhen(constTrue),
    HttpClient.withScope
  )
  return {
    config,
    http,
    scrub: Scrub.make(config.secrets),
    governor: Governor.make(config),
    retry: {
      GET: retrySchedule(config, "GET"),
      POST: retrySchedule(config, "POST"),
      DELETE: retrySchedule(config, "DELETE")
    }
  }
}

// The call's span: a `Span`, as with `Effect.currentSpan` (`toHeaders` reads its parent).
const withTraceHeaders = (request: HttpClientRequest.HttpClientRequest) =>
  Effect.map(
    Effect.serviceOption(Tracer.ParentSpan),
    (span) =>
      Option.isSome(span) && span.value._tag === "Span"
        ? HttpClientRequest.setHeaders(request, HttpTraceContext.toHeaders(span.value))
        : request
  )

/** One attempt: send, match the status, read the body within its bound. */
const attempt = (
  transport: Transport,
  request: HttpClientRequest.HttpClientRequest,
  method: RequestSpec["method"]
): Effect.Effect<Failure.ReadResponse, Failure.AttemptFailure, Scope.Scope> =>
  transport.http.execute(request).pipe(
    // An HttpClient given by the application may report non-2xx as errors (`filterStatusOk`):
    // the response is still there, and gets the same mapping (404, 429 retries, …).
    Effect.catchIf(
      (error): error is HttpClientError.ResponseError =>
        error._tag === "ResponseError" && error.reason === "StatusCode",
      (error) => Effect.succeed(error.response)
    ),
    Effect.flatMap((response) => {
      const ok = response.status >= 200 && response.status < 300
      return Effect.map(
        Body.readBounded(response, ok ? transport.config.maxResponseBytes : maxErrorBodyBytes),
        ({ complete, text }): Failure.ReadResponse | Failure.AttemptFailure => {
          if (ok && !complete) {
            return {
              _tag: "TooLarge",
              status: response.status,
              requestId: Failure.requestIdOf(response.headers),
              bytes: response.headers["content-length"] ?? `more than ${transport.config.maxResponseBytes}`
            }
          }
          return { status: response.status, headers: response.headers, body: text }
        }
      )
    }),
    Effect.mapError((error) => Failure.transportFailure(error, method)),
    Effect.flatMap((result) =>
      "_tag" in result
        ? Effect.fail(result)
        : result.status >= 200 && result.status < 300
        ? Effect.succeed(result)
        : Effect.fail<Failure.AttemptFailure>({ _tag: "Status", response: result })
    )
  )

/** Twilio's code for a request over an endpoint's rate (Flex Interactions: about 20 a second). */
const endpointRateCode = 45780

const succeeded: Governor.Outcome = { _tag: "Success" }
const otherwise: Governor.Outcome = { _tag: "Other" }

/**
 * Counts an attempt, and says what it tells the governor: 429 and 503 were not processed, and
 * slow everyone down.
 */
const outcomeOf = (
  operation: string,
  retry: boolean,
  exit:
    | { readonly _tag: "Success"; readonly value: Failure.ReadResponse }
    | { readonly _tag: "Failure"; readonly error: Failure.AttemptFailure }
): Governor.Outcome => {
  const response = exit._tag === "Success"
    ? exit.value
    : exit.error._tag === "Status"
    ? exit.error.response
    : undefined
  Governor.countAttempt(operation, response === undefined ? "transport" : String(response.status), retry)
  if (exit._tag === "Success") return succeeded
  if (response?.status === 429 || response?.status === 503) {
    return {
      _tag: "RateLimited",
      retryAfter: response.headers["retry-after"],
      endpointRate: response.status === 429 && ErrorBody.fromText(response.body)?.code === endpointRateCode
    }
  }
  return otherwise
}

/** Full-jitter exponential backoff, or the server's valid `Retry-After` (capped). */
const delayOf = (config: ResolvedConfig, failure: Failure.AttemptFailure, retry: number): Effect.Effect<number> =>
  Effect.clockWith((clock) => {
    const retryAfter = failure._tag === "Status"
      ? RetryAfter.parse(failure.response.headers["retry-after"], clock.unsafeCurrentTimeMillis())
      : undefined
    if (retryAfter !== undefined) return Effect.succeed(Math.min(retryAfter, config.retry.maxRetryAfterMillis))
    const ceiling = Math.min(config.retry.maxDelayMillis, config.retry.baseDelayMillis * 2 ** retry)
    return Effect.map(Random.next, (random) => Math.floor(random * ceiling))
  })

/** The retry rules of a method, built once per client. */
const retrySchedule = (config: ResolvedConfig, method: RequestSpec["method"]): RetrySchedule =>
  Schedule.recurWhile((failure: Failure.AttemptFailure) => Failure.isRetryable(failure, method)).pipe(
    Schedule.intersect(Schedule.recurs(config.retry.maxAttempts - 1)),
    Schedule.addDelayEffect(([failure, retry]) =>
      Effect.tap(delayOf(config, failure, retry), (delay) =>
        Effect.logDebug("effect-flex: retrying").pipe(
          Effect.annotateLogs({
            method,
            attempt: retry + 1,
            delayMillis: delay,
            failure: failure._tag === "Status" ? `HTTP ${failure.response.status}` : failure._tag
          })
        ))
    )
  )

const decodeBody = <A>(
  spec: RequestSpec,
  decoder: Decoder<A>,
  response: Failure.ReadResponse
): Either.Either<Decoded<A>, FlexDecodeError> => {
  const requestId = Failure.requestIdOf(response.headers)
  const fail = (summary: string, issue: string) =>
    Either.left(
      new FlexDecodeError({
        message: `${summary}: ${issue}`,
        issue,
        method: spec.method,
        url: spec.url,
        status: response.status,
        requestId
      })
    )
  let json: unknown
  try {
    json = Json.parse(response.body)
  } catch (error) {
    return fail("The response is not JSON", error instanceof Error ? error.message : String(error))
  }
  const decoded = decoder(json)
  return Either.isRight(decoded)
    ? Either.right({ value: decoded.right, requestId })
    : fail("The response does not match the documented shape", ParseResult.TreeFormatter.formatIssueSync(decoded.left))
}

/** The request of a spec, built with platform's combinators. */
const toRequest = (spec: RequestSpec): HttpClientRequest.HttpClientRequest => {
  const request = HttpClientRequest.make(spec.method)(spec.url)
  const body = spec.body
  if (body === undefined) return request
  // The JSON value was copied and checked as plain JSON before (see ./input.ts): it serialises.
  return body._tag === "Form"
    ? HttpClientRequest.bodyUrlParams(request, body.fields)
    : HttpClientRequest.bodyUnsafeJson(request, body.value)
}

/**
 * What a call reads from a successful response: a JSON record decoded, or nothing (a `204 No
 * Content`, such as a delete's; any body a server sends anyway is read within the bound and
 * ignored).
 */
export type Expect<A> = Decoder<A> | "NoContent"

/**
 * Sends a request with the client's retry rules and decodes the answer. Errors are not yet
 * scrubbed: the public call that runs this scrubs them (see ./scrub.ts).
 */
export const execute = <A>(
  transport: Transport,
  spec: RequestSpec,
  decoder: Expect<A>
): Effect.Effect<Decoded<A>, FlexError> =>
  Effect.suspend(() => {
    const request = toRequest(spec)
    const family: Governor.Family = spec.url.startsWith(`${transport.config.origin}/v1/Interactions`)
      ? "interactions"
      : "channels"
    let attempts = 0
    const once = Effect.suspend(() => {
      const retry = ++attempts > 1
      return transport.governor.run(
        family,
        spec.operation,
        Timeout.timed(
          transport.config.timeout,
          attempt(transport, request, spec.method),
          () => Failure.timeoutFailure(transport.config.timeout)
        ),
        (exit) => outcomeOf(spec.operation, retry, exit)
      )
    })
    return once.pipe(
      Effect.retry(transport.retry[spec.method]),
      Effect.flatMap((response) =>
        decoder === "NoContent"
          ? Effect.succeed({ value: undefined as A, requestId: Failure.requestIdOf(response.headers) })
          : decodeBody(spec, decoder, response)
      ),
      Effect.catchIf(
        (failure): failure is Failure.AttemptFailure => !(failure instanceof FlexDecodeError),
        (failure) =>
          Effect.clockWith((clock) =>
            Effect.fail(Failure.toFlexError(spec, failure, attempts, clock.unsafeCurrentTimeMillis()))
          )
      )
    )
  })
