import * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Random from "effect/Random"
import * as Redacted from "effect/Redacted"
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

/** A request, described before it is sent. */
export interface RequestSpec {
  readonly method: "GET" | "POST"
  /** Absolute URL on the configured origin. */
  readonly url: string
  readonly form?: Readonly<Record<string, string>> | undefined
}

/** A response read in full within one attempt. */
interface RawResponse {
  readonly status: number
  readonly headers: Headers.Headers
  readonly text: string
}

/** Why an attempt did not produce a usable response; turned into a FlexError at the end. */
type AttemptFailure =
  | { readonly _tag: "Status"; readonly response: RawResponse }
  | {
    readonly _tag: "Transport"
    readonly reason: FlexTransportError["reason"]
    readonly message: string
    /** False when sending again cannot help (a request that could not even be encoded). */
    readonly transient: boolean
  }

/** The decoded body with the request id, for spans and pages. */
export interface Decoded<A> {
  readonly value: A
  readonly requestId: string | null
}

/** Executes Flex API requests: auth, timeout, retries, status mapping, decoding. */
export interface Executor {
  readonly execute: <A>(spec: RequestSpec, decoder: Decoder<A>) => Effect.Effect<Decoded<A>, FlexError>
  /** Scrubs every secret of this client from a text. */
  readonly scrub: (text: string) => string
}

const readResponse = (response: HttpClientResponse.HttpClientResponse) =>
  Effect.map(response.text, (text): RawResponse => ({ status: response.status, headers: response.headers, text }))

const isStatusCodeError = (error: HttpClientError.HttpClientError): error is HttpClientError.ResponseError =>
  error._tag === "ResponseError" && error.reason === "StatusCode"

const withAuthorization = (names: ReadonlyArray<string | RegExp>): ReadonlyArray<string | RegExp> =>
  names.includes("authorization") ? names : [...names, "authorization"]

const requestIdOf = (headers: Headers.Headers): string | null => headers["twilio-request-id"] ?? null

const isRetryable = (failure: AttemptFailure, method: RequestSpec["method"]): boolean => {
  if (failure._tag === "Transport") return failure.transient && method === "GET"
  const status = failure.response.status
  // 429 and 503 mean Twilio did not process the request, so even a POST can be sent again.
  if (status === 429 || status === 503) return true
  return status >= 500 && method === "GET"
}

/** `Retry-After` in milliseconds: delta-seconds or an HTTP date; `undefined` when absent or unreadable. */
export const parseRetryAfter = (value: string | undefined, nowMillis: number): number | undefined => {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMillis)
}

const transportFailure = (error: HttpClientError.HttpClientError): AttemptFailure => {
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ""
  if (error._tag === "ResponseError") {
    return {
      _tag: "Transport",
      reason: "Body",
      message: `The response body could not be read${cause}`,
      transient: true
    }
  }
  return {
    _tag: "Transport",
    reason: "Connection",
    message: `The request could not be sent${cause}`,
    transient: error.reason === "Transport"
  }
}

interface TwilioErrorBody {
  readonly code: number | null
  readonly message: string | null
  readonly moreInfo: string | null
  readonly details: unknown
}

const parseErrorBody = (text: string): TwilioErrorBody | undefined => {
  try {
    const json: unknown = JSON.parse(text)
    if (typeof json !== "object" || json === null || Array.isArray(json)) return undefined
    const body = json as Record<string, unknown>
    return {
      code: typeof body.code === "number" ? body.code : null,
      message: typeof body.message === "string" ? body.message : null,
      moreInfo: typeof body.more_info === "string" ? body.more_info : null,
      details: body.details ?? null
    }
  } catch {
    return undefined
  }
}

const fallbackMessage = (response: RawResponse): string => {
  const contentType = response.headers["content-type"]?.split(";")[0]?.trim()
  const what = contentType === undefined || contentType === "" ? "an empty or untyped body" : `a ${contentType} body`
  return `Twilio answered HTTP ${response.status} with ${what} instead of a JSON error`
}

