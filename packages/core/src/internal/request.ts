/**
 * One Flex API call on the wire: the request built with platform combinators, attempts under a
 * per-attempt timeout, the status matched, the body read within a bound, the retries as a
 * `Schedule`, and the result decoded, or a `FlexError`.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as HttpTraceContext from "@effect/platform/HttpTraceContext"
import type * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import { constTrue, identity } from "effect/Function"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Random from "effect/Random"
import * as Schedule from "effect/Schedule"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import {
  FlexApiError,
  FlexAuthenticationError,
  FlexDecodeError,
  type FlexError,
  FlexNotFound,
  FlexRateLimited,
  FlexTransportError
} from "../FlexError.js"
import type { ResolvedConfig } from "./config.js"
import type { Decoder } from "./decode.js"
import * as ErrorBody from "./errorBody.js"
import * as RetryAfter from "./retryAfter.js"
import * as Scrub from "./scrub.js"

/** A request, described before it is sent. */
export interface RequestSpec {
  readonly method: "GET" | "POST"
  /** Absolute URL on the configured origin. */
  readonly url: string
  readonly form?: Readonly<Record<string, string>> | undefined
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
}

type RetrySchedule = Schedule.Schedule<unknown, AttemptFailure>

/** Error bodies are read this far: enough for any Twilio error, never a download. */
const maxErrorBodyBytes = 64 * 1024

/** A response whose body was read (within its bound). */
interface ReadResponse {
  readonly status: number
  readonly headers: HttpClientResponse.HttpClientResponse["headers"]
  readonly body: string
}

/** Why an attempt did not produce a usable response; becomes a FlexError at the end. */
type AttemptFailure =
  | { readonly _tag: "Status"; readonly response: ReadResponse }
  | { readonly _tag: "TooLarge"; readonly status: number; readonly requestId: string | null; readonly bytes: string }
  | {
    readonly _tag: "Transport"
    readonly reason: FlexTransportError["reason"]
    readonly message: string
    /** False when sending again cannot help (a request that could not even be encoded). */
    readonly transient: boolean
  }

/**
 * The client's HttpClient: fixed headers and Basic auth added to every request, and the
 * platform's own `http.client` span turned off for it, since that span records response headers
 * and URLs as the server sent them (an echoed secret included); the client's own spans carry the
 * scrubbed equivalents. Requests are scoped: closing an attempt's scope aborts it.
 */
export const make = (config: ResolvedConfig, httpClient: HttpClient.HttpClient): Transport => {
  const headers: Record<string, string> = { accept: "application/json" }
  if (config.userAgent !== undefined) headers["user-agent"] = config.userAgent
  const credentials = config.credentials
  const http = httpClient.pipe(
    HttpClient.mapRequest((request) => {
      const withHeaders = HttpClientRequest.setHeaders(request, headers)
      return credentials === undefined
        ? withHeaders
        : HttpClientRequest.basicAuth(withHeaders, credentials.user, credentials.secret)
    }),
    // The platform propagates trace headers only from its own span: add them from the call's span.
    config.tracePropagation ? HttpClient.mapRequestEffect(withTraceHeaders) : identity,
    HttpClient.withTracerDisabledWhen(constTrue),
    HttpClient.withScope
  )
  return {
    config,
    http,
    scrub: Scrub.make(config.secrets),
    retry: { GET: retrySchedule(config, "GET"), POST: retrySchedule(config, "POST") }
  }
}

const withTraceHeaders = (request: HttpClientRequest.HttpClientRequest) =>
  Effect.map(
    Effect.option(Effect.currentSpan),
    (span) =>
      Option.isSome(span) ? HttpClientRequest.setHeaders(request, HttpTraceContext.toHeaders(span.value)) : request
  )

const requestIdOf = (headers: ReadResponse["headers"]): string | null => headers["twilio-request-id"] ?? null

const isRetryable = (failure: AttemptFailure, method: RequestSpec["method"]): boolean => {
  switch (failure._tag) {
    case "TooLarge":
      return false
    case "Transport":
      return failure.transient && method === "GET"
    case "Status": {
      const status = failure.response.status
      // 429 and 503 mean Twilio did not process the request, so even a POST can be sent again.
      return status === 429 || status === 503 || (status >= 500 && method === "GET")
    }
  }
}

/** Error codes of failures where the request never left: sending again is safe for any method. */
const notSentCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"])

