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

const invalid = (argument: string, message: string) =>
  new FlexInvalidInput({
    operation: "FlexClient",
    argument: argument === "" ? "options" : `options.${argument}`,
    message
  })

const hostLabel = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

const decodeDuration = (
  argument: string,
  input: Duration.DurationInput | undefined,
  fallback: Duration.Duration,
  allowZero: boolean
): Either.Either<Duration.Duration, FlexInvalidInput> => {
  if (input === undefined) return Either.right(fallback)
  // Duration.decode clamps negative numbers to zero; a negative setting is a mistake to report.
  if (typeof input === "number" && !(input >= 0)) {
    return Either.left(invalid(argument, `${argument} must not be negative (got ${describeOption(input)})`))
  }
  let decoded: Duration.Duration
  try {
    decoded = Duration.decode(input)
  } catch {
    return Either.left(invalid(argument, `${argument} is not a duration (got ${describeOption(input)})`))
  }
  const millis = Duration.toMillis(decoded)
  if (!Number.isFinite(millis) || millis < 0 || (!allowZero && millis === 0)) {
    return Either.left(
      invalid(argument, `${argument} must be a finite duration above zero (got ${describeOption(input)})`)
    )
  }
  return Either.right(decoded)
}

interface RuntimeGlobals {
  readonly process?: {
    readonly versions?: { readonly node?: string; readonly bun?: string }
    readonly platform?: string
    readonly arch?: string
  }
  readonly Deno?: { readonly version?: { readonly deno?: string } }
  readonly navigator?: { readonly userAgent?: string }
}

/**
 * The runtime, for the User-Agent. Probed through `globalThis`, never as bare globals: Workers and
 * browsers have no `process`, and Bun and Deno have one that names a Node version. A browser gets
 * no User-Agent of ours (it would not send it, and the header would cost a CORS preflight).
 */
const runtimeDescription = (): string | undefined => {
  const globals = globalThis as RuntimeGlobals
  // First: a Worker with `nodejs_compat` also has a `process`.
  if (globals.navigator?.userAgent === "Cloudflare-Workers") return "cloudflare-workers"
  const versions = globals.process?.versions
  const os = globals.process?.platform === undefined ? "" : `(${globals.process.platform} ${globals.process.arch}) `
  const deno = globals.Deno?.version?.deno
  if (deno !== undefined) return `${os}deno/${deno}`
  if (versions?.bun !== undefined) return `${os}bun/${versions.bun}`
  return versions?.node === undefined ? undefined : `${os}node/${versions.node}`
}

const resolveOrigin = (options: FlexConfig.Options): Either.Either<
  string,
  FlexInvalidInput
> => {
  const raw = options.baseUrl ?? defaultBaseUrl
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return Either.left(invalid("baseUrl", `baseUrl is not a URL (got ${describeOption(raw)})`))
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return Either.left(invalid("baseUrl", `baseUrl must be http or https (got ${url.protocol})`))
  }
  if (url.username !== "" || url.password !== "") {
    return Either.left(invalid("baseUrl", "baseUrl must not carry user info: pass credentials as options"))
  }
  if ((url.pathname !== "/" && url.pathname !== "") || url.search !== "" || url.hash !== "") {
    return Either.left(invalid("baseUrl", "baseUrl must be an origin (scheme, host, port), without path or query"))
  }
  for (const key of ["edge", "region"] as const) {
    const value = options[key]
    if (value !== undefined && (typeof value !== "string" || !hostLabel.test(value))) {
      return Either.left(
        invalid(key, `${key} must be a lowercase host label like "sydney" (got ${describeOption(value)})`)
      )
    }
  }
  const edge = options.edge
  const region = options.region ?? (edge !== undefined ? "us1" : undefined)
  if (region === undefined || !url.hostname.endsWith(".twilio.com")) {
    return Either.right(url.origin)
  }
  // Twilio's scheme: {product}[.{edge}].{region}.twilio.com, replacing any edge/region present.
  const product = url.hostname.split(".")[0]!
  url.hostname = [product, edge, region, "twilio", "com"].filter((part) => part !== undefined).join(".")
  return Either.right(url.origin)
}

const resolveAuthorization = (options: FlexConfig.Options): Either.Either<
  { credentials: ResolvedConfig["credentials"]; secrets: ReadonlyArray<string> },
  FlexInvalidInput
