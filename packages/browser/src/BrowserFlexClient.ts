/**
 * FlexClient layers for browsers, over `fetch` (or XMLHttpRequest).
 *
 * In a browser, credentials are usually not in the page at all: point `baseUrl` at your own
 * proxy and leave them out, so no `Authorization` header is sent.
 *
 * Account credentials (`authToken`, `apiSecret`) in a page are readable by everyone who loads it:
 * both layers refuse them, with `FlexInvalidInput` and before any request, on a page served over
 * plain `http:` from a non-loopback host, and log a warning (once per page) on any other page.
 *
 * Two differences from Node: browsers do not let a page set `User-Agent`, so none is sent (the
 * `userAgent` option has no effect); and with XMLHttpRequest the browser follows redirects itself
 * (it drops `Authorization` on a cross-origin redirect, but prefer the fetch layer, which refuses
 * redirects outright).
 *
 * @since 0.1.0
 */
import * as FetchFlexClient from "@effect-flex/core/FetchFlexClient"
import * as FlexClient from "@effect-flex/core/FlexClient"
import type * as FlexConfig from "@effect-flex/core/FlexConfig"
import { FlexInvalidInput } from "@effect-flex/core/FlexError"
import type * as FlexTransport from "@effect-flex/core/FlexTransport"
import * as BrowserHttpClient from "@effect/platform-browser/BrowserHttpClient"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Credentials from "./internal/credentials.js"

/**
 * Options of the browser layers: the client options, plus the `RequestInit` given to `fetch`.
 *
 * @example
 * ```ts
 * import { BrowserFlexClient } from "@effect-flex/browser"
 *
 * // a cookie-authenticated proxy of your own: no Twilio credentials in the page
 * const options: BrowserFlexClient.Options = {
 *   baseUrl: "https://flex-proxy.example.com",
 *   requestInit: { credentials: "include" }
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Options extends FlexConfig.Options {
  /**
   * Passed to every `fetch` (e.g. `{ credentials: "include" }` for a cookie-authenticated proxy).
   * Redirects default to `"error"`: credentials are never replayed to wherever a redirect points.
   */
  readonly requestInit?: RequestInit | undefined
}

/**
 * A FlexClient over `fetch`.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { BrowserFlexClient } from "@effect-flex/browser"
 * import { Effect } from "effect"
 *
 * const FlexLive = BrowserFlexClient.layer({ baseUrl: "https://flex-proxy.example.com" })
 *
 * const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list())
 * const runnable = Effect.provide(program, FlexLive)
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<FlexClient.FlexClient, FlexInvalidInput> =>
  guarded(options, FetchFlexClient.layer)

/**
 * The {@link FlexTransport.FlexTransport} alone, with the same fetch settings and credentials
 * rule as {@link layer}: for the per-resource modules' functions (`InteractionChannels.stream`,
 * …), so that the page's bundle holds only the operations it calls.
 *
 * @example
 * ```ts
 * import { BrowserFlexClient } from "@effect-flex/browser"
 * import { InteractionChannels } from "@effect-flex/core"
 * import { Effect, Stream } from "effect"
 *
 * // through the app's own proxy, which adds the credentials
 * const count = InteractionChannels.stream("KD0123456789abcdef0123456789abcdef").pipe(
 *   Stream.runCount,
 *   Effect.provide(BrowserFlexClient.layerTransport({ baseUrl: "https://flex-proxy.example.com" }))
 * )
 * ```
 *
 * @since 0.2.0
 * @category layers
 */
export const layerTransport = (options: Options): Layer.Layer<FlexTransport.FlexTransport, FlexInvalidInput> =>
  guarded(options, FetchFlexClient.layerTransport)

/**
 * A FlexClient over `XMLHttpRequest`, for environments where `fetch` is unavailable or patched.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { BrowserFlexClient } from "@effect-flex/browser"
 * import { Effect } from "effect"
 *
 * const FlexLive = BrowserFlexClient.layerXMLHttpRequest({ baseUrl: "https://flex-proxy.example.com" })
 *
 * const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.fetch("CH00000000000000000000000000000001"))
 * const runnable = Effect.provide(program, FlexLive)
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerXMLHttpRequest = (
  options: FlexConfig.Options
): Layer.Layer<FlexClient.FlexClient, FlexInvalidInput> =>
  guarded(options, (copy) => FlexClient.layer(copy).pipe(Layer.provide(BrowserHttpClient.layerXMLHttpRequest)))

/**
 * The layer of a copy of the options, built only once the page passed the credentials rule (see
 * internal/credentials.ts). The copy is taken inside the layer, so that options whose getter
 * throws (or a revoked Proxy) are a `FlexInvalidInput`, never an exception at the call site; it
 * defaults fetch's redirects to "error", not FetchFlexClient's "manual", since a browser hides a
 * manual redirect's status (status 0).
 */
const guarded = <A, E>(
  options: Options,
  layer: (copy: Options) => Layer.Layer<A, E>
): Layer.Layer<A, E | FlexInvalidInput> =>
  Layer.unwrapEffect(Effect.suspend(() => {
    const invalid = (message: string) =>
      Effect.fail(new FlexInvalidInput({ operation: "BrowserFlexClient", argument: "options", message }))
    if (typeof options !== "object" || options === null) return invalid("options must be an object")
    let copy: Options
    try {
      copy = { ...options, requestInit: { redirect: "error", ...options.requestInit } }
    } catch {
      return invalid("options could not be read (a property getter threw, or it is a revoked Proxy)")
    }
    return Effect.as(Credentials.guard(copy), layer(copy))
  }))
