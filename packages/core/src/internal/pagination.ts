/**
 * Pagination: one page fetched and decoded, and the demand-driven streams of pages and records.
 */
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import * as Queue from "effect/Queue"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type { FlexDecodeError, FlexError } from "../FlexError.js"
import type { PageMeta } from "../Page.js"
import type * as Page from "../Page.js"
import type { Decoder, PageBody } from "./decode.js"
import * as PageUrl from "./pageUrl.js"
import * as Request from "./request.js"
import { traced } from "./traced.js"

/** A fetched page whose next link may be unusable: the items are still delivered first. */
export interface FetchedPage<A> {
  readonly items: ReadonlyArray<A>
  readonly meta: PageMeta
  readonly url: string
  /** Every URL this page is known by: the one requested, and its own `meta.url` when usable. */
  readonly aliases: ReadonlyArray<string>
  readonly next: Either.Either<Option.Option<Page.PageCursor>, FlexDecodeError>
}

/**
 * Fetches and decodes one page of a list, and works out where the next one is. The page's span
 * ends without the page as its value (see ./traced.ts).
 */
export const fetchPage = <A>(
  transport: Request.Transport,
  operation: string,
  listPath: string,
  decode: Decoder<PageBody<A>>,
  url: Page.PageCursor
): Effect.Effect<FetchedPage<A>, FlexError> =>
  traced(
    transport,
    `${operation}.fetchPage`,
    { "flex.page_url": url },
    Effect.map(
      Request.execute(transport, { operation: `${operation}.fetchPage`, method: "GET", url }, decode),
      ({ value }): FetchedPage<A> => {
        const self = PageUrl.selfOf(transport.config, value.meta, listPath)
        return {
          items: value.items,
          meta: value.meta,
          url,
          aliases: Option.isSome(self) ? [url, self.value] : [url],
          next: PageUrl.nextOf(transport.config, value.meta, url, self, listPath)
        }
      }
    )
  )

/** Where a listing stands between two pages. */
interface Walk {
  /** Records still wanted (`limit` minus those delivered). */
  readonly remaining: number
  /** Empty pages in a row so far. */
  readonly empty: number
  /** Every URL of the pages read: a next link back to one of them is a loop. */
  readonly seen: Set<string>
}

const startWalk = (demand: Demand): Walk => ({ remaining: demand.limit, empty: 0, seen: new Set() })

/** What a fetched page gives, and where the listing goes next: the one set of rules of every list call. */
interface Step<A> {
  readonly items: ReadonlyArray<A>
  /** The resume point after this page (none for a page cut short by `limit`). */
  readonly cursor: Option.Option<Page.PageCursor>
  readonly next:
    | { readonly _tag: "Done" }
    | { readonly _tag: "Refused"; readonly error: FlexDecodeError }
    | { readonly _tag: "Next"; readonly url: Page.PageCursor }
  readonly walk: Walk
}

const advance = <A>(url: Page.PageCursor, page: FetchedPage<A>, walk: Walk, demand: Demand): Step<A> => {
  const cut = page.items.length > walk.remaining
  const items = cut ? page.items.slice(0, walk.remaining) : page.items
  const remaining = walk.remaining - items.length
  const empty = items.length === 0 ? walk.empty + 1 : 0
  for (const alias of page.aliases) walk.seen.add(alias)
  const next = Either.flatMap(
    page.next,
    (cursor): Either.Either<Option.Option<Page.PageCursor>, FlexDecodeError> => {
      if (Option.isNone(cursor)) return Either.right(cursor)
      if (walk.seen.has(cursor.value)) {
        return Either.left(
          PageUrl.refused(url, "Refusing to follow next_page_url: it points back to a page already read")
        )
      }
      return empty >= demand.maxEmptyPages
        ? Either.left(PageUrl.refused(url, `Giving up after ${empty} empty pages in a row that still link further`))
        : Either.right(cursor)
    }
  )
  // A page cut short by the limit has no exact resume point: its cursor (the next page) would
  // skip the records that were cut, so it gets none.
  const cursor = cut ? Option.none() : Either.getOrElse(next, Option.none)
  return {
    items,
    cursor,
    next: remaining <= 0
      ? { _tag: "Done" }
      : Either.isLeft(next)
      ? { _tag: "Refused", error: next.left }
      : Option.isNone(next.right)
      ? { _tag: "Done" }
      : { _tag: "Next", url: next.right.value },
    walk: { remaining, empty, seen: walk.seen }
  }
}

