/**
 * The wire form of each operation and the mapping of every response kind, against a scripted
 * transport (so each case states exactly what Twilio answered).
 */
import { describe, expect, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Random from "effect/Random"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/TestClock"
import * as FlexClient from "../src/FlexClient.js"
import type * as FlexConfig from "../src/FlexConfig.js"
import * as Transport from "./utils/transport.js"

const interactionSid = Transport.sid("KD", 1)
const channelSid = Transport.sid("UO", 7)

const withClient = <A, E>(
  handler: Parameters<typeof Transport.make>[0],
  body: (flex: FlexClient.FlexClient) => Effect.Effect<A, E>,
  options: Partial<FlexConfig.Options> = {}
) => {
  const transport = Transport.make(handler)
  return Effect.flatMap(
    FlexClient.make({ ...Transport.credentials, ...options }).pipe(Effect.provide(transport.layer)),
    body
  ).pipe(Effect.map((a) => ({ result: a, recorded: transport.recorded })))
}

const channelsPage = (items: ReadonlyArray<unknown>, url: string, next: string | null) => ({
  channels: items,
  meta: Transport.meta("channels", url, 0, 50, next)
})

describe("FlexClient wire form", () => {
  it.effect("fetch: GET /v1/Channels/{Sid} with Basic auth, Accept and User-Agent; decodes the record", () =>
    Effect.gen(function*() {
      const { recorded, result } = yield* withClient(
        () => ({ status: 200, body: Transport.wireChatChannel(3) }),
        (flex) => flex.channels.fetch(Transport.sid("CH", 3)),
        { userAgent: "my-app/1.2" }
      )
      expect(recorded).toHaveLength(1)
      const request = recorded[0]!
      expect(request.method).toBe("GET")
      expect(request.url.href).toBe(`https://flex-api.twilio.com/v1/Channels/${Transport.sid("CH", 3)}`)
      const expectedAuth = "Basic " + btoa(`${Transport.accountSid}:tok_SECRET_9f8e7d6c5b4a`)
      expect(request.headers["authorization"]).toBe(expectedAuth)
      expect(request.headers["accept"]).toBe("application/json")
      expect(request.headers["user-agent"]).toMatch(
        /^effect-flex\/0\.1\.0 \(\w+ \w+\) node\/\d+\.\d+\.\d+ my-app\/1\.2$/
      )
      expect(request.headers["traceparent"]).toBeUndefined()
      expect(result.sid).toBe(Transport.sid("CH", 3))
      expect(result.flexFlowSid).toBe(Transport.sid("FO", 1))
      expect(result.dateCreated && DateTime.formatIso(result.dateCreated)).toBe("2016-08-01T22:10:40.000Z")
    }))

  it.effect("list interaction channels: GET with PageSize; follows next_page_url; honours limit mid-page", () =>
    Effect.gen(function*() {
      const base = `https://flex-api.twilio.com/v1/Interactions/${interactionSid}/Channels`
      const { recorded, result } = yield* withClient(
        (request, index) => {
          const items = [0, 1, 2].map((i) => Transport.wireInteractionChannel(interactionSid, index * 3 + i))
          return {
            status: 200,
            body: channelsPage(
              items,
              request.url.href,
              index < 5 ? `${base}?PageSize=3&Page=${index + 1}&PageToken=PT${index}` : null
            )
          }
        },
        (flex) => flex.interactionChannels.list(interactionSid, { pageSize: 3, limit: 7 })
      )
      expect(result.map((c) => c.sid)).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => Transport.sid("UO", n)))
      // 7 records at 3 per page: pages 0, 1, 2 and not one more.
      expect(recorded.map((r) => r.url.href)).toEqual([
        `${base}?PageSize=3`,
        `${base}?PageSize=3&Page=1&PageToken=PT0`,
        `${base}?PageSize=3&Page=2&PageToken=PT1`
      ])
    }))

  it.effect("a small limit without a page size asks for no more than the limit", () =>
    Effect.gen(function*() {
      const { recorded } = yield* withClient(
        (request) => ({ status: 200, body: channelsPage([], request.url.href, null) }),
        (flex) => flex.interactionChannels.list(interactionSid, { limit: 5 })
      )
      expect(recorded[0]!.url.searchParams.get("PageSize")).toBe("5")
    }))

  it.effect("update: form-encoded POST with Status and Routing as a JSON string", () =>
    Effect.gen(function*() {
      const { recorded, result } = yield* withClient(
        () => ({ status: 200, body: Transport.wireInteractionChannel(interactionSid, 7, "inactive") }),
        (flex) =>
          flex.interactionChannels.update(interactionSid, channelSid, {
            status: "inactive",
            routing: { status: "closed" }
          })
      )
      const request = recorded[0]!
      expect(request.method).toBe("POST")
      expect(request.url.href).toBe(
        `https://flex-api.twilio.com/v1/Interactions/${interactionSid}/Channels/${channelSid}`
      )
      expect(request.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({
        Status: "inactive",
        Routing: "{\"status\":\"closed\"}"
      })
      expect(result.status).toBe("inactive")
    }))

  it.effect("update: Routing is the caller's routing as given, its keys in their order", () =>
    Effect.gen(function*() {
      const routing = { properties: { queue: "support", tags: ["a", "b"] }, status: "closed", reason: "done" } as const
      const { recorded } = yield* withClient(
        () => ({ status: 200, body: Transport.wireInteractionChannel(interactionSid, 7, "inactive") }),
        (flex) => flex.interactionChannels.update(interactionSid, channelSid, { status: "inactive", routing })
      )
      expect(new URLSearchParams(recorded[0]!.body).get("Routing")).toBe(JSON.stringify(routing))
    }))

  it.effect("update closed without routing sends only Status", () =>
    Effect.gen(function*() {
      const { recorded } = yield* withClient(
        () => ({ status: 200, body: Transport.wireInteractionChannel(interactionSid, 7, "closed") }),
        (flex) => flex.interactionChannels.update(interactionSid, channelSid, { status: "closed" })
      )
      expect(recorded[0]!.body).toBe("Status=closed")
    }))

  it.effect("participants: GET the nested path; routing properties keep their keys", () =>
    Effect.gen(function*() {
      const url =
        `https://flex-api.twilio.com/v1/Interactions/${interactionSid}/Channels/${channelSid}/Participants?PageSize=50`
      const { recorded, result } = yield* withClient(
        () => ({
          status: 200,
          body: {
            participants: [{
              sid: Transport.sid("UT", 1),
              type: "agent",
              interaction_sid: interactionSid,
              channel_sid: channelSid,
              url: "https://flex-api.twilio.com/x",
              routing_properties: {
                task_sid: Transport.sid("WT", 1),
                worker_sid: Transport.sid("WK", 1),
                queue: "support"
              }
            }],
            meta: Transport.meta("participants", url, 0, 50, null)
          }
        }),
        (flex) => flex.participants.list(interactionSid, channelSid)
      )
      expect(recorded[0]!.url.href).toBe(url)
      expect(result[0]!.routingProperties).toEqual({
        task_sid: Transport.sid("WT", 1),
        worker_sid: Transport.sid("WK", 1),
        queue: "support"
      })
    }))

  it.effect("edge and region rewrite the host; Twilio's own next_page_url is re-based onto it", () =>
    Effect.gen(function*() {
      const { recorded } = yield* withClient(
        (_, index) => ({
          status: 200,
          body: {
            flex_chat_channels: [Transport.wireChatChannel(index)],
            meta: Transport.meta(
              "flex_chat_channels",
              "https://flex-api.twilio.com/v1/Channels?PageSize=1",
              index,
              1,
              index === 0 ? "https://flex-api.twilio.com/v1/Channels?PageSize=1&Page=1&PageToken=PT1" : null
            )
          }
        }),
        (flex) => flex.channels.list({ pageSize: 1 }),
        { edge: "sydney", region: "au1" }
      )
      expect(recorded.map((r) => r.url.href)).toEqual([
        "https://flex-api.sydney.au1.twilio.com/v1/Channels?PageSize=1",
        "https://flex-api.sydney.au1.twilio.com/v1/Channels?PageSize=1&Page=1&PageToken=PT1"
      ])
    }))

  it.effect("page returns items, meta and a resumable cursor; from resumes exactly there", () =>
    Effect.gen(function*() {
      const base = "https://flex-api.twilio.com/v1/Channels"
      const handler = (request: Transport.Recorded) => {
        const page = Number(request.url.searchParams.get("Page") ?? "0")
        return {
          status: 200,
          body: {
            flex_chat_channels: [Transport.wireChatChannel(page * 2), Transport.wireChatChannel(page * 2 + 1)],
            meta: Transport.meta(
              "flex_chat_channels",
              request.url.href,
              page,
              2,
              page < 2 ? `${base}?PageSize=2&Page=${page + 1}` : null
            )
          }
        }
      }
      const { result } = yield* withClient(handler, (flex) =>
        Effect.gen(function*() {
          const first = yield* flex.channels.page({ pageSize: 2 })
          expect(Option.getOrThrow(first.cursor)).toBe(`${base}?PageSize=2&Page=1`)
          const rest = yield* flex.channels.list({ from: Option.getOrThrow(first.cursor) })
          return { first, rest }
        }))
      expect(result.first.items.map((c) => c.sid)).toEqual([0, 1].map((n) => Transport.sid("CH", n)))
      expect(result.first.meta.key).toBe("flex_chat_channels")
      expect(result.rest.map((c) => c.sid)).toEqual([2, 3, 4, 5].map((n) => Transport.sid("CH", n)))
    }))
})

