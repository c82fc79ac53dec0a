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
 * @since 0.1.0
 * @category models
 */
export type PageCursor = string & Brand.Brand<"PageCursor">

/**
 * @since 0.1.0
 * @category schemas
 */
export const PageCursor = Schema.String.pipe(Schema.brand("PageCursor"))

/**
 * One page of a list.
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
