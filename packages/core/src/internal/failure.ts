/**
 * Why an attempt failed, whether it may be retried, and the FlexError it becomes.
 */
import type * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Duration from "effect/Duration"
import {
  FlexApiError,
  FlexAuthenticationError,
  FlexDecodeError,
  type FlexError,
  FlexNotFound,
  FlexRateLimited,
  FlexTransportError
} from "../FlexError.js"
import * as ErrorBody from "./errorBody.js"
import type { RequestSpec } from "./request.js"
import * as RetryAfter from "./retryAfter.js"

/** A response whose body was read (within its bound). */
export interface ReadResponse {
  readonly status: number
  readonly headers: HttpClientResponse.HttpClientResponse["headers"]
  readonly body: string
}

/** Why an attempt did not produce a usable response; becomes a FlexError at the end. */
export type AttemptFailure =
  | { readonly _tag: "Status"; readonly response: ReadResponse }
  | { readonly _tag: "TooLarge"; readonly status: number; readonly requestId: string | null; readonly bytes: string }
  | {
    readonly _tag: "Transport"
    readonly reason: FlexTransportError["reason"]
    readonly message: string
    /** False when sending again cannot help (a request that could not even be encoded). */
    readonly transient: boolean
  }

export const requestIdOf = (headers: ReadResponse["headers"]): string | null => headers["twilio-request-id"] ?? null

export const isRetryable = (failure: AttemptFailure, method: RequestSpec["method"]): boolean => {
  switch (failure._tag) {
    case "TooLarge":
      return false
    // Only a GET is sent again after a lost connection or a 5xx: a POST may have been applied, and
    // so may a DELETE, whose second attempt would then answer 404 for a delete that succeeded.
    case "Transport":
      return failure.transient && method === "GET"
    case "Status": {
      const status = failure.response.status
      // 429 and 503 mean Twilio did not process the request, so any method can be sent again.
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

const transport = (
  reason: FlexTransportError["reason"],
  message: string,
  transient: boolean
): AttemptFailure => ({ _tag: "Transport", reason, message, transient })

/** The failure of an attempt that ran out of time. */
export const timeoutFailure = (timeout: Duration.Duration): AttemptFailure =>
  transport("Timeout", `No complete response within ${Duration.format(timeout)}`, true)

export const transportFailure = (
  error: HttpClientError.HttpClientError,
  method: RequestSpec["method"]
): AttemptFailure => {
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ""
  // Anything but a GET may have reached the server before the failure: the message says so.
  const maybeApplied = method === "GET" ? cause : `; the ${method} may have been applied${cause}`
  if (error._tag === "ResponseError") {
    return transport("Body", `The response body could not be read${maybeApplied}`, true)
  }
  if (error.reason !== "Transport") return transport("Connection", `The request could not be built${cause}`, false)
  const code = causeCode(error.cause)
  return code !== undefined && notSentCodes.has(code)
    ? transport("Connection", `The request could not be sent${cause}`, true)
    : transport("Connection", `No usable response came back${maybeApplied}`, true)
}

const fallbackMessage = (response: ReadResponse): string => {
  const contentType = response.headers["content-type"]?.split(";")[0]?.trim()
  const what = contentType === undefined || contentType === "" ? "an empty or untyped body" : `a ${contentType} body`
  return `Twilio answered HTTP ${response.status} with ${what} instead of a JSON error`
}

/** The FlexError of the last failed attempt (scrubbed later, at the call's boundary). */
export const toFlexError = (
  spec: RequestSpec,
  failure: AttemptFailure,
  attempts: number,
  nowMillis: number
): FlexError => {
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
      const body = ErrorBody.fromText(response.body)
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
