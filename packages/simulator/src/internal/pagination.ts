import type { Entry } from "./store.js"

/** @internal */
export const defaultPageSize = 50

/** @internal */
export const maxPageSize = 1000

/**
 * A position in a list: strictly after (`PA…`) or strictly before (`PB…`) a sequence number.
 *
 * @internal
 */
export type Cursor =
  | { readonly _tag: "After"; readonly seq: number }
  | { readonly _tag: "Before"; readonly seq: number }

const toBase64Url = (text: string) => btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")

const fromBase64Url = (text: string) => {
  const padded = text.replace(/-/g, "+").replace(/_/g, "/")
  return atob(padded + "=".repeat((4 - (padded.length % 4)) % 4))
}

/**
 * Opaque to clients: a direction prefix and a base64url payload.
 *
 * @internal
 */
export const encodeToken = (cursor: Cursor): string =>
  (cursor._tag === "After" ? "PA" : "PB") + toBase64Url(JSON.stringify({ v: 1, s: cursor.seq }))

/** @internal */
export const decodeToken = (token: string): Cursor | undefined => {
  const direction = token.slice(0, 2)
  if (direction !== "PA" && direction !== "PB") return undefined
  try {
    const payload: unknown = JSON.parse(fromBase64Url(token.slice(2)))
    if (typeof payload !== "object" || payload === null) return undefined
    const seq = (payload as { readonly s?: unknown }).s
    if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 0) return undefined
    return direction === "PA" ? { _tag: "After", seq } : { _tag: "Before", seq }
  } catch {
    return undefined
  }
}

/** The first index whose seq is greater than `seq` (entries are sorted by seq). */
const firstAfter = (entries: ReadonlyArray<Entry<unknown>>, seq: number): number => {
  let lo = 0
  let hi = entries.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (entries[mid]!.seq <= seq) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** @internal */
export interface PageQuery {
  readonly pageSize: number
  readonly page: number
  readonly cursor: Cursor | undefined
}

/** @internal */
export interface PageSlice<A> {
  readonly items: ReadonlyArray<Entry<A>>
  readonly next: Cursor | undefined
  readonly previous: Cursor | undefined
}

/**
 * Key-set pagination. Without a token, `Page` is an offset in pages (a convenience: Twilio
 * documents `Page` as client state only, so clients should follow the URLs).
 *
 * @internal
 */
export const slice = <A>(entries: ReadonlyArray<Entry<A>>, query: PageQuery): PageSlice<A> => {
  let start: number
  let end: number
  const cursor = query.cursor
  if (cursor === undefined) {
    start = Math.min(entries.length, query.page * query.pageSize)
    end = Math.min(entries.length, start + query.pageSize)
  } else if (cursor._tag === "After") {
    start = firstAfter(entries, cursor.seq)
    end = Math.min(entries.length, start + query.pageSize)
  } else {
    end = firstAfter(entries, cursor.seq - 1)
    start = Math.max(0, end - query.pageSize)
  }
  const items = entries.slice(start, end)
  const last = items[items.length - 1]
  const first = items[0]
  const next: Cursor | undefined = end < entries.length && last !== undefined
    ? { _tag: "After", seq: last.seq }
    : undefined
  const previous: Cursor | undefined = query.page <= 0
    ? undefined
    : first !== undefined
    ? { _tag: "Before", seq: first.seq }
    : start > 0
    ? { _tag: "Before", seq: entries[start - 1]!.seq + 1 }
    : cursor?._tag === "After"
    ? { _tag: "Before", seq: cursor.seq + 1 }
    : undefined
  return { items, next, previous }
}
