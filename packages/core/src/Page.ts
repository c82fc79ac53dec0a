/**
 * Pages of Twilio list responses, resumable cursors, and the options of list calls.
 *
 * @since 0.1.0
 */
import type * as Brand from "effect/Brand"
import type * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as InternalSchema from "./internal/schema.js"

/**
 * The `meta` object of a list response. `page` and `pageSize` are integers as the spec says, no
 * more: Twilio's spec gives them no bounds, so an unexpected value (e.g. negative) does not fail
 * a page; pagination follows `nextPageUrl` and does not depend on them.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const flex = yield* FlexClient.FlexClient
 *   const { meta } = yield* flex.channels.page({ pageSize: 20 })
 *   yield* Effect.log(`page ${meta.page} of ${meta.key} (${meta.pageSize} a page), next: ${meta.nextPageUrl ?? "none"}`)
 * })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export class PageMeta extends Schema.Class<PageMeta>("PageMeta")({
  key: Schema.String,
  page: Schema.Int,
  pageSize: InternalSchema.required(Schema.Int, "page_size"),
  url: Schema.String,
  firstPageUrl: InternalSchema.required(Schema.String, "first_page_url"),
  nextPageUrl: InternalSchema.required(Schema.NullOr(Schema.String), "next_page_url"),
  previousPageUrl: InternalSchema.required(Schema.NullOr(Schema.String), "previous_page_url")
}) {}

/**
 * The wire envelope of a list response: `{ <key>: [...], meta }`.
 *
 * @example
 * ```ts
 * import { ChatChannel, Page } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * const ChatChannelList = Page.envelope(ChatChannel.listKey, ChatChannel.ChatChannel)
 *
 * const url = "https://flex-api.twilio.com/v1/Channels?PageSize=50&Page=0"
 * const list = Schema.decodeUnknownSync(ChatChannelList)({
 *   flex_chat_channels: [],
 *   meta: { key: "flex_chat_channels", page: 0, page_size: 50, url, first_page_url: url, next_page_url: null, previous_page_url: null }
 * })
 * console.log(list.flex_chat_channels.length, list.meta.pageSize)
 * // Output: 0 50
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const envelope = <const Key extends string, A, I, R>(key: Key, item: Schema.Schema<A, I, R>) =>
  Schema.Struct(
    { [key]: Schema.Array(item), meta: PageMeta } as
      & {
        readonly [K in Key]: Schema.Array$<Schema.Schema<A, I, R>>
      }
      & { readonly meta: typeof PageMeta }
  )

/**
 * An opaque position in a list: the absolute URL of the next page, as Twilio gave it. Store it
 * and pass it back as `from` to resume a listing later. A cursor is only ever sent to the
 * configured origin and only for the list it came from.
 *
 * @example
 * ```ts
 * import { FlexClient, type Page } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * // resume a listing from a cursor saved by an earlier run
 * const resume = (cursor: Page.PageCursor) =>
 *   Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list({ from: cursor }))
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type PageCursor = string & Brand.Brand<"PageCursor">

/**
 * @example
 * ```ts
 * import { Page } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * // a cursor stored as text (a file, a database row) comes back branded
 * const cursor: Page.PageCursor = Schema.decodeSync(Page.PageCursor)(
 *   "https://flex-api.twilio.com/v1/Channels?PageSize=50&Page=1&PageToken=PT0123"
 * )
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const PageCursor = /* @__PURE__ */ Schema.String.pipe(Schema.brand("PageCursor"))

/**
 * One page of a list.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { Effect, Option } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const flex = yield* FlexClient.FlexClient
 *   const page = yield* flex.channels.page({ pageSize: 100 })
 *   yield* Effect.log(`${page.items.length} channels; more: ${Option.isSome(page.cursor)}`)
 *   return page.cursor // save it: `{ from: cursor }` continues there
 * })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Page<A> {
  readonly items: ReadonlyArray<A>
  readonly meta: PageMeta
  /**
   * Where the next page starts; `None` on the last page, and on a page that `limit` cut short
   * (the next page would skip the records that were cut).
   */
  readonly cursor: Option.Option<PageCursor>
}

/**
 * Options of `page`.
 *
 * @example
 * ```ts
 * import { FlexClient, type Page } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const options: Page.PageOptions = { pageSize: 200 }
 *
 * const firstPage = Effect.flatMap(FlexClient.FlexClient, (flex) =>
 *   flex.interactionChannels.page("KD0123456789abcdef0123456789abcdef", options))
 * ```
 *
 * @since 0.1.0
 * @category options
 */
export interface PageOptions {
  /** Records per page, 1..1000. Defaults to the client's `pageSize` (50). */
  readonly pageSize?: number | undefined
  /** Resume from a cursor a previous page returned (the cursor carries its own page size). */
  readonly from?: PageCursor | string | undefined
}

/**
 * Options of `list`.
 *
 * @example
 * ```ts
 * import { FlexClient, type Page } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * // the first ten records, in a single request of ten
 * const options: Page.ListOptions = { limit: 10 }
 *
 * const firstTen = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list(options))
 * ```
 *
 * @since 0.1.0
 * @category options
 */
export interface ListOptions extends PageOptions {
  /** Stop after this many records (at least 1). No page beyond the one holding the last is fetched. */
  readonly limit?: number | undefined
}

/**
 * Options of `stream`.
 *
 * @example
 * ```ts
 * import { FlexClient, type Page } from "@effect-flex/core"
 * import { Effect, Stream } from "effect"
 *
 * // big pages, two of them fetched ahead while the consumer works
 * const options: Page.StreamOptions = { pageSize: 1000, prefetch: 2 }
 *
 * const participants = Stream.unwrap(Effect.map(FlexClient.FlexClient, (flex) =>
 *   flex.participants.stream("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", options)))
 * ```
 *
 * @since 0.1.0
 * @category options
 */
export interface StreamOptions extends ListOptions {
  /**
   * How many pages may be fetched ahead of the consumer (default 1). `0` fetches a page only
   * when the previous one has been consumed.
   */
  readonly prefetch?: number | undefined
}
