/**
 * Credential safety, in-process:
 * - a recognisable auth token / API secret appears in no error field, message, toString, toJSON,
 *   Inspectable / util.inspect output, Cause rendering, log line (every level) or span attribute
 *   or event, across every error kind and a successful run with retries;
 * - a next_page_url or a user cursor on another origin, scheme or port is refused before sending;
 * - a redirect to another origin is not followed;
 * - SIDs cannot add path segments, query parameters or headers (property test).
 *
 * The in-process simulator client routes every URL (whatever its origin) into the simulator, so
 * its journal sees any request the client sends, foreign or not. The socket-level twins of these
 * checks (a second loopback server that must see nothing, a real 3xx) are in
 * packages/node/test/reliability/FaultMatrix.test.ts.
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import { describe, expect, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as FastCheck from "effect/FastCheck"
import * as Inspectable from "effect/Inspectable"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import { inspect } from "node:util"
import * as FlexClient from "../../src/FlexClient.js"
import type * as FlexConfig from "../../src/FlexConfig.js"
import type { FlexError } from "../../src/FlexError.js"
import * as Observe from "../utils/observe.js"
import * as Transport from "../utils/transport.js"

// Recognisable secrets, 32 characters like Twilio's.
const TOKEN = "tok_LEAKCANARY_0123456789abcdef0"
const SECRET = "sec_LEAKCANARY_fedcba9876543210f"
const accountSid = FlexSimulator.defaultCredentials.accountSid
const apiKey = FlexSimulator.defaultCredentials.apiKey
const secrets = [
  TOKEN,
  SECRET,
  btoa(`${accountSid}:${TOKEN}`),
  btoa(`${apiKey}:${SECRET}`),
  // other encodings a secret may take on its way to a log
  encodeURIComponent(`${accountSid}:${TOKEN}`),
  Buffer.from(TOKEN).toString("hex")
]
const leaks = (text: string): boolean => secrets.some((secret) => text.includes(secret))

const hex = "0123456789abcdef0123456789abcdef"
const KD = `KD${hex}`
const UO = `UO${hex}`
const CH = `CH${hex}`

const fixtures: FlexSimulator.Fixtures = {
  chatChannels: [{ sid: CH }],
  interactionChannels: Array.from({ length: 7 }, (_, i) => ({
    sid: `UO${i.toString(16).padStart(32, "0")}`,
    interaction_sid: KD,
    status: "active" as const
  })).concat([{ sid: UO, interaction_sid: KD, status: "active" }]),
  participants: [{ interaction_sid: KD, channel_sid: UO, routing_properties: { task_sid: `WT${hex}` } }]
}

const simulatorLayer = (faults: ReadonlyArray<FlexSimulator.Fault> = []) =>
  FlexSimulator.layer({
    credentials: { authToken: Redacted.make(TOKEN), apiSecret: Redacted.make(SECRET) },
    fixtures,
    faults
  })

const fastRetry: FlexConfig.Options["retry"] = {
  maxAttempts: 3,
  baseDelay: "1 millis",
  maxDelay: "2 millis",
  maxRetryAfter: "2 millis"
}
const withToken: FlexConfig.Options = { accountSid, authToken: Redacted.make(TOKEN), retry: fastRetry }
const withApiKey: FlexConfig.Options = { accountSid, apiKey, apiSecret: Redacted.make(SECRET), retry: fastRetry }

/** Every rendering of an error a program or a logger might produce. */
const errorSurfaces = (error: unknown): Array<string> => {
  const e = error as Error & { toJSON?: () => unknown }
  return [
    String(error),
    e.message,
    e.stack ?? "",
    e.toString(),
    JSON.stringify(error),
    JSON.stringify(e.toJSON?.()),
    Inspectable.format(error),
    inspect(error, { depth: 10, showHidden: true }),
    // every field on its own, nested values included
    ...Object.entries(e).map(([key, value]) => `${key}=${typeof value === "string" ? value : inspect(value)}`),
    Cause.pretty(Cause.fail(error)),
    JSON.stringify(Cause.fail(error))
  ]
}

type Scenario = readonly [
  name: string,
  options: {
    readonly client?: FlexConfig.Options
    readonly faults?: ReadonlyArray<FlexSimulator.Fault>
    /** Whether the simulator journals the requests (not when the client gave up waiting for them). */
    readonly journaled?: boolean
    /** The expected error tag, or "success". */
    readonly outcome: FlexError["_tag"] | "success"
    readonly run: (flex: FlexClient.FlexClient) => Effect.Effect<unknown, FlexError>
  }
]

