/**
 * `Retry-After` per RFC 9110 (issue #7, item 7), in-process with the TestClock: a scripted
 * HttpClient answers 429 with the header, then 200, and records the (test) time of each request.
 *
 * - delta-seconds (`^\d+$`) and an HTTP-date (IMF-fixdate, obsolete RFC 850, asctime, the latter
 *   in UTC whatever the local time zone) are waited for, exactly;
 * - a duplicated identical value (`3, 3`, or two header lines, which arrive as `3, 3`) is that value;
 * - anything else (`-1`, `1.5`, `3, 4`, `soon`, an ISO date, …) is ignored: the client falls back to
 *   its backoff (here 200 ms with Random fixed at 0.5: neither at once nor after the bogus value);
 * - `FlexRateLimited.retryAfterMillis` is the parsed value, or null when it was ignored.
 *
 * The clock starts at the current second (real time), so an implementation reading the date with
 * `Date.now()` instead of `Clock` is off by less than a second, which the windows below allow for
 * HTTP-dates only (they have a one-second resolution anyway).
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import { describe, expect, it } from "@effect/vitest"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as TestClock from "effect/TestClock"
import * as FlexClient from "../../src/FlexClient.js"
import type * as FlexConfig from "../../src/FlexConfig.js"
import { failureOf } from "../utils/exits.js"
import * as Transport from "../utils/transport.js"

const CH = Transport.sid("CH", 1)

interface Scripted {
  /** The test-clock time of every request. */
  readonly times: Array<number>
  readonly layer: Layer.Layer<HttpClient.HttpClient>
}

/** Answers request i with `reply(i)`: a 429 with the given header lines, or the channel. */
const scripted = (reply: (index: number) => ReadonlyArray<readonly [string, string]> | "ok"): Scripted => {
  const times: Array<number> = []
  const client = HttpClient.make((request) =>
    Effect.gen(function*() {
      times.push(yield* Clock.currentTimeMillis)
      const answer = reply(times.length - 1)
      const headers = new Headers([["content-type", "application/json"]])
      if (answer === "ok") {
        return HttpClientResponse.fromWeb(
          request,
          new Response(JSON.stringify(Transport.wireChatChannel(1)), { status: 200, headers })
        )
      }
      // `append`: two lines of the same header, as a proxy may send them
      for (const [name, value] of answer) headers.append(name, value)
      return HttpClientResponse.fromWeb(
        request,
        new Response(JSON.stringify({ code: 20429, message: "Too Many Requests", status: 429 }), {
          status: 429,
          headers
        })
      )
    })
  )
  return { times, layer: Layer.succeed(HttpClient.HttpClient, client) }
}

/** Lets forked fibers and the response's promises run (real time: the test clock does not move). */
const settle = Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 10)))

/** Whole seconds: HTTP-dates cannot say less. */
const NOW = Math.floor(Date.now() / 1000) * 1000

const options = (retry: FlexConfig.RetryOptions | false): FlexConfig.Options => ({
  ...Transport.credentials,
  retry
})

/** One 429 then a 200; the backoff, if used, is 200 ms * 0.5 (Random is fixed). */
const firstRetryAt = (lines: ReadonlyArray<readonly [string, string]>) =>
  Effect.gen(function*() {
    yield* TestClock.setTime(NOW)
    const transport = scripted((i) => (i === 0 ? lines : "ok"))
    const flex = yield* Effect.provide(
      FlexClient.make(options({ maxAttempts: 2, baseDelay: "200 millis", maxDelay: "200 millis" })),
      transport.layer
    )
    const fiber = yield* Effect.fork(flex.channels.fetch(CH).pipe(Effect.withRandomFixed([0.5])))
    yield* settle
    /** Moves the clock to `NOW + millis`; the number of requests made by then. */
    const at = (millis: number) =>
      Effect.gen(function*() {
        yield* TestClock.setTime(NOW + millis)
        yield* settle
        return transport.times.length
      })
    return { fiber, at, times: transport.times }
  })

