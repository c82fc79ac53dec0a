/**
 * The integration scenarios of the client against the simulator. The same list runs in-process
 * (`FlexSimulator.layer`, test/Integration.test.ts) and over a loopback socket (`NodeFlexSimulator` +
 * `NodeFlexClient`, packages/node/test/Integration.test.ts), which also checks that both give the
 * same {@link Outcome}.
 *
 * A scenario asserts its own expectations (results against the simulator's store, requests in the
 * journal) and returns what it observed, normalized so that two transports can be compared:
 * the simulator's origin becomes `{origin}`, dates become ISO strings, errors keep their tag,
 * status, code, message, method, URL and attempts (not the random request id).
 *
 * Only effect, vitest and core's src are imported: the node test compiles this file too.
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as HttpClient from "@effect/platform/HttpClient"
import { expect } from "@effect/vitest"
import * as Context from "effect/Context"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { ChatChannel } from "../../src/ChatChannel.js"
import * as FlexClient from "../../src/FlexClient.js"
import type * as FlexConfig from "../../src/FlexConfig.js"
import type { FlexError, FlexInvalidInput } from "../../src/FlexError.js"
import * as InteractionChannel from "../../src/InteractionChannel.js"
import { isRoutingProperties, Participant } from "../../src/Participant.js"

// -----------------------------------------------------------------------------
// the harness: what differs between the two transports
// -----------------------------------------------------------------------------

/** The seed of every scenario's simulator (deterministic: both transports see the same SIDs). */
export const seed: FlexSimulator.SeedOptions = {
  interactions: 2,
  channelsPerInteraction: 23,
  participantsPerChannel: 3,
  chatChannels: 12
}

/** The simulator's credentials as client options. */
export const credentials = {
  accountSid: FlexSimulator.defaultCredentials.accountSid,
  authToken: FlexSimulator.defaultCredentials.authToken
} as const

export interface Harness {
  readonly transport: "in-process" | "socket"
  /** The origin the client talks to (URLs in responses are on it). */
  readonly origin: string
  /** Another client on the same simulator and transport, e.g. with wrong credentials. */
  readonly client: (options: FlexConfig.Options) => Layer.Layer<FlexClient.FlexClient, FlexInvalidInput>
}

export const Harness = Context.GenericTag<Harness>("effect-flex/test/Harness")

/** The in-process harness: other clients go through the simulator's own `HttpClient`. */
export const inProcessHarness: Layer.Layer<Harness, never, HttpClient.HttpClient> = Layer.effect(
  Harness,
  Effect.map(HttpClient.HttpClient, (http): Harness => ({
    transport: "in-process",
    origin: "https://flex-api.twilio.com",
    client: (options) => FlexClient.layer(options).pipe(Layer.provide(Layer.succeed(HttpClient.HttpClient, http)))
  }))
)

export type Env = FlexClient.FlexClient | FlexSimulator.FlexSimulator | Harness

export interface Scenario {
  readonly name: string
  readonly run: Effect.Effect<unknown, FlexError, Env>
}

// -----------------------------------------------------------------------------
// outcomes
// -----------------------------------------------------------------------------

/** One journal entry, as compared across transports (no request id, timestamp or headers). */
export interface Request {
  readonly method: string
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  readonly route: string | null
  readonly status: number | null
  readonly fault: string | null
  readonly body: Readonly<Record<string, string>> | null
}

export interface Outcome {
  readonly result: unknown
  readonly journal: ReadonlyArray<Request>
}

const toRequest = (entry: FlexSimulator.JournalEntry): Request => {
  const url = new URL(entry.url, "http://journal.invalid")
  return {
    method: entry.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    route: entry.route,
    status: entry.status,
    fault: entry.fault,
    body: entry.body
  }
}

