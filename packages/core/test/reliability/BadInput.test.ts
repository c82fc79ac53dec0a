/**
 * Bad-input matrix: every public call and every option, fed wrong values. Each one must fail with
 * `FlexInvalidInput` naming the offending argument, as a typed failure (no synchronous throw, no
 * defect, no interruption), and no request may reach the simulator (its journal stays empty).
 *
 * The simulator holds the records the valid arguments point to, so a call whose validation was
 * missing would reach it (and be journaled) instead of being rejected.
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import type * as HttpClient from "@effect/platform/HttpClient"
import { describe, expect, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Predicate from "effect/Predicate"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as FlexClient from "../../src/FlexClient.js"
import type * as FlexConfig from "../../src/FlexConfig.js"
import { FlexInvalidInput } from "../../src/FlexError.js"

const creds = FlexSimulator.defaultCredentials
const origin = "https://flex-api.twilio.com"
const hex = "0123456789abcdef0123456789abcdef"
const CH = `CH${hex}`
const KD = `KD${hex}`
const UO = `UO${hex}`
const UT = `UT${hex}`
const UX = `UX${hex}`
const otherKD = `KD${"f".repeat(32)}`
const otherUO = `UO${"f".repeat(32)}`

/** The records every valid argument below points to: a request that slipped through would succeed. */
const fixtures: FlexSimulator.Fixtures = {
  chatChannels: [{ sid: CH }],
  interactionChannels: [{ sid: UO, interaction_sid: KD, status: "active" }, { sid: otherUO, interaction_sid: KD }],
  participants: [{ interaction_sid: KD, channel_sid: UO }]
}

const TestLayer = FlexClient.layer({ accountSid: creds.accountSid, authToken: creds.authToken }).pipe(
  Layer.provideMerge(FlexSimulator.layer({ fixtures }))
)

type Outcome = Effect.Effect<unknown, unknown> | Stream.Stream<unknown, unknown>
type Call = (flex: FlexClient.FlexClient) => Outcome

const isStream = (u: unknown): u is Stream.Stream<unknown, unknown> => Predicate.hasProperty(u, Stream.StreamTypeId)

/** A failure with exactly one `FlexInvalidInput` naming `argument`: no defect, no interruption. */
const assertInvalid = (exit: Exit.Exit<unknown, unknown>, argument: string) => {
  if (Exit.isSuccess(exit)) return expect.fail(`expected FlexInvalidInput(${argument}), got a success`)
  const cause = exit.cause
  expect(Chunk.toReadonlyArray(Cause.defects(cause)), "defects").toEqual([])
  expect(Cause.isInterrupted(cause), "interrupted").toBe(false)
  const failures = Chunk.toReadonlyArray(Cause.failures(cause))
  expect(failures).toHaveLength(1)
  const error = failures[0]
  if (!(error instanceof FlexInvalidInput)) return expect.fail(`expected FlexInvalidInput, got ${String(error)}`)
  // plain fields only: a diff of the error object itself is not readable
  expect({ _tag: error._tag, argument: error.argument }).toEqual({ _tag: "FlexInvalidInput", argument })
  expect(error.operation.length).toBeGreaterThan(0)
  expect(error.message.length).toBeGreaterThan(0)
}

/** Runs a call (an Effect, or a Stream drained) against a fresh simulator; asserts the rejection. */
const rejects = (argument: string, call: Call) =>
  Effect.gen(function*() {
    const flex = yield* FlexClient.FlexClient
    const sim = yield* FlexSimulator.FlexSimulator
    let outcome: Outcome
    try {
      outcome = call(flex)
    } catch (error) {
      return expect.fail(`the call threw synchronously: ${String(error)}`)
    }
    const exit = yield* Effect.exit(isStream(outcome) ? Stream.runDrain(outcome) : outcome)
    assertInvalid(exit, argument)
    expect(yield* sim.journal, "requests that reached the simulator").toEqual([])
  }).pipe(Effect.provide(TestLayer))

