import { description as runtimeDescription } from "#runtime"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Redacted from "effect/Redacted"
import type * as FlexConfig from "../FlexConfig.js"
import { FlexInvalidInput } from "../FlexError.js"
import * as Sid from "../Sid.js"
import { describeOption, isIntIn, snapshot } from "./input.js"
import { version } from "./version.js"

/** @internal */
export const defaultBaseUrl = "https://flex-api.twilio.com"

/** @internal */
export interface ResolvedConfig {
  /** scheme://host[:port], no trailing slash */
  readonly origin: string
  /** Basic auth: the account SID or API key, and its secret. */
  readonly credentials: { readonly user: string; readonly secret: Redacted.Redacted<string> } | undefined
  /** Every secret to scrub from any text that leaves the client. */
  readonly secrets: ReadonlyArray<string>
  readonly timeout: Duration.Duration
  readonly retry: {
    readonly maxAttempts: number
    readonly baseDelayMillis: number
    readonly maxDelayMillis: number
    readonly maxRetryAfterMillis: number
  }
  readonly userAgent: string | undefined
  readonly pageSize: number
  readonly tracePropagation: boolean
  /** Largest 2xx body read, in bytes. */
  readonly maxResponseBytes: number
  /** Consecutive empty pages that still link further, before a listing gives up. */
  readonly maxEmptyPages: number
  /** See ./governor.ts. */
  readonly governor: {
    readonly maxConcurrency: number
    readonly rate: {
      readonly [family in "interactions" | "channels"]?: { readonly perSecond: number; readonly burst: number }
    }
    readonly adaptive: boolean
  }
}

const optionKeys = [
  "accountSid",
  "authToken",
  "apiKey",
  "apiSecret",
  "baseUrl",
  "edge",
  "region",
  "timeout",
  "retry",
  "userAgent",
  "pageSize",
  "tracePropagation",
  "maxResponseBytes",
  "maxEmptyPages",
  "maxConcurrency",
  "rateLimit",
  "adaptive"
] as const satisfies ReadonlyArray<keyof FlexConfig.Options>

const retryKeys = ["maxAttempts", "baseDelay", "maxDelay", "maxRetryAfter"] as const satisfies ReadonlyArray<
  keyof FlexConfig.RetryOptions
>

const rateFamilies = ["interactions", "channels"] as const
const rateKeys = ["perSecond", "burst"] as const satisfies ReadonlyArray<keyof FlexConfig.RateLimit>

/** Options as read once (see {@link snapshot}): each value still unchecked. */
type Read<K extends string> = { readonly [key in K]?: unknown }

/** Validates the options; the only failure is a `FlexInvalidInput` naming the option. */
export const resolve = (input: FlexConfig.Options): Effect.Effect<ResolvedConfig, FlexInvalidInput> =>
  Effect.suspend(() => resolveOptions(input))

const resolveOptions = (input: unknown): Either.Either<ResolvedConfig, FlexInvalidInput> =>
  Either.gen(function*() {
    // Read once, here: a getter that throws or a revoked Proxy is a FlexInvalidInput, and a
    // getter that changes its answer cannot make the validated value differ from the used one.
    const options = yield* snapshot("FlexClient", "options", input, optionKeys)
    if (options === undefined) return yield* invalid("options", "options must be an object")
    // `retry: false`: a single attempt.
    const retry: Read<(typeof retryKeys)[number]> = options.retry === false
      ? { maxAttempts: 1 }
      : (yield* snapshot("FlexClient", "options.retry", options.retry, retryKeys)) ?? {}
    // In the order of the checks: the first invalid option is the one reported.
    return {
      origin: yield* resolveOrigin(options),
      ...(yield* resolveAuthorization(options)),
      timeout: Duration.millis(yield* duration("timeout", options.timeout, 30_000, true)),
      retry: {
        maxAttempts: yield* integer("retry.maxAttempts", retry.maxAttempts, 4, 100),
        baseDelayMillis: yield* duration("retry.baseDelay", retry.baseDelay, 250, false),
        maxDelayMillis: yield* duration("retry.maxDelay", retry.maxDelay, 8_000, false),
        maxRetryAfterMillis: yield* duration("retry.maxRetryAfter", retry.maxRetryAfter, 60_000, false)
      },
      maxResponseBytes: yield* integer("maxResponseBytes", options.maxResponseBytes, 16 * 1024 * 1024),
      maxEmptyPages: yield* integer("maxEmptyPages", options.maxEmptyPages, 10),
      governor: yield* resolveGovernor(options),
      pageSize: yield* integer("pageSize", options.pageSize, 50, 1000),
      userAgent: yield* resolveUserAgent(options.userAgent),
      tracePropagation: options.tracePropagation === true
    }
  })

