/**
 * Input read once, inside the Effect (issue #7, item 8). Options and params are hostile objects: a
 * throwing getter (enumerable or not: `Object.defineProperty` makes it non-enumerable by default,
 * so a defensive copy by spreading would not even see it), a revoked Proxy, a getter that answers
 * differently on each read. For every list call (`list`, `stream`, `pages`, `page`) of every
 * listed resource, `update`'s params and the layer options (the other calls' params: each
 * operation's own file, e.g. ParticipantCreate):
 *
 * - calling the method never throws (the call itself is wrapped in try/catch);
 * - the outcome is a `FlexInvalidInput` failure, never a defect;
 * - no request is sent (a scripted HttpClient records every request, and would answer it);
 * - a getter is read once: the request uses its first value.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Predicate from "effect/Predicate"
import * as Stream from "effect/Stream"
import * as FlexClient from "../../src/FlexClient.js"
import type * as FlexConfig from "../../src/FlexConfig.js"
import { FlexInvalidInput } from "../../src/FlexError.js"
import type * as InteractionChannel from "../../src/InteractionChannel.js"
import type * as Page from "../../src/Page.js"
import * as Hostile from "../utils/hostile.js"
import * as Transport from "../utils/transport.js"

const KD = Transport.sid("KD", 1)
const UO = Transport.sid("UO", 1)
const origin = "https://flex-api.twilio.com"

/** Answers every request as the API would: a request that slips through succeeds. */
const makeTransport = () =>
  Transport.make((request) => {
    const path = request.url.pathname
    const self = `${origin}${path}${request.url.search}`
    if (request.method === "POST") return { status: 200, body: Transport.wireInteractionChannel(KD, 1) }
    if (path.endsWith("/Invites")) {
      return { status: 200, body: { invites: [], meta: Transport.meta("invites", self, 0, 50, null) } }
    }
    if (path.endsWith("/Participants")) {
      return { status: 200, body: { participants: [], meta: Transport.meta("participants", self, 0, 50, null) } }
    }
    if (path.endsWith("/Channels") && path.startsWith("/v1/Interactions/")) {
      return {
        status: 200,
        body: {
          channels: [Transport.wireInteractionChannel(KD, 1), Transport.wireInteractionChannel(KD, 2)],
          meta: Transport.meta("channels", self, 0, 50, null)
        }
      }
    }
    if (path === "/v1/Channels") {
      return {
        status: 200,
        body: {
          flex_chat_channels: [Transport.wireChatChannel(1)],
          meta: Transport.meta("flex_chat_channels", self, 0, 50, null)
        }
      }
    }
    return { status: 200, body: Transport.wireChatChannel(1) }
  })

// --- hostile objects ----------------------------------------------------------------------------

// --- assertions ---------------------------------------------------------------------------------

type Outcome = Effect.Effect<unknown, unknown> | Stream.Stream<unknown, unknown>
const isStream = (u: unknown): u is Stream.Stream<unknown, unknown> => Predicate.hasProperty(u, Stream.StreamTypeId)
const run = (outcome: Outcome) => (isStream(outcome) ? Stream.runDrain(outcome) : outcome)

/** Calls `call` (which must not throw), runs what it returns; the exit. */
const callAndRun = (call: () => Outcome) =>
  Effect.gen(function*() {
    let outcome: Outcome
    try {
      outcome = call()
    } catch (error) {
      return expect.fail(`the call threw synchronously: ${String(error)}`)
    }
    return yield* Effect.exit(run(outcome))
  })

