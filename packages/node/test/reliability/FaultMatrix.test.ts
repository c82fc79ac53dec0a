/**
 * Fault matrix over the real Node layer (LeanHttpClient) against the simulator on a loopback port: for each
 * fault, the outcome (recovered, or which typed error), the number of attempts (the simulator's
 * journal and `error.attempts`), and for a list that fails after page k, that the records delivered
 * are exactly pages 1..k and that resuming from the last delivered cursor yields exactly the rest.
 *
 * Also the socket-level side of credential safety: a second loopback server that a foreign
 * next_page_url, a foreign cursor or a redirect points to must see nothing.
 *
 * Retry delays are a few milliseconds, Retry-After is capped at 60 ms and the timeout (for slow
 * responses) is 250 ms, so real time stays short.
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import type * as FlexConfig from "@effect-flex/core/FlexConfig"
import type { FlexError } from "@effect-flex/core/FlexError"
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
import { describe, expect, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import * as NodeFlexClient from "../../src/NodeFlexClient.js"

const creds = {
  accountSid: FlexSimulator.defaultCredentials.accountSid,
  authToken: FlexSimulator.defaultCredentials.authToken
}
const retry = { maxAttempts: 4, baseDelay: "2 millis", maxDelay: "10 millis", maxRetryAfter: "60 millis" } as const

const hex = (n: number) => n.toString(16).padStart(32, "0")
const KD = `KD${hex(1)}`
const CH = `CH${hex(1)}`
const channelSids = Array.from({ length: 25 }, (_, i) => `UO${hex(100 + i)}`)
const UO = channelSids[0]!
const PAGE_SIZE = 5

const fixtures: FlexSimulator.Fixtures = {
  chatChannels: [{ sid: CH }],
  interactionChannels: channelSids.map((sid) => ({ sid, interaction_sid: KD, status: "active" as const })),
  participants: [{ interaction_sid: KD, channel_sid: UO }]
}

interface Env {
  readonly flex: FlexClient.FlexClient
  readonly sim: FlexSimulator.FlexSimulator
  readonly url: string
}

/** A simulator on a loopback port and a Node client pointed at it, for the scope of `body`. */
const withEnv = <A, E>(
  options: { readonly faults?: ReadonlyArray<FlexSimulator.Fault>; readonly client?: Partial<FlexConfig.Options> },
  body: (env: Env) => Effect.Effect<A, E, Scope.Scope>
) =>
  Effect.gen(function*() {
    const simulator = yield* Layer.build(NodeFlexSimulator.layer({ port: 0, fixtures, faults: options.faults ?? [] }))
    const { url } = Context.get(simulator, NodeFlexSimulator.NodeFlexSimulator)
    const client = yield* Layer.build(
      NodeFlexClient.layer({ ...creds, baseUrl: url, retry, timeout: "5 seconds", ...options.client })
    )
    return yield* body({
      flex: Context.get(client, FlexClient.FlexClient),
      sim: Context.get(simulator, FlexSimulator.FlexSimulator),
      url
    })
  }).pipe(Effect.scoped)

/** Bounded: a hang fails the test instead of stalling the run. */
const bounded = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.timeoutFail(effect, { duration: "20 seconds", onTimeout: () => new Error("the test itself timed out") })

/** The typed failure of an exit; a defect or an interruption fails the test. */
const failureOf = <A>(exit: Exit.Exit<A, FlexError>): FlexError | undefined => {
  if (Exit.isSuccess(exit)) return undefined
  const failure = Cause.failureOption(exit.cause)
  if (Option.isNone(failure) || !Chunk.isEmpty(Cause.defects(exit.cause))) {
    throw new Error(`not a typed failure: ${Cause.pretty(exit.cause)}`)
  }
  return failure.value
}

// -----------------------------------------------------------------------------------------------
// single calls
// -----------------------------------------------------------------------------------------------

type Call = "fetch" | "list" | "update"

interface Case {
  readonly faults: ReadonlyArray<FlexSimulator.Fault>
  readonly call: Call
  readonly client?: Partial<FlexConfig.Options>
  /** "recovered", or the error that must come out, with its fields. */
  readonly expect: "recovered" | Record<string, unknown>
  /**
   * Requests the simulator answered (or dropped). A request the client gave up on during a latency
   * fault is journaled too, without a status, once the server notices: it is left out here, since
   * over a socket that moment races with the end of the call.
   */
  readonly journal: number
  /** Bounds of the wall-clock time of the call, in milliseconds. */
  readonly elapsed?: readonly [min: number, max: number]
}

