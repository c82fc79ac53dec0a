/**
 * The options of a FlexClient, and how to read them from the environment.
 *
 * @since 0.1.0
 */
import * as Config from "effect/Config"
import type * as Duration from "effect/Duration"
import * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"

/**
 * Retry policy. 429 and 503 are retried for every method (Twilio did not process the request);
 * other 5xx responses and transport failures only for GET. Delays use full-jitter exponential
 * backoff (`random(0, min(maxDelay, baseDelay * 2^retry))`), or the server's `Retry-After` when it
 * sends one (capped at `maxRetryAfter`).
 *
 * @example
 * ```ts
 * import { FlexClient, type FlexConfig } from "@effect-flex/core"
 *
 * const retry: FlexConfig.RetryOptions = { maxAttempts: 6, baseDelay: "500 millis", maxDelay: "10 seconds" }
 *
 * const FlexLive = FlexClient.layerConfig({ retry })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface RetryOptions {
  /** Attempts in all, the first included (default 4). `1` disables retries. */
  readonly maxAttempts?: number | undefined
  /** Base of the exponential backoff (default 250 millis). */
  readonly baseDelay?: Duration.DurationInput | undefined
  /** Cap of one backoff delay (default 8 seconds). */
  readonly maxDelay?: Duration.DurationInput | undefined
  /** Cap of a server-sent `Retry-After` (default 60 seconds): absurd values do not stall a call. */
  readonly maxRetryAfter?: Duration.DurationInput | undefined
}

/**
 * How to reach and authenticate to the Flex API. Credentials are an Account SID with its Auth
 * Token, or an API key SID with its secret (plus the Account SID). A client without credentials
 * sends no `Authorization` header (a browser calling through its own proxy).
 *
 * @example
 * ```ts
 * import type { FlexConfig } from "@effect-flex/core"
 * import { Redacted } from "effect"
 *
 * // an API key (SK…) with its secret, on Twilio's Australian edge
 * const options: FlexConfig.Options = {
 *   accountSid: "AC0123456789abcdef0123456789abcdef",
 *   apiKey: "SK0123456789abcdef0123456789abcdef",
 *   apiSecret: Redacted.make("your-api-secret"),
 *   edge: "sydney",
 *   region: "au1",
 *   timeout: "10 seconds",
 *   maxConcurrency: 8
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** `AC…`. Required with either kind of credential. */
  readonly accountSid?: string | undefined
  readonly authToken?: Redacted.Redacted<string> | undefined
  /** `SK…`. */
  readonly apiKey?: string | undefined
  readonly apiSecret?: Redacted.Redacted<string> | undefined
  /**
   * The API origin (default `https://flex-api.twilio.com`). Any http(s) origin works, loopback
   * included: a simulator, a proxy, a recording server. A path, query or user info is refused.
   */
  readonly baseUrl?: string | URL | undefined
  /** Twilio edge location (e.g. `sydney`); the host becomes `flex-api.{edge}.{region}.twilio.com`. */
  readonly edge?: string | undefined
  /** Twilio region (e.g. `au1`; `us1` when only an edge is given). */
  readonly region?: string | undefined
  /** Time allowed for one attempt, body included (default 30 seconds). */
  readonly timeout?: Duration.DurationInput | undefined
  /** Retry policy, or `false` for a single attempt. */
  readonly retry?: RetryOptions | false | undefined
  /** Appended to the User-Agent, e.g. `my-app/1.2`. */
  readonly userAgent?: string | undefined
  /** Default page size of list calls, 1..1000 (default 50, Twilio's). */
  readonly pageSize?: number | undefined
  /** Send W3C trace headers to the API (default false: Twilio has no use for them). */
  readonly tracePropagation?: boolean | undefined
  /**
   * Largest successful response body the client reads, in bytes (default 16 MiB; a page of 1,000
   * records is well under 1 MiB). A larger body is cut off while it streams in (or refused from its
   * `Content-Length`) and the call fails with `FlexDecodeError`, without a retry. Error bodies
   * are read only as far as their first 64 KiB.
   */
  readonly maxResponseBytes?: number | undefined
  /**
   * How many empty pages in a row a listing accepts while they still link to a next page
   * (default 10); then it ends with `FlexDecodeError` instead of requesting forever.
   */
  readonly maxEmptyPages?: number | undefined
  /**
   * The most requests of this client in flight at once, shared by every call and stream of it
   * (default 20; `Infinity` for no bound). Beyond it, calls wait in line, interruptibly, before
   * they are sent; the wait is not part of an attempt's `timeout`.
   */
  readonly maxConcurrency?: number | undefined
  /**
   * Requests per second per route family, each a token bucket (default: none). Twilio allows
   * about 20 a second per endpoint on the Interactions API: `{ interactions: { perSecond: 20 } }`.
   */
  readonly rateLimit?: {
    readonly interactions?: RateLimit | undefined
    readonly channels?: RateLimit | undefined
  } | undefined
  /**
   * Whether a 429 or 503 slows the whole client down (default true): every call then waits out
   * the server's `Retry-After` (when it sent one) before it is sent, and the bound on requests in
   * flight comes down to the number still in flight when the refusal came back (what the server
   * is handling); from 5 seconds after the last refusal it grows back by one per round of
   * successful requests, up to `maxConcurrency`. A 429 for an endpoint's rate (code 45780)
   * pauses only that endpoint's calls and lowers no bound.
   */
  readonly adaptive?: boolean | undefined
}

