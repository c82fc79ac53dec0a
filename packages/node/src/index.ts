/**
 * @since 0.2.0
 */
export * as LeanHttpClient from "./LeanHttpClient.js"

/**
 * @since 0.1.0
 */
export * as NodeFlexClient from "./NodeFlexClient.js"

/**
 * @since 0.1.0
 */
export * as NodeFlexSimulator from "./NodeFlexSimulator.js"