const run = (flex: FlexClient.FlexClient, call: Call): Effect.Effect<unknown, FlexError> => {
  switch (call) {
    case "fetch":
      return flex.channels.fetch(CH)
    case "list":
      return flex.interactionChannels.list(KD, { pageSize: 25 })
    case "update":
      return flex.interactionChannels.update(KD, UO, { status: "closed" })
  }
}

const httpDate = (offsetMillis: number) => new Date(Date.now() + offsetMillis).toUTCString()
const timeout = { timeout: "250 millis" } as const

const cases: ReadonlyArray<readonly [string, Case]> = [
  // 429 bursts
  ["429 x2 without Retry-After", {
    faults: [FlexSimulator.rateLimited({ times: 2 })],
    call: "fetch",
    expect: "recovered",
    journal: 3
  }],
  ["429 x2 with Retry-After: 0", {
    faults: [FlexSimulator.rateLimited({ times: 2, retryAfter: "0" })],
    call: "list",
    expect: "recovered",
    journal: 3
  }],
  ["429 x2 with Retry-After: 1 (seconds), waited but capped at maxRetryAfter 60ms", {
    faults: [FlexSimulator.rateLimited({ times: 2, retryAfter: "1" })],
    call: "fetch",
    expect: "recovered",
    journal: 3,
    elapsed: [110, 900]
  }],
  ["429 x2 with Retry-After as an HTTP date an hour ahead, capped", {
    faults: [FlexSimulator.rateLimited({ times: 2, retryAfter: httpDate(3_600_000) })],
    call: "fetch",
    expect: "recovered",
    journal: 3,
    elapsed: [110, 900]
  }],
  ["429 with Retry-After as an HTTP date in the past: retried at once", {
    faults: [FlexSimulator.rateLimited({ retryAfter: httpDate(-3_600_000) })],
    call: "fetch",
    expect: "recovered",
    journal: 2,
    elapsed: [0, 500]
  }],
  ["429 x2 with an absurd Retry-After (999999999 s), capped", {
    faults: [FlexSimulator.rateLimited({ times: 2, retryAfter: "999999999" })],
    call: "list",
    expect: "recovered",
    journal: 3,
    elapsed: [110, 900]
  }],
  ["429 with an unreadable Retry-After: backoff instead", {
    faults: [FlexSimulator.rateLimited({ retryAfter: "soon, maybe" })],
    call: "fetch",
    expect: "recovered",
    journal: 2
  }],
  ["429 on every attempt", {
    faults: [FlexSimulator.rateLimited({ times: 4, retryAfter: "1" })],
    call: "fetch",
    expect: { _tag: "FlexRateLimited", status: 429, code: 20429, attempts: 4, retryAfterMillis: 1000 },
    journal: 4
  }],
  ["429 on a POST is retried (Twilio did not process it)", {
    faults: [FlexSimulator.rateLimited({ times: 2 })],
    call: "update",
    expect: "recovered",
    journal: 3
  }],
  // 5xx runs
  ["500 x3, then success", {
    faults: [FlexSimulator.status(500, { times: 3 })],
    call: "fetch",
    expect: "recovered",
    journal: 4
  }],
  ["500, 502, 503 in a run, then success", {
    faults: [FlexSimulator.status(500), FlexSimulator.status(502), FlexSimulator.status(503)],
    call: "list",
    expect: "recovered",
    journal: 4
  }],
  ["500 on every attempt", {
    faults: [FlexSimulator.status(500, { times: 4 })],
    call: "fetch",
    expect: { _tag: "FlexApiError", status: 500, code: 20500, attempts: 4 },
    journal: 4
  }],
  ["502 on every attempt", {
    faults: [FlexSimulator.status(502, { times: 4 })],
    call: "list",
    expect: { _tag: "FlexApiError", status: 502, attempts: 4 },
    journal: 4
  }],
  ["503 on every attempt", {
    faults: [FlexSimulator.status(503, { times: 4 })],
    call: "fetch",
    expect: { _tag: "FlexApiError", status: 503, code: 20503, attempts: 4 },
    journal: 4
  }],
  ["500 on a POST is not retried", {
    faults: [FlexSimulator.status(500)],
    call: "update",
    expect: { _tag: "FlexApiError", status: 500, method: "POST", attempts: 1 },
    journal: 1
  }],
  ["503 on a POST is retried", {
    faults: [FlexSimulator.status(503, { times: 2 })],
    call: "update",
    expect: "recovered",
    journal: 3
  }],
  // connections
  ["connection dropped once", {
    faults: [FlexSimulator.dropConnection()],
    call: "fetch",
    expect: "recovered",
    journal: 2
  }],
  ["connection dropped on every attempt", {
    faults: [FlexSimulator.dropConnection({ times: 4 })],
    call: "list",
    expect: { _tag: "FlexTransportError", reason: "Connection", method: "GET", attempts: 4 },
    journal: 4
  }],
  ["connection dropped on a POST: not sent again", {
    faults: [FlexSimulator.dropConnection()],
    call: "update",
    expect: { _tag: "FlexTransportError", reason: "Connection", method: "POST", attempts: 1 },
    journal: 1
  }],
  ["connection dropped mid-body once", {
    faults: [FlexSimulator.dropMidBody()],
    call: "list",
    expect: "recovered",
    journal: 2
  }],
  ["connection dropped mid-body on every attempt", {
    faults: [FlexSimulator.dropMidBody({ times: 4 })],
    call: "fetch",
    expect: { _tag: "FlexTransportError", reason: "Body", attempts: 4 },
    journal: 4
  }],
  ["connection dropped mid-body on a POST: not sent again", {
    faults: [FlexSimulator.dropMidBody()],
    call: "update",
    expect: { _tag: "FlexTransportError", reason: "Body", method: "POST", attempts: 1 },
    journal: 1
  }],
  // bodies
  ["truncated JSON in a 200 (not retried: the request succeeded)", {
    faults: [FlexSimulator.truncatedJson()],
    call: "fetch",
    expect: { _tag: "FlexDecodeError", status: 200 },
    journal: 1
  }],
  ["truncated JSON in a list page", {
    faults: [FlexSimulator.truncatedJson({ bytes: 10 })],
    call: "list",
    expect: { _tag: "FlexDecodeError", status: 200 },
    journal: 1
  }],
  ["an HTML 502 from a proxy once", {
    faults: [FlexSimulator.htmlError()],
    call: "fetch",
    expect: "recovered",
    journal: 2
  }],
  ["an HTML 502 on every attempt", {
    faults: [FlexSimulator.htmlError({ times: 4 })],
    call: "list",
    expect: { _tag: "FlexApiError", status: 502, code: null, attempts: 4 },
    journal: 4
  }],
  ["an HTML 404", {
    faults: [FlexSimulator.htmlError({ status: 404 })],
    call: "fetch",
    expect: { _tag: "FlexNotFound", status: 404, code: null, attempts: 1 },
    journal: 1
  }],
  // slow responses
  ["a response slower than the timeout once", {
    faults: [FlexSimulator.latency("3 seconds")],
    client: timeout,
    call: "fetch",
    expect: "recovered",
    journal: 1,
    elapsed: [240, 2500]
  }],
  ["responses slower than the timeout on every attempt", {
    faults: [FlexSimulator.latency("3 seconds", { times: 4 })],
    client: timeout,
    call: "list",
    expect: { _tag: "FlexTransportError", reason: "Timeout", attempts: 4 },
    journal: 0,
    elapsed: [4 * 240, 2900]
  }],
  ["a POST slower than the timeout: not sent again", {
    faults: [FlexSimulator.latency("3 seconds")],
    client: timeout,
    call: "update",
    expect: { _tag: "FlexTransportError", reason: "Timeout", method: "POST", attempts: 1 },
    journal: 0,
    elapsed: [240, 2500]
  }],
  ["latency within the timeout is no fault", {
    faults: [FlexSimulator.latency("30 millis", { times: 3 })],
    client: timeout,
    call: "list",
    expect: "recovered",
    journal: 1
  }]
]

