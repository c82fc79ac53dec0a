/**
 * @since 0.1.0
 */
export * as BrowserFlexClient from "./BrowserFlexClient.js"
