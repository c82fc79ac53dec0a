/**
 * An Interaction's channels (`/v1/Interactions/{InteractionSid}/Channels`): the calls of
 * `FlexClient`'s `interactionChannels`, as functions of the {@link FlexTransport.FlexTransport} in
 * context. A bundle holds only the functions it imports.
 *
 * @example
 * ```ts
 * import { InteractionChannels } from "@effect-flex/core"
 * import { Stream } from "effect"
 *
 * const interactionSid = "KD0123456789abcdef0123456789abcdef"
 *
 * // close every active channel, four at a time
 * const closeActive = InteractionChannels.stream(interactionSid, { pageSize: 200 }).pipe(
 *   Stream.filter((channel) => channel.status === "active"),
 *   Stream.mapEffect((channel) => InteractionChannels.update(interactionSid, channel.sid, { status: "closed" }), {
 *     concurrency: 4
 *   }),
 *   Stream.runDrain
 * )
 * ```
 *
 * @since 0.2.0
 */
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { FlexError } from "./FlexError.js"
import type * as FlexTransport from "./FlexTransport.js"
import type * as InteractionChannel from "./InteractionChannel.js"
import * as Endpoints from "./internal/endpoints.js"
import * as Operation from "./internal/operation.js"
import type * as Page from "./Page.js"

/**
 * `GET /v1/Interactions/{InteractionSid}/Channels`, one record at a time: lazy (no request before the first pull), a page fetched
 * only when needed (at most `prefetch` pages ahead, default 1), following `meta.next_page_url`,
 * stopping at `limit`.
 *
 * @example
 * ```ts
 * import { InteractionChannels } from "@effect-flex/core"
 * import { Stream } from "effect"
 *
 * // the first 500, pulled as they are consumed
 * const first = InteractionChannels.stream("KD0123456789abcdef0123456789abcdef", { pageSize: 100, limit: 500 }).pipe(Stream.runCollect)
 * ```
 *
 * @since 0.2.0
 * @category listing
 */
export const stream = (
  interactionSid: string,
  options?: Page.StreamOptions
): Stream.Stream<InteractionChannel.InteractionChannel, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextStream(Endpoints.listInteractionChannels, [interactionSid], options)

/**
 * `GET /v1/Interactions/{InteractionSid}/Channels`, page by page, each with the cursor to resume from.
 *
 * @example
 * ```ts
 * import { InteractionChannels } from "@effect-flex/core"
 * import { Stream } from "effect"
 *
 * const pageSizes = InteractionChannels.pages("KD0123456789abcdef0123456789abcdef", { pageSize: 200 }).pipe(
 *   Stream.map((page) => page.items.length),
 *   Stream.runCollect
 * )
 * ```
 *
 * @since 0.2.0
 * @category listing
 */
export const pages = (
  interactionSid: string,
  options?: Page.StreamOptions
): Stream.Stream<Page.Page<InteractionChannel.InteractionChannel>, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextPages(Endpoints.listInteractionChannels, [interactionSid], options)

/**
 * `GET /v1/Interactions/{InteractionSid}/Channels`, collected (honours `limit`).
 *
 * @example
 * ```ts
 * import { InteractionChannels } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const count = InteractionChannels.list("KD0123456789abcdef0123456789abcdef", { limit: 1000 }).pipe(Effect.map((items) => items.length))
 * ```
 *
 * @since 0.2.0
 * @category listing
 */
export const list = (
  interactionSid: string,
  options?: Page.ListOptions
): Effect.Effect<ReadonlyArray<InteractionChannel.InteractionChannel>, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextList(Endpoints.listInteractionChannels, [interactionSid], options)

/**
 * `GET /v1/Interactions/{InteractionSid}/Channels`, one page: its records, its meta, and a cursor to resume from later
 * (`stream({ from: cursor })`).
 *
 * @example
 * ```ts
 * import { InteractionChannels } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * // one page now, the rest later from its cursor
 * const firstPage = InteractionChannels.page("KD0123456789abcdef0123456789abcdef", { pageSize: 50 }).pipe(
 *   Effect.map((page) => ({ items: page.items, resumeFrom: page.cursor }))
 * )
 * ```
 *
 * @since 0.2.0
 * @category listing
 */
export const page = (
  interactionSid: string,
  options?: Page.PageOptions
): Effect.Effect<Page.Page<InteractionChannel.InteractionChannel>, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextPage(Endpoints.listInteractionChannels, [interactionSid], options)

/**
 * `GET /v1/Interactions/{InteractionSid}/Channels/{Sid}`: one channel of an Interaction.
 *
 * @example
 * ```ts
 * import { InteractionChannels } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const status = InteractionChannels.fetch("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef").pipe(Effect.map((channel) => channel.status))
 * ```
 *
 * @since 0.2.0
 * @category operations
 */
export const fetch = (
  interactionSid: string,
  channelSid: string
): Effect.Effect<InteractionChannel.InteractionChannel, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextCall(Endpoints.fetchInteractionChannel, [interactionSid, channelSid])

/**
 * `POST /v1/Interactions/{InteractionSid}/Channels/{Sid}`: close a channel, or make it inactive
 * (which requires `routing: { status: "closed" }`). Never retried after a transport failure, since
 * the update may have been applied.
 *
 * @example
 * ```ts
 * import { InteractionChannels } from "@effect-flex/core"
 *
 * const closed = InteractionChannels.update("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", { status: "closed" })
 *
 * // inactive requires routing closed
 * const paused = InteractionChannels.update("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", {
 *   status: "inactive",
 *   routing: { status: "closed" }
 * })
 * ```
 *
 * @since 0.2.0
 * @category operations
 */
export const update = (
  interactionSid: string,
  channelSid: string,
  params: InteractionChannel.UpdateParams
): Effect.Effect<InteractionChannel.InteractionChannel, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextCall(Endpoints.updateInteractionChannel, [interactionSid, channelSid], params)