describe("fault matrix: single calls over the Node layer", () => {
  it.live.each(cases)(
    "%s",
    ([, c]) =>
      bounded(withEnv({ faults: c.faults, client: c.client ?? {} }, ({ flex, sim }) =>
        Effect.gen(function*() {
          const started = Date.now()
          const exit = yield* Effect.exit(run(flex, c.call))
          const elapsed = Date.now() - started
          const journal = (yield* sim.journal).filter((entry) => !(entry.status === null && entry.fault === "Latency"))
          const error = failureOf(exit)
          if (c.expect === "recovered") {
            expect(error).toBeUndefined()
            // the last request is the successful one; every earlier one met a fault
            expect(journal.at(-1)?.status).toBe(200)
            expect(journal.slice(0, -1).every((entry) => entry.fault !== null)).toBe(true)
          } else {
            expect(error).toMatchObject(c.expect)
          }
          expect(journal.length, "requests the simulator saw").toBe(c.journal)
          if (c.elapsed !== undefined) {
            expect(elapsed).toBeGreaterThanOrEqual(c.elapsed[0])
            expect(elapsed).toBeLessThan(c.elapsed[1])
          }
        }))),
    30_000
  )

  it.live("a POST that failed mid-body was applied once and is not replayed", () =>
    bounded(
      withEnv({ faults: [FlexSimulator.dropMidBody({ route: "UpdateInteractionChannel" })] }, ({ flex, sim }) =>
        Effect.gen(function*() {
          const error = yield* Effect.flip(flex.interactionChannels.update(KD, UO, { status: "closed" }))
          expect(error).toMatchObject({ _tag: "FlexTransportError", reason: "Body", attempts: 1 })
          expect((yield* sim.journal).filter((entry) =>
            entry.method === "POST"
          )).toHaveLength(1)
          const stored = yield* sim.getInteractionChannel(KD, UO)
          expect(Option.map(stored, (channel) => channel.status)).toEqual(Option.some("closed"))
        }))
    ))
})