const fetchChannel = (flex: FlexClient.FlexClient) => flex.channels.fetch(CH)
const listChannels = (flex: FlexClient.FlexClient) => flex.interactionChannels.list(KD, { pageSize: 2 })

const scenarios: ReadonlyArray<Scenario> = [
  ["success with retries (429 with Retry-After, 503, dropped connection, cut body, HTML 502)", {
    faults: [
      FlexSimulator.rateLimited({ retryAfter: "0" }),
      FlexSimulator.status(503, { route: "ListInteractionChannel" }),
      FlexSimulator.dropConnection({ route: "ListInteractionChannel" }),
      FlexSimulator.dropMidBody({ route: "ListInteractionChannelParticipant" }),
      FlexSimulator.htmlError({ route: "FetchChannel" })
    ],
    outcome: "success",
    run: (flex) =>
      Effect.all([
        fetchChannel(flex),
        listChannels(flex),
        flex.participants.list(KD, UO),
        flex.interactionChannels.update(KD, UO, { status: "inactive", routing: { status: "closed" } }),
        flex.channels.page({ pageSize: 1 }).pipe(
          Effect.flatMap((page) => flex.channels.list({ from: Option.getOrUndefined(page.cursor)! }))
        )
      ])
  }],
  ["success with API key credentials", { client: withApiKey, outcome: "success", run: listChannels }],
  ["FlexNotFound", { outcome: "FlexNotFound", run: (flex) => flex.channels.fetch(`CH${"9".repeat(32)}`) }],
  ["FlexAuthenticationError 401 (the server refuses the token)", {
    client: { ...withToken, accountSid: `AC${hex}` },
    outcome: "FlexAuthenticationError",
    run: fetchChannel
  }],
  ["FlexAuthenticationError 401 (API key refused)", {
    client: { ...withApiKey, apiKey: `SK${hex}` },
    outcome: "FlexAuthenticationError",
    run: listChannels
  }],
  ["FlexAuthenticationError 403", {
    faults: [FlexSimulator.status(403, { code: 20403 })],
    outcome: "FlexAuthenticationError",
    run: fetchChannel
  }],
  ["FlexRateLimited after the retries", {
    faults: [FlexSimulator.rateLimited({ retryAfter: "1", times: 3 })],
    outcome: "FlexRateLimited",
    run: listChannels
  }],
  ["FlexApiError 500 after the retries", {
    faults: [FlexSimulator.status(500, { times: 3 })],
    outcome: "FlexApiError",
    run: fetchChannel
  }],
  ["FlexApiError from a server echoing the credentials back", {
    faults: [
      FlexSimulator.status(400, {
        message: `Bad Authorization: Basic ${btoa(`${accountSid}:${TOKEN}`)} (token ${TOKEN})`,
        times: 3
      })
    ],
    outcome: "FlexApiError",
    run: (flex) => flex.interactionChannels.update(KD, UO, { status: "closed" })
  }],
  ["FlexApiError with an HTML body", {
    faults: [FlexSimulator.htmlError({ status: 502, times: 3 })],
    outcome: "FlexApiError",
    run: fetchChannel
  }],
  ["FlexTransportError Connection", {
    faults: [FlexSimulator.dropConnection({ times: 3 })],
    outcome: "FlexTransportError",
    run: fetchChannel
  }],
  ["FlexTransportError Body", {
    faults: [FlexSimulator.dropMidBody({ times: 3 })],
    outcome: "FlexTransportError",
    run: listChannels
  }],
  ["FlexTransportError Timeout", {
    client: { ...withToken, timeout: "20 millis", retry: { ...fastRetry, maxAttempts: 2 } },
    faults: [FlexSimulator.latency("5 seconds", { times: 2 })],
    journaled: false,
    outcome: "FlexTransportError",
    run: fetchChannel
  }],
  ["FlexTransportError of a POST (not retried)", {
    faults: [FlexSimulator.dropConnection()],
    outcome: "FlexTransportError",
    run: (flex) => flex.interactionChannels.update(KD, UO, { status: "closed" })
  }],
  ["FlexDecodeError (truncated JSON)", {
    faults: [FlexSimulator.truncatedJson()],
    outcome: "FlexDecodeError",
    run: listChannels
  }],
  ["FlexDecodeError (foreign next_page_url)", {
    faults: [FlexSimulator.foreignNextPageUrl()],
    outcome: "FlexDecodeError",
    run: listChannels
  }],
  ["FlexDecodeError (next_page_url that does not advance)", {
    faults: [FlexSimulator.stuckNextPageUrl()],
    outcome: "FlexDecodeError",
    run: listChannels
  }],
  ["FlexInvalidInput (a bad SID)", {
    outcome: "FlexInvalidInput",
    run: (flex) => flex.channels.fetch("CH-not-a-sid")
  }],
  ["FlexInvalidInput (the auth token passed by mistake as a SID)", {
    outcome: "FlexInvalidInput",
    run: (flex) => flex.channels.fetch(TOKEN)
  }],
  ["FlexInvalidInput (the auth token passed by mistake as a list SID)", {
    outcome: "FlexInvalidInput",
    run: (flex) => flex.participants.list(KD, TOKEN)
  }],
  ["FlexInvalidInput (the auth token passed by mistake as an update SID)", {
    outcome: "FlexInvalidInput",
    run: (flex) => flex.interactionChannels.update(TOKEN, UO, { status: "closed" })
  }],
  ["FlexInvalidInput (the auth token passed by mistake as a cursor)", {
    outcome: "FlexInvalidInput",
    run: (flex) => flex.channels.list({ from: `https://evil.example.com/?t=${TOKEN}` })
  }],
  ["FlexInvalidInput (the API secret passed by mistake as a SID)", {
    client: withApiKey,
    outcome: "FlexInvalidInput",
    run: (flex) => flex.interactionChannels.list(SECRET)
  }]
]