/**
 * Every record of a list, page after page, as one array: what `list` returns. A plain loop
 * rather than {@link items} collected: a list call needs no demand (it wants everything at once),
 * and the stream's machinery (a scope, a producer fiber, two queues) cost three times the request
 * itself for a list of one page, the common case of fan-outs (participants of each channel).
 * Same rules: {@link advance}.
 */
export const collect = <A>(
  first: Page.PageCursor,
  fetch: (url: Page.PageCursor) => Effect.Effect<FetchedPage<A>, FlexError>,
  demand: Demand
): Effect.Effect<ReadonlyArray<A>, FlexError> => {
  const loop = (
    url: Page.PageCursor,
    walk: Walk,
    collected: ReadonlyArray<A>
  ): Effect.Effect<ReadonlyArray<A>, FlexError> =>
    Effect.flatMap(fetch(url), (page) => {
      const step = advance(url, page, walk, demand)
      // concat copies: the first page's own array is never written to
      const all = collected.length === 0 ? step.items : collected.concat(step.items)
      switch (step.next._tag) {
        case "Done":
          return Effect.succeed(all)
        case "Refused":
          return Effect.fail(step.next.error)
        case "Next":
          return loop(step.next.url, step.walk, all)
      }
    })
  return Effect.suspend(() => loop(first, startWalk(demand), []))
}

/** A page of the producer, in a box the consumer empties: see the comment in {@link makeProducer}. */
interface Slot<A> {
  exit: Exit.Exit<Page.Page<A>, Option.Option<FlexError>> | undefined
}

/** Pages fetched in order by a fiber of the stream's scope, each only once the consumer allows it. */
interface Producer<A> {
  /** Lets the producer fetch up to page `n` (1-based); the first call starts it. */
  readonly allowUpTo: (n: number) => Effect.Effect<void>
  /** The next page; fails with `None` after the last one. */
  readonly next: Effect.Effect<Page.Page<A>, Option.Option<FlexError>>
}

/**
 * Hand-made rather than `Stream.buffer`: a buffer fetches as far ahead as its capacity from the
 * first pull, while here page k+1 may be requested only once the consumer reached a chosen point
 * of page k (see {@link items}), and never past the page that reaches `limit`.
 */
const makeProducer = <A>(
  first: Page.PageCursor,
  fetch: (url: Page.PageCursor) => Effect.Effect<FetchedPage<A>, FlexError>,
  demand: Demand
): Effect.Effect<Producer<A>, never, Scope.Scope> =>
  Effect.gen(function*() {
    // One token per page the producer may fetch: nothing is requested beyond what is allowed.
    const tokens = yield* Queue.unbounded<void>()
    // A queue keeps its last taken entry reachable (its list's next node still points back at
    // it), which would keep a whole page alive and let the GC promote it: entries are boxes the
    // consumer empties as it takes them.
    const results = yield* Queue.unbounded<Slot<A>>()
    const scope = yield* Effect.scope
    const deliver = (exit: Slot<A>["exit"]) => Queue.offer(results, { exit })
    const end = Exit.fail(Option.none())

    const produce = (url: Page.PageCursor, walk: Walk): Effect.Effect<void> =>
      Queue.take(tokens).pipe(
        // Exit, not Either: a defect (say, a custom HttpClient that dies) must reach the consumer too,
        // or it would wait for a result forever.
        Effect.zipRight(Effect.exit(fetch(url))),
        Effect.flatMap((fetched) => {
          if (Exit.isFailure(fetched)) return deliver(Exit.failCause(Cause.map(fetched.cause, Option.some)))
          const step = advance(url, fetched.value, walk, demand)
          const delivered = deliver(Exit.succeed({ items: step.items, meta: fetched.value.meta, cursor: step.cursor }))
          if (step.next._tag === "Done") return Effect.zipRight(delivered, deliver(end))
          if (step.next._tag === "Refused") {
            return Effect.zipRight(delivered, deliver(Exit.fail(Option.some(step.next.error))))
          }
          return Effect.zipRight(delivered, produce(step.next.url, step.walk))
        })
      )

    // Whatever ends the producer other than interruption (a defect anywhere in it, not only in
    // the fetch) reaches the consumer, which would otherwise wait for a result forever.
    const producer = produce(first, startWalk(demand)).pipe(
      Effect.catchAllCause((cause) =>
        Cause.isInterruptedOnly(cause)
          ? Effect.failCause(cause)
          : deliver(Exit.failCause(Cause.map(cause, Option.some)))
      )
    )

    let allowed = 0
    // Uninterruptible: the counter and the tokens it stands for must move together.
    const allowUpTo = (n: number): Effect.Effect<void> =>
      Effect.uninterruptible(Effect.suspend(() => {
        if (n <= allowed) return Effect.void
        const start = allowed === 0
        const offered = Queue.offerAll(tokens, Array.from({ length: n - allowed }, () => undefined))
        allowed = n
        // The producer must stay interruptible (closing the stream interrupts it): a fiber forked
        // in an uninterruptible region would inherit that region's status.
        return start ? Effect.zipRight(Effect.forkIn(Effect.interruptible(producer), scope), offered) : offered
      }))

    const next = Effect.flatMap(Queue.take(results), (slot) => {
      const exit = slot.exit!
      slot.exit = undefined
      return exit
    })
    return { allowUpTo, next }
  })

