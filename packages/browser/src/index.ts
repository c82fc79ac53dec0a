/**
 * effect-flex for browsers: FlexClient layers over `fetch` or `XMLHttpRequest`.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { BrowserFlexClient } from "@effect-flex/browser"
 * import { Effect } from "effect"
 *
 * // through a proxy of your own, which holds the Twilio credentials
 * const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list())
 * const runnable = Effect.provide(program, BrowserFlexClient.layer({ baseUrl: "https://flex-proxy.example.com" }))
 * ```
 *
 * @since 0.1.0
 */
export * as BrowserFlexClient from "./BrowserFlexClient.js"