> => {
  const { accountSid, apiKey, apiSecret, authToken } = options
  const redacted = (key: "authToken" | "apiSecret", value: unknown): Either.Either<string, FlexInvalidInput> => {
    if (!Redacted.isRedacted(value) || typeof Redacted.value(value) !== "string" || Redacted.value(value) === "") {
      return Either.left(invalid(key, `${key} must be a non-empty Redacted<string> (wrap it with Redacted.make)`))
    }
    const secret = Redacted.value(value) as string
    // Basic auth is base64 of Latin-1 text; Twilio's secrets are printable ASCII.
    return /^[\x21-\x7e]+$/.test(secret)
      ? Either.right(secret)
      : Either.left(invalid(key, `${key} must be printable ASCII without spaces`))
  }
  if (authToken === undefined && apiKey === undefined && apiSecret === undefined) {
    if (accountSid !== undefined && (typeof accountSid !== "string" || !Sid.pattern("AC").test(accountSid))) {
      return Either.left(invalid("accountSid", `accountSid must be an Account SID (AC + 32 hex digits)`))
    }
    return Either.right({ credentials: undefined, secrets: [] })
  }
  if (typeof accountSid !== "string" || !Sid.pattern("AC").test(accountSid)) {
    return Either.left(
      invalid("accountSid", `accountSid must be an Account SID (AC + 32 hex digits), got ${describeOption(accountSid)}`)
    )
  }
  if (authToken !== undefined && (apiKey !== undefined || apiSecret !== undefined)) {
    return Either.left(invalid("authToken", "give either authToken or apiKey with apiSecret, not both"))
  }
  let user: string
  let secret: string
  if (authToken !== undefined) {
    const token = redacted("authToken", authToken)
    if (Either.isLeft(token)) return Either.left(token.left)
    user = accountSid
    secret = token.right
  } else {
    if (typeof apiKey !== "string" || !Sid.pattern("SK").test(apiKey)) {
      return Either.left(
        invalid("apiKey", `apiKey must be an API key SID (SK + 32 hex digits), got ${describeOption(apiKey)}`)
      )
    }
    const apiSecretValue = redacted("apiSecret", apiSecret)
    if (Either.isLeft(apiSecretValue)) return Either.left(apiSecretValue.left)
    user = apiKey
    secret = apiSecretValue.right
  }
  // `btoa`, as platform's `basicAuth` encodes the header: the scrubbed value is the one sent. On
  // the printable ASCII checked above it is the bytes' base64 (effect's Encoding, ~0.5 KB more).
  const encoded = btoa(`${user}:${secret}`)
  return Either.right({
    credentials: { user, secret: Redacted.make(secret) },
    // The Basic value as sent, and as it reads inside a URL, if a server echoes it there.
    secrets: [secret, encoded, encodeURIComponent(encoded)]
  })
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

const rateFamilies = ["interactions", "channels"] as const
const rateKeys = ["perSecond", "burst"] as const satisfies ReadonlyArray<keyof FlexConfig.RateLimit>

/** The governor's options, each read once. */
const resolveGovernor = (
  options: FlexConfig.Options
): Either.Either<ResolvedConfig["governor"], FlexInvalidInput> =>
  Either.gen(function*() {
    const maxConcurrency = options.maxConcurrency ?? 20
    if (maxConcurrency !== Number.POSITIVE_INFINITY && !isIntIn(maxConcurrency, 1, 1_000_000)) {
      return yield* Either.left(
        invalid(
          "maxConcurrency",
          `maxConcurrency must be an integer in 1..1000000 or Infinity (got ${describeOption(maxConcurrency)})`
        )
      )
    }
    if (options.adaptive !== undefined && typeof options.adaptive !== "boolean") {
      return yield* Either.left(
        invalid("adaptive", `adaptive must be a boolean (got ${describeOption(options.adaptive)})`)
      )
    }
    const families = yield* snapshot("FlexClient", "options.rateLimit", options.rateLimit, rateFamilies)
    const rate: { -readonly [family in (typeof rateFamilies)[number]]?: { perSecond: number; burst: number } } = {}
    for (const family of rateFamilies) {
      const argument = `rateLimit.${family}`
      const limit = yield* snapshot("FlexClient", `options.${argument}`, families?.[family], rateKeys)
      if (limit === undefined) continue
      const { burst, perSecond } = limit
      if (typeof perSecond !== "number" || !(perSecond > 0 && perSecond <= 1_000_000)) {
        return yield* Either.left(
          invalid(
            `${argument}.perSecond`,
            `${argument}.perSecond must be a number in (0, 1000000] (got ${describeOption(perSecond)})`
          )
        )
      }
      if (burst !== undefined && !isIntIn(burst, 1, 1_000_000)) {
        return yield* Either.left(
          invalid(
            `${argument}.burst`,
            `${argument}.burst must be an integer in 1..1000000 (got ${describeOption(burst)})`
          )
        )
      }
      rate[family] = { perSecond, burst: burst ?? Math.max(1, Math.ceil(perSecond)) }
    }
    return { maxConcurrency, rate, adaptive: options.adaptive ?? true }
  })

const retryKeys = ["maxAttempts", "baseDelay", "maxDelay", "maxRetryAfter"] as const satisfies ReadonlyArray<
  keyof FlexConfig.RetryOptions
>

/** Validates the options; the only failure is a `FlexInvalidInput` naming the option. */
export const resolve = (input: FlexConfig.Options): Effect.Effect<ResolvedConfig, FlexInvalidInput> =>
  Effect.suspend(() => {
    // Read once, here: a getter that throws or a revoked Proxy is a FlexInvalidInput, and a
    // getter that changes its answer cannot make the validated value differ from the used one.
    const read = snapshot("FlexClient", "options", input, optionKeys)
    if (Either.isLeft(read)) return Effect.fail(read.left)
    if (read.right === undefined) return Effect.fail(invalid("", "options must be an object"))
    let retry: unknown = false
    if (read.right.retry !== false) {
      const copied = snapshot("FlexClient", "options.retry", read.right.retry, retryKeys)
      if (Either.isLeft(copied)) return Effect.fail(copied.left)
      retry = copied.right
    }
    const options = { ...read.right, retry } as FlexConfig.Options
    const origin = resolveOrigin(options)
    if (Either.isLeft(origin)) return Effect.fail(origin.left)
    const auth = resolveAuthorization(options)
    if (Either.isLeft(auth)) return Effect.fail(auth.left)
    const timeout = decodeDuration("timeout", options.timeout, Duration.seconds(30), false)
    if (Either.isLeft(timeout)) return Effect.fail(timeout.left)
    const retryOptions = options.retry === false ? { maxAttempts: 1 } : (options.retry ?? {})
    if (typeof retryOptions !== "object" || retryOptions === null) {
      return Effect.fail(invalid("retry", "retry must be an object or false"))
    }
    const maxAttempts = retryOptions.maxAttempts ?? 4
    if (!isIntIn(maxAttempts, 1, 100)) {
      return Effect.fail(invalid("retry.maxAttempts", `retry.maxAttempts must be an integer in 1..100`))
    }
    const baseDelay = decodeDuration("retry.baseDelay", retryOptions.baseDelay, Duration.millis(250), true)
    if (Either.isLeft(baseDelay)) return Effect.fail(baseDelay.left)
    const maxDelay = decodeDuration("retry.maxDelay", retryOptions.maxDelay, Duration.seconds(8), true)
    if (Either.isLeft(maxDelay)) return Effect.fail(maxDelay.left)
    const maxRetryAfter = decodeDuration("retry.maxRetryAfter", retryOptions.maxRetryAfter, Duration.seconds(60), true)
    if (Either.isLeft(maxRetryAfter)) return Effect.fail(maxRetryAfter.left)
    const maxResponseBytes = options.maxResponseBytes ?? 16 * 1024 * 1024
    if (!isIntIn(maxResponseBytes, 1, Number.MAX_SAFE_INTEGER)) {
      return Effect.fail(
        invalid(
          "maxResponseBytes",
          `maxResponseBytes must be a positive integer (got ${describeOption(maxResponseBytes)})`
        )
      )
    }
    const maxEmptyPages = options.maxEmptyPages ?? 10
    if (!isIntIn(maxEmptyPages, 1, Number.MAX_SAFE_INTEGER)) {
      return Effect.fail(
        invalid("maxEmptyPages", `maxEmptyPages must be a positive integer (got ${describeOption(maxEmptyPages)})`)
      )
    }
    const governor = resolveGovernor(options)
    if (Either.isLeft(governor)) return Effect.fail(governor.left)
    const pageSize = options.pageSize ?? 50
    if (!isIntIn(pageSize, 1, 1000)) {
      return Effect.fail(
        invalid("pageSize", `pageSize must be an integer in 1..1000 (got ${describeOption(pageSize)})`)
      )
    }
    if (
      options.userAgent !== undefined &&
      (typeof options.userAgent !== "string" || !/^[\x20-\x7e]{1,200}$/.test(options.userAgent))
    ) {
      return Effect.fail(invalid("userAgent", "userAgent must be printable ASCII, 1..200 characters"))
    }
    const runtime = runtimeDescription()
    const userAgent = runtime === undefined
      ? undefined
      : [`effect-flex/${version}`, runtime, options.userAgent].filter((part) => part !== undefined).join(" ")
    return Effect.succeed({
      origin: origin.right,
      credentials: auth.right.credentials,
      secrets: auth.right.secrets,
      timeout: timeout.right,
      retry: {
        maxAttempts,
        baseDelayMillis: Duration.toMillis(baseDelay.right),
        maxDelayMillis: Duration.toMillis(maxDelay.right),
        maxRetryAfterMillis: Duration.toMillis(maxRetryAfter.right)
      },
      userAgent,
      pageSize,
      tracePropagation: options.tracePropagation === true,
      maxResponseBytes,
      maxEmptyPages,
      governor: governor.right
    })
  })
