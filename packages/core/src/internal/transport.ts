/**
 * The FlexTransport service: a client's resolved options, its HttpClient with credentials and
 * headers, its scrubber, retry schedules and governor (see ./request.ts), behind an opaque public
 * type (see ../FlexTransport.ts).
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as FlexConfig from "../FlexConfig.js"
import type { FlexInvalidInput } from "../FlexError.js"
import type * as FlexTransport from "../FlexTransport.js"
import * as Config from "./config.js"
import * as Request from "./request.js"

/** @internal */
export const TypeId: unique symbol = Symbol.for("@effect-flex/core/FlexTransport")

/** @internal */
export interface Service extends Request.Transport {
  readonly [TypeId]: typeof TypeId
}

/** @internal */
export const key = "@effect-flex/core/FlexTransport"

/**
 * The tag as the operations use it: the same key as the public tag (a context is keyed by it),
 * with the service's members in view.
 *
 * @internal
 */
export const tag = Context.GenericTag<FlexTransport.FlexTransport, Service>(key)

/** @internal */
export const make = (
  options: FlexConfig.Options
): Effect.Effect<Service, FlexInvalidInput, HttpClient.HttpClient> =>
  Effect.gen(function*() {
    const config = yield* Config.resolve(options)
    return { [TypeId]: TypeId, ...Request.make(config, yield* HttpClient.HttpClient) }
  })

/** The options not set to `undefined`, so they do not hide what the environment set. */
const definedOnly = <A extends object>(options: A): Partial<A> =>
  Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<A>

/** @internal */
export type ConfigOptions = Omit<FlexConfig.Options, "accountSid" | "authToken" | "apiKey" | "apiSecret">

/** @internal */
export const makeConfig = (
  options?: ConfigOptions
): Effect.Effect<Service, FlexInvalidInput | ConfigError.ConfigError, HttpClient.HttpClient> =>
  Effect.flatMap(FlexConfig.fromEnv, (env): Effect.Effect<
    Service,
    FlexInvalidInput | ConfigError.ConfigError,
    HttpClient.HttpClient
  > =>
    // Reading the environment means calling Twilio: without credentials every call would be a
    // 401, so fail here, at start-up, instead.
    FlexConfig.hasCredentials(env)
      ? make({ ...env, ...definedOnly(options ?? {}) })
      : Effect.fail(ConfigError.MissingData(
        ["TWILIO_AUTH_TOKEN"],
        "Set TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY with TWILIO_API_SECRET"
      )))
