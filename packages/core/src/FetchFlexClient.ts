/**
 * FlexClient layers over the runtime's own `fetch` (`@effect/platform`'s `FetchHttpClient`), for
 * every runtime that has one and no Node built-ins: Bun, Deno, Cloudflare Workers, Node itself.
 * Same options and guarantees as `NodeFlexClient`: per-attempt timeouts, retries, the response
 * size bound and secret scrubbing all live in the client, above the `HttpClient`.
 *
 * Redirects are never followed (`redirect: "manual"`): a 3xx comes back as it is and fails with
 * `FlexApiError`, as over `NodeFlexClient`, so credentials are never replayed to wherever a
 * redirect points. (`"manual"` rather than `"error"`: Cloudflare Workers reject `"error"`, and it
 * would make a redirect look like a lost connection, retried.) In a browser, use
 * `BrowserFlexClient` instead, which refuses redirects outright.
 *
 * @since 0.2.0
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as ConfigError from "effect/ConfigError"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as FlexClient from "./FlexClient.js"
import type * as FlexConfig from "./FlexConfig.js"
import { FlexInvalidInput } from "./FlexError.js"
import * as FlexTransport from "./FlexTransport.js"
import { snapshot, unreadable } from "./internal/input.js"

/**
 * Options of the fetch layers: the client options, plus the `RequestInit` given to `fetch`.
 *
 * @example
 * ```ts
 * import type { FetchFlexClient } from "@effect-flex/core"
 * import { Redacted } from "effect"
 *
 * const options: FetchFlexClient.Options = {
 *   accountSid: "AC0123456789abcdef0123456789abcdef",
 *   authToken: Redacted.make("your-auth-token"),
 *   timeout: "10 seconds",
 *   requestInit: { keepalive: true }
 * }
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export interface Options extends FlexConfig.Options {
  /**
   * Passed to every `fetch`, over the default `{ redirect: "manual" }`. A `signal` here is
   * ignored: each request gets its own, which the timeout and interruption abort.
   */
  readonly requestInit?: RequestInit | undefined
}

/**
 * A FlexClient over `fetch`.
 *
 * @example
 * ```ts
 * import { FetchFlexClient, FlexClient } from "@effect-flex/core"
 * import { Effect, Redacted } from "effect"
 *
 * // in Bun or Deno: credentials from wherever the app keeps them
 * const FlexLive = FetchFlexClient.layer({
 *   accountSid: "AC0123456789abcdef0123456789abcdef",
 *   authToken: Redacted.make("your-auth-token")
 * })
 *
 * const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list({ limit: 10 }))
 * const runnable = Effect.provide(program, FlexLive)
 * ```
 *
 * @since 0.2.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<FlexClient.FlexClient, FlexInvalidInput> =>
  // FlexClient reads only its own keys of `options`, so `requestInit` may stay in.
  FlexClient.layer(options).pipe(Layer.provide(layerFetch(options)))

/**
 * A FlexClient over `fetch`, configured through Effect's `Config` (see `FlexConfig.fromEnv`):
 * `TWILIO_ACCOUNT_SID` with `TWILIO_AUTH_TOKEN` (or `TWILIO_API_KEY` with `TWILIO_API_SECRET`),
 * `TWILIO_EDGE`, `TWILIO_REGION` and `FLEX_BASE_URL`. The default `ConfigProvider` reads
 * `process.env` (Bun; Deno with `--allow-env` for those names). A Cloudflare Worker has no
 * `process`: give it the Worker's `env` bindings with `ConfigProvider.fromJson(env)`.
 *
 * @example
 * ```ts
 * import { FetchFlexClient, FlexClient } from "@effect-flex/core"
 * import { ConfigProvider, Effect, Layer } from "effect"
 *
 * // a Cloudflare Worker: the credentials are secrets bound to `env`
 * export default {
 *   fetch: (_request: Request, env: Record<string, unknown>): Promise<Response> =>
 *     Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list({ limit: 10 })).pipe(
 *       Effect.map((channels) => Response.json({ count: channels.length })),
 *       Effect.provide(
 *         FetchFlexClient.layerConfig().pipe(Layer.provide(Layer.setConfigProvider(ConfigProvider.fromJson(env))))
 *       ),
 *       Effect.catchAll((error) => Effect.succeed(Response.json({ error: error._tag }, { status: 502 }))),
 *       Effect.runPromise
 *     )
 * }
 * ```
 *
 * @since 0.2.0
 * @category layers
 */