/** The simulator's journal since the scenario started. */
export const requests: Effect.Effect<ReadonlyArray<Request>, never, FlexSimulator.FlexSimulator> = Effect.map(
  Effect.flatMap(FlexSimulator.FlexSimulator, (sim) => sim.journal),
  (entries) => entries.map(toRequest)
)

const defaultOrigin = "https://flex-api.twilio.com"

/** A value with the origin replaced, dates as ISO strings, Options and class instances as plain data. */
export const normalize = (value: unknown, origin: string): unknown => {
  if (typeof value === "string") return value.split(origin).join("{origin}")
  if (DateTime.isDateTime(value)) return DateTime.formatIso(value)
  if (Option.isOption(value)) {
    return Option.isSome(value) ? { _tag: "Some", value: normalize(value.value, origin) } : { _tag: "None" }
  }
  if (Array.isArray(value)) return value.map((item) => normalize(item, origin))
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = normalize(item, origin)
    return out
  }
  return value
}

/** What an error shows, minus the request id (random per response). */
export const summarize = (error: FlexError): Record<string, unknown> => {
  const fields: Record<string, unknown> = { _tag: error._tag, message: error.message }
  for (const [key, value] of Object.entries(error)) {
    if (key !== "requestId") fields[key] = value
  }
  return fields
}

/** Runs a call expected to fail and returns its error. */
export const failure = <A, R>(effect: Effect.Effect<A, FlexError, R>): Effect.Effect<FlexError, never, R> =>
  Effect.flatMap(Effect.either(effect), (result) =>
    Either.isLeft(result)
      ? Effect.succeed(result.left)
      : Effect.die(new Error(`expected a failure, got ${JSON.stringify(result.right)}`)))

/** Runs one scenario on a fresh journal. */
export const run = (scenario: Scenario): Effect.Effect<Outcome, FlexError, Env> =>
  Effect.gen(function*() {
    const harness = yield* Harness
    const sim = yield* FlexSimulator.FlexSimulator
    yield* sim.clearJournal
    const result = yield* scenario.run
    const journal = yield* requests
    return { result: normalize(result, harness.origin), journal }
  })

// -----------------------------------------------------------------------------
// helpers
// -----------------------------------------------------------------------------

/** Asserts that decoded records equal the store's wire records, by value. */
const expectRecords = <A, I>(
  schema: Schema.Schema<A, I>,
  actual: ReadonlyArray<A>,
  stored: ReadonlyArray<unknown>
) =>
  Effect.map(Harness, (harness) => {
    const expected = stored.map((record) => Schema.decodeUnknownSync(schema)(record))
    // the store renders URLs on Twilio's origin; responses use the origin the client called
    expect(normalize(actual, harness.origin)).toEqual(normalize(expected, defaultOrigin))
  })

const interaction = (index: number) =>
  Effect.flatMap(FlexSimulator.FlexSimulator, (sim) =>
    Effect.map(sim.listInteractions, (all) => {
      const found = all[index]
      if (found === undefined) throw new Error(`the seed has no interaction #${index}`)
      return found.sid
    }))

const listPath = (interactionSid: string) => `/v1/Interactions/${interactionSid}/Channels`

/** The pages requested for one list: each its query, in order. */
const pageQueries = (journal: ReadonlyArray<Request>, path: string) =>
  journal.filter((request) => request.method === "GET" && request.path === path).map((request) => request.query)

const expectPageWalk = (queries: ReadonlyArray<Readonly<Record<string, string>>>, pageSize: number, pages: number) => {
  expect(queries).toHaveLength(pages)
  queries.forEach((query, index) => {
    expect(query.PageSize).toBe(String(pageSize))
    if (index === 0) {
      expect(query).toEqual({ PageSize: String(pageSize) })
    } else {
      expect(query.Page).toBe(String(index))
      expect(query.PageToken).toMatch(/^PA/)
    }
  })
}

const unknown = {
  chatChannel: "CH" + "0".repeat(31) + "1",
  interaction: "KD" + "0".repeat(31) + "2",
  channel: "UO" + "0".repeat(31) + "3"
}