describe("FlexClient stream", () => {
  const base = `https://flex-api.twilio.com/v1/Interactions/${interactionSid}/Channels`
  const endless = (request: Transport.Recorded, index: number): Transport.Reply => ({
    status: 200,
    body: channelsPage(
      [0, 1].map((i) => Transport.wireInteractionChannel(interactionSid, index * 2 + i)),
      request.url.href,
      `${base}?PageSize=2&Page=${index + 1}`
    )
  })

  it.effect("is lazy: building the stream sends nothing", () =>
    Effect.gen(function*() {
      const { recorded } = yield* withClient(endless, (flex) => {
        flex.interactionChannels.stream(interactionSid)
        return Effect.void
      })
      expect(recorded).toHaveLength(0)
    }))

  it.effect("is demand-driven: with prefetch 0, taking 3 records of 2-record pages fetches 2 pages", () =>
    Effect.gen(function*() {
      const { recorded, result } = yield* withClient(
        endless,
        (flex) =>
          flex.interactionChannels.stream(interactionSid, { pageSize: 2, prefetch: 0 }).pipe(
            Stream.take(3),
            Stream.runCollect
          )
      )
      expect(Chunk.size(result)).toBe(3)
      expect(recorded).toHaveLength(2)
    }))

  it.effect("prefetch 1 fetches at most one page ahead of the consumer", () =>
    Effect.gen(function*() {
      const { recorded } = yield* withClient(endless, (flex) =>
        flex.interactionChannels.stream(interactionSid, { pageSize: 2, prefetch: 1 }).pipe(
          Stream.take(2),
          Stream.tap(() =>
            Effect.sleep("10 millis")
          ),
          Stream.runDrain,
          Effect.fork,
          Effect.flatMap((fiber) => Effect.zipRight(TestClock.adjust("1 second"), Fiber.join(fiber)))
        ))
      // Page 1 holds both records the consumer wants; page 2 may be prefetched; page 3 never.
      expect(recorded.length).toBeGreaterThanOrEqual(1)
      expect(recorded.length).toBeLessThanOrEqual(2)
    }))

  it.effect("an early stop within the first half of a page requests no further page, even with prefetch", () =>
    Effect.gen(function*() {
      const fifty = (request: Transport.Recorded, index: number): Transport.Reply => ({
        status: 200,
        body: channelsPage(
          Array.from({ length: 50 }, (_, i) => Transport.wireInteractionChannel(interactionSid, index * 50 + i)),
          request.url.href,
          `${base}?PageSize=50&Page=${index + 1}`
        )
      })
      for (const prefetch of [1, 2, undefined]) {
        const { recorded, result } = yield* withClient(
          fifty,
          (flex) =>
            flex.interactionChannels.stream(interactionSid, prefetch === undefined ? {} : { prefetch }).pipe(
              Stream.take(10),
              Stream.runCollect,
              // Give a stray prefetch every chance to show up before counting.
              Effect.zipLeft(TestClock.adjust("1 minute"))
            )
        )
        expect(Chunk.size(result)).toBe(10)
        expect(recorded, `prefetch ${prefetch}`).toHaveLength(1)
      }
    }))

  it.effect("reading on, the prefetch starts with the second half of a page, before the page is finished", () =>
    Effect.gen(function*() {
      for (const [prefetch, requestsWhileOnPageOne] of [[1, [1, 1, 2, 2]], [0, [1, 1, 1, 1]]] as const) {
        const seen: Array<number> = []
        const transport = Transport.make((request, index) => ({
          status: 200,
          body: channelsPage(
            [0, 1, 2, 3].map((i) => Transport.wireInteractionChannel(interactionSid, index * 4 + i)),
            request.url.href,
            `${base}?PageSize=4&Page=${index + 1}`
          )
        }))
        const flex = yield* FlexClient.make(Transport.credentials).pipe(Effect.provide(transport.layer))
        const fiber = yield* flex.interactionChannels.stream(interactionSid, { pageSize: 4, prefetch }).pipe(
          Stream.take(8),
          // As the consumer finishes each record of page 1, note how many pages were requested.
          Stream.tap(() =>
            Effect.sleep("1 second").pipe(Effect.zipRight(Effect.sync(() => seen.push(transport.recorded.length))))
          ),
          Stream.runDrain,
          Effect.fork
        )
        yield* TestClock.adjust("1 minute")
        yield* Fiber.join(fiber)
        expect(seen.slice(0, 4), `prefetch ${prefetch}`).toEqual(requestsWhileOnPageOne)
      }
    }))

  it.effect("a foreign next_page_url fails with FlexDecodeError after delivering the page, and is not requested", () =>
    Effect.gen(function*() {
      const delivered: Array<string> = []
      const { recorded, result } = yield* withClient(
        (request) => ({
          status: 200,
          body: channelsPage(
            [Transport.wireInteractionChannel(interactionSid, 1)],
            request.url.href,
            "https://evil.example/v1/Interactions/x/Channels"
          )
        }),
        (flex) =>
          flex.interactionChannels.stream(interactionSid).pipe(
            Stream.runForEach((c) => Effect.sync(() => delivered.push(c.sid))),
            Effect.either
          )
      )
      expect(delivered).toEqual([Transport.sid("UO", 1)])
      expect(recorded).toHaveLength(1)
      expect(Either.getLeft(result).pipe(Option.map((e) => e._tag))).toEqual(Option.some("FlexDecodeError"))
      expect(Either.getLeft(result).pipe(Option.map((e) => e.message), Option.getOrThrow)).toContain("evil.example")
    }))

  it.effect("a next_page_url that does not advance fails with FlexDecodeError instead of looping", () =>
    Effect.gen(function*() {
      const { recorded, result } = yield* withClient(
        (request) => ({
          status: 200,
          body: channelsPage([Transport.wireInteractionChannel(interactionSid, 1)], request.url.href, request.url.href)
        }),
        (flex) => Effect.either(flex.interactionChannels.list(interactionSid))
      )
      expect(recorded).toHaveLength(1)
      expect(Either.getLeft(result).pipe(Option.map((e) => e._tag))).toEqual(Option.some("FlexDecodeError"))
    }))

  it.effect("a next_page_url cycling back to an earlier page fails instead of looping", () =>
    Effect.gen(function*() {
      const { recorded, result } = yield* withClient(
        (_, index) => ({
          status: 200,
          body: channelsPage(
            [Transport.wireInteractionChannel(interactionSid, index)],
            "x",
            index === 0 ? `${base}?Page=1` : `${base}?PageSize=50`
          )
        }),
        (flex) => Effect.either(flex.interactionChannels.list(interactionSid))
      )
      expect(recorded).toHaveLength(2)
      expect(Either.getLeft(result).pipe(Option.map((e) => e._tag))).toEqual(Option.some("FlexDecodeError"))
    }))
})

