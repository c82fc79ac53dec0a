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
import type * as ConfigError from "effect/ConfigError"
import * as Layer from "effect/Layer"
import * as LeanHttpClient from "./LeanHttpClient.js"

/**
 * A FlexClient over {@link LeanHttpClient} (keep-alive connections, interruption aborts the request).
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: FlexConfig.Options): Layer.Layer<FlexClient.FlexClient, FlexInvalidInput> =>
  FlexClient.layer(options).pipe(Layer.provide(LeanHttpClient.layer))

/**
 * A FlexClient over {@link LeanHttpClient}, configured from `TWILIO_*` environment variables.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options?: Parameters<typeof FlexClient.layerConfig>[0]
): Layer.Layer<FlexClient.FlexClient, FlexInvalidInput | ConfigError.ConfigError> =>
  FlexClient.layerConfig(options).pipe(Layer.provide(LeanHttpClient.layer))