// -----------------------------------------------------------------------------------------------
// SIDs
// -----------------------------------------------------------------------------------------------

/** Unicode look-alikes of each prefix (Cyrillic capitals that render like the Latin ones). */
const lookAlikes: Readonly<Record<string, string>> = {
  CH: "\u0421\u041D", // Cyrillic Es, En
  KD: "\u041AD", // Cyrillic Ka, Latin D
  UO: "U\u041E", // Latin U, Cyrillic O
  UT: "U\u0422", // Latin U, Cyrillic Te
  UX: "U\u0425" // Latin U, Cyrillic Ha
}

type Prefix = "CH" | "KD" | "UO" | "UT" | "UX"

const badSids = (prefix: Prefix): ReadonlyArray<readonly [string, unknown]> => {
  const valid = prefix + hex
  const other = prefix === "CH" ? "UO" : "CH"
  return [
    ["another kind's prefix", other + hex],
    ["an unknown prefix", "ZZ" + hex],
    ["too short (33)", valid.slice(0, 33)],
    ["too long (35)", valid + "0"],
    ["prefix only", prefix],
    ["non-hex digit", prefix + "g" + hex.slice(1)],
    ["lowercase prefix", prefix.toLowerCase() + hex],
    ["empty", ""],
    ["whitespace only", "   "],
    ["leading space", " " + valid],
    ["trailing space", valid + " "],
    ["tab inside", prefix + "\t" + hex.slice(1)],
    ["trailing newline", valid + "\n"],
    ["CR/LF header injection", valid + "\r\nX-Injected: 1"],
    ["../ before", "../" + valid],
    ["../ inside (34 chars)", prefix + "../" + hex.slice(3)],
    ["/ inside (34 chars)", prefix + "/" + hex.slice(1)],
    ["%2F inside (34 chars)", prefix + "%2F" + hex.slice(3)],
    ["%2F%2E%2E encoded traversal", valid + "%2F%2E%2E"],
    ["? inside (34 chars)", valid.slice(0, 33) + "?"],
    ["query appended", valid + "?PageSize=1"],
    ["# inside (34 chars)", valid.slice(0, 33) + "#"],
    ["NUL byte", valid.slice(0, 33) + "\u0000"],
    ["Unicode look-alike prefix", lookAlikes[prefix] + hex],
    ["fullwidth digits", prefix + "\uFF10".repeat(32)],
    ["number", 1234],
    ["NaN", Number.NaN],
    ["null", null],
    ["undefined", undefined],
    ["empty object", {}],
    ["object whose toString is a valid SID", { toString: () => valid }],
    ["String object", new String(valid)],
    ["array", [valid]],
    ["boolean", true],
    ["bigint", 1n],
    ["symbol", Symbol(valid)],
    ["function", () => valid]
  ]
}

type Sid = never // bad values are deliberately not strings: the casts below say so

/** The two sites of a call under an interaction channel: a bad interactionSid, a bad channelSid. */
const sitesOfChannel = (name: string, call: (interactionSid: Sid, channelSid: Sid) => Call) => [
  {
    name: `${name} (interactionSid)`,
    prefix: "KD" as const,
    argument: "interactionSid",
    call: (bad: Sid) => call(bad, UO as Sid)
  },
  {
    name: `${name} (channelSid)`,
    prefix: "UO" as const,
    argument: "channelSid",
    call: (bad: Sid) => call(KD as Sid, bad)
  }
]