/** A single FlexInvalidInput whose argument starts with `prefix`; no defect, no interruption. */
const expectInvalid = (exit: Exit.Exit<unknown, unknown>, prefix: string) => {
  if (Exit.isSuccess(exit)) return expect.fail("expected FlexInvalidInput, got a success")
  expect(Chunk.toReadonlyArray(Cause.defects(exit.cause)).map(String), "defects").toEqual([])
  expect(Cause.isInterrupted(exit.cause), "interrupted").toBe(false)
  const failures = Chunk.toReadonlyArray(Cause.failures(exit.cause))
  expect(failures).toHaveLength(1)
  const error = failures[0]
  if (!(error instanceof FlexInvalidInput)) return expect.fail(`expected FlexInvalidInput, got ${String(error)}`)
  expect(error.argument.startsWith(prefix), `argument ${error.argument}`).toBe(true)
}

// --- the list calls -----------------------------------------------------------------------------

type Method = "list" | "stream" | "pages" | "page"
type Resource = "channels" | "interactionChannels" | "participants" | "invites"

const argsOf: Record<Resource, ReadonlyArray<string>> = {
  channels: [],
  interactionChannels: [KD],
  participants: [KD, UO],
  invites: [KD, UO]
}

const listCall = (flex: FlexClient.FlexClient, resource: Resource, method: Method, options: unknown): Outcome =>
  (flex[resource][method] as (...args: ReadonlyArray<unknown>) => Outcome)(...argsOf[resource], options)

/** The option keys each method reads. */
const keysOf: Record<Method, ReadonlyArray<string>> = {
  page: ["pageSize", "from"],
  list: ["pageSize", "from", "limit"],
  stream: ["pageSize", "from", "limit", "prefetch"],
  pages: ["pageSize", "from", "limit", "prefetch"]
}

const resources: ReadonlyArray<Resource> = ["channels", "interactionChannels", "participants", "invites"]
const methods: ReadonlyArray<Method> = ["list", "stream", "pages", "page"]

const hostileOptions: ReadonlyArray<readonly [string, Method, Resource, () => unknown]> = resources.flatMap((
  resource
) =>
  methods.flatMap((method) => [
    ...keysOf[method].flatMap((key) => [
      [`a throwing getter on ${key}`, method, resource, () => Hostile.throwing({}, key, false)] as const,
      [`an enumerable throwing getter on ${key}`, method, resource, () => Hostile.throwing({}, key, true)] as const
    ]),
    [`a revoked proxy`, method, resource, Hostile.revoked] as const
  ])
)

const withTransport = <A, E>(
  body: (flex: FlexClient.FlexClient, transport: ReturnType<typeof makeTransport>) => Effect.Effect<A, E>,
  options: FlexConfig.Options = Transport.credentials
) => {
  const transport = makeTransport()
  return Effect.flatMap(Effect.provide(FlexClient.make(options), transport.layer), (flex) => body(flex, transport))
}

describe("item 8: hostile list options", () => {
  it.effect.each(hostileOptions)("%s as the options of %s on %s: FlexInvalidInput, nothing sent", ([
    ,
    method,
    resource,
    make
  ]) =>
    withTransport((flex, transport) =>
      Effect.gen(function*() {
        expectInvalid(yield* callAndRun(() => listCall(flex, resource, method, make())), "options")
        expect(transport.recorded, "requests sent").toEqual([])
      })
    ))

  it.effect.each(methods)(
    "%s: a pageSize getter is read once, and the request uses its first value",
    (method) =>
      withTransport((flex, transport) =>
        Effect.gen(function*() {
          const options = {}
          const counter = Hostile.changing(options, "pageSize", 5, 5000)
          const exit = yield* callAndRun(() => listCall(flex, "interactionChannels", method, options))
          expect(Exit.isSuccess(exit), Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "").toBe(true)
          expect(counter.reads, "reads of pageSize").toBe(1)
          expect(transport.recorded.map((request) => request.url.searchParams.get("PageSize"))).toEqual(["5"])
        })
      )
  )

  it.effect("list: a limit getter is read once, the first value (1) is the limit", () =>
    withTransport((flex) =>
      Effect.gen(function*() {
        const options = {}
        const counter = Hostile.changing(options, "limit", 1, 0)
        const items = yield* flex.interactionChannels.list(KD, options as Page.ListOptions)
        expect(items).toHaveLength(1)
        expect(counter.reads).toBe(1)
      })
    ))

  it.effect.each(methods)(
    "%s: calling reads nothing; the options are read when the Effect runs",
    (method) =>
      withTransport((flex) =>
        Effect.gen(function*() {
          const options = {}
          const counter = Hostile.changing(options, "pageSize", 5, 5)
          const outcome = listCall(flex, "interactionChannels", method, options)
          expect(counter.reads, "reads at call time").toBe(0)
          yield* Effect.exit(run(outcome))
          expect(counter.reads, "reads once run").toBe(1)
        })
      )
  )
})

