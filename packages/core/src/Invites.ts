/**
 * A channel's invites (`/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites`): the
 * calls of `FlexClient`'s `invites`, as functions of the {@link FlexTransport.FlexTransport} in
 * context.
 *
 * @example
 * ```ts
 * import { Invites } from "@effect-flex/core"
 *
 * // bring a queue into a channel
 * const invite = Invites.create("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", {
 *   routing: { properties: { task_channel_unique_name: "chat" } }
 * })
 * ```
 *
 * @since 0.2.0
 */
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { FlexError } from "./FlexError.js"
import type * as FlexTransport from "./FlexTransport.js"
import * as Endpoints from "./internal/endpoints.js"
import * as Operation from "./internal/operation.js"
import type * as Invite from "./Invite.js"
import type * as Page from "./Page.js"

/**
 * `GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites`, one record at a time: lazy (no request before the first pull), a page fetched
 * only when needed (at most `prefetch` pages ahead, default 1), following `meta.next_page_url`,
 * stopping at `limit`.
 *
 * @example
 * ```ts
 * import { Invites } from "@effect-flex/core"
 * import { Stream } from "effect"
 *
 * // the first 500, pulled as they are consumed
 * const first = Invites.stream("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", { pageSize: 100, limit: 500 }).pipe(Stream.runCollect)
 * ```
 *
 * @since 0.2.0
 * @category listing
 */
export const stream = (
  interactionSid: string,
  channelSid: string,
  options?: Page.StreamOptions
): Stream.Stream<Invite.Invite, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextStream(Endpoints.listInvites, [interactionSid, channelSid], options)

/**
 * `GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites`, page by page, each with the cursor to resume from.
 *
 * @example
 * ```ts
 * import { Invites } from "@effect-flex/core"
 * import { Stream } from "effect"
 *
 * const pageSizes = Invites.pages("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", { pageSize: 200 }).pipe(
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
  channelSid: string,
  options?: Page.StreamOptions
): Stream.Stream<Page.Page<Invite.Invite>, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextPages(Endpoints.listInvites, [interactionSid, channelSid], options)

/**
 * `GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites`, collected (honours `limit`).
 *
 * @example
 * ```ts
 * import { Invites } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const count = Invites.list("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", { limit: 1000 }).pipe(Effect.map((items) => items.length))
 * ```
 *
 * @since 0.2.0
 * @category listing
 */
export const list = (
  interactionSid: string,
  channelSid: string,
  options?: Page.ListOptions
): Effect.Effect<ReadonlyArray<Invite.Invite>, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextList(Endpoints.listInvites, [interactionSid, channelSid], options)

/**
 * `GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites`, one page: its records, its meta, and a cursor to resume from later
 * (`stream({ from: cursor })`).
 *
 * @example
 * ```ts
 * import { Invites } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * // one page now, the rest later from its cursor
 * const firstPage = Invites.page("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", { pageSize: 50 }).pipe(
 *   Effect.map((page) => ({ items: page.items, resumeFrom: page.cursor }))
 * )
 * ```
 *
 * @since 0.2.0
 * @category listing
 */
export const page = (
  interactionSid: string,
  channelSid: string,
  options?: Page.PageOptions
): Effect.Effect<Page.Page<Invite.Invite>, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextPage(Endpoints.listInvites, [interactionSid, channelSid], options)

/**
 * `POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites`
 * (`CreateInteractionChannelInvite`): routes a new task for the channel, to bring in another agent
 * or a queue (see {@link Invite.CreateParams}). Never retried after a transport failure.
 *
 * @example
 * ```ts
 * import { Invites } from "@effect-flex/core"
 *
 * const invite = Invites.create("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", {
 *   routing: { properties: { task_channel_unique_name: "chat" } }
 * })
 * ```
 *
 * @since 0.2.0
 * @category operations
 */
export const create = (
  interactionSid: string,
  channelSid: string,
  params: Invite.CreateParams
): Effect.Effect<Invite.Invite, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextCall(Endpoints.createInvite, [interactionSid, channelSid], params)
