/**
 * The governor: one per client, shared by every call and stream of it. Before an attempt is sent
 * it waits for a token of its route family's bucket (when a rate is set), for a place among the
 * requests in flight, and for the end of a shared pause. A 429 or 503 with a `Retry-After` sets
 * that pause for everyone (for that endpoint's calls only when Twilio says the refusal is about
 * the endpoint's rate, code 45780), and any other 429 or 503 brings the bound on requests in flight
 * down to the number the server is evidently handling; from 5 seconds after the last refusal the
 * bound grows back by one per round of successful requests. So a fan-out slows down as a whole
 * instead of every call retrying on its own schedule.
 *
 * Everything waits with Effect's `Clock` (a `TestClock` drives it) and can be interrupted; the
 * only queue is the callers already waiting (one waiter each, see {@link Permits}).
 */
import * as Effect from "effect/Effect"
import * as Metric from "effect/Metric"
import * as MetricBoundaries from "effect/MetricBoundaries"
import * as MetricLabel from "effect/MetricLabel"
import type { ResolvedConfig } from "./config.js"
import * as RetryAfter from "./retryAfter.js"

/** The route families a rate applies to: Twilio limits the Interactions endpoints on their own. */
export type Family = "interactions" | "channels"

/** What one attempt tells the governor when it ends. */
export type Outcome =
  | { readonly _tag: "Success" }
  /**
   * 429 or 503: Twilio did not process the request; `retryAfter` is the header, if any.
   * `endpointRate`: the refusal is about one endpoint's rate (code 45780), not the account's
   * concurrency, so it pauses the client without lowering its bound on requests in flight.
   */
  | { readonly _tag: "RateLimited"; readonly retryAfter: string | undefined; readonly endpointRate: boolean }
  | { readonly _tag: "Other" }

export interface Governor {
  /**
   * Runs one attempt when the governor lets it: the wait is not part of the attempt (its timeout
   * starts when it is sent). `outcome` reads how the attempt ended.
   */
  readonly run: <A, E, R>(
    family: Family,
    /** The operation: a refusal for its endpoint's rate pauses its calls only. */
    endpoint: string,
    attempt: Effect.Effect<A, E, R>,
    outcome: (
      exit: { readonly _tag: "Success"; readonly value: A } | { readonly _tag: "Failure"; readonly error: E }
    ) => Outcome
  ) => Effect.Effect<A, E, R>
  /** The current bound on requests in flight (for tests and metrics). */
  readonly limit: () => number
  readonly inFlight: () => number
}

// --- metrics --------------------------------------------------------------------------------------

/**
 * The client's metrics (`Metric`, so an OpenTelemetry exporter picks them up): see README,
 * "Fan-out and rate limits".
 */
export const metrics = {
  requests: Metric.counter("effect_flex_requests_total", {
    description: "Requests sent (attempts), by operation and status (the HTTP status, or 'transport')",
    incremental: true
  }),
  retries: Metric.counter("effect_flex_retries_total", {
    description: "Attempts after the first, by operation",
    incremental: true
  }),
  rateLimited: Metric.counter("effect_flex_rate_limited_total", {
    description: "429 and 503 answers, by operation",
    incremental: true
  }),
  waitMillis: Metric.histogram(
    "effect_flex_governor_wait_ms",
    MetricBoundaries.exponential({ start: 1, factor: 4, count: 10 }),
    "Time an attempt waited in the governor (rate, concurrency, pause) before it was sent, in ms"
  ),
  inFlight: Metric.gauge("effect_flex_requests_in_flight", { description: "Requests of the client in flight" }),
  limit: Metric.gauge("effect_flex_concurrency_limit", {
    description: "The governor's current bound on requests in flight (Infinity: none)"
  })
}

/**
 * The counters' label sets, built once per operation and status: `unsafeUpdate` finds a metric's
 * hook for a label set it has seen by the set's identity, where `Metric.update` would build and
 * hash a tagged key on every call (about a quarter of a fetch's overhead). (So the fiber's own
 * metric tags, `Effect.tagMetrics`, are not added here.)
 */