describe("FlexClient retries", () => {
  const ok = { status: 200, body: Transport.wireChatChannel(1) }
  const fetchOne = (flex: FlexClient.FlexClient) => flex.channels.fetch(Transport.sid("CH", 1))

  it.effect("429 with Retry-After waits exactly that long, then succeeds", () =>
    Effect.gen(function*() {
      const transport = Transport.make((_, index) =>
        index === 0
          ? {
            status: 429,
            headers: { "retry-after": "3" },
            body: { code: 20429, message: "Too Many Requests", status: 429 }
          }
          : ok
      )
      const flex = yield* FlexClient.make(Transport.credentials).pipe(Effect.provide(transport.layer))
      const fiber = yield* Effect.fork(fetchOne(flex))
      yield* TestClock.adjust("2999 millis")
      expect(transport.recorded).toHaveLength(1)
      yield* TestClock.adjust("1 millis")
      const channel = yield* Fiber.join(fiber)
      expect(channel.sid).toBe(Transport.sid("CH", 1))
      expect(transport.recorded).toHaveLength(2)
    }))

  it.effect("429 without Retry-After backs off with full jitter, doubling up to the cap; then FlexRateLimited", () =>
    Effect.gen(function*() {
      const transport = Transport.make(() => ({
        status: 429,
        body: { code: 20429, message: "Too Many Requests", status: 429 }
      }))
      const flex = yield* FlexClient.make({
        ...Transport.credentials,
        retry: { maxAttempts: 4, baseDelay: "100 millis", maxDelay: "300 millis" }
      }).pipe(Effect.provide(transport.layer))
      // Random fixed at 0.5: delays are 0.5 × min(300, 100 × 2^n) = 50, 100, 150.
      const fiber = yield* Effect.fork(Effect.withRandom(fetchOne(flex), Random.fixed([0.5])))
      const attemptsAt = []
      for (const step of [49, 1, 99, 1, 149, 1]) {
        yield* TestClock.adjust(`${step} millis`)
        attemptsAt.push(transport.recorded.length)
      }
      expect(attemptsAt).toEqual([1, 2, 2, 3, 3, 4])
      const error = yield* Effect.flip(Fiber.join(fiber))
      expect(error._tag).toBe("FlexRateLimited")
      expect(error).toMatchObject({ status: 429, code: 20429, attempts: 4, retryAfterMillis: null })
    }))

  it.effect("an absurd Retry-After is capped by maxRetryAfter", () =>
    Effect.gen(function*() {
      const transport = Transport.make((_, index) =>
        index === 0 ? { status: 503, headers: { "retry-after": "86400" } } : ok
      )
      const flex = yield* FlexClient.make({ ...Transport.credentials, retry: { maxRetryAfter: "5 seconds" } }).pipe(
        Effect.provide(transport.layer)
      )
      const fiber = yield* Effect.fork(fetchOne(flex))
      yield* TestClock.adjust("5 seconds")
      yield* Fiber.join(fiber)
      expect(transport.recorded).toHaveLength(2)
    }))

  it.effect("Retry-After as an HTTP date is honoured relative to the clock", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-01-01T00:00:00Z"))
      const transport = Transport.make((_, index) =>
        index === 0 ? { status: 429, headers: { "retry-after": "Thu, 01 Jan 2026 00:00:10 GMT" } } : ok
      )
      const flex = yield* FlexClient.make(Transport.credentials).pipe(Effect.provide(transport.layer))
      const fiber = yield* Effect.fork(fetchOne(flex))
      yield* TestClock.adjust("9 seconds")
      expect(transport.recorded).toHaveLength(1)
      yield* TestClock.adjust("1 seconds")
      yield* Fiber.join(fiber)
      expect(transport.recorded).toHaveLength(2)
    }))

  it.effect("GET retries 500 and transport failures; POST retries neither", () =>
    Effect.gen(function*() {
      const flaky = (_: unknown, index: number): Transport.Reply =>
        index === 0
          ? { status: 500, body: { code: 20500, message: "Internal", status: 500 } }
          : index === 1
          ? { fail: "Transport" }
          : ok
      const get = Transport.make(flaky)
      const flexGet = yield* FlexClient.make(Transport.credentials).pipe(Effect.provide(get.layer))
      const fiber = yield* Effect.fork(fetchOne(flexGet))
      yield* TestClock.adjust("1 minute")
      yield* Fiber.join(fiber)
      expect(get.recorded).toHaveLength(3)

      for (const reply of [{ status: 500 } as const, { fail: "Transport" } as const]) {
        const post = Transport.make(() => reply)
        const flexPost = yield* FlexClient.make(Transport.credentials).pipe(Effect.provide(post.layer))
        const error = yield* Effect.flip(
          flexPost.interactionChannels.update(interactionSid, channelSid, { status: "closed" })
        )
        expect(post.recorded).toHaveLength(1)
        expect(error._tag).toBe("status" in reply ? "FlexApiError" : "FlexTransportError")
      }
    }))

  it.effect("POST is retried on 429 and 503 (Twilio did not process it)", () =>
    Effect.gen(function*() {
      const transport = Transport.make((_, index) =>
        index === 0
          ? { status: 503 }
          : index === 1
          ? { status: 429 }
          : { status: 200, body: Transport.wireInteractionChannel(interactionSid, 7, "closed") }
      )
      const flex = yield* FlexClient.make(Transport.credentials).pipe(Effect.provide(transport.layer))
      const fiber = yield* Effect.fork(
        flex.interactionChannels.update(interactionSid, channelSid, { status: "closed" })
      )
      yield* TestClock.adjust("1 minute")
      const result = yield* Fiber.join(fiber)
      expect(result.status).toBe("closed")
      expect(transport.recorded).toHaveLength(3)
    }))

  it.effect("each attempt has its own timeout; a timed-out GET is retried, then FlexTransportError", () =>
    Effect.gen(function*() {
      const transport = Transport.make(() => ({ delay: 60_000, then: ok }))
      const flex = yield* FlexClient.make({
        ...Transport.credentials,
        timeout: "1 second",
        retry: { maxAttempts: 2, baseDelay: "0 millis" }
      }).pipe(
        Effect.provide(transport.layer)
      )
      const fiber = yield* Effect.fork(fetchOne(flex))
      yield* TestClock.adjust("1 second")
      expect(transport.recorded).toHaveLength(2)
      yield* TestClock.adjust("1 second")
      const error = yield* Effect.flip(Fiber.join(fiber))
      expect(error).toMatchObject({ _tag: "FlexTransportError", reason: "Timeout", attempts: 2 })
    }))

  it.effect("retry: false makes a single attempt", () =>
    Effect.gen(function*() {
      const transport = Transport.make(() => ({ status: 503 }))
      const flex = yield* FlexClient.make({ ...Transport.credentials, retry: false }).pipe(
        Effect.provide(transport.layer)
      )
      const error = yield* Effect.flip(fetchOne(flex))
      expect(error).toMatchObject({ _tag: "FlexApiError", status: 503, attempts: 1 })
      expect(transport.recorded).toHaveLength(1)
    }))
})