const causeCode = (cause: unknown): string | undefined => {
  for (let current = cause, depth = 0; typeof current === "object" && current !== null && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === "string") return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

const transportFailure = (error: HttpClientError.HttpClientError, method: RequestSpec["method"]): AttemptFailure => {
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ""
  if (error._tag === "ResponseError") {
    return {
      _tag: "Transport",
      reason: "Body",
      message: `The response body could not be read${cause}`,
      transient: true
    }
  }
  if (error.reason !== "Transport") {
    return {
      _tag: "Transport",
      reason: "Connection",
      message: `The request could not be built${cause}`,
      transient: false
    }
  }
  const code = causeCode(error.cause)
  const message = code !== undefined && notSentCodes.has(code)
    ? `The request could not be sent${cause}`
    : method === "GET"
    ? `No usable response came back${cause}`
    : `No usable response came back; the request may have reached Twilio and been applied${cause}`
  return { _tag: "Transport", reason: "Connection", message, transient: true }
}

const concat = (chunks: ReadonlyArray<Uint8Array>, length: number): Uint8Array => {
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

interface BodyRead {
  readonly bytes: number
  readonly chunks: Array<Uint8Array>
}

/**
 * Reads a body up to `limit` bytes, stopping the download (and so the connection) beyond it:
 * `undefined` when the body is larger. A declared `Content-Length` above the limit is refused
 * before anything is read.
 */
const readBounded = (
  response: HttpClientResponse.HttpClientResponse,
  limit: number
): Effect.Effect<{ readonly text: string; readonly complete: boolean }, HttpClientError.ResponseError> => {
  const declared = response.headers["content-length"]
  const length = declared === undefined ? Number.NaN : Number(declared)
  if (length > limit) return Effect.succeed({ text: "", complete: false })
  // A declared length is enforced by the HTTP parser, so reading it whole is bounded, unless a
  // content coding makes the decoded body longer than what was declared.
  if (Number.isSafeInteger(length) && response.headers["content-encoding"] === undefined) {
    return Effect.map(response.text, (text) => ({ text, complete: true }))
  }
  return Stream.runFoldWhile(
    response.stream,
    { bytes: 0, chunks: [] } as BodyRead,
    (read) => read.bytes <= limit,
    (read, chunk) => {
      read.chunks.push(chunk)
      return { bytes: read.bytes + chunk.length, chunks: read.chunks }
    }
  ).pipe(Effect.map((read) => {
    const complete = read.bytes <= limit
    const bytes = concat(read.chunks, read.bytes)
    return { text: new TextDecoder().decode(complete ? bytes : bytes.subarray(0, limit)), complete }
  }))
}

/** One attempt: send, match the status, read the body within its bound. */
const attempt = (
  transport: Transport,
  request: HttpClientRequest.HttpClientRequest,
  method: RequestSpec["method"]
): Effect.Effect<ReadResponse, AttemptFailure, Scope.Scope> =>
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
        readBounded(response, ok ? transport.config.maxResponseBytes : maxErrorBodyBytes),
        ({ complete, text }): ReadResponse | AttemptFailure => {
          if (ok && !complete) {
            return {
              _tag: "TooLarge",
              status: response.status,
              requestId: requestIdOf(response.headers),
              bytes: response.headers["content-length"] ?? `more than ${transport.config.maxResponseBytes}`
            }
          }
          return { status: response.status, headers: response.headers, body: text }
        }
      )
    }),
    Effect.mapError((error) => transportFailure(error, method)),
    Effect.flatMap((result) =>
      "_tag" in result
        ? Effect.fail(result)
        : result.status >= 200 && result.status < 300
        ? Effect.succeed(result)
        : Effect.fail<AttemptFailure>({ _tag: "Status", response: result })
    )
  )

const timeoutFailure = (timeout: Duration.Duration): AttemptFailure => ({
  _tag: "Transport",
  reason: "Timeout",
  transient: true,
  message: `No complete response within ${Duration.format(timeout)}`
})

/** The live clock schedules with real timers; a TestClock (no `scheduler`) drives its own sleeps. */
const isLiveClock = (clock: Clock.Clock): boolean => "scheduler" in clock

/**
 * Runs an attempt in its own scope under the timeout. With the live clock the timeout is a plain
 * timer that aborts the request by closing the scope (no fiber is forked per request); under any
 * other clock (a TestClock) it is `Effect.timeoutFail`, so tests control time.
 */
const timed = <A>(
  timeout: Duration.Duration,
  effect: Effect.Effect<A, AttemptFailure, Scope.Scope>
): Effect.Effect<A, AttemptFailure> =>
  Effect.flatMap(Scope.make(), (scope) =>
    Effect.clockWith((clock) => {
      const attempt = Scope.extend(effect, scope)
      if (!isLiveClock(clock)) {
        return Effect.timeoutFail(attempt, { duration: timeout, onTimeout: () => timeoutFailure(timeout) })
      }
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        Effect.runFork(Scope.close(scope, Exit.void))
      }, Duration.toMillis(timeout))
      return attempt.pipe(
        Effect.mapError((failure) => (timedOut ? timeoutFailure(timeout) : failure)),
        Effect.ensuring(Effect.sync(() => clearTimeout(timer)))
      )
    }).pipe(
      // Closing the scope aborts the request. A response read to its end needs no abort (and an
      // abort costs a DOMException with its stack): only a failed or interrupted attempt closes it.
      Effect.onExit((exit) => Exit.isSuccess(exit) ? Effect.void : Scope.close(scope, exit))
    ))

