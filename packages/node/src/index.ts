/**
 * @since 0.1.0
 */
export * as NodeFlexClient from "./NodeFlexClient.js"

/**
 * @since 0.1.0
 */
export * as NodeFlexSimulator from "./NodeFlexSimulator.js"