const sidSites: ReadonlyArray<{
  readonly name: string
  readonly prefix: Prefix
  readonly argument: string
  readonly call: (bad: Sid) => Call
}> = [
  { name: "channels.fetch", prefix: "CH", argument: "sid", call: (bad) => (flex) => flex.channels.fetch(bad) },
  ...(["page", "pages", "stream", "list"] as const).flatMap((method) => [
    {
      name: `interactionChannels.${method}`,
      prefix: "KD" as const,
      argument: "interactionSid",
      call: (bad: Sid): Call => (flex) => flex.interactionChannels[method](bad)
    },
    {
      name: `participants.${method} (interactionSid)`,
      prefix: "KD" as const,
      argument: "interactionSid",
      call: (bad: Sid): Call => (flex) => flex.participants[method](bad, UO)
    },
    {
      name: `participants.${method} (channelSid)`,
      prefix: "UO" as const,
      argument: "channelSid",
      call: (bad: Sid): Call => (flex) => flex.participants[method](KD, bad)
    }
  ]),
  {
    name: "interactionChannels.update (interactionSid)",
    prefix: "KD",
    argument: "interactionSid",
    call: (bad) => (flex) => flex.interactionChannels.update(bad, UO, { status: "closed" })
  },
  {
    name: "interactionChannels.update (channelSid)",
    prefix: "UO",
    argument: "channelSid",
    call: (bad) => (flex) => flex.interactionChannels.update(KD, bad, { status: "closed" })
  },
  // The operations of issue #11: every SID argument of each, the other arguments valid.
  { name: "channels.delete", prefix: "CH", argument: "sid", call: (bad) => (flex) => flex.channels.delete(bad) },
  {
    name: "interactions.fetch",
    prefix: "KD",
    argument: "interactionSid",
    call: (bad) => (flex) => flex.interactions.fetch(bad)
  },
  {
    name: "interactions.update",
    prefix: "KD",
    argument: "interactionSid",
    call: (bad) => (flex) => flex.interactions.update(bad, {})
  },
  ...sitesOfChannel("interactionChannels.fetch", (kd, uo) => (flex) => flex.interactionChannels.fetch(kd, uo)),
  ...sitesOfChannel(
    "participants.create",
    (kd, uo) => (flex) => flex.participants.create(kd, uo, { type: "agent", mediaProperties: {} })
  ),
  ...sitesOfChannel(
    "participants.update",
    (kd, uo) => (flex) => flex.participants.update(kd, uo, UT, { status: "closed" })
  ),
  {
    name: "participants.update (participantSid)",
    prefix: "UT",
    argument: "participantSid",
    call: (bad) => (flex) => flex.participants.update(KD, UO, bad, { status: "closed" })
  },
  ...(["page", "pages", "stream", "list"] as const).flatMap((method) =>
    sitesOfChannel(`invites.${method}`, (kd, uo) => (flex) => flex.invites[method](kd, uo))
  ),
  ...sitesOfChannel("invites.create", (kd, uo) => (flex) => flex.invites.create(kd, uo, { routing: {} })),
  ...sitesOfChannel("transfers.create", (kd, uo) => (flex) => flex.transfers.create(kd, uo, {})),
  ...sitesOfChannel("transfers.fetch", (kd, uo) => (flex) => flex.transfers.fetch(kd, uo, UX)),
  ...sitesOfChannel("transfers.update", (kd, uo) => (flex) => flex.transfers.update(kd, uo, UX, {})),
  ...(["fetch", "update"] as const).map((method) => ({
    name: `transfers.${method} (transferSid)`,
    prefix: "UX" as const,
    argument: "transferSid",
    call: (bad: Sid): Call => (flex) =>
      method === "fetch" ? flex.transfers.fetch(KD, UO, bad) : flex.transfers.update(KD, UO, bad, {})
  }))
]

describe("bad input: SIDs", () => {
  for (const site of sidSites) {
    it.effect.each(badSids(site.prefix))(
      `${site.name}: %s is FlexInvalidInput(${site.argument})`,
      ([, bad]) => rejects(site.argument, site.call(bad as Sid))
    )
  }

  it.effect("control: the valid arguments used above do reach the simulator", () =>
    Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      yield* flex.channels.fetch(CH)
      expect(yield* flex.interactionChannels.list(KD)).toHaveLength(2)
      expect(yield* flex.participants.list(KD, UO)).toHaveLength(1)
      yield* flex.interactionChannels.update(KD, UO, { status: "closed" })
      expect((yield* sim.journal).map((entry) => entry.status)).toEqual([200, 200, 200, 200])
    }).pipe(Effect.provide(TestLayer)))
})

