import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import * as Queue from "effect/Queue"
import * as Stream from "effect/Stream"
import { FlexDecodeError, type FlexError, FlexInvalidInput } from "../FlexError.js"
import type { PageMeta } from "../Page.js"
import type * as Page from "../Page.js"
import type { ResolvedConfig } from "./config.js"

/** A fetched page whose next link may be unusable: the items are still delivered first. */
export interface FetchedPage<A> {
  readonly items: ReadonlyArray<A>
  readonly meta: PageMeta
  readonly url: string
  readonly next: Either.Either<Option.Option<Page.PageCursor>, FlexDecodeError>
}

/** Why a page URL is not one we may send credentials to, or `undefined` when it is. */
const refusal = (config: ResolvedConfig, url: URL, listPath: string): string | undefined => {
  if (url.username !== "" || url.password !== "") return "it carries user info"
  if (url.origin !== config.origin) return `its origin ${url.origin} is not the configured ${config.origin}`
  if (url.pathname !== listPath) return `its path ${url.pathname} is not the list's ${listPath}`
  if (url.hash !== "") return "it has a fragment"
  return undefined
}

/** Twilio's Flex API hosts: `flex-api.twilio.com`, with an optional edge and region. */
const isTwilioApi = (url: URL): boolean =>
  url.protocol === "https:" && url.port === "" && /^flex-api(?:\.[a-z0-9-]+){0,2}\.twilio\.com$/.test(url.hostname)

/**
 * Checks a page URL (a `next_page_url`, or a cursor given back by a user). A URL on one of
 * Twilio's own API hosts is re-based onto the configured origin: behind an edge, a region or a
 * proxy, Twilio still writes its own host into `next_page_url`, and only the configured origin
 * ever gets a request. Any other foreign URL is refused.
 */
export const checkPageUrl = (
  config: ResolvedConfig,
  raw: string,
  listPath: string
): Either.Either<Page.PageCursor, string> => {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return Either.left("it is not an absolute URL")
  }
  if (url.origin !== config.origin && isTwilioApi(url) && url.username === "" && url.password === "") {
    url = new URL(url.pathname + url.search + url.hash, config.origin)
  }
  const reason = refusal(config, url, listPath)
  return reason === undefined ? Either.right(url.href as Page.PageCursor) : Either.left(reason)
}

/** Checks a user's `from` cursor. */
export const checkCursor = (
  config: ResolvedConfig,
  operation: string,
  from: unknown,
  listPath: string
): Either.Either<Page.PageCursor, FlexInvalidInput> => {
  if (typeof from !== "string") {
    return Either.left(
      new FlexInvalidInput({
        operation,
        argument: "options.from",
        message: "options.from must be a page cursor string"
      })
    )
  }
  return Either.mapLeft(checkPageUrl(config, from, listPath), (reason) =>
    new FlexInvalidInput({
      operation,
      argument: "options.from",
      message: `options.from is not a cursor of this list: ${reason}`
    }))
}

/** Works out the next page of a decoded page. */
export const nextOf = (
  config: ResolvedConfig,
  meta: PageMeta,
  url: string,
  listPath: string,
  method: string
): Either.Either<Option.Option<Page.PageCursor>, FlexDecodeError> => {
  if (meta.nextPageUrl === null || meta.nextPageUrl === "") return Either.right(Option.none())
  // This page's own URL as the server states it (e.g. `…&Page=0` for a first page requested without it).
  const self = checkPageUrl(config, meta.url, listPath)
  return checkPageUrl(config, meta.nextPageUrl, listPath).pipe(
    Either.flatMap((next) =>
      next === url || (Either.isRight(self) && next === self.right)
        ? Either.left("it does not advance (it is this page's URL)")
        : Either.right(next)
    ),
    Either.mapBoth({
      onLeft: (reason) =>
        new FlexDecodeError({
          message: `Refusing to follow next_page_url: ${reason}`,
          issue: null,
          method,
          url,
          status: null,
          requestId: null
        }),
      onRight: Option.some
    })
  )
}

/**
 * The pages of a list as a demand-driven stream: nothing is requested before the first pull,
 * page k+1 is requested only once the consumer has asked for page k+1-prefetch, and no page
 * beyond the one that reaches `limit` is requested. Interrupting the stream interrupts the
 * request in flight.
 */
export const pages = <A>(
  first: Page.PageCursor,
  fetch: (url: Page.PageCursor) => Effect.Effect<FetchedPage<A>, FlexError>,
  options: { readonly limit: number; readonly prefetch: number }
): Stream.Stream<Page.Page<A>, FlexError> =>
  Stream.unwrapScoped(Effect.gen(function*() {
    // One token per page the producer may fetch; the consumer hands them out as it pulls.
    const demand = yield* Queue.unbounded<void>()
    const results = yield* Queue.unbounded<Exit.Exit<Page.Page<A>, Option.Option<FlexError>>>()
    const end = Exit.fail(Option.none())
    const scope = yield* Effect.scope

    const produce = (
      url: Page.PageCursor,
      remaining: number,
      seen: Set<string>
    ): Effect.Effect<void> =>
      Queue.take(demand).pipe(
        // Exit, not Either: a defect (say, a custom HttpClient that dies) must reach the consumer too,
        // or it would wait on the results queue forever.
        Effect.zipRight(Effect.exit(fetch(url))),
        Effect.flatMap((fetched) => {
          if (Exit.isFailure(fetched)) {
            return Queue.offer(results, Exit.failCause(Cause.map(fetched.cause, Option.some)))
          }
          const page = fetched.value
          const cut = page.items.length > remaining
          const items = cut ? page.items.slice(0, remaining) : page.items
          const left = remaining - items.length
          seen.add(url)
          const next = Either.flatMap(page.next, (cursor) =>
            Option.isSome(cursor) && seen.has(cursor.value)
              ? Either.left(
                new FlexDecodeError({
                  message: "Refusing to follow next_page_url: it points back to a page already read",
                  issue: null,
                  method: "GET",
                  url,
                  status: null,
                  requestId: null
                })
              )
              : Either.right(cursor))
          // A page cut short by the limit has no exact resume point: its cursor (the next page) would
          // skip the records that were cut, so it gets none.
          const cursor = cut ? Option.none() : Either.getOrElse(next, Option.none)
          const delivered = Queue.offer(results, Exit.succeed({ items, meta: page.meta, cursor }))
          if (left <= 0) return Effect.zipRight(delivered, Queue.offer(results, end))
          if (Either.isLeft(next)) {
            return Effect.zipRight(delivered, Queue.offer(results, Exit.fail(Option.some(next.left))))
          }
          if (Option.isNone(next.right)) {
            return Effect.zipRight(delivered, Queue.offer(results, end))
          }
          return Effect.zipRight(delivered, produce(next.right.value, left, seen))
        })
      )

    let pulled = false
    const pull = Effect.suspend(() => {
      const tokens = pulled ? 1 : 1 + options.prefetch
      if (!pulled) {
        pulled = true
        return Effect.zipRight(
          Effect.forkIn(produce(first, options.limit, new Set()), scope),
          Queue.offerAll(demand, Array.from({ length: tokens }, () => undefined))
        )
      }
      return Queue.offer(demand, undefined)
    }).pipe(Effect.zipRight(Queue.take(results)), Effect.flatten)

    return Stream.repeatEffectOption(pull)
  }))

/** The items of a page stream, in order. */
export const items = <A>(self: Stream.Stream<Page.Page<A>, FlexError>): Stream.Stream<A, FlexError> =>
  Stream.mapConcatChunk(self, (page) => Chunk.unsafeFromArray(page.items))