const labelSets = new Map<string, ReadonlyArray<MetricLabel.MetricLabel>>()
const labelsOf = (operation: string, status?: string): ReadonlyArray<MetricLabel.MetricLabel> => {
  const id = status === undefined ? operation : `${operation}|${status}`
  let labels = labelSets.get(id)
  if (labels === undefined) {
    const byOperation = MetricLabel.make("operation", operation)
    labels = status === undefined ? [byOperation] : [byOperation, MetricLabel.make("status", status)]
    labelSets.set(id, labels)
  }
  return labels
}
const noLabels: ReadonlyArray<MetricLabel.MetricLabel> = []

/** Counts one attempt of `operation` that ended with `status` (an HTTP status, or "transport"). */
export const countAttempt = (operation: string, status: string, retry: boolean): void => {
  metrics.requests.unsafeUpdate(1, labelsOf(operation, status))
  if (retry) metrics.retries.unsafeUpdate(1, labelsOf(operation))
  if (status === "429" || status === "503") metrics.rateLimited.unsafeUpdate(1, labelsOf(operation))
}

// --- the token bucket -----------------------------------------------------------------------------

interface Bucket {
  readonly perMilli: number
  readonly burst: number
  tokens: number
  updated: number
}

/**
 * Reserves a token and returns how long to wait for it. Tokens may go negative: each caller takes
 * the next slot in turn, so waiters are served in order without waking each other.
 */
const reserve = (bucket: Bucket, now: number): number => {
  bucket.tokens = Math.min(bucket.burst, bucket.tokens + (now - bucket.updated) * bucket.perMilli)
  bucket.updated = now
  bucket.tokens -= 1
  return bucket.tokens >= 0 ? 0 : -bucket.tokens / bucket.perMilli
}

// --- the permits ----------------------------------------------------------------------------------

/**
 * A resizable counting semaphore, first come first served. Not Effect's `Semaphore`: each release
 * there wakes every waiter to race for the freed permit, so with 2,000 calls waiting for 20
 * permits a fan-out took 40 s instead of 1 s; here a release hands its permit to the next waiter.
 */
interface Permits {
  readonly resize: (limit: number) => void
  readonly with: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
}

const makePermits = (initial: number): Permits => {
  let limit = initial
  let taken = 0
  const waiters = new Set<{ handed: boolean; readonly resume: () => void }>()

  const handOver = () => {
    for (const waiter of waiters) {
      if (taken >= limit) return
      waiters.delete(waiter)
      taken++
      waiter.handed = true
      waiter.resume()
    }
  }

  const release = () => {
    taken--
    handOver()
  }

  const acquire = Effect.async<void>((resume) => {
    if (taken < limit && waiters.size === 0) {
      taken++
      return resume(Effect.void)
    }
    const waiter = { handed: false, resume: () => resume(Effect.void) }
    waiters.add(waiter)
    return Effect.sync(() => {
      // interrupted: leave the line, or give back a permit handed over meanwhile
      if (waiter.handed) release()
      else waiters.delete(waiter)
    })
  })
  const released = Effect.sync(release)

  return {
    resize: (next) => {
      limit = next
      handOver()
    },
    with: (effect) =>
      Effect.uninterruptibleMask((restore) =>
        Effect.zipRight(restore(acquire), Effect.ensuring(restore(effect), released))
      )
  }
}

// --- the governor ---------------------------------------------------------------------------------

const otherOutcome: Outcome = { _tag: "Other" }

/** What a call gets back from its place in flight when a pause began while it waited for it. */
const notYet: unique symbol = Symbol("notYet")

/** How long after a 429 or 503 the bound on requests in flight starts growing again. */
const growAfterMillis = 5_000