// --- HTTP-dates ---------------------------------------------------------------------------------

const pad = (n: number, width = 2, fill = "0") => String(n).padStart(width, fill)
const days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
const time = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`

/** `Sun, 06 Nov 1994 08:49:37 GMT` */
const imfFixdate = (millis: number) => new Date(millis).toUTCString()
/** `Sunday, 06-Nov-94 08:49:37 GMT` */
const rfc850 = (millis: number) => {
  const d = new Date(millis)
  return `${days[d.getUTCDay()]}, ${pad(d.getUTCDate())}-${months[d.getUTCMonth()]}-${pad(d.getUTCFullYear() % 100)} ${
    time(d)
  } GMT`
}
/** `Sun Nov  6 08:49:37 1994` (UTC, without saying so) */
const asctime = (millis: number) => {
  const d = new Date(millis)
  return `${days[d.getUTCDay()]!.slice(0, 3)} ${months[d.getUTCMonth()]} ${pad(d.getUTCDate(), 2, " ")} ${
    time(d)
  } ${d.getUTCFullYear()}`
}

/** Runs `effect` with the process in another time zone (Node applies TZ changes at once). */
const inTimeZone = <A, E, R>(zone: string, effect: Effect.Effect<A, E, R>) =>
  Effect.acquireUseRelease(
    Effect.sync(() => {
      const before = process.env.TZ
      process.env.TZ = zone
      return before
    }),
    () => effect,
    (before) =>
      Effect.sync(() => {
        if (before === undefined) delete process.env.TZ
        else process.env.TZ = before
      })
  )

const retryAfter = (value: string) => [["retry-after", value]] as const

// -----------------------------------------------------------------------------------------------

describe("item 7: Retry-After values that RFC 9110 allows are waited for", () => {
  it.effect.each<readonly [string, ReadonlyArray<readonly [string, string]>]>([
    ["3", retryAfter("3")],
    ["3, 3", retryAfter("3, 3")],
    ["3,3", retryAfter("3,3")],
    ["two header lines 3 and 3", [["retry-after", "3"], ["retry-after", "3"]]]
  ])("delta-seconds %s: the retry waits exactly 3 s", ([, lines]) =>
    Effect.gen(function*() {
      const { at, fiber, times } = yield* firstRetryAt(lines)
      expect(yield* at(2_999), "requests after 2999 ms").toBe(1)
      expect(yield* at(3_000), "requests after 3000 ms").toBe(2)
      yield* Fiber.join(fiber)
      expect(times).toEqual([NOW, NOW + 3_000])
    }))

  it.effect("delta-seconds 0: the retry is immediate", () =>
    Effect.gen(function*() {
      const { at, fiber } = yield* firstRetryAt(retryAfter("0"))
      expect(yield* at(0)).toBe(2)
      yield* Fiber.join(fiber)
    }))

  it.effect.each(
    [
      ["IMF-fixdate", imfFixdate],
      ["RFC 850", rfc850],
      ["asctime", asctime]
    ] as const
  )("an HTTP-date (%s) 5 s ahead: the retry waits 5 s", ([, format]) =>
    Effect.gen(function*() {
      const { at, fiber } = yield* firstRetryAt(retryAfter(format(NOW + 5_000)))
      expect(yield* at(3_999), "requests after 3999 ms").toBe(1)
      expect(yield* at(5_000), "requests after 5000 ms").toBe(2)
      yield* Fiber.join(fiber)
    }))

  it.effect("an asctime date is UTC whatever the local time zone", () =>
    inTimeZone(
      "America/New_York",
      Effect.gen(function*() {
        const { at, fiber } = yield* firstRetryAt(retryAfter(asctime(NOW + 5_000)))
        expect(yield* at(3_999), "requests after 3999 ms").toBe(1)
        expect(yield* at(5_000), "requests after 5000 ms").toBe(2)
        yield* Fiber.join(fiber)
      })
    ))

  it.effect("an HTTP-date in the past: the retry is immediate", () =>
    Effect.gen(function*() {
      const { at, fiber } = yield* firstRetryAt(retryAfter(imfFixdate(NOW - 3_600_000)))
      expect(yield* at(0)).toBe(2)
      yield* Fiber.join(fiber)
    }))
})

describe("item 7: anything else is ignored and the backoff applies", () => {
  it.effect.each<readonly [label: string, value: string]>([
    ["-1", "-1"],
    ["1.5", "1.5"],
    ["3, 4", "3, 4"],
    ["3, 3, 4", "3, 3, 4"],
    ["soon", "soon"],
    ["+3", "+3"],
    ["3e2", "3e2"],
    ["0x10", "0x10"],
    ["3 s", "3 s"],
    ["2001-02-03", "2001-02-03"],
    ["an ISO 8601 date 5 s ahead", new Date(NOW + 5_000).toISOString()],
    ["an IMF-fixdate in PST, 5 s ahead", imfFixdate(NOW + 5_000).replace("GMT", "PST")]
  ])("Retry-After: %s: not at once, and within the 200 ms backoff", ([, value]) =>
    Effect.gen(function*() {
      const { at, fiber } = yield* firstRetryAt(retryAfter(value))
      expect(yield* at(0), "requests at once (the value was taken for 0)").toBe(1)
      expect(yield* at(200), "requests after the 200 ms backoff").toBe(2)
      yield* Fiber.join(fiber)
    }))

  it.effect("two different header lines (3 and 4) are ignored", () =>
    Effect.gen(function*() {
      const { at, fiber } = yield* firstRetryAt([["retry-after", "3"], ["retry-after", "4"]])
      expect(yield* at(0)).toBe(1)
      expect(yield* at(200)).toBe(2)
      yield* Fiber.join(fiber)
    }))
})

// -----------------------------------------------------------------------------------------------

/** The FlexRateLimited of a single 429 (no retry). */
const rateLimitedError = (lines: ReadonlyArray<readonly [string, string]>) =>
  Effect.gen(function*() {
    yield* TestClock.setTime(NOW)
    const transport = scripted(() => lines)
    const exit = yield* Effect.exit(
      Effect.flatMap(FlexClient.make(options(false)), (flex) => flex.channels.fetch(CH)).pipe(
        Effect.provide(transport.layer)
      )
    )
    return failureOf(exit)
  })

const retryAfterMillisCases: ReadonlyArray<
  readonly [name: string, expected: number | null, lines: ReadonlyArray<readonly [string, string]>]
> = [
  ["3", 3_000, retryAfter("3")],
  ["3, 3", 3_000, retryAfter("3, 3")],
  ["two header lines 3 and 3", 3_000, [["retry-after", "3"], ["retry-after", "3"]]],
  ["0", 0, retryAfter("0")],
  ["-1", null, retryAfter("-1")],
  ["1.5", null, retryAfter("1.5")],
  ["3, 4", null, retryAfter("3, 4")],
  ["soon", null, retryAfter("soon")],
  ["an ISO date", null, retryAfter(new Date(NOW + 5_000).toISOString())],
  ["absent", null, []]
]

describe("item 7: FlexRateLimited.retryAfterMillis", () => {
  it.effect.each(retryAfterMillisCases)(
    "Retry-After %s: retryAfterMillis %s",
    ([, expected, lines]) =>
      Effect.gen(function*() {
        const error = yield* rateLimitedError(lines)
        expect(error._tag).toBe("FlexRateLimited")
        expect((error as { readonly retryAfterMillis?: unknown }).retryAfterMillis).toBe(expected)
      })
  )

  it.effect("an IMF-fixdate 5 s ahead: about 5000", () =>
    Effect.gen(function*() {
      const error = yield* rateLimitedError(retryAfter(imfFixdate(NOW + 5_000)))
      const millis = (error as { readonly retryAfterMillis?: unknown }).retryAfterMillis
      expect(typeof millis).toBe("number")
      expect(millis as number).toBeGreaterThan(4_000)
      expect(millis as number).toBeLessThanOrEqual(5_000)
    }))
})