/**
 * A token bucket: `perSecond` requests a second on average, and at most `burst` at once (default:
 * `perSecond` rounded up).
 *
 * @example
 * ```ts
 * import { FlexClient, type FlexConfig } from "@effect-flex/core"
 *
 * // Twilio allows about 20 requests a second per endpoint on the Interactions API
 * const interactions: FlexConfig.RateLimit = { perSecond: 20, burst: 5 }
 *
 * const FlexLive = FlexClient.layerConfig({ rateLimit: { interactions } })
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export interface RateLimit {
  readonly perSecond: number
  readonly burst?: number | undefined
}

/**
 * The environment variables Twilio's own SDKs read: `TWILIO_ACCOUNT_SID` with
 * `TWILIO_AUTH_TOKEN`, or `TWILIO_API_KEY` with `TWILIO_API_SECRET`, and optional `TWILIO_EDGE`,
 * `TWILIO_REGION`. Secrets are read as `Redacted`.
 *
 * And one of this library: `FLEX_BASE_URL`, the API origin (the `baseUrl` option), e.g.
 * `http://127.0.0.1:4010` for `pnpm simulator`, or a proxy. Set it with the simulator's
 * credentials, and they go to the simulator, never to Twilio. Unset, the client calls Twilio
 * (`https://flex-api.twilio.com`, or the host `TWILIO_EDGE`/`TWILIO_REGION` give); set but not an
 * http(s) origin, building the client fails with `FlexInvalidInput` (it never falls back to Twilio).
 *
 * Precedence: options given in code win over the environment. `FlexClient.layerConfig(options)`
 * and `NodeFlexClient.layerConfig(options)` read this and then apply their `options` on top, so
 * `layerConfig({ baseUrl })` ignores `FLEX_BASE_URL`.
 *
 * @example
 * ```ts
 * import { FlexConfig } from "@effect-flex/core"
 * import { ConfigProvider, Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const options = yield* FlexConfig.fromEnv
 *   console.log(options.accountSid, String(options.baseUrl))
 * })
 *
 * // here the environment is a map: the variables `pnpm simulator` prints
 * Effect.runSync(program.pipe(Effect.withConfigProvider(ConfigProvider.fromMap(
 *   new Map([
 *     ["TWILIO_ACCOUNT_SID", "AC00000000000000000000000000000000"],
 *     ["TWILIO_AUTH_TOKEN", "simulator-auth-token"],
 *     ["FLEX_BASE_URL", "http://127.0.0.1:4010"]
 *   ])
 * ))))
 * // Output: AC00000000000000000000000000000000 http://127.0.0.1:4010
 * ```
 *
 * @since 0.1.0
 * @category config
 */
export const fromEnv: Config.Config<Options> = Config.all({
  accountSid: Config.option(Config.string("TWILIO_ACCOUNT_SID")),
  authToken: Config.option(Config.redacted("TWILIO_AUTH_TOKEN")),
  apiKey: Config.option(Config.string("TWILIO_API_KEY")),
  apiSecret: Config.option(Config.redacted("TWILIO_API_SECRET")),
  edge: Config.option(Config.string("TWILIO_EDGE")),
  region: Config.option(Config.string("TWILIO_REGION")),
  baseUrl: Config.option(Config.string("FLEX_BASE_URL"))
}).pipe(
  Config.map((env): Options => ({
    accountSid: Option.getOrUndefined(env.accountSid),
    authToken: Option.getOrUndefined(env.authToken),
    apiKey: Option.getOrUndefined(env.apiKey),
    apiSecret: Option.getOrUndefined(env.apiSecret),
    edge: Option.getOrUndefined(env.edge),
    region: Option.getOrUndefined(env.region),
    baseUrl: Option.getOrUndefined(env.baseUrl)
  }))
)

/**
 * Whether the environment holds Twilio credentials (either kind).
 *
 * @example
 * ```ts
 * import { FlexConfig } from "@effect-flex/core"
 * import { Redacted } from "effect"
 *
 * console.log(FlexConfig.hasCredentials({
 *   accountSid: "AC0123456789abcdef0123456789abcdef",
 *   authToken: Redacted.make("your-auth-token")
 * }))
 * // Output: true
 *
 * // a browser app calling through its own proxy sends no credentials
 * console.log(FlexConfig.hasCredentials({ baseUrl: "https://flex-proxy.example.com" }))
 * // Output: false
 * ```
 *
 * @since 0.1.0
 * @category config
 */
export const hasCredentials = (options: Options): boolean =>
  options.authToken !== undefined || (options.apiKey !== undefined && options.apiSecret !== undefined)