// -----------------------------------------------------------------------------------------------
// streams that fail after page k
// -----------------------------------------------------------------------------------------------

const listRoute = { route: "ListInteractionChannel" } as const
const pageOf = (k: number) => channelSids.slice((k - 1) * PAGE_SIZE, k * PAGE_SIZE)
const pagesUpTo = (k: number) => channelSids.slice(0, k * PAGE_SIZE)
const pagesAfter = (k: number) => channelSids.slice(k * PAGE_SIZE)

interface StreamCase {
  /** Faults on page `k + 1`, i.e. after `k` pages went through. */
  readonly fault: (afterPages: number) => FlexSimulator.Fault
  readonly client?: Partial<FlexConfig.Options>
  readonly error: Record<string, unknown>
  /** Pages delivered before the error, when the fault is on page k+1 (k, or k+1 for a bad next link). */
  readonly delivered: (k: number) => number
  readonly resumable: boolean
  /** The values of k to run (default 0, 2 and 4). */
  readonly ks?: ReadonlyArray<number>
}

const every = { times: 1000 } as const
const streamCases: ReadonlyArray<readonly [string, StreamCase]> = [
  ["500 on every attempt", {
    fault: (k) => FlexSimulator.status(500, { ...listRoute, after: k, ...every }),
    error: { _tag: "FlexApiError", status: 500, attempts: 4 },
    delivered: (k) => k,
    resumable: true
  }],
  ["429 on every attempt", {
    fault: (k) => FlexSimulator.rateLimited({ ...listRoute, after: k, ...every, retryAfter: "0" }),
    error: { _tag: "FlexRateLimited", attempts: 4 },
    delivered: (k) => k,
    resumable: true
  }],
  ["503 on every attempt", {
    fault: (k) => FlexSimulator.status(503, { ...listRoute, after: k, ...every }),
    error: { _tag: "FlexApiError", status: 503, attempts: 4 },
    delivered: (k) => k,
    resumable: true
  }],
  ["the server drops every further connection", {
    fault: (k) => FlexSimulator.dropConnection({ ...listRoute, after: k, ...every }),
    error: { _tag: "FlexTransportError", reason: "Connection", attempts: 4 },
    delivered: (k) => k,
    resumable: true
  }],
  ["the server cuts every further body", {
    fault: (k) => FlexSimulator.dropMidBody({ ...listRoute, after: k, ...every }),
    error: { _tag: "FlexTransportError", reason: "Body", attempts: 4 },
    delivered: (k) => k,
    resumable: true
  }],
  ["an HTML 502 on every attempt", {
    fault: (k) => FlexSimulator.htmlError({ ...listRoute, after: k, ...every }),
    error: { _tag: "FlexApiError", status: 502, attempts: 4 },
    delivered: (k) => k,
    resumable: true
  }],
  ["the server stops answering in time", {
    fault: (k) => FlexSimulator.latency("3 seconds", { ...listRoute, after: k, ...every }),
    client: timeout,
    error: { _tag: "FlexTransportError", reason: "Timeout", attempts: 4 },
    delivered: (k) => k,
    resumable: true,
    // 3 runs x 4 attempts x 250 ms each: one k is enough
    ks: [2]
  }],
  ["a truncated page", {
    fault: (k) => FlexSimulator.truncatedJson({ ...listRoute, after: k }),
    error: { _tag: "FlexDecodeError", status: 200 },
    delivered: (k) => k,
    resumable: true
  }],
  ["a next_page_url that does not advance", {
    fault: (k) => FlexSimulator.stuckNextPageUrl({ ...listRoute, after: k }),
    error: { _tag: "FlexDecodeError" },
    delivered: (k) => k + 1,
    resumable: false
  }],
  ["a foreign next_page_url", {
    fault: (k) => FlexSimulator.foreignNextPageUrl({ ...listRoute, after: k }),
    error: { _tag: "FlexDecodeError" },
    delivered: (k) => k + 1,
    resumable: false
  }]
]

