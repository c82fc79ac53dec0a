/**
 * Flex chat channels (`/v1/Channels`): the calls of `FlexClient`'s `channels`, as functions of the
 * {@link FlexTransport.FlexTransport} in context. A bundle holds only the functions it imports.
 *
 * @example
 * ```ts
 * import { ChatChannels } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const withoutTask = ChatChannels.list({ limit: 100 }).pipe(
 *   Effect.map((channels) => channels.filter((channel) => channel.taskSid === null))
 * )
 * ```
 *
 * @since 0.2.0
 */
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type * as ChatChannel from "./ChatChannel.js"
import type { FlexError } from "./FlexError.js"
import type * as FlexTransport from "./FlexTransport.js"
import * as Endpoints from "./internal/endpoints.js"
import * as Operation from "./internal/operation.js"
import type * as Page from "./Page.js"

/**
 * `GET /v1/Channels`, one record at a time: lazy (no request before the first pull), a page fetched
 * only when needed (at most `prefetch` pages ahead, default 1), following `meta.next_page_url`,
 * stopping at `limit`.
 *
 * @example
 * ```ts
 * import { ChatChannels } from "@effect-flex/core"
 * import { Stream } from "effect"
 *
 * // the first 500, pulled as they are consumed
 * const first = ChatChannels.stream({ pageSize: 100, limit: 500 }).pipe(Stream.runCollect)
 * ```
 *
 * @since 0.2.0
 * @category listing
 */
export const stream = (
  options?: Page.StreamOptions
): Stream.Stream<ChatChannel.ChatChannel, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextStream(Endpoints.listChatChannels, [], options)

/**
 * `GET /v1/Channels`, page by page, each with the cursor to resume from.
 *
 * @example
 * ```ts
 * import { ChatChannels } from "@effect-flex/core"
 * import { Stream } from "effect"
 *
 * const pageSizes = ChatChannels.pages({ pageSize: 200 }).pipe(
 *   Stream.map((page) => page.items.length),
 *   Stream.runCollect
 * )
 * ```
 *
 * @since 0.2.0
 * @category listing
 */
export const pages = (
  options?: Page.StreamOptions
): Stream.Stream<Page.Page<ChatChannel.ChatChannel>, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextPages(Endpoints.listChatChannels, [], options)

/**
 * `GET /v1/Channels`, collected (honours `limit`).
 *
 * @example
 * ```ts
 * import { ChatChannels } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const count = ChatChannels.list({ limit: 1000 }).pipe(Effect.map((items) => items.length))
 * ```
 *
 * @since 0.2.0
 * @category listing
 */
export const list = (
  options?: Page.ListOptions
): Effect.Effect<ReadonlyArray<ChatChannel.ChatChannel>, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextList(Endpoints.listChatChannels, [], options)

/**
 * `GET /v1/Channels`, one page: its records, its meta, and a cursor to resume from later
 * (`stream({ from: cursor })`).
 *
 * @example
 * ```ts
 * import { ChatChannels } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * // one page now, the rest later from its cursor
 * const firstPage = ChatChannels.page({ pageSize: 50 }).pipe(
 *   Effect.map((page) => ({ items: page.items, resumeFrom: page.cursor }))
 * )
 * ```
 *
 * @since 0.2.0
 * @category listing
 */
export const page = (
  options?: Page.PageOptions
): Effect.Effect<Page.Page<ChatChannel.ChatChannel>, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextPage(Endpoints.listChatChannels, [], options)

/**
 * `GET /v1/Channels/{Sid}`: one Flex chat channel.
 *
 * @example
 * ```ts
 * import { ChatChannels } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const taskOf = ChatChannels.fetch("CH0123456789abcdef0123456789abcdef").pipe(Effect.map((channel) => channel.taskSid))
 * ```
 *
 * @since 0.2.0
 * @category operations
 */
export const fetch = (sid: string): Effect.Effect<ChatChannel.ChatChannel, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextCall(Endpoints.fetchChatChannel, [sid])

/**
 * `POST /v1/Channels` (`CreateChannel`, 201): a new Flex chat channel (see
 * {@link ChatChannel.CreateParams}). Never retried after a transport failure, since the channel may
 * have been created.
 *
 * @example
 * ```ts
 * import { ChatChannels, Sid } from "@effect-flex/core"
 *
 * const channel = ChatChannels.create({
 *   flexFlowSid: Sid.FlexFlowSid.make("FO0123456789abcdef0123456789abcdef"),
 *   identity: "customer-42",
 *   chatUserFriendlyName: "Ada",
 *   chatFriendlyName: "Support"
 * })
 * ```
 *
 * @since 0.2.0
 * @category operations
 */
export const create = (
  params: ChatChannel.CreateParams
): Effect.Effect<ChatChannel.ChatChannel, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextCall(Endpoints.createChatChannel, [], params)

/**
 * `DELETE /v1/Channels/{Sid}` (`DeleteChannel`, 204): succeeds with no value. Like a POST, it is
 * not retried after a transport failure or a 5xx (429 and 503 are): a second attempt after a delete
 * that was applied would fail with `FlexNotFound`. Exported as `delete`, the name of the
 * `FlexClient` call (`delete` is a reserved word).
 *
 * @example
 * ```ts
 * import { ChatChannels } from "@effect-flex/core"
 *
 * const deleted = ChatChannels.delete("CH0123456789abcdef0123456789abcdef")
 * ```
 *
 * @since 0.2.0
 * @category operations
 */
const remove = (sid: string): Effect.Effect<void, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextCall(Endpoints.deleteChatChannel, [sid])

export {
  /**
   * `DELETE /v1/Channels/{Sid}` (`DeleteChannel`, 204): see {@link remove}.
   *
   * @example
   * ```ts
   * import { ChatChannels } from "@effect-flex/core"
   *
   * const deleted = ChatChannels.delete("CH0123456789abcdef0123456789abcdef")
   * ```
   *
   * @since 0.2.0
   * @category operations
   */
  remove as delete
}