// -----------------------------------------------------------------------------------------------
// list options
// -----------------------------------------------------------------------------------------------

type ListMethod = "page" | "pages" | "stream" | "list"

const listSites: ReadonlyArray<{
  readonly name: string
  readonly listPath: string
  /** Same origin, another list: a cursor of it must not be accepted here. */
  readonly otherListPath: string
  readonly call: (method: ListMethod, options: unknown) => Call
}> = [
  {
    name: "channels",
    listPath: "/v1/Channels",
    otherListPath: `/v1/Interactions/${KD}/Channels`,
    call: (method, options) => (flex) => flex.channels[method](options as never)
  },
  {
    name: "interactionChannels",
    listPath: `/v1/Interactions/${KD}/Channels`,
    otherListPath: `/v1/Interactions/${otherKD}/Channels`,
    call: (method, options) => (flex) => flex.interactionChannels[method](KD, options as never)
  },
  {
    name: "participants",
    listPath: `/v1/Interactions/${KD}/Channels/${UO}/Participants`,
    otherListPath: `/v1/Interactions/${KD}/Channels/${otherUO}/Participants`,
    call: (method, options) => (flex) => flex.participants[method](KD, UO, options as never)
  }
]

const token = "PAeyJ2IjoxLCJzIjowfQ"
const badPageSizes: ReadonlyArray<unknown> = [0, 1001, 1.5, Number.NaN, -1, Infinity, -Infinity, "10", null, 1e21]
const badLimits: ReadonlyArray<unknown> = [0, -1, 1.5, Number.NaN, Infinity, "5", null]
const badPrefetch: ReadonlyArray<unknown> = [-1, 17, 1.5, Number.NaN, Infinity, "1", null]
const badOptions: ReadonlyArray<unknown> = ["pageSize=10", 5, null, [], true]

const badCursors = (listPath: string, otherListPath: string): ReadonlyArray<readonly [string, unknown]> => {
  const query = `?PageSize=1&Page=1&PageToken=${token}`
  return [
    ["a foreign origin", `https://evil.example.com${listPath}${query}`],
    ["a look-alike host", `https://flex-api.twilio.com.evil.example.com${listPath}${query}`],
    ["user info that changes the host", `https://flex-api.twilio.com@evil.example.com${listPath}${query}`],
    ["user info on the right host", `https://user:pass@flex-api.twilio.com${listPath}${query}`],
    ["another scheme (http)", `http://flex-api.twilio.com${listPath}${query}`],
    ["another port", `https://flex-api.twilio.com:8443${listPath}${query}`],
    ["loopback", `http://127.0.0.1${listPath}${query}`],
    ["another list on the same origin", `${origin}${otherListPath}${query}`],
    ["a sub-resource of the list", `${origin}${listPath}/CH${hex}${query}`],
    ["an encoded path change", `${origin}${listPath}%2F..%2F..${query}`],
    ["a fragment", `${origin}${listPath}${query}#frag`],
    ["a relative URL", `${listPath}${query}`],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a file: URL", "file:///etc/passwd"],
    ["garbage", "not a cursor"],
    ["empty string", ""],
    ["a number", 5],
    ["null", null],
    ["an object", { href: `${origin}${listPath}${query}` }],
    ["a URL object", new URL(`${origin}${listPath}${query}`)]
  ]
}