/** Collects the pages of a stream up to its error: `[pages, error]`. */
const pagesUntilError = <A>(stream: Stream.Stream<A, FlexError>) =>
  Stream.runCollect(Stream.either(stream)).pipe(
    Effect.map((chunk) => {
      const all = Chunk.toReadonlyArray(chunk)
      const values = all.filter(Either.isRight).map((e) => e.right)
      const errors = all.filter(Either.isLeft).map((e) => e.left)
      // the error, if any, is the last element: nothing after it
      expect(all.findIndex(Either.isLeft)).toBe(errors.length === 0 ? -1 : all.length - 1)
      return [values, errors[0]] as const
    })
  )

const sidsOf = (channels: ReadonlyArray<{ readonly sid: string }>) => channels.map((channel) => channel.sid)

describe("fault matrix: a list that fails after page k", () => {
  for (const k of [0, 2, 4]) {
    it.live.each(streamCases.filter(([, c]) => (c.ks ?? [0, 2, 4]).includes(k)))(
      `k = ${k}: %s`,
      ([, c]) =>
        bounded(withEnv({ faults: [c.fault(k)], client: c.client ?? {} }, ({ flex, sim }) =>
          Effect.gen(function*() {
            const delivered = c.delivered(k)
            // pages(): the records delivered are exactly pages 1..k, in order, each once
            const [pages, error] = yield* pagesUntilError(flex.interactionChannels.pages(KD, { pageSize: PAGE_SIZE }))
            expect(error).toMatchObject(c.error)
            expect(pages.map((page) => sidsOf(page.items))).toEqual(
              Array.from({ length: delivered }, (_, i) => pageOf(i + 1))
            )
            // stream(): the same records, then the same error
            yield* sim.clearJournal
            yield* sim.clearFaults
            yield* sim.injectFaults([c.fault(k)])
            const [items, streamError] = yield* pagesUntilError(
              flex.interactionChannels.stream(KD, { pageSize: PAGE_SIZE })
            )
            expect(streamError).toMatchObject(c.error)
            expect(sidsOf(items)).toEqual(pagesUpTo(delivered))
            // list() fails with the same error (it never returns a partial list)
            yield* sim.clearFaults
            yield* sim.injectFaults([c.fault(k)])
            expect(yield* Effect.flip(flex.interactionChannels.list(KD, { pageSize: PAGE_SIZE }))).toMatchObject(
              c.error
            )
            // resume: once the server is well again, the last delivered cursor yields exactly the rest
            yield* sim.clearFaults
            const last = pages.at(-1)
            const cursor = last === undefined ? Option.none() : last.cursor
            if (!c.resumable) {
              expect(Option.isNone(cursor), "a page whose next link was refused has no cursor").toBe(true)
              return
            }
            const rest = last === undefined
              ? yield* Stream.runCollect(flex.interactionChannels.stream(KD, { pageSize: PAGE_SIZE }))
              : yield* Stream.runCollect(
                flex.interactionChannels.stream(KD, { from: Option.getOrThrow(cursor) })
              )
            const resumed = sidsOf(Chunk.toReadonlyArray(rest))
            expect(resumed).toEqual(pagesAfter(k))
            expect([...sidsOf(pages.flatMap((page) => page.items)), ...resumed]).toEqual(channelSids)
          }))),
      30_000
    )
  }

  it.live.each(
    [
      ["a 500", FlexSimulator.status(500, listRoute)],
      ["a 503", FlexSimulator.status(503, listRoute)],
      ["a dropped connection", FlexSimulator.dropConnection(listRoute)],
      ["a body cut mid-way", FlexSimulator.dropMidBody(listRoute)],
      ["an HTML 502", FlexSimulator.htmlError(listRoute)],
      ["a 429", FlexSimulator.rateLimited(listRoute)]
    ] as const
  )(
    "a transient fault on page 3 (%s) is retried: every record exactly once, in order",
    ([, fault]) =>
      bounded(withEnv({ faults: [{ ...fault, after: 2 }] }, ({ flex, sim }) =>
        Effect.gen(function*() {
          const items = yield* Stream.runCollect(flex.interactionChannels.stream(KD, { pageSize: PAGE_SIZE }))
          expect(sidsOf(Chunk.toReadonlyArray(items))).toEqual(channelSids)
          // 5 pages + 1 retry
          expect(yield* sim.journal).toHaveLength(6)
        }))),
    30_000
  )

  it.live(
    "a next_page_url equal to the first page's own URL fails at once, without a duplicate page",
    () =>
      bounded(
        withEnv({ faults: [FlexSimulator.stuckNextPageUrl({ ...listRoute, times: 5 })] }, ({ flex, sim }) =>
          Effect.gen(function*() {
            const [items, error] = yield* pagesUntilError(flex.interactionChannels.stream(KD, { pageSize: PAGE_SIZE }))
            expect(error).toMatchObject({ _tag: "FlexDecodeError" })
            expect(sidsOf(items)).toEqual(pageOf(1))
            expect(yield* sim.journal).toHaveLength(1)
          }))
      ),
    30_000
  )

  it.live(
    "the server goes away after page 2 (its scope closes) and comes back on the same port: resume",
    () =>
      bounded(
        Effect.gen(function*() {
          const first = yield* Scope.make()
          const simulator = yield* Layer.buildWithScope(NodeFlexSimulator.layer({ port: 0, fixtures }), first)
          const { port, url } = Context.get(simulator, NodeFlexSimulator.NodeFlexSimulator)
          const client = yield* Layer.build(NodeFlexClient.layer({ ...creds, baseUrl: url, retry }))
          const flex = Context.get(client, FlexClient.FlexClient)
          // prefetch 0: nothing is in flight between pulls
          const pull = yield* Stream.toPull(flex.interactionChannels.pages(KD, { pageSize: PAGE_SIZE, prefetch: 0 }))
          const page1 = Chunk.toReadonlyArray(yield* pull)
          const page2 = Chunk.toReadonlyArray(yield* pull)
          expect([...page1, ...page2].map((page) => sidsOf(page.items))).toEqual([pageOf(1), pageOf(2)])
          const cursor = Option.getOrThrow(page2.at(-1)!.cursor)
          yield* Scope.close(first, Exit.void)
          // the next pull fails: the server is gone (connection refused, after the retries)
          const error = Option.getOrThrow(yield* Effect.flip(pull))
          expect(error).toMatchObject({ _tag: "FlexTransportError", reason: "Connection", attempts: 4 })
          // the same data comes back on the same port: the cursor resumes exactly after page 2
          const again = yield* Layer.build(NodeFlexSimulator.layer({ port, fixtures }))
          const rest = yield* Stream.runCollect(flex.interactionChannels.stream(KD, { from: cursor }))
          expect(sidsOf(Chunk.toReadonlyArray(rest))).toEqual(pagesAfter(2))
          expect(yield* Context.get(again, FlexSimulator.FlexSimulator).journal).toHaveLength(3)
        }).pipe(Effect.scoped)
      ),
    30_000
  )
})

