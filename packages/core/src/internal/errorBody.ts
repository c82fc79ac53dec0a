/**
 * The three shapes of Twilio's error bodies, read into the fields every HTTP `FlexError` carries.
 */
import * as Predicate from "effect/Predicate"
import * as Json from "./json.js"

/** What an error body says, each field `null` when the body does not say it. */
export interface ErrorBody {
  readonly code: number | null
  readonly message: string | null
  readonly moreInfo: string | null
  readonly details: unknown
}

const string = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null)
const integer = (value: unknown): number | null => (Number.isSafeInteger(value) ? value as number : null)
const object = (value: unknown): Record<string, unknown> | undefined => Predicate.isRecord(value) ? value : undefined

/**
 * Reads a parsed error body:
 * - legacy `{ code, message, more_info, status, details }`;
 * - RFC 9457 problem details `{ type, title, status, code, detail, errors }`: `detail` (else
 *   `title`) is the message, `type` the more-info link, `errors` the details;
 * - `{ code, message, httpStatusCode, userError, params: { twilioErrorCodeUrl } }`: the link
 *   is `params.twilioErrorCodeUrl`, the details are `{ userError, params }`.
 *
 * `undefined` when the body has none of these (the caller then describes the response instead).
 */
export const read = (json: unknown): ErrorBody | undefined => {
  const body = object(json)
  if (body === undefined) return undefined
  const code = integer(body.code)
  const params = object(body.params)
  if (string(body.detail) !== null || string(body.title) !== null || string(body.type) !== null) {
    return {
      code,
      message: string(body.detail) ?? string(body.title),
      moreInfo: string(body.type),
      details: body.errors === undefined ? null : { errors: body.errors }
    }
  }
  if (params !== undefined || body.userError !== undefined || body.httpStatusCode !== undefined) {
    const details: Record<string, unknown> = {}
    if (body.userError !== undefined) details.userError = body.userError
    if (params !== undefined) details.params = params
    return {
      code,
      message: string(body.message),
      moreInfo: string(params?.twilioErrorCodeUrl) ?? string(body.more_info),
      details: Object.keys(details).length === 0 ? null : details
    }
  }
  const message = string(body.message)
  const moreInfo = string(body.more_info)
  if (code === null && message === null && moreInfo === null) return undefined
  return { code, message, moreInfo, details: body.details ?? null }
}

/** {@link read} of a response body's text: `undefined` too when it is not JSON. */
export const fromText = (text: string): ErrorBody | undefined => {
  try {
    return read(Json.parse(text))
  } catch {
    return undefined
  }
}