describe("credential safety: no secret in any observable surface", () => {
  it.live.each(scenarios)("%s", ([, scenario]) =>
    Effect.gen(function*() {
      const sim = yield* FlexSimulator.FlexSimulator
      const program = Effect.flatMap(FlexClient.make(scenario.client ?? withToken), scenario.run)
      const exit = yield* Effect.exit(Observe.observe(program))
      const { observed, texts } = Exit.match(exit, {
        onSuccess: ({ observed, value }) => ({ observed, texts: [inspect(value, { depth: 10 })] }),
        onFailure: (cause) => {
          const failure = Cause.failureOption(cause)
          if (Option.isNone(failure)) throw new Error(`a defect or interruption: ${Cause.pretty(cause)}`)
          return { observed: failure.value.observed, texts: errorSurfaces(failure.value.error) }
        }
      })
      const outcome = Exit.isSuccess(exit) ? "success" : Option.getOrThrow(Cause.failureOption(exit.cause)).error._tag
      expect(outcome).toBe(scenario.outcome)
      expect(observed.spans.length, "spans were recorded").toBeGreaterThan(0)
      const journal = yield* sim.journal
      if (scenario.outcome !== "FlexInvalidInput" && scenario.journaled !== false) {
        // The credentials did go out (the journal keeps only the scheme): the scan had something to miss.
        expect(journal.length).toBeGreaterThan(0)
        expect(journal.every((entry) => entry.headers.authorization === "Basic [REDACTED]")).toBe(true)
      }
      if (scenario.outcome === "success" && scenario.faults !== undefined) {
        // Retries happened and were logged at Debug level: the log scan covered them.
        expect(observed.logs.some((line) => line.includes("effect-flex: retrying"))).toBe(true)
      }
      const surfaces = [...texts, ...Observe.surfaces(observed)]
      expect(surfaces.filter(leaks).map((text) => text.slice(0, 400))).toEqual([])
    }).pipe(Effect.provide(simulatorLayer(scenario.faults))))
})

/** A plain summary of an outcome: `success`, `Tag`, or `Tag(argument)` for invalid input. */
const summary = (exit: Exit.Exit<unknown, FlexError>): string =>
  Exit.match(exit, {
    onSuccess: () => "success",
    onFailure: (cause) =>
      Option.match(Cause.failureOption(cause), {
        onNone: () => `not a typed failure: ${Cause.pretty(cause)}`,
        onSome: (error) => error._tag === "FlexInvalidInput" ? `${error._tag}(${error.argument})` : error._tag
      })
  })

