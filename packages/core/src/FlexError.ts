/**
 * The errors of every FlexClient call. A call fails only with a {@link FlexError}: a tagged
 * union to match on with `Effect.catchTag`. No error carries credentials: URLs are the request
 * URL without user info, and no request headers are kept.
 *
 * @since 0.1.0
 */
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"

/**
 * @example
 * ```ts
 * import { FlexError } from "@effect-flex/core"
 *
 * const error = new FlexError.FlexInvalidInput({ operation: "channels.fetch", argument: "sid", message: "not a CH… SID" })
 * console.log(FlexError.TypeId in error)
 * // Output: true
 * ```
 *
 * @since 0.1.0
 * @category type ids
 */
export const TypeId: unique symbol = Symbol.for("@effect-flex/core/FlexError")

/**
 * @example
 * ```ts
 * import { FlexError } from "@effect-flex/core"
 *
 * // every FlexError carries the brand
 * type Branded = { readonly [FlexError.TypeId]: FlexError.TypeId }
 * const brand = (error: FlexError.FlexError): Branded => error
 * ```
 *
 * @since 0.1.0
 * @category type ids
 */
export type TypeId = typeof TypeId

/**
 * Input rejected before any request was made: a malformed or wrong-kind SID, a page size outside
 * 1..1000, a limit below 1, an update that breaks Twilio's rules, a bad client option.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * // a SID of the wrong kind fails before any request is made
 * const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.fetch("KD0123456789abcdef0123456789abcdef")).pipe(
 *   Effect.catchTag("FlexInvalidInput", (error) => Effect.logWarning(`${error.operation}(${error.argument}): ${error.message}`))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class FlexInvalidInput extends Schema.TaggedError<FlexInvalidInput>("@effect-flex/FlexInvalidInput")(
  "FlexInvalidInput",
  {
    /** The call, e.g. `interactionChannels.update`, or `FlexClient` for options. */
    operation: Schema.String,
    /** The argument that was wrong, e.g. `interactionSid` or `options.pageSize`. */
    argument: Schema.String,
    message: Schema.String
  }
) {
  /**
   * The brand every FlexError carries ({@link isFlexError} checks it).
   *
   * @example
   * ```ts
   * import { FlexError } from "@effect-flex/core"
   *
   * const brand = (error: FlexError.FlexInvalidInput): FlexError.TypeId => error[FlexError.TypeId]
   * ```
   *
   * @since 0.1.0
   */
  readonly [TypeId]: TypeId = TypeId
}

const apiErrorFields = {
  /** HTTP status. */
  status: Schema.Number,
  /** Twilio's error code (20404, 20003, …), when the body had one. */
  code: Schema.NullOr(Schema.Number),
  message: Schema.String,
  /** Link to Twilio's documentation of the code. */
  moreInfo: Schema.NullOr(Schema.String),
  details: Schema.NullOr(Schema.Unknown),
  /** The `Twilio-Request-Id` response header: quote it to Twilio support. */
  requestId: Schema.NullOr(Schema.String),
  method: Schema.String,
  /** The request URL, without credentials. */
  url: Schema.String,
  /** How many attempts were made, retries included. */
  attempts: Schema.Number
}

/**
 * 404: the resource does not exist (Twilio code 20404).
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * // Option.none() when the channel does not exist
 * const findChannel = (sid: string) =>
 *   Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.fetch(sid)).pipe(
 *     Effect.asSome,
 *     Effect.catchTag("FlexNotFound", () => Effect.succeedNone)
 *   )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class FlexNotFound extends Schema.TaggedError<FlexNotFound>("@effect-flex/FlexNotFound")(
  "FlexNotFound",
  apiErrorFields
) {
  /**
   * The brand every FlexError carries ({@link isFlexError} checks it).
   *
   * @example
   * ```ts
   * import { FlexError } from "@effect-flex/core"
   *
   * const brand = (error: FlexError.FlexNotFound): FlexError.TypeId => error[FlexError.TypeId]
   * ```
   *
   * @since 0.1.0
   */
  readonly [TypeId]: TypeId = TypeId
}

