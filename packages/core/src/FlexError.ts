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
 * @since 0.1.0
 * @category type ids
 */
export const TypeId: unique symbol = Symbol.for("@effect-flex/core/FlexError")

/**
 * @since 0.1.0
 * @category type ids
 */
export type TypeId = typeof TypeId

/**
 * Input rejected before any request was made: a malformed or wrong-kind SID, a page size outside
 * 1..1000, a limit below 1, an update that breaks Twilio's rules, a bad client option.
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
  /** @since 0.1.0 */
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
 * @since 0.1.0
 * @category errors
 */
export class FlexNotFound extends Schema.TaggedError<FlexNotFound>("@effect-flex/FlexNotFound")(
  "FlexNotFound",
  apiErrorFields
) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
}

/**
 * 401 or 403: the credentials were refused or lack permission (Twilio code 20003).
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
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
}

/**
 * 429 still returned after the retries (Twilio code 20429).
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
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
}

/**
 * Any other non-2xx response (400 validation errors, 5xx after the retries, unexpected 3xx).
 *
 * @since 0.1.0
 * @category errors
 */
export class FlexApiError extends Schema.TaggedError<FlexApiError>("@effect-flex/FlexApiError")(
  "FlexApiError",
  apiErrorFields
) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
}

/**
 * The request did not get a complete response: the connection failed or was reset, the body was
 * cut off, or the attempt timed out.
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
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
}

/**
 * A 2xx response that is not the documented JSON (the issue says where), or a `next_page_url`
 * that leaves the configured origin or does not advance.
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
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
}

/**
 * Every way a FlexClient call can fail.
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
]> = Schema.Union(
  FlexInvalidInput,
  FlexNotFound,
  FlexAuthenticationError,
  FlexRateLimited,
  FlexApiError,
  FlexTransportError,
  FlexDecodeError
)

/**
 * @since 0.1.0
 * @category guards
 */
export const isFlexError = (u: unknown): u is FlexError => Predicate.hasProperty(u, TypeId)
