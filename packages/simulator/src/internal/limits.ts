import type * as FlexSimulator from "../FlexSimulator.js"

/**
 * Twilio's limits, as pure state transitions: the app reads the clock and applies {@link admit}
 * and {@link release} in one `Ref.modify` each, so that two concurrent requests never both take
 * the last slot or the last token.
 */

interface RateConfig {
  readonly perSecond: number
  readonly burst: number
  /** The operations with a bucket; `undefined`: all of them. */
  readonly routes: ReadonlySet<FlexSimulator.OperationId> | undefined
}

/** @internal */
export interface Config {
  readonly concurrency: number | undefined
  readonly rate: RateConfig | undefined
  readonly retryAfter: string
}

interface Bucket {
  readonly tokens: number
  /** Clock millis of the last refill. */
  readonly at: number
}

/** @internal */
export interface State {
  readonly config: Config | undefined
  /** One bucket per operation, created full on its first request. */
  readonly buckets: ReadonlyMap<FlexSimulator.OperationId, Bucket>
  /** Admitted requests whose handler is still running. */
  readonly inFlight: number
}

/**
 * What the limits made of one request.
 *
 * @internal
 */
export interface Admission {
  /** The limit that refused the request; `null` when it was admitted (or not subject to limits). */
  readonly refused: "concurrency" | "rate" | null
  /** Requests in flight when it arrived, itself included. */
  readonly inFlight: number
  /** Whether a concurrency limit is configured (responses then carry `Twilio-Concurrent-Requests`). */
  readonly reportConcurrency: boolean
  readonly retryAfter: string
}

const defaultRetryAfter = "1"

const invalid = (message: string): never => {
  throw new RangeError(`FlexSimulator limits: ${message}`)
}

/**
 * Validates and normalizes the public options (a defect when they make no sense: a limit is part
 * of the test's own setup).
 *
 * @internal
 */
export const configure = (limits: FlexSimulator.Limits | undefined): Config | undefined => {
  if (limits === undefined) return undefined
  const { concurrency, rate } = limits
  if (concurrency !== undefined && !(Number.isSafeInteger(concurrency) && concurrency >= 0)) {
    invalid(`concurrency must be an integer >= 0, got ${concurrency}`)
  }
  let rateConfig: RateConfig | undefined
  if (rate !== undefined) {
    const { burst = rate.perSecond, perSecond } = rate
    if (!(Number.isFinite(perSecond) && perSecond >= 0)) invalid(`rate.perSecond must be >= 0, got ${perSecond}`)
    if (!(Number.isFinite(burst) && burst >= 0)) invalid(`rate.burst must be >= 0, got ${burst}`)
    rateConfig = { perSecond, burst, routes: rate.routes === undefined ? undefined : new Set(rate.routes) }
  }
  return { concurrency, rate: rateConfig, retryAfter: limits.retryAfter ?? defaultRetryAfter }
}

/** @internal */
export const initial = (config: Config | undefined): State => ({ config, buckets: new Map(), inFlight: 0 })

/**
 * New limits apply from the next request, with full buckets; requests already in flight still count.
 *
 * @internal
 */
export const reconfigure = (state: State, config: Config | undefined): State => ({
  config,
  buckets: new Map(),
  inFlight: state.inFlight
})

/**
 * A request that is not subject to limits (a preflight, an unauthenticated request): it sees the
 * requests in flight, but takes no slot and no token.
 *
 * @internal
 */
export const observe = (state: State): Admission => ({
  refused: null,
  inFlight: state.inFlight + 1,
  reportConcurrency: state.config?.concurrency !== undefined,
  retryAfter: state.config?.retryAfter ?? defaultRetryAfter
})

// A token is a whole request: tolerate the rounding of fractional refills (e.g. 3 per second).
const epsilon = 1e-9

const refill = (bucket: Bucket | undefined, rate: RateConfig, now: number): Bucket => {
  if (bucket === undefined) return { tokens: rate.burst, at: now }
  const elapsed = Math.max(0, now - bucket.at)
  return { tokens: Math.min(rate.burst, bucket.tokens + (elapsed * rate.perSecond) / 1000), at: bucket.at + elapsed }
}

/**
 * The concurrency limit first (account-wide), then the route's bucket: a request refused for
 * concurrency takes no token, a request refused for rate takes no slot. `route` is `null` for a
 * path that reaches no operation: it counts towards concurrency but has no bucket.
 *
 * @internal
 */
export const admit = (
  state: State,
  route: FlexSimulator.OperationId | null,
  now: number
): readonly [Admission, State] => {
  const config = state.config
  const inFlight = state.inFlight + 1
  const reportConcurrency = config?.concurrency !== undefined
  const retryAfter = config?.retryAfter ?? defaultRetryAfter
  const refuse = (refused: "concurrency" | "rate", next: State): readonly [Admission, State] => [
    { refused, inFlight, reportConcurrency, retryAfter },
    next
  ]
  if (config?.concurrency !== undefined && inFlight > config.concurrency) return refuse("concurrency", state)
  let buckets = state.buckets
  const rate = config?.rate
  if (rate !== undefined && route !== null && (rate.routes === undefined || rate.routes.has(route))) {
    const bucket = refill(state.buckets.get(route), rate, now)
    const admitted = bucket.tokens + epsilon >= 1
    const next = new Map(state.buckets)
    next.set(route, admitted ? { tokens: Math.max(0, bucket.tokens - 1), at: bucket.at } : bucket)
    buckets = next
    if (!admitted) return refuse("rate", { ...state, buckets })
  }
  return [{ refused: null, inFlight, reportConcurrency, retryAfter }, { config, buckets, inFlight }]
}

/** @internal */
export const release = (state: State): State => ({ ...state, inFlight: Math.max(0, state.inFlight - 1) })