/**
 * 401 or 403: the credentials were refused or lack permission (Twilio code 20003).
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list({ limit: 1 })).pipe(
 *   Effect.catchTag("FlexAuthenticationError", (error) =>
 *     Effect.dieMessage(`Twilio refused the credentials (HTTP ${error.status}, request ${error.requestId})`))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class FlexAuthenticationError
  extends Schema.TaggedError<FlexAuthenticationError>("@effect-flex/FlexAuthenticationError")(
    "FlexAuthenticationError",
    apiErrorFields
  )
{
  /**
   * The brand every FlexError carries ({@link isFlexError} checks it).
   *
   * @example
   * ```ts
   * import { FlexError } from "@effect-flex/core"
   *
   * const brand = (error: FlexError.FlexAuthenticationError): FlexError.TypeId => error[FlexError.TypeId]
   * ```
   *
   * @since 0.1.0
   */
  readonly [TypeId]: TypeId = TypeId
}

/**
 * 429 still returned after the retries (Twilio code 20429).
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list()).pipe(
 *   Effect.tapErrorTag("FlexRateLimited", (error) =>
 *     Effect.logWarning(`still rate limited after ${error.attempts} attempts, retry after ${error.retryAfterMillis} ms`))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class FlexRateLimited extends Schema.TaggedError<FlexRateLimited>("@effect-flex/FlexRateLimited")(
  "FlexRateLimited",
  {
    ...apiErrorFields,
    /** The last `Retry-After`, in milliseconds, when Twilio sent one. */
    retryAfterMillis: Schema.NullOr(Schema.Number)
  }
) {
  /**
   * The brand every FlexError carries ({@link isFlexError} checks it).
   *
   * @example
   * ```ts
   * import { FlexError } from "@effect-flex/core"
   *
   * const brand = (error: FlexError.FlexRateLimited): FlexError.TypeId => error[FlexError.TypeId]
   * ```
   *
   * @since 0.1.0
   */
  readonly [TypeId]: TypeId = TypeId
}

/**
 * Any other non-2xx response (400 validation errors, 5xx after the retries, unexpected 3xx).
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const interactionSid = "KD0123456789abcdef0123456789abcdef"
 * const channelSid = "UO0123456789abcdef0123456789abcdef"
 *
 * const program = Effect.flatMap(FlexClient.FlexClient, (flex) =>
 *   flex.interactionChannels.update(interactionSid, channelSid, { status: "closed" })).pipe(
 *     Effect.tapErrorTag("FlexApiError", (error) =>
 *       Effect.logError(`HTTP ${error.status}, Twilio code ${error.code}: ${error.message} (${error.moreInfo})`))
 *   )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class FlexApiError extends Schema.TaggedError<FlexApiError>("@effect-flex/FlexApiError")(
  "FlexApiError",
  apiErrorFields
) {
  /**
   * The brand every FlexError carries ({@link isFlexError} checks it).
   *
   * @example
   * ```ts
   * import { FlexError } from "@effect-flex/core"
   *
   * const brand = (error: FlexError.FlexApiError): FlexError.TypeId => error[FlexError.TypeId]
   * ```
   *
   * @since 0.1.0
   */
  readonly [TypeId]: TypeId = TypeId
}

/**
 * The request did not get a complete response: the connection failed or was reset, the body was
 * cut off, or the attempt timed out.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * // on a timeout, carry on without the list; other transport failures stay failures
 * const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list({ limit: 100 })).pipe(
 *   Effect.catchTag("FlexTransportError", (error) => error.reason === "Timeout" ? Effect.succeed([]) : Effect.fail(error))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class FlexTransportError extends Schema.TaggedError<FlexTransportError>("@effect-flex/FlexTransportError")(
  "FlexTransportError",
  {
    reason: Schema.Literal("Connection", "Timeout", "Body"),
    message: Schema.String,
    method: Schema.String,
    url: Schema.String,
    attempts: Schema.Number
  }
) {
  /**
   * The brand every FlexError carries ({@link isFlexError} checks it).
   *
   * @example
   * ```ts
   * import { FlexError } from "@effect-flex/core"
   *
   * const brand = (error: FlexError.FlexTransportError): FlexError.TypeId => error[FlexError.TypeId]
   * ```
   *
   * @since 0.1.0
   */
  readonly [TypeId]: TypeId = TypeId
}