describe("bad input: list options", () => {
  for (const site of listSites) {
    for (const method of ["page", "pages", "stream", "list"] as const) {
      const label = `${site.name}.${method}`
      it.effect.each(badPageSizes.map((v) => [v]))(
        `${label}: pageSize %s is FlexInvalidInput(options.pageSize)`,
        ([v]) => rejects("options.pageSize", site.call(method, { pageSize: v }))
      )
      it.effect.each(badCursors(site.listPath, site.otherListPath))(
        `${label}: from = %s is FlexInvalidInput(options.from)`,
        ([, from]) => rejects("options.from", site.call(method, { from }))
      )
      it.effect.each(badOptions.map((v) => [v]))(
        `${label}: options = %j is FlexInvalidInput(options)`,
        ([options]) => rejects("options", site.call(method, options))
      )
      if (method !== "page") {
        it.effect.each(badLimits.map((v) => [v]))(
          `${label}: limit %s is FlexInvalidInput(options.limit)`,
          ([v]) => rejects("options.limit", site.call(method, { limit: v }))
        )
      }
      if (method === "pages" || method === "stream") {
        it.effect.each(badPrefetch.map((v) => [v]))(
          `${label}: prefetch %s is FlexInvalidInput(options.prefetch)`,
          ([v]) => rejects("options.prefetch", site.call(method, { prefetch: v }))
        )
      }
    }
  }
})

// -----------------------------------------------------------------------------------------------
// update parameters
// -----------------------------------------------------------------------------------------------

const circular: Record<string, unknown> = { status: "closed" }
circular.self = circular

const badParams: ReadonlyArray<readonly [argument: string, label: string, value: unknown]> = [
  ["params.status", "status outside the enum (active)", { status: "active" }],
  ["params.status", "status outside the enum (pause)", { status: "pause" }],
  ["params.status", "status in another case (CLOSED)", { status: "CLOSED" }],
  ["params.status", "status empty", { status: "" }],
  ["params.status", "status a number", { status: 1 }],
  ["params.status", "status missing", {}],
  ["params.routing", "inactive without routing", { status: "inactive" }],
  ["params.routing", "inactive with routing undefined", { status: "inactive", routing: undefined }],
  ["params.routing", "routing a string", { status: "closed", routing: "closed" }],
  ["params.routing", "routing a JSON string", { status: "inactive", routing: "{\"status\":\"closed\"}" }],
  ["params.routing", "routing null", { status: "closed", routing: null }],
  ["params.routing", "routing an array", { status: "closed", routing: [] }],
  ["params.routing", "routing a number", { status: "inactive", routing: 1 }],
  ["params.routing.status", "routing status not closed (wrapup)", {
    status: "inactive",
    routing: { status: "wrapup" }
  }],
  ["params.routing.status", "routing status missing", { status: "inactive", routing: {} }],
  ["params.routing.status", "routing status not closed on close", { status: "closed", routing: { status: "open" } }],
  ["params.routing", "routing not JSON-serialisable (bigint)", {
    status: "closed",
    routing: { status: "closed", n: 1n }
  }],
  ["params.routing", "routing not JSON-serialisable (cycle)", { status: "inactive", routing: circular }],
  ["params", "params null", null],
  ["params", "params undefined", undefined],
  ["params", "params a string", "closed"],
  ["params", "params a number", 5],
  ["params.status", "params an array (no status field)", [{ status: "closed" }]]
]

describe("bad input: update parameters", () => {
  it.effect.each(badParams)(
    "FlexInvalidInput(%s): update with %s",
    ([argument, , params]) => rejects(argument, (flex) => flex.interactionChannels.update(KD, UO, params as never))
  )

  it.effect("the channel is untouched by every rejected update", () =>
    Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      for (const [, , params] of badParams) {
        yield* Effect.exit(flex.interactionChannels.update(KD, UO, params as never))
      }
      const channel = yield* sim.getInteractionChannel(KD, UO)
      expect(channel._tag === "Some" && channel.value.status).toBe("active")
      expect(yield* sim.journal).toEqual([])
    }).pipe(Effect.provide(TestLayer)))
})

// -----------------------------------------------------------------------------------------------
// client options
// -----------------------------------------------------------------------------------------------

const nullPrototype = Object.create(null) as unknown
const apiKey = `SK${hex}`

