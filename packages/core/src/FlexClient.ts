/**
 * The Flex API client: a service over any `HttpClient`.
 *
 * @since 0.1.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Stream from "effect/Stream"
import type * as ChatChannel from "./ChatChannel.js"
import type * as FlexConfig from "./FlexConfig.js"
import type { FlexError, FlexInvalidInput } from "./FlexError.js"
import type * as FlexTransport from "./FlexTransport.js"
import type * as Interaction from "./Interaction.js"
import type * as InteractionChannel from "./InteractionChannel.js"
import * as internal from "./internal/client.js"
import * as Transport from "./internal/transport.js"
import type * as Invite from "./Invite.js"
import type * as Page from "./Page.js"
import type * as Participant from "./Participant.js"
import type * as Transfer from "./Transfer.js"

/**
 * The list calls of a resource. `stream` is lazy and demand-driven (see
 * {@link Page.StreamOptions.prefetch}); `list` collects it; `page` returns one page with the
 * cursor of the next; `pages` streams whole pages, each with its cursor, to resume from later.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect, Option, Stream } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const flex = yield* FlexClient.FlexClient
 *   // lazy, page by page: only the records consumed are fetched
 *   const firstTen = yield* flex.channels.stream().pipe(Stream.take(10), Stream.runCollect)
 *   // one page, and where the next one starts
 *   const page = yield* flex.channels.page({ pageSize: 100 })
 *   const rest = Option.isSome(page.cursor) ? yield* flex.channels.list({ from: page.cursor.value, limit: 500 }) : []
 *   return [...firstTen, ...page.items, ...rest]
 * })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface ListCalls<Args extends ReadonlyArray<string>, A> {
  readonly stream: (...args: [...Args, options?: Page.StreamOptions]) => Stream.Stream<A, FlexError>
  readonly pages: (...args: [...Args, options?: Page.StreamOptions]) => Stream.Stream<Page.Page<A>, FlexError>
  readonly list: (...args: [...Args, options?: Page.ListOptions]) => Effect.Effect<ReadonlyArray<A>, FlexError>
  readonly page: (...args: [...Args, options?: Page.PageOptions]) => Effect.Effect<Page.Page<A>, FlexError>
}

/**
 * The Flex API. SID arguments are plain strings (a decoded record's branded `sid` fits), checked
 * before any request: a wrong kind or shape fails with `FlexInvalidInput`.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const closeChannel = (interactionSid: string, channelSid: string) =>
 *   Effect.gen(function*() {
 *     const flex: FlexClient.FlexClient = yield* FlexClient.FlexClient
 *     const channel = yield* flex.interactionChannels.update(interactionSid, channelSid, { status: "closed" })
 *     return channel.status
 *   })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface FlexClient {
  /** Flex chat channels: `GET /v1/Channels`, `GET /v1/Channels/{Sid}`, the create and the delete. */
  readonly channels: ListCalls<[], ChatChannel.ChatChannel> & {
    readonly fetch: (sid: string) => Effect.Effect<ChatChannel.ChatChannel, FlexError>
    /**
     * `POST /v1/Channels` (`CreateChannel`, 201): a new Flex chat channel (see
     * {@link ChatChannel.CreateParams}). Never retried after a transport failure, since the channel
     * may have been created.
     *
     * @since 0.2.0
     */
    readonly create: (params: ChatChannel.CreateParams) => Effect.Effect<ChatChannel.ChatChannel, FlexError>
    /**
     * `DELETE /v1/Channels/{Sid}` (`DeleteChannel`, 204): succeeds with no value. Like a POST, it
     * is not retried after a transport failure or a 5xx (429 and 503 are): a second attempt after
     * a delete that was applied would fail with `FlexNotFound`.
     *
     * @since 0.2.0
     */
    readonly delete: (sid: string) => Effect.Effect<void, FlexError>
  }
  /**
   * Interactions: `POST /v1/Interactions`, `GET` and `POST /v1/Interactions/{Sid}`.
   *
   * @since 0.2.0
   */
  readonly interactions: {
    /** `GET /v1/Interactions/{Sid}`: one Interaction, with its `channel` and `routing`. */
    readonly fetch: (interactionSid: string) => Effect.Effect<Interaction.Interaction, FlexError>
    /**
     * `POST /v1/Interactions` (`CreateInteraction`): a new Interaction, from its channel and
     * routing (see {@link Interaction.CreateParams}). Twilio accepts it asynchronously: fetch its
     * channels to see whether they were set up. Never retried after a transport failure.
     */
    readonly create: (params: Interaction.CreateParams) => Effect.Effect<Interaction.Interaction, FlexError>
    /**
     * `POST /v1/Interactions/{Sid}` (`UpdateInteraction`): sets the Interaction's `webhookTtid`.
     * Never retried after a transport failure.
     */
    readonly update: (
      interactionSid: string,
      params: Interaction.UpdateParams
    ) => Effect.Effect<Interaction.Interaction, FlexError>
  }
  /**
   * Interaction channels: `GET /v1/Interactions/{InteractionSid}/Channels`, the fetch and the
   * update.
   */
  readonly interactionChannels: ListCalls<[interactionSid: string], InteractionChannel.InteractionChannel> & {
    /**
     * `GET /v1/Interactions/{InteractionSid}/Channels/{Sid}`: one channel of an Interaction.
     *
     * @since 0.2.0
     */
    readonly fetch: (
      interactionSid: string,
      channelSid: string
    ) => Effect.Effect<InteractionChannel.InteractionChannel, FlexError>
    /**
     * `POST /v1/Interactions/{InteractionSid}/Channels/{Sid}`: close a channel, or make it
     * inactive (which requires `routing: { status: "closed" }`). Never retried after a transport
     * failure, since the update may have been applied.
     */
    readonly update: (
      interactionSid: string,
      channelSid: string,
      params: InteractionChannel.UpdateParams
    ) => Effect.Effect<InteractionChannel.InteractionChannel, FlexError>
  }
  /**
   * Participants: `GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants`, the
   * create and the update.
   */
  readonly participants: ListCalls<[interactionSid: string, channelSid: string], Participant.Participant> & {
    /**
     * `POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants`
     * (`CreateInteractionChannelParticipant`): adds a participant (see
     * {@link Participant.CreateParams}). Never retried after a transport failure.
     *
     * @since 0.2.0
     */
    readonly create: (
      interactionSid: string,
      channelSid: string,
      params: Participant.CreateParams
    ) => Effect.Effect<Participant.Participant, FlexError>
    /**
     * `POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants/{Sid}`: set a
     * participant's status to `closed` or `wrapup` (see {@link Participant.UpdateParams}). Never
     * retried after a transport failure, since the update may have been applied.
     *
     * @since 0.2.0
     */
    readonly update: (
      interactionSid: string,
      channelSid: string,
      participantSid: string,
      params: Participant.UpdateParams
    ) => Effect.Effect<Participant.Participant, FlexError>
  }
  /**
   * Invites: `GET` and `POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites`.
   *
   * @since 0.2.0
   */
  readonly invites: ListCalls<[interactionSid: string, channelSid: string], Invite.Invite> & {
    /**
     * `POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites`
     * (`CreateInteractionChannelInvite`): routes a new task for the channel, to bring in another
     * agent or a queue (see {@link Invite.CreateParams}). Never retried after a transport failure.
     */
    readonly create: (
      interactionSid: string,
      channelSid: string,
      params: Invite.CreateParams
    ) => Effect.Effect<Invite.Invite, FlexError>
  }
  /**
   * Transfers: `POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers`, `GET` and
   * `POST …/Transfers/{Sid}`. Their bodies are JSON (see {@link Transfer.CreateParams}).
   *
   * @since 0.2.0
   */
  readonly transfers: {
    /** `CreateInteractionTransfer` (201). Never retried after a transport failure. */
    readonly create: (
      interactionSid: string,
      channelSid: string,
      params: Transfer.CreateParams
    ) => Effect.Effect<Transfer.Transfer, FlexError>
    /** `FetchInteractionTransfer`: one transfer (`UX…`). */
    readonly fetch: (
      interactionSid: string,
      channelSid: string,
      transferSid: string
    ) => Effect.Effect<Transfer.Transfer, FlexError>
    /** `UpdateInteractionTransfer`. Never retried after a transport failure. */
    readonly update: (
      interactionSid: string,
      channelSid: string,
      transferSid: string,
      params: Transfer.UpdateParams
    ) => Effect.Effect<Transfer.Transfer, FlexError>
  }
}