export const layerConfig = (
  options?: Parameters<typeof FlexClient.layerConfig>[0] & { readonly requestInit?: RequestInit | undefined }
): Layer.Layer<FlexClient.FlexClient, FlexInvalidInput | ConfigError.ConfigError> =>
  FlexClient.layerConfig(options).pipe(Layer.provide(layerFetch(options)))

/**
 * The {@link FlexTransport.FlexTransport} alone, over the runtime's `fetch` as {@link layer}
 * has it: for the per-resource modules' functions (`InteractionChannels.stream`, …), so that a
 * bundle holds only the operations it calls.
 *
 * @example
 * ```ts
 * import { FetchFlexClient, InteractionChannels } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const channels = InteractionChannels.list("KD0123456789abcdef0123456789abcdef").pipe(
 *   Effect.provide(FetchFlexClient.layerTransport({ baseUrl: "http://127.0.0.1:4010" }))
 * )
 * ```
 *
 * @since 0.2.0
 * @category layers
 */
export const layerTransport = (options: Options): Layer.Layer<FlexTransport.FlexTransport, FlexInvalidInput> =>
  FlexTransport.layer(options).pipe(Layer.provide(layerFetch(options)))

/**
 * {@link layerTransport}, configured from the environment as {@link layerConfig} is.
 *
 * @example
 * ```ts
 * import { FetchFlexClient, InteractionChannels } from "@effect-flex/core"
 * import { ConfigProvider, Effect, Layer } from "effect"
 *
 * // in a Worker: TWILIO_* from the env bindings
 * const count = (env: Record<string, unknown>, interactionSid: string) =>
 *   InteractionChannels.list(interactionSid).pipe(
 *     Effect.map((channels) => channels.length),
 *     Effect.provide(
 *       FetchFlexClient.layerTransportConfig().pipe(Layer.provide(Layer.setConfigProvider(ConfigProvider.fromJson(env))))
 *     )
 *   )
 * ```
 *
 * @since 0.2.0
 * @category layers
 */
export const layerTransportConfig = (
  options?: Parameters<typeof FlexTransport.layerConfig>[0] & { readonly requestInit?: RequestInit | undefined }
): Layer.Layer<FlexTransport.FlexTransport, FlexInvalidInput | ConfigError.ConfigError> =>
  FlexTransport.layerConfig(options).pipe(Layer.provide(layerFetch(options)))

/**
 * The fetch HttpClient with redirects handed back rather than followed, then the caller's
 * `RequestInit`, read once when the layer is built (like every option: a throwing getter is a
 * FlexInvalidInput, never a throw at the call site).
 */
const layerFetch = (options: Options | undefined) =>
  FetchHttpClient.layer.pipe(Layer.provide(Layer.effect(
    FetchHttpClient.RequestInit,
    Effect.suspend(() => {
      const read = snapshot("FlexClient", "options", options, ["requestInit"])
      if (Either.isLeft(read)) return Effect.fail(read.left)
      try {
        return Effect.succeed<RequestInit>({ redirect: "manual", ...(read.right?.requestInit as RequestInit) })
      } catch {
        return Effect.fail(
          new FlexInvalidInput({
            operation: "FlexClient",
            argument: "options.requestInit",
            message: unreadable("options.requestInit")
          })
        )
      }
    })
  )))