const badClientOptions: ReadonlyArray<readonly [string, unknown]> = [
  ["baseUrl", { baseUrl: "not a url" }],
  ["baseUrl", { baseUrl: "" }],
  ["baseUrl", { baseUrl: "flex-api.twilio.com" }],
  ["baseUrl", { baseUrl: "ftp://flex-api.twilio.com" }],
  ["baseUrl", { baseUrl: "javascript:alert(1)" }],
  ["baseUrl", { baseUrl: "file:///etc/passwd" }],
  ["baseUrl", { baseUrl: "https://user:pass@flex-api.twilio.com" }],
  ["baseUrl", { baseUrl: "https://flex-api.twilio.com/v1" }],
  ["baseUrl", { baseUrl: "https://flex-api.twilio.com/?x=1" }],
  ["baseUrl", { baseUrl: "https://flex-api.twilio.com/#f" }],
  ["baseUrl", { baseUrl: new URL("https://flex-api.twilio.com/v1") }],
  ["baseUrl", { baseUrl: 5 }],
  ["baseUrl", { baseUrl: {} }],
  ["baseUrl", { baseUrl: nullPrototype }],
  ["timeout", { timeout: -1 }],
  ["timeout", { timeout: 0 }],
  ["timeout", { timeout: Number.NaN }],
  ["timeout", { timeout: Infinity }],
  ["timeout", { timeout: -Infinity }],
  ["timeout", { timeout: "soon" }],
  ["timeout", { timeout: "-5 seconds" }],
  ["timeout", { timeout: "0 millis" }],
  ["timeout", { timeout: {} }],
  ["timeout", { timeout: nullPrototype }],
  ["retry", { retry: "yes" }],
  ["retry", { retry: 3 }],
  ["retry", { retry: true }],
  ["retry.maxAttempts", { retry: { maxAttempts: 0 } }],
  ["retry.maxAttempts", { retry: { maxAttempts: -1 } }],
  ["retry.maxAttempts", { retry: { maxAttempts: 101 } }],
  ["retry.maxAttempts", { retry: { maxAttempts: 1.5 } }],
  ["retry.maxAttempts", { retry: { maxAttempts: Number.NaN } }],
  ["retry.maxAttempts", { retry: { maxAttempts: "3" } }],
  ["retry.baseDelay", { retry: { baseDelay: -1 } }],
  ["retry.baseDelay", { retry: { baseDelay: Number.NaN } }],
  ["retry.baseDelay", { retry: { baseDelay: "later" } }],
  ["retry.maxDelay", { retry: { maxDelay: -1 } }],
  ["retry.maxDelay", { retry: { maxDelay: Infinity } }],
  ["retry.maxRetryAfter", { retry: { maxRetryAfter: -1 } }],
  ["retry.maxRetryAfter", { retry: { maxRetryAfter: Infinity } }],
  ["pageSize", { pageSize: 0 }],
  ["pageSize", { pageSize: 1001 }],
  ["pageSize", { pageSize: 1.5 }],
  ["pageSize", { pageSize: Number.NaN }],
  ["pageSize", { pageSize: -1 }],
  ["pageSize", { pageSize: Infinity }],
  ["pageSize", { pageSize: "10" }],
  ["edge", { edge: "EVIL" }],
  ["edge", { edge: "evil.com" }],
  ["edge", { edge: "a/b" }],
  ["edge", { edge: "" }],
  ["edge", { edge: 5 }],
  ["region", { region: "AU1" }],
  ["region", { region: "us 1" }],
  ["userAgent", { userAgent: "app/1\r\nX-Injected: 1" }],
  ["userAgent", { userAgent: "" }],
  ["userAgent", { userAgent: "caf\u00e9/1" }],
  ["userAgent", { userAgent: "x".repeat(201) }],
  ["userAgent", { userAgent: 5 }],
  ["accountSid", { accountSid: "ACnot-a-sid" }],
  ["accountSid", { accountSid: `CH${hex}` }],
  ["accountSid", { accountSid: 5 }],
  ["accountSid", { accountSid: nullPrototype }],
  ["accountSid", { accountSid: undefined }],
  ["authToken", { authToken: "plain string" }],
  ["authToken", { authToken: Redacted.make("") }],
  ["authToken", { authToken: Redacted.make(5) }],
  ["authToken", { authToken: null }],
  ["authToken", { apiKey, apiSecret: Redacted.make("s") }],
  ["apiKey", { authToken: undefined, apiKey: `AC${hex}`, apiSecret: Redacted.make("s") }],
  ["apiKey", { authToken: undefined, apiKey: 5, apiSecret: Redacted.make("s") }],
  ["apiSecret", { authToken: undefined, apiKey }],
  ["apiSecret", { authToken: undefined, apiKey, apiSecret: "plain" }]
]

