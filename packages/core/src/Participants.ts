/**
 * A channel's participants (`/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants`):
 * the calls of `FlexClient`'s `participants`, as functions of the
 * {@link FlexTransport.FlexTransport} in context.
 *
 * @example
 * ```ts
 * import { Participants } from "@effect-flex/core"
 * import { Stream } from "effect"
 *
 * const agents = Participants.stream("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef").pipe(
 *   Stream.filter((participant) => participant.type === "agent"),
 *   Stream.runCollect
 * )
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
import type * as Page from "./Page.js"
import type * as Participant from "./Participant.js"

/**
 * `GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants`, one record at a time: lazy (no request before the first pull), a page fetched
 * only when needed (at most `prefetch` pages ahead, default 1), following `meta.next_page_url`,
 * stopping at `limit`.
 *
 * @example
 * ```ts
 * import { Participants } from "@effect-flex/core"
 * import { Stream } from "effect"
 *
 * // the first 500, pulled as they are consumed
 * const first = Participants.stream("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", { pageSize: 100, limit: 500 }).pipe(Stream.runCollect)
 * ```
 *
 * @since 0.2.0
 * @category listing
 */
export const stream = (
  interactionSid: string,
  channelSid: string,
  options?: Page.StreamOptions
): Stream.Stream<Participant.Participant, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextStream(Endpoints.listParticipants, [interactionSid, channelSid], options)

/**
 * `GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants`, page by page, each with the cursor to resume from.
 *
 * @example
 * ```ts
 * import { Participants } from "@effect-flex/core"
 * import { Stream } from "effect"
 *
 * const pageSizes = Participants.pages("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", { pageSize: 200 }).pipe(
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
): Stream.Stream<Page.Page<Participant.Participant>, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextPages(Endpoints.listParticipants, [interactionSid, channelSid], options)

/**
 * `GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants`, collected (honours `limit`).
 *
 * @example
 * ```ts
 * import { Participants } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const count = Participants.list("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", { limit: 1000 }).pipe(Effect.map((items) => items.length))
 * ```
 *
 * @since 0.2.0
 * @category listing
 */
export const list = (
  interactionSid: string,
  channelSid: string,
  options?: Page.ListOptions
): Effect.Effect<ReadonlyArray<Participant.Participant>, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextList(Endpoints.listParticipants, [interactionSid, channelSid], options)

/**
 * `GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants`, one page: its records, its meta, and a cursor to resume from later
 * (`stream({ from: cursor })`).
 *
 * @example
 * ```ts
 * import { Participants } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * // one page now, the rest later from its cursor
 * const firstPage = Participants.page("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", { pageSize: 50 }).pipe(
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
): Effect.Effect<Page.Page<Participant.Participant>, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextPage(Endpoints.listParticipants, [interactionSid, channelSid], options)

/**
 * `POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants`
 * (`CreateInteractionChannelParticipant`): adds a participant (see {@link Participant.CreateParams}).
 * Never retried after a transport failure.
 *
 * @example
 * ```ts
 * import { Participants } from "@effect-flex/core"
 *
 * const added = Participants.create("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", { type: "supervisor", mediaProperties: { name: "Grace" } })
 * ```
 *
 * @since 0.2.0
 * @category operations
 */
export const create = (
  interactionSid: string,
  channelSid: string,
  params: Participant.CreateParams
): Effect.Effect<Participant.Participant, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextCall(Endpoints.createParticipant, [interactionSid, channelSid], params)

/**
 * `POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants/{Sid}`: set a
 * participant's status to `closed` or `wrapup` (see {@link Participant.UpdateParams}). Never retried
 * after a transport failure, since the update may have been applied.
 *
 * @example
 * ```ts
 * import { Participants } from "@effect-flex/core"
 *
 * const wrappedUp = Participants.update("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", "UT0123456789abcdef0123456789abcdef", { status: "wrapup" })
 * ```
 *
 * @since 0.2.0
 * @category operations
 */
export const update = (
  interactionSid: string,
  channelSid: string,
  participantSid: string,
  params: Participant.UpdateParams
): Effect.Effect<Participant.Participant, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextCall(Endpoints.updateParticipant, [interactionSid, channelSid, participantSid], params)