const invalid = (argument: string, message: string) =>
  Either.left(new FlexInvalidInput({ operation: "FlexClient", argument, message }))

/**
 * "`argument` must be `expected` (got …)", naming `options.<argument>`; the value is described,
 * never echoed (it could be a secret).
 */
const fail = (argument: string, expected: string, value: unknown) =>
  invalid(`options.${argument}`, `${argument} must be ${expected} (got ${describeOption(value)})`)

/** An optional option: `fallback` when absent, else the value if `valid`. */
const option = <A>(
  argument: string,
  value: unknown,
  fallback: A,
  valid: (value: unknown) => boolean,
  expected: string
): Either.Either<A, FlexInvalidInput> =>
  value === undefined
    ? Either.right(fallback)
    : valid(value)
    ? Either.right(value as A)
    : fail(argument, expected, value)

/** An optional integer in 1..max (no max: any positive safe integer). */
const integer = (argument: string, value: unknown, fallback: number, max?: number) =>
  option(
    argument,
    value,
    fallback,
    (value) => isIntIn(value, 1, max ?? Number.MAX_SAFE_INTEGER),
    max === undefined ? "a positive integer" : `an integer in 1..${max}`
  )

/** An optional duration, in milliseconds: finite, and above zero when `positive`. */
const duration = (
  argument: string,
  value: unknown,
  fallbackMillis: number,
  positive: boolean
): Either.Either<number, FlexInvalidInput> => {
  const millis = value === undefined ? fallbackMillis : toMillis(value)
  return millis < Infinity && (positive ? millis > 0 : millis >= 0)
    ? Either.right(millis)
    : fail(argument, positive ? "a finite duration above zero" : "a finite duration, zero or more", value)
}

/** A duration input's milliseconds; `NaN` for anything else. */
const toMillis = (value: unknown): number => {
  // Duration.decode clamps a negative number to zero; a negative setting is a mistake to report.
  if (typeof value === "number" && !(value >= 0)) return NaN
  try {
    return Duration.toMillis(Duration.decode(value as Duration.DurationInput))
  } catch {
    return NaN
  }
}

const parseUrl = (value: unknown): URL | undefined => {
  try {
    return new URL(value as string)
  } catch {
    return undefined
  }
}

const isHostLabel = (value: unknown) =>
  typeof value === "string" && /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(value)

const resolveOrigin = (options: Read<"baseUrl" | "edge" | "region">): Either.Either<string, FlexInvalidInput> =>
  Either.gen(function*() {
    const url = parseUrl(options.baseUrl ?? defaultBaseUrl)
    // Scheme, host and port only: an http(s) URL's path is at least "/", so all the rest is empty.
    if (
      url === undefined || !/^https?:$/.test(url.protocol) ||
      url.username + url.password + url.pathname + url.search + url.hash !== "/"
    ) {
      const expected = "an http or https origin (scheme, host, port), without user info, path or query"
      return yield* fail("baseUrl", expected, options.baseUrl)
    }
    const label = `a lowercase host label like "sydney"`
    const edge = yield* option<string | undefined>("edge", options.edge, undefined, isHostLabel, label)
    const region = yield* option("region", options.region, edge === undefined ? undefined : "us1", isHostLabel, label)
    if (region !== undefined && url.hostname.endsWith(".twilio.com")) {
      // Twilio's scheme: {product}[.{edge}].{region}.twilio.com, replacing any edge/region present.
      const product = url.hostname.split(".")[0]
      url.hostname = [product, edge, region, "twilio.com"].filter((part) => part !== undefined).join(".")
    }
    return url.origin
  })

const isSid = (prefix: Sid.Prefix, value: unknown): value is string =>
  typeof value === "string" && Sid.pattern(prefix).test(value)

/** The string a `Redacted` holds; `undefined` for anything else (reading a look-alike or a revoked Proxy throws). */
const redactedString = (value: unknown): string | undefined => {
  try {
    const secret = Redacted.isRedacted(value) ? Redacted.value(value) : undefined
    return typeof secret === "string" ? secret : undefined
  } catch {
    return undefined
  }
}