// -----------------------------------------------------------------------------
// the scenarios
// -----------------------------------------------------------------------------

export const scenarios: ReadonlyArray<Scenario> = [
  {
    name: "lists chat channels across pages and fetches them",
    run: Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      const stored = yield* sim.listChatChannels
      const listed = yield* flex.channels.list({ pageSize: 5 })
      yield* expectRecords(ChatChannel, listed, stored)
      const first = yield* flex.channels.fetch(stored[0]!.sid)
      const last = yield* flex.channels.fetch(stored[11]!.sid)
      expect(first).toEqual(listed[0])
      expect(last).toEqual(listed[11])
      expect(DateTime.formatIso(first.dateCreated!)).toBe("2016-08-01T22:10:40.000Z")
      const journal = yield* requests
      expectPageWalk(pageQueries(journal, "/v1/Channels"), 5, 3)
      expect(journal.slice(3).map((r) => [r.method, r.path, r.query, r.route])).toEqual([
        ["GET", `/v1/Channels/${stored[0]!.sid}`, {}, "FetchChannel"],
        ["GET", `/v1/Channels/${stored[11]!.sid}`, {}, "FetchChannel"]
      ])
      expect(journal.every((r) => r.status === 200 && r.fault === null)).toBe(true)
      return { listed, first, last }
    })
  },
  {
    name: "streams an interaction's channels with several page sizes, limits and prefetch",
    run: Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      const kd = yield* interaction(0)
      const stored = yield* sim.listInteractionChannels(kd)
      expect(stored).toHaveLength(23)
      const runs: Array<unknown> = []
      const cases: ReadonlyArray<
        readonly [options: { pageSize: number; limit?: number; prefetch?: number }, n: number]
      > = [
        [{ pageSize: 1 }, 23],
        [{ pageSize: 5, prefetch: 0 }, 23],
        [{ pageSize: 7, prefetch: 2 }, 23],
        [{ pageSize: 23 }, 23],
        [{ pageSize: 50 }, 23],
        [{ pageSize: 1000 }, 23],
        [{ pageSize: 7, limit: 10 }, 10],
        [{ pageSize: 5, limit: 10, prefetch: 2 }, 10]
      ]
      for (const [options, n] of cases) {
        yield* sim.clearJournal
        const channels = yield* Stream.runCollect(flex.interactionChannels.stream(kd, options))
        const items = [...channels]
        yield* expectRecords(InteractionChannel.InteractionChannel, items, stored.slice(0, n))
        // one request per page, and none beyond the page that reaches the limit
        expectPageWalk(pageQueries(yield* requests, listPath(kd)), options.pageSize, Math.ceil(n / options.pageSize))
        runs.push({ options, sids: items.map((c) => c.sid), requests: yield* requests })
      }
      // `page` gives a cursor; `stream({ from })` resumes there
      yield* sim.clearJournal
      const page = yield* flex.interactionChannels.page(kd, { pageSize: 10 })
      expect(page.items.map((c) => c.sid)).toEqual(stored.slice(0, 10).map((c) => c.sid))
      expect(Option.isSome(page.cursor)).toBe(true)
      const rest = yield* flex.interactionChannels.list(kd, { from: Option.getOrThrow(page.cursor) })
      expect(rest.map((c) => c.sid)).toEqual(stored.slice(10).map((c) => c.sid))
      expectPageWalk(pageQueries(yield* requests, listPath(kd)), 10, 3)
      return { runs, page, rest }
    })
  },
  {
    name: "updates channels to closed and to inactive with routing; a later list shows it",
    run: Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      const kd = yield* interaction(1)
      const before = yield* sim.listInteractionChannels(kd)
      const [a, b] = before.filter((c) => c.status !== "closed" && c.status !== "inactive")
      expect(a).toBeDefined()
      expect(b).toBeDefined()
      const closed = yield* flex.interactionChannels.update(kd, a!.sid, { status: "closed" })
      expect(closed.sid).toBe(a!.sid)
      expect(closed.status).toBe("closed")
      const inactive = yield* flex.interactionChannels.update(kd, b!.sid, {
        status: "inactive",
        routing: { status: "closed" }
      })
      expect(inactive.status).toBe("inactive")
      const after = yield* flex.interactionChannels.list(kd, { pageSize: 1000 })
      expect(after.map((c) => c.status)).toEqual(
        before.map((c) => c.sid === a!.sid ? "closed" : c.sid === b!.sid ? "inactive" : c.status)
      )
      yield* expectRecords(InteractionChannel.InteractionChannel, after, yield* sim.listInteractionChannels(kd))
      expect(after.find((c) => c.sid === a!.sid)).toEqual(closed)
      const journal = yield* requests
      expect(journal.map((r) => [r.method, r.path, r.query, r.body, r.status])).toEqual([
        ["POST", `${listPath(kd)}/${a!.sid}`, {}, { Status: "closed" }, 200],
        ["POST", `${listPath(kd)}/${b!.sid}`, {}, { Status: "inactive", Routing: "{\"status\":\"closed\"}" }, 200],
        ["GET", listPath(kd), { PageSize: "1000" }, null, 200]
      ])
      return { closed, inactive, after }
    })
  },
  {
    name: "lists the participants of a channel",
    run: Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      const kd = yield* interaction(0)
      const [channel] = yield* sim.listInteractionChannels(kd)
      const stored = yield* sim.listParticipants(kd, channel!.sid)
      expect(stored).toHaveLength(3)
      const participants = yield* flex.participants.list(kd, channel!.sid, { pageSize: 2 })
      yield* expectRecords(Participant, participants, stored)
      expect(participants.map((p) => p.type)).toEqual(["customer", "agent", "supervisor"])
      // an agent's routing properties: known keys typed, the rest kept
      const routing = participants[1]!.routingProperties
      if (!isRoutingProperties(routing)) throw new Error("an agent's routing properties have the typed shape")
      expect(routing.worker_sid).toMatch(/^WK[0-9a-f]{32}$/)
      expect(routing.task_channel_unique_name).toBe("chat")
      expect(participants[0]!.routingProperties).toBeNull()
      const path = `${listPath(kd)}/${channel!.sid}/Participants`
      expectPageWalk(pageQueries(yield* requests, path), 2, 2)
      return participants
    })
  },
  {
    name: "404 with Twilio's code and the path on unknown SIDs, never retried",
    run: Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const kd = yield* interaction(0)
      const errors = [
        yield* failure(flex.channels.fetch(unknown.chatChannel)),
        yield* failure(flex.interactionChannels.list(unknown.interaction)),
        yield* failure(flex.interactionChannels.update(kd, unknown.channel, { status: "closed" })),
        yield* failure(flex.participants.list(kd, unknown.channel))
      ]
      const paths = [
        `/v1/Channels/${unknown.chatChannel}`,
        listPath(unknown.interaction),
        `${listPath(kd)}/${unknown.channel}`,
        `${listPath(kd)}/${unknown.channel}/Participants`
      ]
      errors.forEach((error, i) => {
        expect(error._tag).toBe("FlexNotFound")
        if (error._tag !== "FlexNotFound") return
        expect(error.status).toBe(404)
        expect(error.code).toBe(20404)
        expect(error.message).toBe(`The requested resource ${paths[i]!.replace(/^\/v1/, "")} was not found`)
        expect(error.moreInfo).toBe("https://www.twilio.com/docs/errors/20404")
        expect(error.attempts).toBe(1)
        expect(error.requestId).toMatch(/^RQ[0-9a-f]{32}$/)
        expect(error.method).toBe(i === 2 ? "POST" : "GET")
      })
      const journal = yield* requests
      expect(journal.map((r) => [r.method, r.path, r.status])).toEqual(
        paths.map((path, i) => [i === 2 ? "POST" : "GET", path, 404])
      )
      return errors.map(summarize)
    })
  },
  {
    name: "401 with wrong credentials; API key credentials work",
    run: Effect.gen(function*() {
      const harness = yield* Harness
      const wrong = yield* failure(
        Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list()).pipe(
          Effect.provide(harness.client({ ...credentials, authToken: Redacted.make("not-the-token") })),
          Effect.catchTag("FlexInvalidInput", Effect.die)
        )
      )
      expect(wrong._tag).toBe("FlexAuthenticationError")
      if (wrong._tag === "FlexAuthenticationError") {
        expect([wrong.status, wrong.code, wrong.message, wrong.attempts]).toEqual([401, 20003, "Authenticate", 1])
      }
      expect(JSON.stringify(summarize(wrong))).not.toContain("not-the-token")
      const apiKeyList = yield* Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list({ limit: 2 })).pipe(
        Effect.provide(harness.client({
          accountSid: FlexSimulator.defaultCredentials.accountSid,
          apiKey: FlexSimulator.defaultCredentials.apiKey,
          apiSecret: FlexSimulator.defaultCredentials.apiSecret
        })),
        Effect.catchTag("FlexInvalidInput", Effect.die)
      )
      expect(apiKeyList).toHaveLength(2)
      const journal = yield* requests
      expect(journal.map((r) => [r.method, r.path, r.query, r.route, r.status])).toEqual([
        ["GET", "/v1/Channels", { PageSize: "50" }, null, 401],
        ["GET", "/v1/Channels", { PageSize: "2" }, "ListChannel", 200]
      ])
      const sim = yield* FlexSimulator.FlexSimulator
      const entries = yield* sim.journal
      expect(entries.map((e) => e.headers.authorization)).toEqual(["Basic [REDACTED]", "Basic [REDACTED]"])
      return { wrong: summarize(wrong), apiKeyList }
    })
  },
  {
    name: "invalid input is rejected before any request",
    run: Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const kd = yield* interaction(0)
      const [channel] = yield* Effect.flatMap(FlexSimulator.FlexSimulator, (sim) => sim.listInteractionChannels(kd))
      const calls: ReadonlyArray<readonly [argument: string, call: Effect.Effect<unknown, FlexError>]> = [
        ["sid", flex.channels.fetch("CH123")],
        ["sid", flex.channels.fetch(channel!.sid)],
        ["interactionSid", flex.interactionChannels.list(channel!.sid)],
        ["options.pageSize", flex.interactionChannels.list(kd, { pageSize: 0 })],
        ["options.pageSize", flex.channels.list({ pageSize: 1001 })],
        ["options.limit", flex.participants.list(kd, channel!.sid, { limit: 0 })],
        ["options.prefetch", Stream.runDrain(flex.interactionChannels.stream(kd, { prefetch: -1 }))],
        ["options.from", flex.channels.list({ from: "https://evil.example.com/v1/Channels?PageSize=5" })],
        ["channelSid", flex.interactionChannels.update(kd, kd, { status: "closed" })],
        [
          "params.routing",
          flex.interactionChannels.update(kd, channel!.sid, { status: "inactive" } as InteractionChannel.UpdateParams)
        ],
        [
          "params.status",
          flex.interactionChannels.update(kd, channel!.sid, { status: "active" } as never)
        ]
      ]
      const errors: Array<unknown> = []
      for (const [argument, call] of calls) {
        const error = yield* failure(call)
        expect(error._tag).toBe("FlexInvalidInput")
        if (error._tag === "FlexInvalidInput") expect(error.argument).toBe(argument)
        errors.push(summarize(error))
      }
      expect(yield* requests).toEqual([])
      return errors
    })
  }
]
