/**
 * @example
 * ```ts
 * import { ChatChannel } from "@effect-flex/core"
 *
 * const hasTask = (channel: ChatChannel.ChatChannel): boolean => channel.taskSid !== null
 * ```
 *
 * @since 0.1.0
 */
export * as ChatChannel from "./ChatChannel.js"

/**
 * @example
 * ```ts
 * import { ChatChannels } from "@effect-flex/core"
 *
 * // FlexClient's `channels.fetch`, with the FlexTransport from the context
 * const channel = ChatChannels.fetch("CH0123456789abcdef0123456789abcdef")
 * ```
 *
 * @since 0.2.0
 */
export * as ChatChannels from "./ChatChannels.js"

/**
 * @example
 * ```ts
 * import { FetchFlexClient, FlexClient } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * // Bun, Deno, Cloudflare Workers: FlexClient over the runtime's fetch
 * const FlexLive = FetchFlexClient.layer({ baseUrl: "http://127.0.0.1:4010" })
 * const channels = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list()).pipe(Effect.provide(FlexLive))
 * ```
 *
 * @since 0.2.0
 */
export * as FetchFlexClient from "./FetchFlexClient.js"

/**
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const channels = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list({ limit: 50 }))
 * ```
 *
 * @since 0.1.0
 */
export * as FlexClient from "./FlexClient.js"

/**
 * @example
 * ```ts
 * import { FlexConfig } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * // the options `FlexClient.layerConfig` reads: TWILIO_* and FLEX_BASE_URL
 * const options = Effect.map(FlexConfig.fromEnv, FlexConfig.hasCredentials)
 * ```
 *
 * @since 0.1.0
 */
export * as FlexConfig from "./FlexConfig.js"

/**
 * @example
 * ```ts
 * import { FlexClient, FlexError } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.fetch("CH0123456789abcdef0123456789abcdef")).pipe(
 *   Effect.catchIf(FlexError.isFlexError, (error) => Effect.logError(error._tag, error.message))
 * )
 * ```
 *
 * @since 0.1.0
 */
export * as FlexError from "./FlexError.js"

/**
 * @example
 * ```ts
 * import { FlexTransport, InteractionChannels } from "@effect-flex/core"
 * import { FetchHttpClient } from "@effect/platform"
 * import { Effect, Layer } from "effect"
 *
 * const FlexLive = FlexTransport.layer({ baseUrl: "http://127.0.0.1:4010" }).pipe(Layer.provide(FetchHttpClient.layer))
 * const channels = InteractionChannels.list("KD0123456789abcdef0123456789abcdef").pipe(Effect.provide(FlexLive))
 * ```
 *
 * @since 0.2.0
 */
export * as FlexTransport from "./FlexTransport.js"

/**
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const channelOf = (interactionSid: string) =>
 *   Effect.flatMap(FlexClient.FlexClient, (flex) => flex.interactions.fetch(interactionSid)).pipe(
 *     Effect.map((interaction) => interaction.channel)
 *   )
 * ```
 *
 * @since 0.2.0
 */
export * as Interaction from "./Interaction.js"

/**
 * @example
 * ```ts
 * import { InteractionChannel } from "@effect-flex/core"
 *
 * // a status Twilio added after this release still decodes, as a string
 * const describe = (channel: InteractionChannel.InteractionChannel): string =>
 *   InteractionChannel.isKnownStatus(channel.status) ? channel.status : `unknown status ${channel.status}`
 * ```
 *
 * @since 0.1.0
 */
export * as InteractionChannel from "./InteractionChannel.js"

/**
 * @example
 * ```ts
 * import { InteractionChannels } from "@effect-flex/core"
 * import { Stream } from "effect"
 *
 * const active = InteractionChannels.stream("KD0123456789abcdef0123456789abcdef", { pageSize: 200 }).pipe(
 *   Stream.filter((channel) => channel.status === "active")
 * )
 * ```
 *
 * @since 0.2.0
 */
export * as InteractionChannels from "./InteractionChannels.js"

/**
 * @example
 * ```ts
 * import { Interactions } from "@effect-flex/core"
 *
 * const interaction = Interactions.fetch("KD0123456789abcdef0123456789abcdef")
 * ```
 *
 * @since 0.2.0
 */
export * as Interactions from "./Interactions.js"

/**
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * // bring a queue into a channel, then see every invite of it
 * const invites = Effect.flatMap(FlexClient.FlexClient, (flex) =>
 *   Effect.zipRight(
 *     flex.invites.create("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", { routing: { properties: { task_channel_unique_name: "chat" } } }),
 *     flex.invites.list("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef")
 *   ))
 * ```
 *
 * @since 0.2.0
 */
export * as Invite from "./Invite.js"

/**
 * @example
 * ```ts
 * import { Invites } from "@effect-flex/core"
 *
 * const invites = Invites.list("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef")
 * ```
 *
 * @since 0.2.0
 */
export * as Invites from "./Invites.js"

/**
 * @example
 * ```ts
 * import type { Page } from "@effect-flex/core"
 *
 * const options: Page.StreamOptions = { pageSize: 200, limit: 1000, prefetch: 1 }
 * ```
 *
 * @since 0.1.0
 */
export * as Page from "./Page.js"

/**
 * @example
 * ```ts
 * import type { Participant } from "@effect-flex/core"
 *
 * const wrapUp: Participant.UpdateParams = { status: "wrapup" }
 * ```
 *
 * @since 0.1.0
 */
export * as Participant from "./Participant.js"

/**
 * @example
 * ```ts
 * import { Participants } from "@effect-flex/core"
 *
 * const participants = Participants.list("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef")
 * ```
 *
 * @since 0.2.0
 */
export * as Participants from "./Participants.js"

/**
 * @example
 * ```ts
 * import { Sid } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * const interactionSid: Sid.InteractionSid = Schema.decodeUnknownSync(Sid.InteractionSid)("KD0123456789abcdef0123456789abcdef")
 * ```
 *
 * @since 0.1.0
 */
export * as Sid from "./Sid.js"

/**
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const statusOf = (transferSid: string) =>
 *   Effect.flatMap(FlexClient.FlexClient, (flex) => flex.transfers.fetch("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", transferSid)).pipe(
 *     Effect.map((transfer) => transfer.status)
 *   )
 * ```
 *
 * @since 0.2.0
 */
export * as Transfer from "./Transfer.js"

/**
 * @example
 * ```ts
 * import { Transfers } from "@effect-flex/core"
 *
 * const transfer = Transfers.fetch(
 *   "KD0123456789abcdef0123456789abcdef",
 *   "UO0123456789abcdef0123456789abcdef",
 *   "UX0123456789abcdef0123456789abcdef"
 * )
 * ```
 *
 * @since 0.2.0
 */
export * as Transfers from "./Transfers.js"