const resolveAuthorization = (
  options: Read<"accountSid" | "authToken" | "apiKey" | "apiSecret">
): Either.Either<Pick<ResolvedConfig, "credentials" | "secrets">, FlexInvalidInput> =>
  Either.gen(function*() {
    const { accountSid, apiKey, apiSecret, authToken } = options
    const keyed = apiKey !== undefined || apiSecret !== undefined
    // Checked when given even without credentials (a browser behind its own proxy).
    if ((accountSid !== undefined || authToken !== undefined || keyed) && !isSid("AC", accountSid)) {
      return yield* fail("accountSid", "an Account SID, AC + 32 hex digits", accountSid)
    }
    if (authToken === undefined && !keyed) return { credentials: undefined, secrets: [] }
    if (authToken !== undefined && keyed) {
      return yield* invalid("options.authToken", "give either authToken or apiKey with apiSecret, not both")
    }
    if (keyed && !isSid("SK", apiKey)) return yield* fail("apiKey", "an API key SID, SK + 32 hex digits", apiKey)
    const argument = keyed ? "apiSecret" : "authToken"
    const secret = redactedString(keyed ? apiSecret : authToken)
    // Basic auth is base64 of Latin-1 text; Twilio's secrets are printable ASCII.
    if (secret === undefined || !/^[\x21-\x7e]+$/.test(secret)) {
      return yield* invalid(
        `options.${argument}`,
        `${argument} must be a Redacted<string> of printable ASCII, no spaces (wrap it with Redacted.make)`
      )
    }
    const user = (keyed ? apiKey : accountSid) as string
    // `btoa`, as platform's `basicAuth` encodes the header: the scrubbed value is the one sent. On
    // the printable ASCII checked above it is the bytes' base64 (effect's Encoding, ~0.5 KB more).
    const encoded = btoa(`${user}:${secret}`)
    return {
      credentials: { user, secret: Redacted.make(secret) },
      // The Basic value as sent, and as it reads inside a URL, if a server echoes it there.
      secrets: [secret, encoded, encodeURIComponent(encoded)]
    }
  })

/** The governor's options (see ./governor.ts). */
const resolveGovernor = (
  options: Read<"maxConcurrency" | "adaptive" | "rateLimit">
): Either.Either<ResolvedConfig["governor"], FlexInvalidInput> =>
  Either.gen(function*() {
    const maxConcurrency = yield* option(
      "maxConcurrency",
      options.maxConcurrency,
      20,
      (value) => value === Infinity || isIntIn(value, 1, 1_000_000),
      "an integer in 1..1000000 or Infinity"
    )
    const adaptive = yield* option(
      "adaptive",
      options.adaptive,
      true,
      (value) => typeof value === "boolean",
      "a boolean"
    )
    const families = yield* snapshot("FlexClient", "options.rateLimit", options.rateLimit, rateFamilies)
    const rate: { -readonly [family in (typeof rateFamilies)[number]]?: { perSecond: number; burst: number } } = {}
    for (const family of rateFamilies) {
      const argument = `rateLimit.${family}`
      const limit = yield* snapshot("FlexClient", `options.${argument}`, families?.[family], rateKeys)
      if (limit === undefined) continue
      const { perSecond } = limit
      if (typeof perSecond !== "number" || !(perSecond > 0 && perSecond <= 1_000_000)) {
        return yield* fail(`${argument}.perSecond`, "a number in (0, 1000000]", perSecond)
      }
      // The default burst: perSecond rounded up (at least 1).
      rate[family] = {
        perSecond,
        burst: yield* integer(`${argument}.burst`, limit.burst, Math.ceil(perSecond), 1_000_000)
      }
    }
    return { maxConcurrency, rate, adaptive }
  })

/** Ours (`effect-flex/<version> <runtime>`, none in a browser) followed by the caller's extension. */
const resolveUserAgent = (extension: unknown): Either.Either<string | undefined, FlexInvalidInput> =>
  Either.map(
    option<string | undefined>(
      "userAgent",
      extension,
      undefined,
      (value) => typeof value === "string" && /^[\x20-\x7e]{1,200}$/.test(value),
      "printable ASCII, 1..200 characters"
    ),
    (extension) => {
      const runtime = runtimeDescription()
      return runtime === undefined
        ? undefined
        : [`effect-flex/${version}`, runtime, extension].filter((part) => part !== undefined).join(" ")
    }
  )