export const make = (config: ResolvedConfig): Governor => {
  const { adaptive, maxConcurrency, rate } = config.governor
  const buckets: Partial<Record<Family, Bucket>> = {}
  for (const family of ["interactions", "channels"] as const) {
    const limit = rate[family]
    if (limit !== undefined) {
      buckets[family] = { perMilli: limit.perSecond / 1000, burst: limit.burst, tokens: limit.burst, updated: 0 }
    }
  }
  const bounded = maxConcurrency !== Number.POSITIVE_INFINITY || adaptive
  const permits = makePermits(maxConcurrency)
  let limit = maxConcurrency
  let inFlight = 0
  /** Until when every call waits (a concurrency refusal). */
  let pausedUntil = Number.NEGATIVE_INFINITY
  /** Until when the calls of one endpoint (operation) wait (a refusal for that endpoint's rate). */
  const endpointPausedUntil = new Map<string, number>()
  /** When the last 429 or 503 came: the bound grows again only a while after it. */
  let limitedAt = Number.NEGATIVE_INFINITY
  let successes = 0

  const setLimit = (next: number): Effect.Effect<void> =>
    Effect.sync(() => {
      limit = next
      metrics.limit.unsafeUpdate(next, noLabels)
      permits.resize(next)
    })

  const waitForToken = (bucket: Bucket, now: number): Effect.Effect<void> => {
    const wait = reserve(bucket, now)
    // an interrupted waiter gives its slot back
    return wait === 0 ? Effect.void : Effect.onInterrupt(Effect.sleep(wait), () =>
      Effect.sync(() => {
        bucket.tokens += 1
      }))
  }

  const onOutcome = (endpoint: string, outcome: Outcome, now: number): Effect.Effect<void> => {
    if (!adaptive || outcome._tag === "Other") return Effect.void
    if (outcome._tag === "Success") {
      // Additive increase: one more place per round of `limit` successes, once the server has
      // not refused anything for a while (each probe above its bound costs everyone a pause).
      if (limit >= maxConcurrency || now - limitedAt < growAfterMillis || ++successes < limit) return Effect.void
      successes = 0
      return setLimit(Math.min(maxConcurrency, limit + 1))
    }
    // The server's Retry-After holds for everyone. Without one, each call keeps its own jittered
    // backoff (a shared pause would line every retry up again); the lower bound still applies.
    const retryAfter = RetryAfter.parse(outcome.retryAfter, now)
    const until = retryAfter === undefined ? undefined : now + Math.min(retryAfter, config.retry.maxRetryAfterMillis)
    // An endpoint's rate holds back that endpoint only.
    if (outcome.endpointRate) {
      if (until !== undefined) {
        endpointPausedUntil.set(endpoint, Math.max(endpointPausedUntil.get(endpoint) ?? 0, until))
      }
      return Effect.void
    }
    if (until !== undefined) pausedUntil = Math.max(pausedUntil, until)
    limitedAt = now
    successes = 0
    // The requests still in flight when a refusal comes back are what the server is handling:
    // the bound comes down to that (a burst above the server's bound settles on it as its
    // refusals return), never below one.
    const next = Math.max(1, Math.min(limit, inFlight))
    return next < limit ? setLimit(next) : Effect.void
  }

  const run: Governor["run"] = (family, endpoint, attempt, outcome) =>
    Effect.clockWith((clock) => {
      const queued = clock.unsafeCurrentTimeMillis()
      const endpointPause = () => Math.max(pausedUntil, endpointPausedUntil.get(endpoint) ?? 0)
      // Pauses are waited out without a place in flight, so that an endpoint's pause holds back no
      // other endpoint; a pause set while the call waited for its place sends it back in line.
      const beforePlace: Effect.Effect<void> = Effect.suspend(() => {
        const left = endpointPause() - clock.unsafeCurrentTimeMillis()
        return left > 0 ? Effect.zipRight(Effect.sleep(left), beforePlace) : Effect.void
      })
      const send = Effect.suspend((): Effect.Effect<unknown, unknown, unknown> => {
        if (endpointPause() > clock.unsafeCurrentTimeMillis()) return Effect.succeed(notYet)
        inFlight++
        metrics.inFlight.unsafeUpdate(inFlight, noLabels)
        metrics.waitMillis.unsafeUpdate(clock.unsafeCurrentTimeMillis() - queued, noLabels)
        return Effect.onExit(attempt, (exit) => {
          inFlight--
          metrics.inFlight.unsafeUpdate(inFlight, noLabels)
          const told = exit._tag === "Success"
            ? outcome({ _tag: "Success", value: exit.value })
            : exit.cause._tag === "Fail"
            ? outcome({ _tag: "Failure", error: exit.cause.error })
            : otherOutcome
          return onOutcome(endpoint, told, clock.unsafeCurrentTimeMillis())
        })
      })
      const placed: Effect.Effect<any, any, any> = Effect.zipRight(
        beforePlace,
        Effect.flatMap(bounded ? permits.with(send) : send, (result) =>
          result === notYet ? placed : Effect.succeed(result))
      )
      const bucket = buckets[family]
      return bucket === undefined ? placed : Effect.zipRight(waitForToken(bucket, queued), placed)
    })

  return { run, limit: () => limit, inFlight: () => inFlight }
}