// --- update params ------------------------------------------------------------------------------

const hostileParams: ReadonlyArray<readonly [string, () => unknown]> = [
  ["a throwing getter on status", () => Hostile.throwing({}, "status", false)],
  ["an enumerable throwing getter on status", () => Hostile.throwing({}, "status", true)],
  ["a throwing getter on routing", () => Hostile.throwing({ status: "inactive" }, "routing", false)],
  ["an enumerable throwing getter on routing", () => Hostile.throwing({ status: "inactive" }, "routing", true)],
  ["a revoked proxy", Hostile.revoked],
  ["a revoked proxy as routing (inactive)", () => ({ status: "inactive", routing: Hostile.revoked() })],
  ["a revoked proxy as routing (closed)", () => ({ status: "closed", routing: Hostile.revoked() })],
  [
    "a routing whose status getter throws",
    () => ({ status: "inactive", routing: Hostile.throwing({}, "status", true) })
  ]
]

describe("item 8: hostile update params", () => {
  it.effect.each(hostileParams)(
    "%s: FlexInvalidInput, nothing sent",
    ([, make]) =>
      withTransport((flex, transport) =>
        Effect.gen(function*() {
          expectInvalid(
            yield* callAndRun(() => flex.interactionChannels.update(KD, UO, make() as InteractionChannel.UpdateParams)),
            "params"
          )
          expect(transport.recorded, "requests sent").toEqual([])
        })
      )
  )

  it.effect("a status getter is read once: the request sends its first value", () =>
    withTransport((flex, transport) =>
      Effect.gen(function*() {
        const params = {}
        // "inactive" on a later read would require routing: a second read fails the update
        const counter = Hostile.changing(params, "status", "closed", "inactive")
        const exit = yield* callAndRun(() =>
          flex.interactionChannels.update(KD, UO, params as InteractionChannel.UpdateParams)
        )
        expect(Exit.isSuccess(exit), Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "").toBe(true)
        expect(counter.reads, "reads of status").toBe(1)
        expect(transport.recorded.map((request) => request.body)).toEqual(["Status=closed"])
      })
    ))

  it.effect("a routing getter is read once: the request sends its first value", () =>
    withTransport((flex, transport) =>
      Effect.gen(function*() {
        const params = { status: "inactive" }
        const counter = Hostile.changing(params, "routing", { status: "closed" }, { status: "open" })
        const exit = yield* callAndRun(() =>
          flex.interactionChannels.update(KD, UO, params as InteractionChannel.UpdateParams)
        )
        expect(Exit.isSuccess(exit), Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "").toBe(true)
        expect(counter.reads, "reads of routing").toBe(1)
        expect(transport.recorded.map((request) => new URLSearchParams(request.body).get("Routing"))).toEqual([
          JSON.stringify({ status: "closed" })
        ])
      })
    ))

  it.effect("routing's own status getter is read once: the request sends its first value", () =>
    withTransport((flex, transport) =>
      Effect.gen(function*() {
        const routing = {}
        const counter = Hostile.changing(routing, "status", "closed", "open")
        const exit = yield* callAndRun(() =>
          flex.interactionChannels.update(KD, UO, { status: "inactive", routing } as InteractionChannel.UpdateParams)
        )
        expect(Exit.isSuccess(exit), Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "").toBe(true)
        expect(counter.reads, "reads of routing.status").toBe(1)
        expect(transport.recorded.map((request) => new URLSearchParams(request.body).get("Routing"))).toEqual([
          JSON.stringify({ status: "closed" })
        ])
      })
    ))

  it.effect("calling update reads nothing; the params are read when the Effect runs", () =>
    withTransport((flex) =>
      Effect.gen(function*() {
        const params = {}
        const counter = Hostile.changing(params, "status", "closed", "closed")
        const effect = flex.interactionChannels.update(KD, UO, params as InteractionChannel.UpdateParams)
        expect(counter.reads, "reads at call time").toBe(0)
        yield* Effect.exit(effect)
        expect(counter.reads, "reads once run").toBe(1)
      })
    ))
})

