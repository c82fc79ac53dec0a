/**
 * FlexClient layers for Node.js, over the undici HttpClient of `@effect/platform-node`.
 *
 * @since 0.1.0
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import type * as FlexConfig from "@effect-flex/core/FlexConfig"
import type { FlexInvalidInput } from "@effect-flex/core/FlexError"
// By subpath: the package index would load @effect/cluster, rpc and sql as well.
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import type * as ConfigError from "effect/ConfigError"
import * as Layer from "effect/Layer"

/**
 * A FlexClient over undici (keep-alive connection pool, interruption aborts the request).
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: FlexConfig.Options): Layer.Layer<FlexClient.FlexClient, FlexInvalidInput> =>
  FlexClient.layer(options).pipe(Layer.provide(NodeHttpClient.layerUndici))

/**
 * A FlexClient over undici, configured from `TWILIO_*` environment variables.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options?: Parameters<typeof FlexClient.layerConfig>[0]
): Layer.Layer<FlexClient.FlexClient, FlexInvalidInput | ConfigError.ConfigError> =>
  FlexClient.layerConfig(options).pipe(Layer.provide(NodeHttpClient.layerUndici))
