/**
 * @example
 * ```ts
 * import { LeanHttpClient } from "@effect-flex/node"
 *
 * const HttpLive = LeanHttpClient.layer
 * ```
 *
 * @since 0.2.0
 */
export * as LeanHttpClient from "./LeanHttpClient.js"

/**
 * @example
 * ```ts
 * import { NodeFlexClient } from "@effect-flex/node"
 *
 * const FlexLive = NodeFlexClient.layerConfig()
 * ```
 *
 * @since 0.1.0
 */
export * as NodeFlexClient from "./NodeFlexClient.js"