/** How far ahead the producer may fetch: see `StreamOptions.prefetch`. */
export interface Demand {
  readonly limit: number
  readonly prefetch: number
  readonly maxEmptyPages: number
}

/**
 * The pages of a list as a demand-driven stream: nothing is requested before the first pull,
 * page k+prefetch may be requested once the consumer has asked for page k, and no page beyond
 * the one that reaches `limit` is requested. Interrupting the stream interrupts the request in
 * flight.
 */
export const pages = <A>(
  first: Page.PageCursor,
  fetch: (url: Page.PageCursor) => Effect.Effect<FetchedPage<A>, FlexError>,
  demand: Demand
): Stream.Stream<Page.Page<A>, FlexError> =>
  Stream.unwrapScoped(Effect.map(makeProducer(first, fetch, demand), (producer) => {
    let pulled = 0
    return Stream.repeatEffectOption(Effect.suspend(() => {
      const k = pulled + 1
      return Effect.zipRight(producer.allowUpTo(k + demand.prefetch), producer.next).pipe(
        Effect.tap(() => (pulled = k))
      )
    }))
  }))

/**
 * The records of a list, in order, with the same demand rules as {@link pages} but finer timing:
 * each page is handed over in two chunks, and the prefetch of page k+1 starts only when the
 * consumer pulls the second half of page k. Reading to the end still overlaps the next request
 * with the processing of half a page; stopping early (`Stream.take(10)`, a `find`) within the
 * first half of a page never starts a request it would then have to abort (an abort costs the
 * API a request and the client its keep-alive connection).
 */
export const items = <A>(
  first: Page.PageCursor,
  fetch: (url: Page.PageCursor) => Effect.Effect<FetchedPage<A>, FlexError>,
  demand: Demand
): Stream.Stream<A, FlexError> =>
  Stream.unwrapScoped(Effect.map(makeProducer(first, fetch, demand), (producer) => {
    let page = 0
    let secondHalf: ReadonlyArray<A> | undefined
    const pull: Effect.Effect<Chunk.Chunk<A>, Option.Option<FlexError>> = Effect.suspend(() => {
      if (secondHalf !== undefined) {
        const rest = secondHalf
        secondHalf = undefined
        return Effect.as(producer.allowUpTo(page + demand.prefetch), Chunk.unsafeFromArray(rest))
      }
      const k = page + 1
      return Effect.zipRight(producer.allowUpTo(k), producer.next).pipe(
        Effect.flatMap(({ items }) => {
          page = k
          if (items.length < 2) {
            // Nothing to split: the prefetch is allowed as the page is handed over.
            return Effect.as(producer.allowUpTo(page + demand.prefetch), Chunk.unsafeFromArray(items))
          }
          const half = Math.ceil(items.length / 2)
          secondHalf = items.slice(half)
          return Effect.succeed(Chunk.unsafeFromArray(items.slice(0, half)))
        })
      )
    })
    return Stream.repeatEffectChunkOption(pull)
  }))
