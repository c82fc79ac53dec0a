import type * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as FastCheck from "effect/FastCheck"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as TestClock from "effect/TestClock"
import * as Transport from "../../core/test/utils/transport.js"
import * as FlexSimulator from "../src/FlexSimulator.js"

const origin = "https://flex-api.twilio.com"
const creds = FlexSimulator.defaultCredentials
const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`

type Json = any

type Method = "GET" | "POST" | "OPTIONS" | "DELETE"
type Options = Transport.RawOptions & { readonly base?: string }
/** A path on the simulator's origin (or `base`), or an absolute URL as it is. */
const urlOf = (path: string, options: Options) => path.startsWith("http") ? path : (options.base ?? origin) + path

const request = (method: Method, path: string, options: Options = {}) =>
  Transport.rawRequest(method, urlOf(path, options), options)

const call = (method: Method, path: string, options: Options = {}) =>
  Transport.rawCall(method, urlOf(path, options), options)

const withSimulator = <A, E>(
  options: FlexSimulator.Options,
  f: (sim: FlexSimulator.FlexSimulator) => Effect.Effect<A, E, HttpClient.HttpClient>
) => Effect.flatMap(FlexSimulator.FlexSimulator, f).pipe(Effect.provide(FlexSimulator.layer(options)))

/** Follows next_page_url from `first`, returning every page body. */
const walk = (first: string) =>
  Effect.gen(function*() {
    const pages: Array<Json> = []
    let next: string | null = first
    while (next !== null) {
      const page: { status: number; body: Json } = yield* call("GET", next)
      expect(page.status).toBe(200)
      pages.push(page.body)
      next = page.body.meta.next_page_url
    }
    return pages
  })

describe("FlexSimulator", () => {
  describe("auth", () => {
    it.effect("401 with Twilio's body without credentials, with a bad token, or a foreign API key", () =>
      withSimulator({ seed: { chatChannels: 1 } }, () =>
        Effect.gen(function*() {
          const expected = {
            code: 20003,
            message: "Authenticate",
            more_info: "https://www.twilio.com/docs/errors/20003",
            status: 401
          }
          for (
            const auth of [
              null,
              basic(creds.accountSid, "wrong"),
              basic("AC11111111111111111111111111111111", Redacted.value(creds.authToken)),
              basic("SK11111111111111111111111111111111", Redacted.value(creds.apiSecret)),
              basic(creds.apiKey, Redacted.value(creds.authToken)),
              "Bearer abc",
              "Basic %%%"
            ]
          ) {
            const res = yield* call("GET", "/v1/Channels", { auth })
            expect(res.status).toBe(401)
            expect(res.body).toEqual(expected)
            expect(res.headers["content-type"]).toBe("application/json")
            expect(res.headers["www-authenticate"]).toContain("Basic")
          }
        })))

    it.effect("accepts the account's auth token and its API key + secret", () =>
      withSimulator({ seed: { chatChannels: 1 } }, () =>
        Effect.gen(function*() {
          expect((yield* call("GET", "/v1/Channels")).status).toBe(200)
          const apiKey = basic(creds.apiKey, Redacted.value(creds.apiSecret))
          expect((yield* call("GET", "/v1/Channels", { auth: apiKey })).status).toBe(200)
        })))

    it.effect("honours overridden credentials", () =>
      withSimulator({ credentials: { authToken: Redacted.make("other-token") } }, () =>
        Effect.gen(function*() {
          expect((yield* call("GET", "/v1/Channels")).status).toBe(401)
          const res = yield* call("GET", "/v1/Channels", { auth: basic(creds.accountSid, "other-token") })
          expect(res.status).toBe(200)
        })))
  })

  describe("errors", () => {
    it.effect("404 with the requested path for unknown SIDs, malformed SIDs and unknown paths", () =>
      withSimulator({ seed: { interactions: 1, channelsPerInteraction: 1 } }, (sim) =>
        Effect.gen(function*() {
          const [interaction] = yield* sim.listInteractions
          const kd = interaction!.sid
          const unknownCh = "CH" + "a".repeat(32)
          const unknownKd = "KD" + "b".repeat(32)
          const unknownUo = "UO" + "c".repeat(32)
          const cases: ReadonlyArray<readonly [string, string]> = [
            [`/v1/Channels/${unknownCh}`, `/Channels/${unknownCh}`],
            ["/v1/Channels/CH123", "/Channels/CH123"],
            [`/v1/Channels/UO${"a".repeat(32)}`, `/Channels/UO${"a".repeat(32)}`],
            [`/v1/Interactions/${unknownKd}/Channels`, `/Interactions/${unknownKd}/Channels`],
            [`/v1/Interactions/nope/Channels`, `/Interactions/nope/Channels`],
            [
              `/v1/Interactions/${kd}/Channels/${unknownUo}/Participants`,
              `/Interactions/${kd}/Channels/${unknownUo}/Participants`
            ],
            ["/v1/Nothing", "/Nothing"],
            ["/v2/Channels", "/v2/Channels"]
          ]
          for (const [path, resource] of cases) {
            const res = yield* call("GET", path)
            expect(res.status).toBe(404)
            expect(res.body).toEqual({
              code: 20404,
              message: `The requested resource ${resource} was not found`,
              more_info: "https://www.twilio.com/docs/errors/20404",
              status: 404
            })
          }
        })))

    it.effect("400 / 20001 naming the parameter for bad PageSize, Page and PageToken", () =>
      withSimulator({ seed: { chatChannels: 3 } }, () =>
        Effect.gen(function*() {
          for (const query of ["PageSize=0", "PageSize=1001", "PageSize=abc", "PageSize=-1", "PageSize=2.5"]) {
            const res = yield* call("GET", `/v1/Channels?${query}`)
            expect(res.status).toBe(400)
            expect(res.body.code).toBe(20001)
            expect(res.body.status).toBe(400)
            expect(res.body.more_info).toBe("https://www.twilio.com/docs/errors/20001")
            expect(res.body.message).toContain("PageSize")
          }
          const page = yield* call("GET", "/v1/Channels?Page=-1")
          expect(page.status).toBe(400)
          expect(page.body.message).toContain("Page")
          const token = yield* call("GET", "/v1/Channels?PageToken=garbage")
          expect(token.status).toBe(400)
          expect(token.body.message).toContain("PageToken")
          expect((yield* call("GET", "/v1/Channels?PageSize=1000")).status).toBe(200)
          expect((yield* call("GET", "/v1/Channels?PageSize=1")).status).toBe(200)
        })))

    it.effect("405 / 20004 for a known path with another method", () =>
      withSimulator({}, () =>
        Effect.gen(function*() {
          const res = yield* call("DELETE", "/v1/Channels")
          expect(res.status).toBe(405)
          expect(res.body.code).toBe(20004)
        })))
  })

  describe("pagination", () => {
    it.effect("meta: default page size 50, absolute URLs, previous and next, the right key", () =>
      withSimulator({ seed: { chatChannels: 120 } }, (sim) =>
        Effect.gen(function*() {
          const all = (yield* sim.listChatChannels).map((c) => c.sid)
          const first = yield* call("GET", "/v1/Channels")
          const meta = first.body.meta
          expect(first.body.flex_chat_channels).toHaveLength(50)
          expect(meta).toMatchObject({
            page: 0,
            page_size: 50,
            key: "flex_chat_channels",
            first_page_url: `${origin}/v1/Channels?PageSize=50&Page=0`,
            url: `${origin}/v1/Channels?PageSize=50&Page=0`,
            previous_page_url: null
          })
          expect(meta.next_page_url).toMatch(
            /^https:\/\/flex-api\.twilio\.com\/v1\/Channels\?PageSize=50&Page=1&PageToken=/
          )
          const pages = yield* walk(`${origin}/v1/Channels`)
          expect(pages.map((p) => p.meta.page)).toEqual([0, 1, 2])
          expect(pages.map((p) => p.flex_chat_channels.length)).toEqual([50, 50, 20])
          expect(pages.flatMap((p) => p.flex_chat_channels.map((c: Json) => c.sid))).toEqual(all)
          expect(pages[2].meta.next_page_url).toBeNull()
          for (const page of pages) expect(page.meta.first_page_url).toBe(meta.first_page_url)
          // previous_page_url of page 2 gives page 1 back
          const back = yield* call("GET", pages[2].meta.previous_page_url)
          expect(back.body.meta.page).toBe(1)
          expect(back.body.flex_chat_channels).toEqual(pages[1].flex_chat_channels)
          // the url of a page is that page
          const again = yield* call("GET", pages[1].meta.url)
          expect(again.body.flex_chat_channels).toEqual(pages[1].flex_chat_channels)
        })))

    it.effect("max page size 1000, Page without a token is an offset", () =>
      withSimulator({ seed: { chatChannels: 1200 } }, () =>
        Effect.gen(function*() {
          const big = yield* call("GET", "/v1/Channels?PageSize=1000")
          expect(big.body.flex_chat_channels).toHaveLength(1000)
          const offset = yield* call("GET", "/v1/Channels?PageSize=10&Page=3")
          expect(offset.body.flex_chat_channels[0].sid).toBe(big.body.flex_chat_channels[30].sid)
        })))

    it.effect("pages stay consistent while records are added mid-iteration", () =>
      withSimulator({ seed: { interactions: 1, channelsPerInteraction: 25 } }, (sim) =>
        Effect.gen(function*() {
          const [interaction] = yield* sim.listInteractions
          const kd = interaction!.sid
          const first = yield* call("GET", `/v1/Interactions/${kd}/Channels?PageSize=10`)
          for (let i = 0; i < 7; i++) yield* sim.insertInteractionChannel({ interaction_sid: kd })
          const rest = yield* walk(first.body.meta.next_page_url)
          const seen = [first.body, ...rest].flatMap((p) => p.channels.map((c: Json) => c.sid))
          expect(seen).toEqual((yield* sim.listInteractionChannels(kd)).map((c) => c.sid))
          expect(seen).toHaveLength(32)
          expect(new Set(seen).size).toBe(32)
        })))

    it.effect("URLs are on the origin the client used", () =>
      withSimulator({ seed: { interactions: 1, channelsPerInteraction: 1 } }, (sim) =>
        Effect.gen(function*() {
          const [interaction] = yield* sim.listInteractions
          const res = yield* call("GET", `/v1/Interactions/${interaction!.sid}/Channels?PageSize=1`, {
            base: "http://127.0.0.1:4010"
          })
          expect(res.body.meta.url).toMatch(/^http:\/\/127\.0\.0\.1:4010\/v1\/Interactions\//)
          expect(res.body.channels[0].url).toMatch(/^http:\/\/127\.0\.0\.1:4010\//)
          expect(res.body.channels[0].links.participants).toBe(res.body.channels[0].url + "/Participants")
        })))

    it.effect.prop(
      "following next_page_url yields every record once, in order, in ceil(N/size) requests",
      [FastCheck.integer({ min: 0, max: 3000 }), FastCheck.integer({ min: 1, max: 1000 })],
      ([n, size]) =>
        withSimulator({ seed: { interactions: 1, channelsPerInteraction: n } }, (sim) =>
          Effect.gen(function*() {
            const [interaction] = yield* sim.listInteractions
            const kd = interaction!.sid
            const pages = yield* walk(`${origin}/v1/Interactions/${kd}/Channels?PageSize=${size}`)
            expect(pages).toHaveLength(Math.max(1, Math.ceil(n / size)))
            const sids = pages.flatMap((p) => p.channels.map((c: Json) => c.sid))
            expect(sids).toEqual((yield* sim.listInteractionChannels(kd)).map((c) => c.sid))
            expect(pages.map((p) => p.meta.page)).toEqual(pages.map((_, i) => i))
          })),
      { timeout: 30_000, fastCheck: { numRuns: 25 } }
    )
  })

  describe("update", () => {
    it.effect("applies the status to the store and later lists", () =>
      withSimulator(
        {
          fixtures: {
            interactionChannels: [
              { interaction_sid: `KD${"e".repeat(32)}`, status: "active" },
              { interaction_sid: `KD${"e".repeat(32)}`, status: "active" }
            ]
          }
        },
        (sim) =>
          Effect.gen(function*() {
            const [interaction] = yield* sim.listInteractions
            const kd = interaction!.sid
            const [a, b] = yield* sim.listInteractionChannels(kd)
            const closed = yield* call("POST", `/v1/Interactions/${kd}/Channels/${a!.sid}`, {
              form: { Status: "closed" }
            })
            expect(closed.status).toBe(200)
            expect(closed.body).toMatchObject({ sid: a!.sid, interaction_sid: kd, status: "closed" })
            const stored = yield* sim.getInteractionChannel(kd, a!.sid)
            expect(Option.map(stored, (c) => c.status)).toEqual(Option.some("closed"))
            const inactive = yield* call("POST", `/v1/Interactions/${kd}/Channels/${b!.sid}`, {
              form: { Status: "inactive", Routing: JSON.stringify({ status: "closed" }) }
            })
            expect(inactive.status).toBe(200)
            expect(inactive.body.status).toBe("inactive")
            const list = yield* call("GET", `/v1/Interactions/${kd}/Channels`)
            expect(list.body.channels.map((c: Json) => c.status)).toEqual(["closed", "inactive"])
            const journal = yield* sim.journal
            expect(journal[1]!.body).toEqual({ Status: "inactive", Routing: "{\"status\":\"closed\"}" })
          })
      ))

    it.effect("rejects a missing or bad Status, bad Routing, and inactive without Routing status closed", () =>
      withSimulator({ fixtures: { interactionChannels: [{ status: "active" }] } }, (sim) =>
        Effect.gen(function*() {
          const [interaction] = yield* sim.listInteractions
          const kd = interaction!.sid
          const [channel] = yield* sim.listInteractionChannels(kd)
          const path = `/v1/Interactions/${kd}/Channels/${channel!.sid}`
          const cases: ReadonlyArray<readonly [Record<string, string>, string]> = [
            [{}, "Status"],
            [{ Status: "open" }, "Status"],
            [{ Status: "inactive" }, "Routing"],
            [{ Status: "inactive", Routing: "{\"status\":\"wrapup\"}" }, "Routing"],
            [{ Status: "closed", Routing: "not json" }, "Routing"],
            [{ Status: "closed", Routing: "[1]" }, "Routing"],
            [{ Status: "closed", Routing: "{\"status\":\"bogus\"}" }, "Routing"]
          ]
          for (const [form, parameter] of cases) {
            const res = yield* call("POST", path, { form })
            expect(res.status).toBe(400)
            expect(res.body.code).toBe(20001)
            expect(res.body.message).toContain(parameter)
          }
          expect(Option.map(yield* sim.getInteractionChannel(kd, channel!.sid), (c) => c.status)).toEqual(
            Option.some("active")
          )
          const wrong = yield* call("POST", `/v1/Interactions/KD${"0".repeat(32)}/Channels/${channel!.sid}`, {
            form: { Status: "closed" }
          })
          expect(wrong.status).toBe(404)
          expect(wrong.body.message).toBe(
            `The requested resource /Interactions/KD${"0".repeat(32)}/Channels/${channel!.sid} was not found`
          )
        })))
  })

  describe("headers", () => {
    it.effect("Twilio-Request-Id and Content-Type on every response, CORS on every response", () =>
      withSimulator({ seed: { chatChannels: 1 } }, () =>
        Effect.gen(function*() {
          const ids = new Set<string>()
          for (
            const [path, auth] of [["/v1/Channels", undefined], ["/v1/Channels", null], [
              "/v1/Nope",
              undefined
            ]] as const
          ) {
            const res = yield* call("GET", path, { auth, headers: { origin: "https://app.example.com" } })
            expect(res.headers["twilio-request-id"]).toMatch(/^RQ[0-9a-f]{32}$/)
            ids.add(res.headers["twilio-request-id"]!)
            expect(res.headers["content-type"]).toBe("application/json")
            expect(res.headers["access-control-allow-origin"]).toBe("https://app.example.com")
            expect(res.headers["access-control-allow-credentials"]).toBe("true")
            expect(res.headers["access-control-expose-headers"]).toContain("Twilio-Request-Id")
          }
          expect(ids.size).toBe(3)
          const anonymous = yield* call("GET", "/v1/Channels")
          // Without an Origin header a request is not a CORS request: no Access-Control-Allow-Origin
          // (HttpMiddleware.cors; before the move to it, "*" was sent).
          expect(anonymous.headers["access-control-allow-origin"]).toBeUndefined()
          expect(anonymous.headers["access-control-expose-headers"]).toContain("Twilio-Request-Id")
        })))

    it.effect("answers a CORS preflight with 204, without auth", () =>
      withSimulator({}, (sim) =>
        Effect.gen(function*() {
          const res = yield* call("OPTIONS", "/v1/Interactions/KD0/Channels", {
            auth: null,
            headers: {
              origin: "http://localhost:5173",
              "access-control-request-method": "POST",
              "access-control-request-headers": "authorization, content-type"
            }
          })
          expect(res.status).toBe(204)
          expect(res.text).toBe("")
          expect(res.headers["access-control-allow-origin"]).toBe("http://localhost:5173")
          expect(res.headers["access-control-allow-methods"]).toBe("GET, POST, DELETE, OPTIONS")
          const allowed = res.headers["access-control-allow-headers"]!.toLowerCase()
          for (const h of ["authorization", "content-type", "if-match", "if-none-match", "user-agent"]) {
            expect(allowed).toContain(h)
          }
          expect(res.headers["access-control-allow-credentials"]).toBe("true")
          expect(res.headers["access-control-expose-headers"]).toContain("Retry-After")
          expect(res.headers["twilio-request-id"]).toMatch(/^RQ[0-9a-f]{32}$/)
          expect((yield* sim.journal)[0]).toMatchObject({ method: "OPTIONS", status: 204, route: null })
        })))
  })

  describe("faults", () => {
    it.effect("Status: 429 with and without Retry-After (raw value), 500/502/503 with Twilio bodies", () =>
      withSimulator({ seed: { chatChannels: 1 } }, (sim) =>
        Effect.gen(function*() {
          yield* sim.injectFaults([
            FlexSimulator.rateLimited({ retryAfter: "7" }),
            FlexSimulator.rateLimited(),
            FlexSimulator.rateLimited({ retryAfter: "Wed, 21 Oct 2015 07:28:00 GMT" }),
            FlexSimulator.rateLimited({ retryAfter: "999999999999" }),
            FlexSimulator.status(500),
            FlexSimulator.status(502),
            FlexSimulator.status(503, { retryAfter: "1" })
          ])
          const results = []
          for (let i = 0; i < 8; i++) results.push(yield* call("GET", "/v1/Channels"))
          expect(results.map((r) => r.status)).toEqual([429, 429, 429, 429, 500, 502, 503, 200])
          expect(results.map((r) => r.headers["retry-after"])).toEqual([
            "7",
            undefined,
            "Wed, 21 Oct 2015 07:28:00 GMT",
            "999999999999",
            undefined,
            undefined,
            "1",
            undefined
          ])
          expect(results[0]!.body).toEqual({
            code: 20429,
            message: "Too Many Requests",
            more_info: "https://www.twilio.com/docs/errors/20429",
            status: 429
          })
          expect(results.slice(4, 7).map((r) => r.body.code)).toEqual([20500, 20502, 20503])
          expect(results[6]!.headers["twilio-request-id"]).toMatch(/^RQ/)
          expect((yield* sim.journal).map((e) => e.fault)).toEqual([...Array(7).fill("Status"), null])
        })))

    it.effect("route, after and times select the requests; clearFaults empties the schedule", () =>
      withSimulator({ seed: { chatChannels: 1 } }, (sim) =>
        Effect.gen(function*() {
          const [chat] = yield* sim.listChatChannels
          yield* sim.injectFaults([FlexSimulator.status(503, { route: "FetchChannel", after: 1, times: 2 })])
          const statuses = []
          for (let i = 0; i < 3; i++) {
            statuses.push((yield* call("GET", "/v1/Channels")).status)
            statuses.push((yield* call("GET", `/v1/Channels/${chat!.sid}`)).status)
          }
          expect(statuses).toEqual([200, 200, 200, 503, 200, 503])
          yield* sim.injectFaults([FlexSimulator.status(500, { times: 5 })])
          yield* sim.clearFaults
          expect((yield* call("GET", "/v1/Channels")).status).toBe(200)
        })))

    it.effect("Latency is driven by the TestClock", () =>
      withSimulator(
        { seed: { chatChannels: 1 }, faults: [FlexSimulator.latency("10 seconds")] },
        (sim) =>
          Effect.gen(function*() {
            const fiber = yield* Effect.fork(call("GET", "/v1/Channels"))
            yield* TestClock.adjust("9 seconds")
            expect(Option.isNone(yield* Fiber.poll(fiber))).toBe(true)
            yield* TestClock.adjust("1 second")
            const res = yield* Fiber.join(fiber)
            expect(res.status).toBe(200)
            expect((yield* sim.journal)[0]!.fault).toBe("Latency")
          })
      ))

    it.effect("interrupting the caller interrupts the in-process request", () =>
      withSimulator(
        { seed: { chatChannels: 1 }, faults: [FlexSimulator.latency("1 minute")] },
        (sim) =>
          Effect.gen(function*() {
            const fiber = yield* Effect.fork(call("GET", "/v1/Channels"))
            yield* TestClock.adjust("1 second")
            yield* Fiber.interrupt(fiber)
            yield* TestClock.adjust("2 minutes")
            // The abandoned request is journaled without a status, at the time it arrived.
            expect((yield* sim.journal).map((e) => [e.method, e.url, e.status, e.fault])).toEqual([
              ["GET", "/v1/Channels", null, "Latency"]
            ])
            expect((yield* call("GET", "/v1/Channels")).status).toBe(200)
          })
      ))

    it.effect("DropConnection fails the request with a transport RequestError", () =>
      withSimulator(
        { seed: { chatChannels: 1 }, faults: [FlexSimulator.dropConnection()] },
        (sim) =>
          Effect.gen(function*() {
            const result = yield* Effect.either(request("GET", "/v1/Channels"))
            expect(Either.isLeft(result)).toBe(true)
            const err = Either.getLeft(result).pipe(Option.getOrThrow) as HttpClientError.HttpClientError
            expect(err._tag).toBe("RequestError")
            expect(err.reason).toBe("Transport")
            expect((yield* call("GET", "/v1/Channels")).status).toBe(200)
            expect((yield* sim.journal).map((e) => [e.fault, e.status])).toEqual([["DropConnection", null], [
              null,
              200
            ]])
          })
      ))

    it.effect("DropMidBody sends the status, then the body fails with a ResponseError", () =>
      withSimulator({ seed: { chatChannels: 3 }, faults: [FlexSimulator.dropMidBody()] }, () =>
        Effect.gen(function*() {
          const response: HttpClientResponse.HttpClientResponse = yield* request("GET", "/v1/Channels")
          expect(response.status).toBe(200)
          const body = yield* Effect.either(response.text)
          expect(Either.isLeft(body)).toBe(true)
          expect(Either.getLeft(body).pipe(Option.getOrThrow)._tag).toBe("ResponseError")
        })))

    it.effect("TruncatedJson and HtmlError", () =>
      withSimulator(
        {
          seed: { chatChannels: 3 },
          faults: [FlexSimulator.truncatedJson(), FlexSimulator.htmlError(), FlexSimulator.htmlError({ status: 503 })]
        },
        () =>
          Effect.gen(function*() {
            const truncated = yield* request("GET", "/v1/Channels")
            expect(truncated.status).toBe(200)
            expect(truncated.headers["content-type"]).toBe("application/json")
            const text = yield* truncated.text
            expect(text.startsWith("{\"flex_chat_channels\":[")).toBe(true)
            expect(() => JSON.parse(text)).toThrow()
            const html = yield* request("GET", "/v1/Channels")
            expect(html.status).toBe(502)
            expect(html.headers["content-type"]).toContain("text/html")
            expect(yield* html.text).toContain("<html>")
            expect((yield* request("GET", "/v1/Channels")).status).toBe(503)
          })
      ))

    it.effect("ForeignNextPageUrl and StuckNextPageUrl", () =>
      withSimulator(
        {
          seed: { chatChannels: 3 },
          faults: [
            FlexSimulator.foreignNextPageUrl(),
            FlexSimulator.stuckNextPageUrl(),
            FlexSimulator.foreignNextPageUrl({ origin: "http://127.0.0.2:9" })
          ]
        },
        () =>
          Effect.gen(function*() {
            const foreign = yield* call("GET", "/v1/Channels?PageSize=1")
            expect(new URL(foreign.body.meta.next_page_url).origin).toBe("https://evil.example.com")
            const stuck = yield* call("GET", "/v1/Channels?PageSize=1")
            expect(stuck.body.meta.next_page_url).toBe(stuck.body.meta.url)
            // even on the last page
            const last = yield* call("GET", "/v1/Channels?PageSize=5")
            expect(new URL(last.body.meta.next_page_url).origin).toBe("http://127.0.0.2:9")
          })
      ))

    it.effect("UnknownEnumValues and ExtraFields", () =>
      withSimulator(
        { seed: { interactions: 1, channelsPerInteraction: 2, participantsPerChannel: 2 } },
        (sim) =>
          Effect.gen(function*() {
            const [interaction] = yield* sim.listInteractions
            const kd = interaction!.sid
            const [channel] = yield* sim.listInteractionChannels(kd)
            yield* sim.injectFaults([
              FlexSimulator.unknownEnumValues(),
              FlexSimulator.unknownEnumValues({ route: "UpdateInteractionChannel" }),
              FlexSimulator.extraFields({ times: 2 })
            ])
            const unknown = yield* call("GET", `/v1/Interactions/${kd}/Channels`)
            expect(unknown.body.channels.map((c: Json) => c.status)).toEqual(["paused_v2", "paused_v2"])
            const updated = yield* call("POST", `/v1/Interactions/${kd}/Channels/${channel!.sid}`, {
              form: { Status: "closed" }
            })
            expect(updated.body.status).toBe("paused_v2")
            const extra = yield* call("GET", `/v1/Interactions/${kd}/Channels/${channel!.sid}/Participants`)
            expect(extra.body.x_envelope_extra).toBe(true)
            expect(extra.body.meta.x_meta_extra).toBe("extra")
            expect(extra.body.meta.key).toBe("participants")
            for (const p of extra.body.participants) expect(p.x_simulator_extra).toBeDefined()
            const fetched = yield* call("GET", "/v1/Channels")
            expect(fetched.body.x_envelope_extra).toBe(true)
            expect((yield* sim.journal).map((e) => e.fault)).toEqual([
              "UnknownEnumValues",
              "UnknownEnumValues",
              "ExtraFields",
              "ExtraFields"
            ])
          })
      ))
  })

  describe("journal", () => {
    it.effect("records requests with credentials redacted", () =>
      withSimulator({ seed: { chatChannels: 1 } }, (sim) =>
        Effect.gen(function*() {
          yield* call("GET", "/v1/Channels?PageSize=5")
          yield* call("GET", "/v1/Channels", { auth: basic(creds.apiKey, Redacted.value(creds.apiSecret)) })
          yield* call("GET", "/v1/Channels", { auth: basic(creds.accountSid, "a-wrong-secret") })
          const journal = yield* sim.journal
          expect(journal.map((e) => [e.method, e.url, e.route, e.status])).toEqual([
            ["GET", "/v1/Channels?PageSize=5", "ListChannel", 200],
            ["GET", "/v1/Channels", "ListChannel", 200],
            ["GET", "/v1/Channels", null, 401]
          ])
          for (const entry of journal) expect(entry.headers.authorization).toBe("Basic [REDACTED]")
          const dump = JSON.stringify(journal)
          for (
            const secret of [
              Redacted.value(creds.authToken),
              Redacted.value(creds.apiSecret),
              "a-wrong-secret",
              btoa(`${creds.accountSid}:${Redacted.value(creds.authToken)}`)
            ]
          ) {
            expect(dump).not.toContain(secret)
          }
          yield* sim.clearJournal
          expect(yield* sim.journal).toEqual([])
        })))
  })

  describe("seeding and fixtures", () => {
    it.effect("the generator is deterministic", () =>
      Effect.gen(function*() {
        const options = { interactions: 3, channelsPerInteraction: 4, participantsPerChannel: 3, chatChannels: 5 }
        const a = yield* FlexSimulator.make()
        const b = yield* FlexSimulator.make()
        const c = yield* FlexSimulator.make()
        const ra = yield* a.seed(options)
        const rb = yield* b.seed(options)
        const rc = yield* c.seed({ ...options, seed: 2 })
        expect(ra).toEqual(rb)
        expect(ra).not.toEqual(rc)
        expect(yield* a.listChatChannels).toEqual(yield* b.listChatChannels)
        const kd = ra.interactions[0]!.sid
        expect(yield* a.listInteractionChannels(kd)).toEqual(yield* b.listInteractionChannels(kd))
        expect(ra.interactions).toHaveLength(3)
        expect(ra.interactions[0]!.channels).toHaveLength(4)
        expect(ra.interactions[0]!.channels[0]!.participants).toHaveLength(3)
        expect(ra.chatChannels).toHaveLength(5)
        // seeding again adds new, distinct records
        const again = yield* a.seed(options)
        expect(new Set([...ra.chatChannels, ...again.chatChannels]).size).toBe(10)
        const participants = yield* a.listParticipants(kd, ra.interactions[0]!.channels[0]!.sid)
        expect(participants.map((p) => p.type)).toEqual(["customer", "agent", "supervisor"])
        expect(participants[1]!.routing_properties).toMatchObject({
          task_sid: expect.stringMatching(/^WT[0-9a-f]{32}$/),
          worker_sid: expect.stringMatching(/^WK[0-9a-f]{32}$/),
          reservation_sid: expect.stringMatching(/^WR[0-9a-f]{32}$/)
        })
      }))

    it.effect("explicit fixtures get sensible defaults", () =>
      Effect.gen(function*() {
        const sim = yield* FlexSimulator.make({
          fixtures: {
            chatChannels: [{ sid: "CH" + "1".repeat(32), task_sid: null }],
            interactionChannels: [{
              interaction_sid: "KD" + "2".repeat(32),
              sid: "UO" + "3".repeat(32),
              status: "failed"
            }],
            participants: [{
              interaction_sid: "KD" + "2".repeat(32),
              channel_sid: "UO" + "3".repeat(32),
              type: "agent"
            }]
          }
        })
        const chat = Option.getOrThrow(yield* sim.getChatChannel("CH" + "1".repeat(32)))
        expect(chat).toMatchObject({
          account_sid: creds.accountSid,
          task_sid: null,
          url: `${origin}/v1/Channels/CH${"1".repeat(32)}`
        })
        expect(chat.flex_flow_sid).toMatch(/^FO[0-9a-f]{32}$/)
        expect(chat.date_created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
        const channel = Option.getOrThrow(
          yield* sim.getInteractionChannel("KD" + "2".repeat(32), "UO" + "3".repeat(32))
        )
        expect(channel).toMatchObject({ type: "chat", status: "failed", error_code: 19025 })
        expect(channel.links.participants).toBe(channel.url + "/Participants")
        const [agent] = yield* sim.listParticipants("KD" + "2".repeat(32), "UO" + "3".repeat(32))
        expect(agent!.routing_properties).toHaveProperty("worker_sid")
        const inserted = yield* sim.insertParticipant({
          interaction_sid: channel.interaction_sid,
          channel_sid: channel.sid
        })
        expect(inserted).toMatchObject({ type: "customer", routing_properties: null })
        const fresh = yield* sim.insertInteractionChannel()
        expect(Option.isSome(yield* sim.getInteraction(fresh.interaction_sid))).toBe(true)
        const orphan = yield* Effect.exit(
          sim.insertParticipant({ interaction_sid: "KD" + "9".repeat(32), channel_sid: "UO" + "9".repeat(32) })
        )
        expect(orphan._tag).toBe("Failure")
      }))
  })
})
