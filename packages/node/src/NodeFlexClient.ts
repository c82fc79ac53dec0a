/**
 * FlexClient layers for Node.js, over {@link LeanHttpClient} (`node:http` and `node:https` with
 * keep-alive agents). To run a FlexClient over another HttpClient (say `@effect/platform-node`'s
 * `LeanHttpClient.layer`), provide it to `FlexClient.layer` instead.
 *
 * @since 0.1.0
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import type * as FlexConfig from "@effect-flex/core/FlexConfig"
import type { FlexInvalidInput } from "@effect-flex/core/FlexError"
import * as FlexTransport from "@effect-flex/core/FlexTransport"
import type * as ConfigError from "effect/ConfigError"
import * as Layer from "effect/Layer"
import * as LeanHttpClient from "./LeanHttpClient.js"

/**
 * A FlexClient over {@link LeanHttpClient} (keep-alive connections, interruption aborts the request).
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { NodeFlexClient } from "@effect-flex/node"
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const flex = yield* FlexClient.FlexClient
 *   const channels = yield* flex.channels.list()
 *   console.log(channels.length) // 3
 * })
 *
 * // against a simulator on a loopback port (for Twilio: your own credentials, no baseUrl)
 * const main = Effect.gen(function*() {
 *   const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
 *   const FlexLive = NodeFlexClient.layer({
 *     accountSid: FlexSimulator.defaultCredentials.accountSid,
 *     authToken: FlexSimulator.defaultCredentials.authToken,
 *     baseUrl: url
 *   })
 *   yield* Effect.provide(program, FlexLive)
 * })
 *
 * Effect.runPromise(Effect.provide(main, NodeFlexSimulator.layer({ seed: { chatChannels: 3 } })))
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: FlexConfig.Options): Layer.Layer<FlexClient.FlexClient, FlexInvalidInput> =>
  FlexClient.layer(options).pipe(Layer.provide(LeanHttpClient.layer))

/**
 * A FlexClient over {@link LeanHttpClient}, configured from `TWILIO_*` environment variables.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { NodeFlexClient } from "@effect-flex/node"
 * import { Effect } from "effect"
 *
 * // TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET)
 * const FlexLive = NodeFlexClient.layerConfig({ userAgent: "my-app/1.0" })
 *
 * const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list({ pageSize: 100 }))
 * const runnable = Effect.provide(program, FlexLive)
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options?: Parameters<typeof FlexClient.layerConfig>[0]
): Layer.Layer<FlexClient.FlexClient, FlexInvalidInput | ConfigError.ConfigError> =>
  FlexClient.layerConfig(options).pipe(Layer.provide(LeanHttpClient.layer))

/**
 * The {@link FlexTransport.FlexTransport} alone, over the same HttpClient as {@link layer}: for
 * the per-resource modules' functions (`InteractionChannels.stream`, …).
 *
 * @example
 * ```ts
 * import { InteractionChannels } from "@effect-flex/core"
 * import { NodeFlexClient } from "@effect-flex/node"
 * import { Effect, Redacted } from "effect"
 *
 * const count = InteractionChannels.list("KD0123456789abcdef0123456789abcdef").pipe(
 *   Effect.map((channels) => channels.length),
 *   Effect.provide(NodeFlexClient.layerTransport({
 *     accountSid: "AC0123456789abcdef0123456789abcdef",
 *     authToken: Redacted.make("your-auth-token")
 *   }))
 * )
 * ```
 *
 * @since 0.2.0
 * @category layers
 */
export const layerTransport = (
  options: FlexConfig.Options
): Layer.Layer<FlexTransport.FlexTransport, FlexInvalidInput> =>
  FlexTransport.layer(options).pipe(Layer.provide(LeanHttpClient.layer))

/**
 * {@link layerTransport}, configured from the environment as {@link layerConfig} is.
 *
 * @example
 * ```ts
 * import { ChatChannels } from "@effect-flex/core"
 * import { NodeFlexClient } from "@effect-flex/node"
 * import { Effect } from "effect"
 *
 * // TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN (or an API key) and FLEX_BASE_URL from the environment
 * const channels = ChatChannels.list({ limit: 10 }).pipe(Effect.provide(NodeFlexClient.layerTransportConfig()))
 * ```
 *
 * @since 0.2.0
 * @category layers
 */
export const layerTransportConfig = (
  options?: Parameters<typeof FlexTransport.layerConfig>[0]
): Layer.Layer<FlexTransport.FlexTransport, FlexInvalidInput | ConfigError.ConfigError> =>
  FlexTransport.layerConfig(options).pipe(Layer.provide(LeanHttpClient.layer))
