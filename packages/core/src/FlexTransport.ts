/**
 * The connection every Flex call runs on: the client's validated options, its `HttpClient` with
 * credentials and headers, its retries, its governor and its metrics, with none of the
 * operations. The per-resource modules' functions (`InteractionChannels.stream`,
 * `ChatChannels.fetch`, …) need it in context, so that a bundle holds only the operations it
 * calls; {@link FlexClient.layerFromTransport} builds the whole client on it.
 *
 * @since 0.2.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import type * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as FlexClient from "./FlexClient.js"
import type * as FlexConfig from "./FlexConfig.js"
import type { FlexInvalidInput } from "./FlexError.js"
import * as internal from "./internal/transport.js"

/**
 * A configured connection to the Flex API. Opaque: build it with {@link layer} (or a runtime's
 * `layerTransport`), use it through the per-resource modules.
 *
 * @example
 * ```ts
 * import type { FlexTransport } from "@effect-flex/core"
 * import { InteractionChannels } from "@effect-flex/core"
 * import type { Effect } from "effect"
 *
 * // what a module's call needs: a FlexTransport in context
 * const fetched: Effect.Effect<unknown, unknown, FlexTransport.FlexTransport> = InteractionChannels.fetch(
 *   "KD0123456789abcdef0123456789abcdef",
 *   "UO0123456789abcdef0123456789abcdef"
 * )
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export interface FlexTransport {
  readonly [internal.TypeId]: typeof internal.TypeId
}

/**
 * @example
 * ```ts
 * import { FlexClient, FlexTransport } from "@effect-flex/core"
 * import { Layer } from "effect"
 *
 * // a FlexClient on the transport in context
 * const FlexClientLive: Layer.Layer<FlexClient.FlexClient, never, FlexTransport.FlexTransport> =
 *   FlexClient.layerFromTransport
 * ```
 *
 * @since 0.2.0
 * @category tags
 */
export const FlexTransport: Context.Tag<FlexTransport, FlexTransport> = Context.GenericTag<FlexTransport>(internal.key)

/**
 * Validates the options (the same as {@link FlexClient.make}'s) and builds a transport over the
 * `HttpClient` in context. Fails with `FlexInvalidInput` when an option is invalid; no request is
 * made.
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { ChatChannels, FlexTransport } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const transport = yield* FlexTransport.make({ baseUrl: "http://127.0.0.1:4010" })
 *   return yield* ChatChannels.list({ limit: 10 }).pipe(Effect.provideService(FlexTransport.FlexTransport, transport))
 * }).pipe(Effect.provide(FetchHttpClient.layer))
 * ```
 *
 * @since 0.2.0
 * @category constructors
 */
export const make: (
  options: FlexConfig.Options
) => Effect.Effect<FlexTransport, FlexInvalidInput, HttpClient.HttpClient> = internal.make

/**
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { FlexTransport, InteractionChannels } from "@effect-flex/core"
 * import { Effect, Layer, Stream } from "effect"
 *
 * const FlexLive = FlexTransport.layer({ baseUrl: "http://127.0.0.1:4010" }).pipe(
 *   Layer.provide(FetchHttpClient.layer)
 * )
 *
 * const active = InteractionChannels.stream("KD0123456789abcdef0123456789abcdef").pipe(
 *   Stream.filter((channel) => channel.status === "active"),
 *   Stream.runCount,
 *   Effect.provide(FlexLive)
 * )
 * ```
 *
 * @since 0.2.0
 * @category layers
 */
export const layer = (
  options: FlexConfig.Options
): Layer.Layer<FlexTransport, FlexInvalidInput, HttpClient.HttpClient> => Layer.effect(FlexTransport, make(options))

/**
 * A transport configured from the environment, as {@link FlexClient.layerConfig} reads it, with
 * the other options given here.
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { FlexTransport } from "@effect-flex/core"
 * import { Layer } from "effect"
 *
 * // TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN (or an API key) from the environment
 * const FlexLive = FlexTransport.layerConfig({ pageSize: 200 }).pipe(Layer.provide(FetchHttpClient.layer))
 * ```
 *
 * @since 0.2.0
 * @category layers
 */
export const layerConfig = (
  options?: Omit<FlexConfig.Options, "accountSid" | "authToken" | "apiKey" | "apiSecret">
): Layer.Layer<FlexTransport, FlexInvalidInput | ConfigError.ConfigError, HttpClient.HttpClient> =>
  Layer.effect(FlexTransport, internal.makeConfig(options))
