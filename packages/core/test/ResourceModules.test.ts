/**
 * The per-resource modules (`ChatChannels`, `Interactions`, `InteractionChannels`, `Participants`,
 * `Invites`, `Transfers`) are the FlexClient's calls as functions of the FlexTransport in context:
 *
 * - each module has exactly the calls of its FlexClient namespace, by the same names;
 * - every call, run both ways on two simulators with the same fixtures, sends the same requests
 *   and ends with the same value or the same typed error (bad input, 404);
 * - a FlexClient built on a transport (`layerFromTransport`) shares its governor with the modules;
 * - a bundle that imports one module holds only that module's operations and schemas.
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as HttpClient from "@effect/platform/HttpClient"
import { describe, expect, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/TestClock"
import { build } from "esbuild"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import * as ChatChannels from "../src/ChatChannels.js"
import * as FlexClient from "../src/FlexClient.js"
import type * as FlexConfig from "../src/FlexConfig.js"
import * as FlexTransport from "../src/FlexTransport.js"
import * as InteractionChannels from "../src/InteractionChannels.js"
import * as Interactions from "../src/Interactions.js"
import * as Invites from "../src/Invites.js"
import * as Participants from "../src/Participants.js"
import * as Transfers from "../src/Transfers.js"

const hex = "0123456789abcdef0123456789abcdef"
const KD = `KD${hex}`
const UO = `UO${hex}`
const UT = `UT${hex}`
const CH = `CH${hex}`
const UX = `UX${hex}`
const missingKD = `KD${"e".repeat(32)}`

const fixtures: FlexSimulator.Fixtures = {
  chatChannels: [{ sid: CH }, { sid: `CH${"1".repeat(32)}` }, { sid: `CH${"2".repeat(32)}` }],
  interactions: [{ sid: KD }],
  interactionChannels: [
    { sid: UO, interaction_sid: KD },
    { sid: `UO${"1".repeat(32)}`, interaction_sid: KD },
    { sid: `UO${"2".repeat(32)}`, interaction_sid: KD }
  ],
  participants: [
    { interaction_sid: KD, channel_sid: UO, sid: UT, type: "agent" },
    { interaction_sid: KD, channel_sid: UO, sid: `UT${"1".repeat(32)}`, type: "customer" }
  ],
  invites: [{ interaction_sid: KD, channel_sid: UO }, { interaction_sid: KD, channel_sid: UO }],
  transfers: [{ interaction_sid: KD, channel_sid: UO, sid: UX, type: "warm" }]
}

/** The modules by the name of the FlexClient namespace they mirror. */
const modules = {
  channels: ChatChannels,
  interactions: Interactions,
  interactionChannels: InteractionChannels,
  participants: Participants,
  invites: Invites,
  transfers: Transfers
} as const

type Namespace = keyof typeof modules

/** A call, named as both styles name it, with its arguments. */
interface Case {
  readonly namespace: Namespace
  readonly call: string
  readonly args: ReadonlyArray<unknown>
  readonly note?: string
}

const list = (namespace: Namespace, ...args: ReadonlyArray<unknown>): ReadonlyArray<Case> =>
  (["stream", "pages", "list", "page"] as const).flatMap((call) => [
    { namespace, call, args: [...args, { pageSize: 1 }] },
    { namespace, call, args: [...args, { pageSize: 0 }], note: "bad options" }
  ])

