/**
 * Regression tests for the findings of the code review: each fails without its fix.
 */
import * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import { describe, expect, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { ChatChannel } from "../src/ChatChannel.js"
import * as FlexClient from "../src/FlexClient.js"
import type * as FlexConfig from "../src/FlexConfig.js"
import { Participant } from "../src/Participant.js"
import * as Observe from "./utils/observe.js"
import * as Transport from "./utils/transport.js"

const interactionSid = Transport.sid("KD", 1)
const channelsUrl = (origin: string) => `${origin}/v1/Interactions/${interactionSid}/Channels`

/** Pages of two channels whose next_page_url is always on Twilio's own host, as Twilio writes it. */
const twilioPages = (pages: number) => (request: Transport.Recorded): Transport.Reply => {
  const page = Number(request.url.searchParams.get("Page") ?? "0")
  return {
    status: 200,
    body: {
      channels: [0, 1].map((i) => Transport.wireInteractionChannel(interactionSid, page * 2 + i)),
      meta: Transport.meta(
        "channels",
        `${channelsUrl("https://flex-api.twilio.com")}?PageSize=2&Page=${page}`,
        page,
        2,
        page + 1 < pages
          ? `${channelsUrl("https://flex-api.twilio.com")}?PageSize=2&Page=${page + 1}&PageToken=PT`
          : null
      )
    }
  }
}

const client = (handler: Parameters<typeof Transport.make>[0], options: Partial<FlexConfig.Options> = {}) => {
  const transport = Transport.make(handler)
  return Effect.map(
    FlexClient.make({ ...Transport.credentials, ...options }).pipe(Effect.provide(transport.layer)),
    (flex) => ({ flex, recorded: transport.recorded })
  )
}

describe("review findings", () => {
  it.effect("behind a proxy, Twilio's own next_page_url is followed on the proxy's origin", () =>
    Effect.gen(function*() {
      const { flex, recorded } = yield* client(twilioPages(3), { baseUrl: "https://proxy.example.com" })
      const channels = yield* flex.interactionChannels.list(interactionSid, { pageSize: 2 })
      expect(channels).toHaveLength(6)
      expect(recorded.map((r) => r.url.origin)).toEqual(Array(3).fill("https://proxy.example.com"))
      expect(recorded[2]!.url.search).toBe("?PageSize=2&Page=2&PageToken=PT")
    }))

  it.effect("a foreign origin that is not Twilio's is still refused behind a proxy", () =>
    Effect.gen(function*() {
      const { flex, recorded } = yield* client(
        (request) => ({
          status: 200,
          body: {
            channels: [Transport.wireInteractionChannel(interactionSid, 1)],
            meta: Transport.meta(
              "channels",
              request.url.href,
              0,
              1,
              `${channelsUrl("https://flex-api.twilio.com.evil.example")}?Page=1`
            )
          }
        }),
        { baseUrl: "https://proxy.example.com" }
      )
      const error = yield* Effect.flip(flex.interactionChannels.list(interactionSid))
      expect(error._tag).toBe("FlexDecodeError")
      expect(recorded).toHaveLength(1)
    }))

  it.effect("a page cut short by limit has no cursor (the next page would skip the cut records)", () =>
    Effect.gen(function*() {
      const { flex } = yield* client(twilioPages(5))
      const pages = yield* Stream.runCollect(flex.interactionChannels.pages(interactionSid, { pageSize: 2, limit: 3 }))
      const [first, second] = pages
      expect(first!.items).toHaveLength(2)
      expect(Option.isSome(first!.cursor)).toBe(true)
      expect(second!.items).toHaveLength(1)
      expect(second!.cursor).toEqual(Option.none())
      // A page that limit ends exactly keeps its cursor.
      const exact = yield* Stream.runCollect(flex.interactionChannels.pages(interactionSid, { pageSize: 2, limit: 4 }))
      expect(Option.isSome([...exact][1]!.cursor)).toBe(true)
    }))

  it.effect(
    "a defect while fetching page 2 ends the stream with that defect instead of hanging",
    () =>
      Effect.gen(function*() {
        const pages = twilioPages(5)
        const { flex } = yield* client((
          request,
          index
        ) => (index === 1 ? { die: "custom client bug" } : pages(request)))
        const delivered: Array<string> = []
        const exit = yield* flex.interactionChannels.stream(interactionSid, { pageSize: 2 }).pipe(
          Stream.runForEach((c) => Effect.sync(() => delivered.push(c.sid))),
          Effect.timeout("5 seconds"),
          Effect.exit
        )
        expect(delivered).toHaveLength(2)
        expect(Exit.isFailure(exit) && Cause.isDie(exit.cause)).toBe(true)
      }).pipe(Effect.provide(Layer.empty)),
    { timeout: 10_000 }
  )

  it.effect("a request that cannot be encoded is not retried", () =>
    Effect.gen(function*() {
      const { flex, recorded } = yield* client(() => ({ fail: "Encode" }), { retry: { baseDelay: "0 millis" } })
      const error = yield* Effect.flip(flex.channels.fetch(Transport.sid("CH", 1)))
      expect(error).toMatchObject({ _tag: "FlexTransportError", reason: "Connection", attempts: 1 })
      expect(recorded).toHaveLength(1)
    }))

  // Contract change (data-path rebuild): the platform's own `http.client` span is off for Flex
  // requests (it records response headers and URLs verbatim, server echoes included), so no span
  // records request headers at all, whatever the application's redaction list says.
  it.effect("Authorization stays out of span attributes even if the application clears the redaction list", () =>
    Effect.gen(function*() {
      const { flex } = yield* client(() => ({ status: 200, body: Transport.wireChatChannel(1) }))
      const { observed } = yield* Observe.observe(
        flex.channels.fetch(Transport.sid("CH", 1)).pipe(Effect.locally(Headers.currentRedactedNames, []))
      )
      expect(observed.spans.map((span) => span.name)).toEqual(["FlexClient.channels.fetch"])
      const attributes = Observe.surfaces(observed).filter((line) => line.toLowerCase().includes("authorization"))
      expect(attributes).toEqual([])
    }))

  it.effect("a long wrong argument is not echoed (a prefix of a secret could not be scrubbed)", () =>
    Effect.gen(function*() {
      const { flex } = yield* client(() => ({ status: 200, body: {} }))
      const error = yield* Effect.flip(flex.channels.fetch("x".repeat(20) + "tok_SECRET_9f8e7d6c5b4a" + "y".repeat(30)))
      expect(error.message).toContain("a string of 73 characters")
      expect(error.message).not.toContain("tok_SECRET")
    }))

  it.effect("layerConfig without credentials in the environment fails at start-up with a ConfigError", () =>
    Effect.gen(function*() {
      const transport = Transport.make(() => ({ status: 200, body: {} }))
      const exit = yield* Effect.exit(Layer.build(FlexClient.layerConfig().pipe(Layer.provide(transport.layer)))).pipe(
        Effect.scoped,
        Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["TWILIO_ACCOUNT_SID", Transport.accountSid]])))
      )
      expect(Exit.isFailure(exit)).toBe(true)
      const failure = Exit.isFailure(exit) ? Cause.failureOption(exit.cause) : Option.none()
      expect(Option.map(failure, (e) => (e as unknown as { _op: string })._op)).toEqual(Option.some("MissingData"))
      expect(transport.recorded).toHaveLength(0)
    }))

  it.effect("layerConfig options set to undefined do not hide what the environment set", () =>
    Effect.gen(function*() {
      const transport = Transport.make(() => ({ status: 200, body: Transport.wireChatChannel(1) }))
      yield* Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.fetch(Transport.sid("CH", 1))).pipe(
        Effect.provide(FlexClient.layerConfig({ edge: undefined, pageSize: 10 }).pipe(Layer.provide(transport.layer))),
        Effect.withConfigProvider(ConfigProvider.fromMap(
          new Map([["TWILIO_ACCOUNT_SID", Transport.accountSid], ["TWILIO_AUTH_TOKEN", "t"], ["TWILIO_EDGE", "dublin"]])
        ))
      )
      expect(transport.recorded[0]!.url.host).toBe("flex-api.dublin.us1.twilio.com")
    }))

  it.effect("a next_page_url back to the first page under its meta.url alias is refused before any record repeats", () =>
    Effect.gen(function*() {
      const base = channelsUrl("https://flex-api.twilio.com")
      const { flex, recorded } = yield* client((request) => {
        const page = Number(request.url.searchParams.get("Page") ?? "0")
        return {
          status: 200,
          body: {
            channels: [0, 1].map((i) => Transport.wireInteractionChannel(interactionSid, page * 2 + i)),
            // Page 0 calls itself `…&Page=0`; page 1 points back there.
            meta: Transport.meta(
              "channels",
              `${base}?PageSize=2&Page=${page}`,
              page,
              2,
              `${base}?PageSize=2&Page=${1 - page}`
            )
          }
        }
      })
      const delivered: Array<string> = []
      const error = yield* flex.interactionChannels.stream(interactionSid, { pageSize: 2 }).pipe(
        Stream.runForEach((c) => Effect.sync(() => delivered.push(c.sid))),
        Effect.flip
      )
      expect(error._tag).toBe("FlexDecodeError")
      expect(delivered).toEqual([0, 1, 2, 3].map((n) => Transport.sid("UO", n)))
      expect(recorded).toHaveLength(2)
    }))

  it.effect("from with an invalid pageSize is still rejected", () =>
    Effect.gen(function*() {
      const { flex, recorded } = yield* client(twilioPages(2))
      const error = yield* Effect.flip(
        flex.interactionChannels.list(interactionSid, {
          from: `${channelsUrl("https://flex-api.twilio.com")}?Page=1`,
          pageSize: 5000
        })
      )
      expect(error).toMatchObject({ _tag: "FlexInvalidInput", argument: "options.pageSize" })
      expect(recorded).toHaveLength(0)
    }))

  it.effect("an application HttpClient with filterStatusOk still gets Twilio's error mapping and retries", () =>
    Effect.gen(function*() {
      const transport = Transport.make((_, index) =>
        index === 0
          ? {
            status: 429,
            headers: { "retry-after": "0" },
            body: { code: 20429, message: "Too Many Requests", status: 429 }
          }
          : { status: 404, body: { code: 20404, message: "Not found", status: 404 } }
      )
      const strict = Layer.effect(HttpClient.HttpClient, Effect.map(HttpClient.HttpClient, HttpClient.filterStatusOk))
        .pipe(
          Layer.provide(transport.layer)
        )
      const error = yield* FlexClient.make(Transport.credentials).pipe(
        Effect.flatMap((flex) => Effect.flip(flex.channels.fetch(Transport.sid("CH", 1)))),
        Effect.provide(strict)
      )
      expect(error).toMatchObject({ _tag: "FlexNotFound", status: 404, code: 20404, attempts: 2 })
      expect(transport.recorded).toHaveLength(2)
    }))

  it("routing properties: known keys may be null", () => {
    const participant = Schema.decodeUnknownSync(Participant)({
      sid: Transport.sid("UT", 1),
      routing_properties: { task_sid: null, worker_sid: Transport.sid("WK", 1), reservation_sid: null, queue: "q" }
    })
    expect(participant.routingProperties).toEqual({
      task_sid: null,
      worker_sid: Transport.sid("WK", 1),
      reservation_sid: null,
      queue: "q"
    })
  })

  it("dates must carry a time zone (without one they would be read in the machine's zone)", () => {
    const decode = Schema.decodeUnknownEither(ChatChannel)
    expect(Either.isLeft(decode({ ...Transport.wireChatChannel(1), date_created: "2016-08-01T22:10:40" }))).toBe(true)
    expect(Either.isRight(decode({ ...Transport.wireChatChannel(1), date_created: "2016-08-01T22:10:40+02:00" }))).toBe(
      true
    )
    expect(Either.isRight(decode({ ...Transport.wireChatChannel(1), date_created: "2016-08-01T22:10:40.123Z" }))).toBe(
      true
    )
  })
})