/** Full-jitter exponential backoff, or the server's valid `Retry-After` (capped). */
const delayOf = (config: ResolvedConfig, failure: AttemptFailure, retry: number): Effect.Effect<number> =>
  Effect.gen(function*() {
    if (failure._tag === "Status") {
      const retryAfter = RetryAfter.parse(
        failure.response.headers["retry-after"],
        yield* Effect.clockWith((clock) => clock.currentTimeMillis)
      )
      if (retryAfter !== undefined) return Math.min(retryAfter, config.retry.maxRetryAfterMillis)
    }
    const ceiling = Math.min(config.retry.maxDelayMillis, config.retry.baseDelayMillis * 2 ** retry)
    return Math.floor((yield* Random.next) * ceiling)
  })

/** The retry rules of a method, built once per client. */
const retrySchedule = (config: ResolvedConfig, method: RequestSpec["method"]): RetrySchedule =>
  Schedule.recurWhile((failure: AttemptFailure) => isRetryable(failure, method)).pipe(
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

const fallbackMessage = (response: ReadResponse): string => {
  const contentType = response.headers["content-type"]?.split(";")[0]?.trim()
  const what = contentType === undefined || contentType === "" ? "an empty or untyped body" : `a ${contentType} body`
  return `Twilio answered HTTP ${response.status} with ${what} instead of a JSON error`
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The FlexError of the last failed attempt (scrubbed later, at the call's boundary). */
const toFlexError = (spec: RequestSpec, failure: AttemptFailure, attempts: number, nowMillis: number): FlexError => {
  switch (failure._tag) {
    case "Transport":
      return new FlexTransportError({
        reason: failure.reason,
        message: failure.message,
        method: spec.method,
        url: spec.url,
        attempts
      })
    case "TooLarge":
      return new FlexDecodeError({
        message: `The response body (${failure.bytes} bytes) exceeds maxResponseBytes; it was not read`,
        issue: null,
        method: spec.method,
        url: spec.url,
        status: failure.status,
        requestId: failure.requestId
      })
    case "Status": {
      const { response } = failure
      const body = ErrorBody.read(parseJson(response.body))
      const fields = {
        status: response.status,
        code: body?.code ?? null,
        message: body?.message ?? fallbackMessage(response),
        moreInfo: body?.moreInfo ?? null,
        details: body?.details ?? null,
        requestId: requestIdOf(response.headers),
        method: spec.method,
        url: spec.url,
        attempts
      }
      switch (response.status) {
        case 401:
        case 403:
          return new FlexAuthenticationError(fields)
        case 404:
          return new FlexNotFound(fields)
        case 429:
          return new FlexRateLimited({
            ...fields,
            retryAfterMillis: RetryAfter.parse(response.headers["retry-after"], nowMillis) ?? null
          })
        default:
          return new FlexApiError(fields)
      }
    }
  }
}

const decodeBody = <A>(
  spec: RequestSpec,
  decoder: Decoder<A>,
  response: ReadResponse
): Either.Either<Decoded<A>, FlexDecodeError> => {
  const requestId = requestIdOf(response.headers)
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
    json = JSON.parse(response.body)
  } catch (error) {
    return fail("The response is not JSON", error instanceof Error ? error.message : String(error))
  }
  const decoded = decoder(json)
  return Either.isRight(decoded)
    ? Either.right({ value: decoded.right, requestId })
    : fail("The response does not match the documented shape", ParseResult.TreeFormatter.formatIssueSync(decoded.left))
}

/**
 * Sends a request with the client's retry rules and decodes the answer. Errors are not yet
 * scrubbed: the public call that runs this scrubs them (see ./scrub.ts).
 */
export const execute = <A>(
  transport: Transport,
  spec: RequestSpec,
  decoder: Decoder<A>
): Effect.Effect<Decoded<A>, FlexError> =>
  Effect.suspend(() => {
    let request = spec.method === "GET" ? HttpClientRequest.get(spec.url) : HttpClientRequest.post(spec.url)
    if (spec.form !== undefined) request = HttpClientRequest.bodyUrlParams(request, spec.form)
    let attempts = 0
    const once = Effect.suspend(() => {
      attempts++
      return timed(transport.config.timeout, attempt(transport, request, spec.method))
    })
    return once.pipe(
      Effect.retry(transport.retry[spec.method]),
      Effect.flatMap((response) => decodeBody(spec, decoder, response)),
      Effect.catchIf(
        (failure): failure is AttemptFailure => !(failure instanceof FlexDecodeError),
        (failure) =>
          Effect.flatMap(
            Effect.clockWith((clock) => clock.currentTimeMillis),
            (now) => Effect.fail(toFlexError(spec, failure, attempts, now))
          )
      )
    )
  })