/** Makes the executor of a client. */
export const makeExecutor = (config: ResolvedConfig, httpClient: HttpClient.HttpClient): Executor => {
  const secrets = config.secrets.filter((secret) => secret.length > 0)
  const scrub = (text: string): string => secrets.reduce((acc, secret) => acc.split(secret).join("[REDACTED]"), text)

  const baseHeaders: Record<string, string> = { accept: "application/json" }
  if (config.userAgent !== undefined) baseHeaders["user-agent"] = config.userAgent
  const client = httpClient.pipe(HttpClient.withTracerPropagation(config.tracePropagation))

  const buildRequest = (spec: RequestSpec): HttpClientRequest.HttpClientRequest => {
    let request = spec.method === "GET" ? HttpClientRequest.get(spec.url) : HttpClientRequest.post(spec.url)
    request = HttpClientRequest.setHeaders(request, baseHeaders)
    if (config.authorization !== undefined) {
      request = HttpClientRequest.setHeader(request, "authorization", Redacted.value(config.authorization))
    }
    if (spec.form !== undefined) request = HttpClientRequest.bodyUrlParams(request, spec.form)
    return request
  }

  const attemptOnce = (request: HttpClientRequest.HttpClientRequest): Effect.Effect<RawResponse, AttemptFailure> =>
    client.execute(request).pipe(
      // The HttpClient's span records request headers, redacting the names in this list: make sure
      // Authorization is in it, whatever the application set.
      Effect.locallyWith(Headers.currentRedactedNames, withAuthorization),
      Effect.flatMap(readResponse),
      // An HttpClient given by the application may report non-2xx as errors (`filterStatusOk`):
      // the response is still there, and gets the same mapping (404, 429 retries, …).
      Effect.catchIf(isStatusCodeError, (error) => readResponse(error.response)),
      Effect.mapError(transportFailure),
      Effect.timeoutFail({
        duration: config.timeout,
        onTimeout: (): AttemptFailure => ({
          _tag: "Transport",
          reason: "Timeout",
          transient: true,
          message: `No complete response within ${Duration.format(config.timeout)}`
        })
      }),
      Effect.flatMap((response) =>
        response.status >= 200 && response.status < 300
          ? Effect.succeed(response)
          : Effect.fail<AttemptFailure>({ _tag: "Status", response })
      )
    )

  const backoff = (failure: AttemptFailure, retry: number): Effect.Effect<number> =>
    Effect.gen(function*() {
      if (failure._tag === "Status") {
        const now = yield* Clock.currentTimeMillis
        const retryAfter = parseRetryAfter(failure.response.headers["retry-after"], now)
        if (retryAfter !== undefined) return Math.min(retryAfter, config.retry.maxRetryAfterMillis)
      }
      const ceiling = Math.min(config.retry.maxDelayMillis, config.retry.baseDelayMillis * 2 ** retry)
      return Math.floor((yield* Random.next) * ceiling)
    })

  const toFlexError = (spec: RequestSpec, failure: AttemptFailure, attempts: number, nowMillis: number): FlexError => {
    const url = scrub(spec.url)
    if (failure._tag === "Transport") {
      return new FlexTransportError({
        reason: failure.reason,
        message: scrub(failure.message),
        method: spec.method,
        url,
        attempts
      })
    }
    const { response } = failure
    const body = parseErrorBody(response.text)
    const fields = {
      status: response.status,
      code: body?.code ?? null,
      message: scrub(body?.message ?? fallbackMessage(response)),
      moreInfo: body?.moreInfo ?? null,
      details: body?.details ?? null,
      requestId: requestIdOf(response.headers),
      method: spec.method,
      url,
      attempts
    }
    switch (response.status) {
      case 401:
      case 403:
        return new FlexAuthenticationError(fields)
      case 404:
        return new FlexNotFound(fields)
      case 429: {
        const retryAfterMillis = parseRetryAfter(response.headers["retry-after"], nowMillis) ?? null
        return new FlexRateLimited({ ...fields, retryAfterMillis })
      }
      default:
        return new FlexApiError(fields)
    }
  }

  const decode = <A>(spec: RequestSpec, decoder: Decoder<A>, response: RawResponse) => {
    const requestId = requestIdOf(response.headers)
    const fail = (summary: string, issue: string) =>
      new FlexDecodeError({
        message: `${summary}: ${scrub(issue)}`,
        issue: scrub(issue),
        method: spec.method,
        url: scrub(spec.url),
        status: response.status,
        requestId
      })
    let json: unknown
    try {
      json = JSON.parse(response.text)
    } catch (error) {
      return Effect.fail(fail("The response is not JSON", error instanceof Error ? error.message : String(error)))
    }
    return Either.mapBoth(decoder(json), {
      onLeft: (issue) =>
        fail("The response does not match the documented shape", ParseResult.TreeFormatter.formatIssueSync(issue)),
      onRight: (value): Decoded<A> => ({ value, requestId })
    })
  }

  const execute = <A>(spec: RequestSpec, decoder: Decoder<A>): Effect.Effect<Decoded<A>, FlexError> => {
    const request = buildRequest(spec)
    const loop = (attempt: number): Effect.Effect<RawResponse, FlexError> =>
      Effect.catchAll(attemptOnce(request), (failure) => {
        if (attempt >= config.retry.maxAttempts || !isRetryable(failure, spec.method)) {
          return Effect.flatMap(Clock.currentTimeMillis, (now) => Effect.fail(toFlexError(spec, failure, attempt, now)))
        }
        return backoff(failure, attempt - 1).pipe(
          Effect.tap((delay) =>
            Effect.logDebug("effect-flex: retrying").pipe(
              Effect.annotateLogs({
                method: spec.method,
                url: scrub(spec.url),
                attempt,
                delayMillis: delay,
                failure: failure._tag === "Status" ? `HTTP ${failure.response.status}` : failure.reason
              })
            )
          ),
          Effect.flatMap((delay) => Effect.sleep(delay)),
          Effect.zipRight(loop(attempt + 1))
        )
      })
    return Effect.flatMap(loop(1), (response) => decode(spec, decoder, response))
  }

  return { execute, scrub }
}