/** Without credentials at all, an accountSid is still checked (it must not be a defect either). */
const badCredentialFreeOptions: ReadonlyArray<readonly [string, unknown]> = [
  ["accountSid", { accountSid: "ACnot-a-sid" }],
  ["accountSid", { accountSid: 5 }],
  ["accountSid", { accountSid: nullPrototype }]
]

/** Builds a client with the options, then calls it: both must end in FlexInvalidInput, nothing sent. */
const rejectsOptions = (argument: string, options: unknown) =>
  Effect.gen(function*() {
    const sim = yield* FlexSimulator.FlexSimulator
    // the simulator's in-process HttpClient, handed to a client built by hand
    const http = Layer.succeedContext(yield* Effect.context<HttpClient.HttpClient>())
    let made: Effect.Effect<FlexClient.FlexClient, unknown>
    let layer: Layer.Layer<FlexClient.FlexClient, unknown>
    try {
      made = FlexClient.make(options as FlexConfig.Options).pipe(Effect.provide(http))
      layer = FlexClient.layer(options as FlexConfig.Options).pipe(Layer.provide(http))
    } catch (error) {
      return expect.fail(`building the client threw synchronously: ${String(error)}`)
    }
    assertInvalid(yield* Effect.exit(Effect.flatMap(made, (flex) => flex.channels.fetch(CH))), argument)
    assertInvalid(
      yield* Effect.exit(
        Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.fetch(CH)).pipe(
          Effect.provide(layer)
        )
      ),
      argument
    )
    expect(yield* sim.journal, "requests that reached the simulator").toEqual([])
  }).pipe(Effect.provide(FlexSimulator.layer({ fixtures })))

describe("bad input: client options", () => {
  it.effect.each(badClientOptions)(
    "FlexInvalidInput(options.%s): %j",
    ([argument, options]) =>
      rejectsOptions(`options.${argument}`, { accountSid: creds.accountSid, authToken: creds.authToken, ...options! })
  )

  it.effect.each(badCredentialFreeOptions)(
    "no credentials: FlexInvalidInput(options.%s): %j",
    ([argument, options]) => rejectsOptions(`options.${argument}`, options)
  )

  it.effect.each([[null], ["options"], [5], [undefined]])(
    "options = %j is FlexInvalidInput(options)",
    ([options]) => rejectsOptions("options", options)
  )

  it.effect("control: the same options with valid values build a client that reaches the simulator", () =>
    Effect.gen(function*() {
      const sim = yield* FlexSimulator.FlexSimulator
      const flex = yield* FlexClient.make({
        accountSid: creds.accountSid,
        authToken: creds.authToken,
        baseUrl: "https://flex-api.twilio.com",
        timeout: "5 seconds",
        retry: { maxAttempts: 2, baseDelay: 1, maxDelay: 2, maxRetryAfter: 3 },
        pageSize: 1000,
        userAgent: "reliability/1.0"
      })
      yield* flex.channels.fetch(CH)
      expect(yield* sim.journal).toHaveLength(1)
    }).pipe(Effect.provide(FlexSimulator.layer({ fixtures }))))
})