/**
 * A 2xx response that is not the documented JSON (the issue says where), or a `next_page_url`
 * that leaves the configured origin or does not advance.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list()).pipe(
 *   Effect.tapErrorTag("FlexDecodeError", (error) => Effect.logError(`${error.method} ${error.url}: ${error.message}`, error.issue))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class FlexDecodeError extends Schema.TaggedError<FlexDecodeError>("@effect-flex/FlexDecodeError")(
  "FlexDecodeError",
  {
    message: Schema.String,
    /**
     * Why the body was refused: the JSON syntax error, or Schema's tree of the mismatch (which
     * field, expected what, got what); `null` for a refused `next_page_url` (see `message`).
     */
    issue: Schema.NullOr(Schema.String),
    method: Schema.String,
    url: Schema.String,
    status: Schema.NullOr(Schema.Number),
    requestId: Schema.NullOr(Schema.String)
  }
) {
  /**
   * The brand every FlexError carries ({@link isFlexError} checks it).
   *
   * @example
   * ```ts
   * import { FlexError } from "@effect-flex/core"
   *
   * const brand = (error: FlexError.FlexDecodeError): FlexError.TypeId => error[FlexError.TypeId]
   * ```
   *
   * @since 0.1.0
   */
  readonly [TypeId]: TypeId = TypeId
}

/**
 * Every way a FlexClient call can fail.
 *
 * @example
 * ```ts
 * import type { FlexError } from "@effect-flex/core"
 *
 * const describe = (error: FlexError.FlexError): string => {
 *   switch (error._tag) {
 *     case "FlexNotFound":
 *       return "no such resource"
 *     case "FlexTransportError":
 *       return `network failure (${error.reason}) after ${error.attempts} attempts`
 *     default:
 *       return error.message
 *   }
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type FlexError =
  | FlexInvalidInput
  | FlexNotFound
  | FlexAuthenticationError
  | FlexRateLimited
  | FlexApiError
  | FlexTransportError
  | FlexDecodeError

/**
 * @example
 * ```ts
 * import { FlexError } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * // a FlexError sent as JSON (to a worker, over RPC) and decoded back, typed
 * const json = Schema.encodeSync(FlexError.FlexError)(
 *   new FlexError.FlexInvalidInput({ operation: "FlexClient", argument: "options.pageSize", message: "1..1000" })
 * )
 * const error = Schema.decodeUnknownSync(FlexError.FlexError)(json)
 * console.log(error._tag)
 * // Output: FlexInvalidInput
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const FlexError: Schema.Union<[
  typeof FlexInvalidInput,
  typeof FlexNotFound,
  typeof FlexAuthenticationError,
  typeof FlexRateLimited,
  typeof FlexApiError,
  typeof FlexTransportError,
  typeof FlexDecodeError
]> = /* @__PURE__ */ Schema.Union(
  FlexInvalidInput,
  FlexNotFound,
  FlexAuthenticationError,
  FlexRateLimited,
  FlexApiError,
  FlexTransportError,
  FlexDecodeError
)

/**
 * @example
 * ```ts
 * import { FlexError } from "@effect-flex/core"
 *
 * const error: unknown = new FlexError.FlexInvalidInput({ operation: "channels.fetch", argument: "sid", message: "not a CH… SID" })
 * console.log(FlexError.isFlexError(error), FlexError.isFlexError(new Error("boom")))
 * // Output: true false
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isFlexError = (u: unknown): u is FlexError => Predicate.hasProperty(u, TypeId)