// -----------------------------------------------------------------------------------------------
// foreign page URLs and cursors
// -----------------------------------------------------------------------------------------------

const foreignOrigins: ReadonlyArray<readonly [string, string]> = [
  ["another host", "https://evil.example.com"],
  ["a look-alike host", "https://flex-api.twilio.com.evil.example.com"],
  ["another scheme", "http://flex-api.twilio.com"],
  ["another port", "https://flex-api.twilio.com:8443"],
  ["the right host with user info", "https://x:y@flex-api.twilio.com"],
  ["loopback", "http://127.0.0.1:9"]
]

describe("credential safety: page URLs and cursors stay on the configured origin", () => {
  it.live.each(foreignOrigins)(
    "a next_page_url on %s is not requested; the first page is delivered",
    ([, foreign]) =>
      Effect.gen(function*() {
        const sim = yield* FlexSimulator.FlexSimulator
        const flex = yield* FlexClient.make(withToken)
        const result = yield* flex.interactionChannels.stream(KD, { pageSize: 2 }).pipe(
          Stream.either,
          Stream.runCollect
        )
        // plain summaries only: a failing diff of records would be unreadable
        expect([...result].map((item) => Either.isRight(item) ? "record" : item.left._tag)).toEqual([
          "record",
          "record",
          "FlexDecodeError"
        ])
        // one request: the first page; the foreign URL never left the process
        expect((yield* sim.journal).map((entry) => entry.url)).toEqual([`/v1/Interactions/${KD}/Channels?PageSize=2`])
      }).pipe(Effect.provide(simulatorLayer([FlexSimulator.foreignNextPageUrl({ origin: foreign })])))
  )

  it.live.each(foreignOrigins)("a cursor on %s is refused before sending", ([, foreign]) =>
    Effect.gen(function*() {
      const sim = yield* FlexSimulator.FlexSimulator
      const flex = yield* FlexClient.make(withToken)
      const page = yield* flex.interactionChannels.page(KD, { pageSize: 2 })
      const cursor = new URL(Option.getOrThrow(page.cursor))
      const moved = new URL(cursor.pathname + cursor.search, foreign).href
      for (
        const call of [
          flex.interactionChannels.page(KD, { from: moved }),
          flex.interactionChannels.list(KD, { from: moved }),
          Stream.runDrain(flex.interactionChannels.stream(KD, { from: moved })),
          Stream.runDrain(flex.interactionChannels.pages(KD, { from: moved }))
        ]
      ) {
        expect(summary(yield* Effect.exit(call))).toBe("FlexInvalidInput(options.from)")
      }
      expect(yield* sim.journal).toHaveLength(1)
    }).pipe(Effect.provide(simulatorLayer())))
})

// -----------------------------------------------------------------------------------------------
// redirects
// -----------------------------------------------------------------------------------------------

describe("credential safety: redirects are not followed", () => {
  it.effect.each([301, 302, 303, 307, 308])(
    "a %s to another origin is an error; nothing is sent there",
    (status) =>
      Effect.gen(function*() {
        const transport = Transport.make(() => ({
          status,
          headers: { location: "https://evil.example.com/v1/Channels/steal" }
        }))
        const error = yield* FlexClient.make({ ...withToken, retry: false }).pipe(
          Effect.flatMap((flex) => flex.channels.fetch(CH)),
          Effect.provide(transport.layer),
          Effect.flip
        )
        expect(error).toMatchObject({ _tag: "FlexApiError", status, attempts: 1 })
        expect(transport.recorded.map((request) => request.url.host)).toEqual(["flex-api.twilio.com"])
      })
  )
})

// -----------------------------------------------------------------------------------------------
// SIDs cannot inject
// -----------------------------------------------------------------------------------------------

const sidPattern = (prefix: string) => new RegExp(`^${prefix}[0-9a-fA-F]{32}$`)
const expectedHeaders = ["accept", "authorization", "user-agent"]

/** Strings around a valid SID: characters that would change a URL or a header if they got through. */
const sidLike = (prefix: string) =>
  FastCheck.oneof(
    FastCheck.string({ unit: "binary", maxLength: 40 }),
    FastCheck.tuple(
      FastCheck.constantFrom("", prefix, prefix.toLowerCase(), "../", "%2F", "/"),
      FastCheck.stringMatching(/^[0-9a-fA-F]{0,34}$/),
      FastCheck.constantFrom("", "/", "?", "#", "%2F", "\r\n", "\n", "?x=1", "/../x", " ", "\u0000", "\u041A")
    ).map(([a, b, c]) => a + b + c),
    FastCheck.stringMatching(/^[0-9a-fA-F]{32}$/).map((h) => prefix + h)
  )