/**
 * The service tag: `yield* FlexClient.FlexClient` in a program, a layer (`layer`,
 * `layerConfig`, or a runtime package's) to provide it.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const flex = yield* FlexClient.FlexClient
 *   const channel = yield* flex.channels.fetch("CH0123456789abcdef0123456789abcdef")
 *   return channel.taskSid
 * })
 * ```
 *
 * @since 0.1.0
 * @category tags
 */
export const FlexClient: Context.Tag<FlexClient, FlexClient> = Context.GenericTag<FlexClient>(
  "@effect-flex/core/FlexClient"
)

/**
 * Builds a client over the `HttpClient` in context. Fails with `FlexInvalidInput` when an
 * option is invalid; no request is made.
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect, Redacted } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const flex = yield* FlexClient.make({
 *     accountSid: "AC0123456789abcdef0123456789abcdef",
 *     authToken: Redacted.make("your-auth-token")
 *   })
 *   return yield* flex.channels.list({ limit: 10 })
 * }).pipe(Effect.provide(FetchHttpClient.layer))
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: (
  options: FlexConfig.Options
) => Effect.Effect<FlexClient, FlexInvalidInput, HttpClient.HttpClient> = internal.make

/**
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect, Layer, Redacted } from "effect"
 *
 * const FlexLive = FlexClient.layer({
 *   accountSid: "AC0123456789abcdef0123456789abcdef",
 *   authToken: Redacted.make("your-auth-token"),
 *   retry: { maxAttempts: 3 }
 * }).pipe(Layer.provide(FetchHttpClient.layer))
 *
 * const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list()).pipe(
 *   Effect.provide(FlexLive)
 * )
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: FlexConfig.Options): Layer.Layer<FlexClient, FlexInvalidInput, HttpClient.HttpClient> =>
  Layer.effect(FlexClient, make(options))

/**
 * A client configured from the environment (see {@link FlexConfig.fromEnv}), with the other
 * options given here.
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { FlexClient } from "@effect-flex/core"
 * import { Layer } from "effect"
 *
 * // TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN (or TWILIO_API_KEY + TWILIO_API_SECRET),
 * // TWILIO_EDGE, TWILIO_REGION and FLEX_BASE_URL from the environment; the rest from here
 * const FlexLive = FlexClient.layerConfig({ pageSize: 200, userAgent: "my-app/1.2" }).pipe(
 *   Layer.provide(FetchHttpClient.layer)
 * )
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options?: Omit<FlexConfig.Options, "accountSid" | "authToken" | "apiKey" | "apiSecret">
): Layer.Layer<FlexClient, FlexInvalidInput | ConfigError.ConfigError, HttpClient.HttpClient> =>
  Layer.effect(FlexClient, Effect.map(Transport.makeConfig(options), internal.fromTransport))

/**
 * The client of the {@link FlexTransport.FlexTransport} in context: its operations share that
 * transport's options, governor and metrics with the per-resource modules' functions
 * (`InteractionChannels.stream`, …) run on it.
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { FlexClient, FlexTransport } from "@effect-flex/core"
 * import { Layer } from "effect"
 *
 * // both styles in one program, over one transport (one governor)
 * const FlexLive = FlexClient.layerFromTransport.pipe(
 *   Layer.provideMerge(FlexTransport.layer({ baseUrl: "http://127.0.0.1:4010" })),
 *   Layer.provide(FetchHttpClient.layer)
 * )
 * ```
 *
 * @since 0.2.0
 * @category layers
 */
export const layerFromTransport: Layer.Layer<FlexClient, never, FlexTransport.FlexTransport> = Layer.effect(
  FlexClient,
  Effect.map(Transport.tag, internal.fromTransport)
)