describe("FlexClient error mapping", () => {
  const fetchWith = (reply: Transport.Reply) =>
    withClient(() => reply, (flex) => Effect.flip(flex.channels.fetch(Transport.sid("CH", 1))), { retry: false }).pipe(
      Effect.map(({ result }) => result)
    )
  const twilioBody = (status: number, code: number, message: string) => ({
    code,
    message,
    more_info: `https://www.twilio.com/docs/errors/${code}`,
    status
  })

  it.effect.each(
    [
      [401, 20003, "FlexAuthenticationError"],
      [403, 20003, "FlexAuthenticationError"],
      [404, 20404, "FlexNotFound"],
      [429, 20429, "FlexRateLimited"],
      [400, 20001, "FlexApiError"],
      [500, 20500, "FlexApiError"],
      [503, 20503, "FlexApiError"]
    ] as const
  )("HTTP %i (code %i) is %s with Twilio's fields and the request id", ([status, code, tag]) =>
    Effect.gen(function*() {
      const error = yield* fetchWith({
        status,
        body: { ...twilioBody(status, code, "Twilio says no"), details: { field: "x" } }
      })
      expect(error).toMatchObject({
        _tag: tag,
        status,
        code,
        message: "Twilio says no",
        moreInfo: `https://www.twilio.com/docs/errors/${code}`,
        details: { field: "x" },
        requestId: "RQ" + "a".repeat(32),
        method: "GET",
        url: `https://flex-api.twilio.com/v1/Channels/${Transport.sid("CH", 1)}`,
        attempts: 1
      })
    }))

  it.effect("an HTML 502 from a proxy gets a sensible message", () =>
    Effect.gen(function*() {
      const error = yield* fetchWith({ status: 502, body: "<html><body>Bad Gateway</body></html>" })
      expect(error).toMatchObject({ _tag: "FlexApiError", status: 502, code: null })
      expect(error.message).toBe("Twilio answered HTTP 502 with a text/html body instead of a JSON error")
    }))

  it.effect.each(
    [
      ["truncated JSON", "{\"sid\": \"CH0000", "not JSON"],
      ["wrong shape", { sid: 42 }, "does not match"],
      ["missing sid", { account_sid: null }, "does not match"],
      ["a sid of the wrong kind", { sid: Transport.sid("UO", 1) }, "does not match"]
    ] as const
  )("a 2xx body with %s is FlexDecodeError", ([, body, fragment]) =>
    Effect.gen(function*() {
      const error = yield* fetchWith({ status: 200, body: typeof body === "string" ? body : body })
      expect(error._tag).toBe("FlexDecodeError")
      expect(error.message).toContain(fragment)
      // The issue itself is a field too: the JSON error, or Schema's tree naming the field.
      const issue = (error as { issue: string | null }).issue
      expect(issue).toEqual(expect.any(String))
      expect(error.message.endsWith(issue!)).toBe(true)
      if (fragment === "does not match") expect(issue).toContain("sid")
    }))

  it.effect("unknown enum values and extra fields decode", () =>
    Effect.gen(function*() {
      const { result } = yield* withClient(
        () => ({
          status: 200,
          body: {
            ...Transport.wireInteractionChannel(interactionSid, 7, "paused_v2"),
            type: "carrier-pigeon",
            brand_new: { x: 1 }
          }
        }),
        (flex) => flex.interactionChannels.update(interactionSid, channelSid, { status: "closed" })
      )
      expect(result.status).toBe("paused_v2")
      expect(result.type).toBe("carrier-pigeon")
      expect(result).not.toHaveProperty("brand_new")
    }))

  it.effect("a transport failure of a GET exhausts the retries as FlexTransportError", () =>
    Effect.gen(function*() {
      const { result } = yield* withClient(
        () => ({ fail: "Transport" }),
        (flex) => Effect.flip(flex.channels.fetch(Transport.sid("CH", 1))),
        { retry: { maxAttempts: 3, baseDelay: "0 millis" } }
      )
      expect(result).toMatchObject({ _tag: "FlexTransportError", reason: "Connection", attempts: 3 })
    }))
})

describe("FlexClient layers", () => {
  it.effect("layer builds the service from options and an HttpClient", () =>
    Effect.gen(function*() {
      const transport = Transport.make(() => ({ status: 200, body: Transport.wireChatChannel(1) }))
      const channel = yield* Effect.flatMap(
        FlexClient.FlexClient,
        (flex) => flex.channels.fetch(Transport.sid("CH", 1))
      ).pipe(
        Effect.provide(FlexClient.layer(Transport.credentials).pipe(Layer.provide(transport.layer)))
      )
      expect(channel.sid).toBe(Transport.sid("CH", 1))
    }))
})