const cases: ReadonlyArray<Case> = [
  ...list("channels"),
  { namespace: "channels", call: "fetch", args: [CH] },
  { namespace: "channels", call: "fetch", args: [`CH${"f".repeat(32)}`], note: "404" },
  {
    namespace: "channels",
    call: "create",
    args: [{ flexFlowSid: `FO${hex}`, identity: "customer-42", chatUserFriendlyName: "Ada", chatFriendlyName: "Help" }]
  },
  { namespace: "channels", call: "delete", args: [CH] },
  { namespace: "channels", call: "delete", args: [KD], note: "bad SID" },
  { namespace: "interactions", call: "fetch", args: [KD] },
  { namespace: "interactions", call: "fetch", args: [missingKD], note: "404" },
  {
    namespace: "interactions",
    call: "create",
    args: [{
      channel: { type: "sms", initiated_by: "customer", participants: [{ address: "+13115552368" }] },
      routing: { properties: { task_channel_unique_name: "sms" } }
    }]
  },
  { namespace: "interactions", call: "update", args: [KD, { webhookTtid: "flex_interactionwebhook_03" }] },
  ...list("interactionChannels", KD),
  { namespace: "interactionChannels", call: "stream", args: [missingKD], note: "404" },
  { namespace: "interactionChannels", call: "fetch", args: [KD, UO] },
  { namespace: "interactionChannels", call: "update", args: [KD, UO, { status: "closed" }] },
  { namespace: "interactionChannels", call: "update", args: [KD, UO, { status: "inactive" }], note: "bad params" },
  ...list("participants", KD, UO),
  {
    namespace: "participants",
    call: "create",
    args: [KD, UO, { type: "supervisor", mediaProperties: { name: "Grace" } }]
  },
  { namespace: "participants", call: "update", args: [KD, UO, UT, { status: "wrapup" }] },
  { namespace: "participants", call: "update", args: [KD, UO, UO, { status: "wrapup" }], note: "bad SID" },
  ...list("invites", KD, UO),
  {
    namespace: "invites",
    call: "create",
    args: [KD, UO, { routing: { properties: { task_channel_unique_name: "chat" } } }]
  },
  { namespace: "transfers", call: "create", args: [KD, UO, { from: UT, to: `WQ${hex}`, type: "cold" }] },
  { namespace: "transfers", call: "fetch", args: [KD, UO, UX] },
  { namespace: "transfers", call: "update", args: [KD, UO, UX, { status: "failed" }] },
  { namespace: "transfers", call: "fetch", args: [KD, UO, `UX${"0".repeat(32)}`], note: "404" }
]

const options: Omit<FlexConfig.Options, "baseUrl"> = {
  accountSid: FlexSimulator.defaultCredentials.accountSid,
  authToken: FlexSimulator.defaultCredentials.authToken
}

type AnyCall<R> = (
  ...args: ReadonlyArray<unknown>
) => Effect.Effect<unknown, unknown, R> | Stream.Stream<unknown, unknown, R>

/** A call's outcome: an effect's exit, or a stream's items collected. */
const outcome = <R>(run: ReturnType<AnyCall<R>>): Effect.Effect<Exit.Exit<unknown, unknown>, never, R> =>
  Effect.exit(Effect.isEffect(run) ? run : Effect.map(Stream.runCollect(run), Chunk.toReadonlyArray))

/** Runs one call on a fresh simulator, with the FlexClient or with the module: its outcome and the journal. */
const runOn = (c: Case, style: "client" | "module") =>
  Effect.gen(function*() {
    const sim = yield* FlexSimulator.make({ fixtures })
    const clientOptions = { ...options, baseUrl: FlexSimulator.origin }
    const run = style === "client"
      ? Effect.flatMap(
        FlexClient.make(clientOptions),
        (flex) => outcome((flex[c.namespace] as unknown as Record<string, AnyCall<never>>)[c.call]!(...c.args))
      )
      : Effect.flatMap(
        FlexTransport.make(clientOptions),
        (transport) =>
          outcome(
            (modules[c.namespace] as unknown as Record<string, AnyCall<FlexTransport.FlexTransport>>)[c.call]!(
              ...c.args
            )
          ).pipe(
            Effect.provideService(FlexTransport.FlexTransport, transport)
          )
      )
    const result = yield* Effect.provideService(run, HttpClient.HttpClient, FlexSimulator.toHttpClient(sim.app))
    const journal = (yield* sim.journal).map(({ requestId: _, ...entry }) => entry)
    return { result, journal }
  })