// --- layer options ------------------------------------------------------------------------------

const validOptions = (): Record<string, unknown> => ({ ...Transport.credentials })

const hostileLayerOptions: ReadonlyArray<readonly [string, () => unknown]> = [
  ...["accountSid", "authToken", "baseUrl", "retry", "timeout", "pageSize", "userAgent"].flatMap((key) => [
    [`a throwing getter on ${key}`, () => Hostile.throwing(validOptions(), key, false)] as const,
    [`an enumerable throwing getter on ${key}`, () => Hostile.throwing(validOptions(), key, true)] as const
  ]),
  ["a revoked proxy", Hostile.revoked],
  ["a revoked proxy as retry", () => ({ ...validOptions(), retry: Hostile.revoked() })],
  [
    "a retry whose maxAttempts getter throws",
    () => ({ ...validOptions(), retry: Hostile.throwing({}, "maxAttempts", true) })
  ]
]

describe("item 8: hostile layer options", () => {
  it.effect.each(hostileLayerOptions)(
    "%s: FlexClient.layer fails with FlexInvalidInput, never a defect",
    ([, make]) =>
      Effect.gen(function*() {
        const transport = makeTransport()
        let layer: Layer.Layer<FlexClient.FlexClient, FlexInvalidInput, unknown> | undefined
        try {
          layer = FlexClient.layer(make() as FlexConfig.Options)
        } catch (error) {
          return expect.fail(`FlexClient.layer threw synchronously: ${String(error)}`)
        }
        const exit = yield* Effect.exit(
          Effect.scoped(Layer.build(layer as Layer.Layer<FlexClient.FlexClient, FlexInvalidInput>)).pipe(
            Effect.provide(transport.layer)
          )
        )
        expectInvalid(exit, "options")
        expect(transport.recorded).toEqual([])
      })
  )

  it.effect.each(hostileLayerOptions)(
    "%s: FlexClient.make fails with FlexInvalidInput, never a defect",
    ([, make]) =>
      Effect.gen(function*() {
        const transport = makeTransport()
        expectInvalid(
          yield* callAndRun(() => Effect.provide(FlexClient.make(make() as FlexConfig.Options), transport.layer)),
          "options"
        )
      })
  )

  it.effect("getters on pageSize and userAgent are read once: the client uses their first values", () =>
    Effect.gen(function*() {
      const transport = makeTransport()
      const options = validOptions()
      const pageSize = Hostile.changing(options, "pageSize", 7, 5000)
      const userAgent = Hostile.changing(options, "userAgent", "input-once/1.0", "bad\u0000agent")
      const flex = yield* Effect.provide(FlexClient.make(options as FlexConfig.Options), transport.layer)
      yield* flex.interactionChannels.page(KD)
      expect({ pageSize: pageSize.reads, userAgent: userAgent.reads }).toEqual({ pageSize: 1, userAgent: 1 })
      expect(transport.recorded.map((request) => request.url.searchParams.get("PageSize"))).toEqual(["7"])
      expect(transport.recorded[0]!.headers["user-agent"]).toContain("input-once/1.0")
    }))
})