describe("credential safety: SIDs cannot inject path segments, query parameters or headers", () => {
  it.effect("fetch: any string is either exactly one path segment of a valid SID, or rejected unsent", () =>
    Effect.gen(function*() {
      let sent = 0
      let rejected = 0
      yield* Effect.promise(() =>
        FastCheck.assert(
          FastCheck.asyncProperty(sidLike("CH"), async (sid) => {
            const transport = Transport.make(() => ({ status: 200, body: Transport.wireChatChannel(1) }))
            const exit = await FlexClient.make(withToken).pipe(
              Effect.flatMap((flex) => flex.channels.fetch(sid)),
              Effect.provide(transport.layer),
              Effect.exit,
              Effect.runPromise
            )
            if (sidPattern("CH").test(sid)) {
              sent++
              expect(Exit.isSuccess(exit)).toBe(true)
              expect(transport.recorded).toHaveLength(1)
              const { headers, url } = transport.recorded[0]!
              expect(url.pathname).toBe(`/v1/Channels/${sid}`)
              expect(url.search).toBe("")
              expect(url.hash).toBe("")
              expect(Object.keys(headers).sort()).toEqual(expectedHeaders)
            } else {
              rejected++
              expect(Exit.isFailure(exit) && Cause.failureOption(exit.cause)).toMatchObject({
                _tag: "Some",
                value: { _tag: "FlexInvalidInput", argument: "sid" }
              })
              expect(transport.recorded).toHaveLength(0)
            }
          }),
          { numRuns: 400, seed: 42 }
        )
      )
      // both branches were exercised
      expect(sent).toBeGreaterThan(20)
      expect(rejected).toBeGreaterThan(20)
    }))

  it.effect("participants and update: SIDs land in exactly their path segments, the form holds only the params", () =>
    Effect.gen(function*() {
      yield* Effect.promise(() =>
        FastCheck.assert(
          FastCheck.asyncProperty(sidLike("KD"), sidLike("UO"), async (kd, uo) => {
            const transport = Transport.make((request) =>
              request.method === "POST"
                ? { status: 200, body: Transport.wireInteractionChannel(KD, 1) }
                : { status: 200, body: { participants: [], meta: Transport.meta("participants", "x", 0, 50, null) } }
            )
            const [list, update] = await FlexClient.make(withToken).pipe(
              Effect.flatMap((flex) =>
                Effect.all([
                  Effect.exit(flex.participants.list(kd, uo)),
                  Effect.exit(flex.interactionChannels.update(kd, uo, { status: "closed" }))
                ])
              ),
              Effect.provide(transport.layer),
              Effect.runPromise
            )
            const valid = sidPattern("KD").test(kd) && sidPattern("UO").test(uo)
            expect(Exit.isSuccess(list)).toBe(valid)
            expect(Exit.isSuccess(update)).toBe(valid)
            if (!valid) {
              expect(transport.recorded).toHaveLength(0)
              return
            }
            expect(transport.recorded.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`)).toEqual([
              `GET /v1/Interactions/${kd}/Channels/${uo}/Participants?PageSize=50`,
              `POST /v1/Interactions/${kd}/Channels/${uo}`
            ])
            expect(transport.recorded[1]!.body).toBe("Status=closed")
            for (const request of transport.recorded) {
              const extra = Object.keys(request.headers).filter((h) => !expectedHeaders.includes(h))
              expect(extra.filter((h) => h !== "content-type" && h !== "content-length")).toEqual([])
            }
          }),
          { numRuns: 200, seed: 7 }
        )
      )
    }))
})

/** The scans above are only meaningful if the recognisable token is the one the simulator accepts. */
describe("credential safety: control", () => {
  it.effect("the simulator accepts the recognisable token (the scans above look for a secret that was sent)", () =>
    Effect.gen(function*() {
      const flex = yield* FlexClient.make(withToken)
      expect((yield* flex.channels.fetch(CH)).sid).toBe(CH)
    }).pipe(Effect.provide(Layer.fresh(simulatorLayer()))))
})