describe("the per-resource modules", () => {
  it.effect("each has exactly the calls of its FlexClient namespace", () =>
    Effect.gen(function*() {
      const flex = yield* FlexClient.make({ ...options, baseUrl: FlexSimulator.origin })
      for (const [namespace, module] of Object.entries(modules)) {
        const calls = Object.keys(flex[namespace as Namespace]).sort()
        expect(Object.keys(module).sort(), namespace).toEqual(calls)
        for (const call of calls) expect(typeof (module as Record<string, unknown>)[call]).toBe("function")
      }
    }).pipe(Effect.provideService(HttpClient.HttpClient, HttpClient.make(() => Effect.die("unused")))))

  it("the cases cover every call of every namespace", () => {
    const covered = new Set(cases.map((c) => `${c.namespace}.${c.call}`))
    const all = Object.entries(modules).flatMap(([namespace, module]) =>
      Object.keys(module).map((call) => `${namespace}.${call}`)
    )
    expect(all.filter((name) => !covered.has(name))).toEqual([])
  })

  for (const c of cases) {
    const name = `${c.namespace}.${c.call}(${c.note ?? "valid"})`
    it.effect(`${name}: the same requests, the same outcome, as the FlexClient's`, () =>
      Effect.gen(function*() {
        const viaClient = yield* runOn(c, "client")
        const viaModule = yield* runOn(c, "module")
        // the case does what its note says, so that both styles are compared on it
        if (c.note === undefined) expect(Exit.isSuccess(viaClient.result), name).toBe(true)
        else expect(Exit.isFailure(viaClient.result), name).toBe(true)
        if (c.note?.startsWith("bad")) expect(viaClient.journal).toEqual([])
        else expect(viaClient.journal.length).toBeGreaterThan(0)
        expect(viaModule.journal).toEqual(viaClient.journal)
        expect(viaModule.result).toEqual(viaClient.result)
      }))
  }

  it.effect("a FlexClient built on a transport shares its governor with the modules", () =>
    Effect.gen(function*() {
      const sim = yield* FlexSimulator.make({ fixtures, faults: [FlexSimulator.latency("1 second", { times: 2 })] })
      const FlexLive = FlexClient.layerFromTransport.pipe(
        Layer.provideMerge(FlexTransport.layer({ ...options, baseUrl: FlexSimulator.origin, maxConcurrency: 1 })),
        Layer.provide(Layer.succeed(HttpClient.HttpClient, FlexSimulator.toHttpClient(sim.app)))
      )
      const both = Effect.all([
        Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.fetch(CH)),
        ChatChannels.fetch(CH)
      ], { concurrency: 2 })
      const fiber = yield* Effect.fork(Effect.provide(both, FlexLive))
      yield* TestClock.adjust("1 second")
      // one place in flight for both styles: the second request waits for the first
      expect((yield* sim.journal).length).toBe(1)
      yield* TestClock.adjust("1 second")
      const [a, b] = yield* Fiber.join(fiber)
      expect(b).toEqual(a)
      expect((yield* sim.journal).length).toBe(2)
    }))
})

describe("tree-shaking", () => {
  const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")

  /** The source files of core that esbuild keeps for this program, minified for browsers. */
  const kept = async (program: string) => {
    const result = await build({
      absWorkingDir: root,
      stdin: { contents: program, resolveDir: root, loader: "ts" },
      bundle: true,
      minify: true,
      write: false,
      metafile: true,
      format: "esm",
      platform: "browser",
      logLevel: "silent"
    })
    const output = Object.values(result.metafile.outputs)[0]!
    return Object.entries(output.inputs)
      .filter(([path, { bytesInOutput }]) => path.startsWith("src/") && bytesInOutput > 0)
      .map(([path]) => path)
  }

  it("a program streaming and updating Interaction channels holds no other operation or schema", async () => {
    const files = await kept(`
      import * as InteractionChannels from "./src/InteractionChannels.js"
      export const load = InteractionChannels.stream("KD${hex}")
      export const close = InteractionChannels.update("KD${hex}", "UO${hex}", { status: "closed" })
    `)
    expect(files).toContain("src/internal/endpoints.ts")
    expect(files).toContain("src/InteractionChannel.ts")
    for (const absent of ["ChatChannel", "Interaction", "Participant", "Invite", "Transfer", "internal/client"]) {
      expect(files, absent).not.toContain(`src/${absent}.ts`)
    }
  }, 30_000)

  it("a program using the FlexClient holds every operation (the control)", async () => {
    const files = await kept(`
      import * as FlexClient from "./src/FlexClient.js"
      export const live = FlexClient.layer({})
    `)
    for (const present of ["ChatChannel", "Interaction", "Participant", "Invite", "Transfer", "internal/client"]) {
      expect(files, present).toContain(`src/${present}.ts`)
    }
  }, 30_000)
})