// -----------------------------------------------------------------------------------------------
// credentials on the wire
// -----------------------------------------------------------------------------------------------

interface Seen {
  readonly method: string
  readonly url: string
  readonly headers: IncomingMessage["headers"]
}

/** A plain loopback server: records every request, answers with `handler`. */
const loopbackServer = (handler: (response: ServerResponse) => void = (res) => res.end()) =>
  Effect.acquireRelease(
    Effect.async<{ readonly origin: string; readonly port: number; readonly seen: Array<Seen>; close: () => void }>(
      (resume) => {
        const seen: Array<Seen> = []
        const server = createServer((req, res) => {
          seen.push({ method: req.method!, url: req.url!, headers: req.headers })
          handler(res)
        })
        server.listen(0, "127.0.0.1", () => {
          const port = (server.address() as AddressInfo).port
          resume(Effect.succeed({
            origin: `http://127.0.0.1:${port}`,
            port,
            seen,
            close: () => {
              server.closeAllConnections()
              server.close()
            }
          }))
        })
      }
    ),
    (server) => Effect.sync(server.close)
  )

describe("credential safety on the wire", () => {
  it.live("a next_page_url to another loopback server (another port) is never requested", () =>
    bounded(
      Effect.gen(function*() {
        const foreign = yield* loopbackServer()
        yield* withEnv({ faults: [FlexSimulator.foreignNextPageUrl({ ...listRoute, origin: foreign.origin })] }, ({
          flex,
          sim
        }) =>
          Effect.gen(function*() {
            const [items, error] = yield* pagesUntilError(flex.interactionChannels.stream(KD, { pageSize: PAGE_SIZE }))
            expect(error).toMatchObject({ _tag: "FlexDecodeError" })
            expect(sidsOf(items)).toEqual(pageOf(1))
            expect(yield* sim.journal).toHaveLength(1)
          }))
        expect(foreign.seen).toEqual([])
      }).pipe(Effect.scoped)
    ))

  it.live("a next_page_url on another host name, or scheme, of the same port is never requested", () =>
    bounded(
      Effect.gen(function*() {
        for (
          const make of [(port: number) => `http://localhost:${port}`, (port: number) => `https://127.0.0.1:${port}`]
        ) {
          const simulator = yield* Layer.build(NodeFlexSimulator.layer({ port: 0, fixtures }))
          const { port, url } = Context.get(simulator, NodeFlexSimulator.NodeFlexSimulator)
          const sim = Context.get(simulator, FlexSimulator.FlexSimulator)
          yield* sim.injectFaults([FlexSimulator.foreignNextPageUrl({ ...listRoute, origin: make(port) })])
          const client = yield* Layer.build(NodeFlexClient.layer({ ...creds, baseUrl: url, retry }))
          const flex = Context.get(client, FlexClient.FlexClient)
          const [, error] = yield* pagesUntilError(flex.interactionChannels.stream(KD, { pageSize: PAGE_SIZE }))
          expect(error).toMatchObject({ _tag: "FlexDecodeError" })
          // the same server would have journaled a request to it under the other name
          expect(yield* sim.journal).toHaveLength(1)
        }
      }).pipe(Effect.scoped)
    ))

  it.live("a user cursor pointing to another loopback server is refused before sending", () =>
    bounded(
      Effect.gen(function*() {
        const foreign = yield* loopbackServer()
        yield* withEnv({}, ({ flex, sim }) =>
          Effect.gen(function*() {
            const page = yield* flex.interactionChannels.page(KD, { pageSize: PAGE_SIZE })
            const cursor = new URL(Option.getOrThrow(page.cursor))
            const stolen = `${foreign.origin}${cursor.pathname}${cursor.search}`
            const error = yield* Effect.flip(Stream.runDrain(flex.interactionChannels.stream(KD, { from: stolen })))
            expect(error).toMatchObject({ _tag: "FlexInvalidInput", argument: "options.from" })
            expect(yield* sim.journal).toHaveLength(1)
          }))
        expect(foreign.seen).toEqual([])
      }).pipe(Effect.scoped)
    ))

  it.live.each([301, 302, 303, 307, 308])(
    "a %s redirect to another loopback server is not followed",
    (status) =>
      bounded(
        Effect.gen(function*() {
          const foreign = yield* loopbackServer()
          const redirecting = yield* loopbackServer((res) => {
            res.writeHead(status, { location: `${foreign.origin}/v1/Channels/${CH}` })
            res.end()
          })
          const client = yield* Layer.build(
            NodeFlexClient.layer({ ...creds, baseUrl: redirecting.origin, retry })
          )
          const error = yield* Effect.flip(Context.get(client, FlexClient.FlexClient).channels.fetch(CH))
          expect(error).toMatchObject({ _tag: "FlexApiError", status, attempts: 1 })
          expect(redirecting.seen).toHaveLength(1)
          expect(redirecting.seen[0]!.headers.authorization).toMatch(/^Basic /)
          expect(foreign.seen).toEqual([])
        }).pipe(Effect.scoped)
      )
  )
})
