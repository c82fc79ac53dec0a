/**
 * The shared scenarios over a real loopback socket: `NodeFlexSimulator` on 127.0.0.1 (port 0) and
 * `NodeFlexClient` (LeanHttpClient) pointed at it. Each scenario also runs in-process, and both runs must
 * give the same outcome: the same records (by value), errors (tag, status, code, message,
 * attempts) and journal (method, path, query, status, body).
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Scenarios from "../../core/test/utils/scenarios.js"
import * as NodeFlexClient from "../src/NodeFlexClient.js"

const InProcess = Scenarios.inProcessHarness.pipe(
  Layer.provideMerge(
    FlexClient.layer(Scenarios.credentials).pipe(
      Layer.provideMerge(FlexSimulator.layer({ seed: Scenarios.seed }))
    )
  )
)

/** Short per-attempt timeout: a hanging socket fails fast. */
const timeout = "2 seconds"

const OverSocket = Layer.unwrapEffect(
  Effect.map(NodeFlexSimulator.NodeFlexSimulator, ({ url }) => {
    const client = (options: Parameters<typeof NodeFlexClient.layer>[0]) =>
      NodeFlexClient.layer({ timeout, ...options, baseUrl: url })
    return Layer.merge(
      client(Scenarios.credentials),
      Layer.succeed(Scenarios.Harness, { transport: "socket", origin: url, client } satisfies Scenarios.Harness)
    )
  })
).pipe(Layer.provideMerge(NodeFlexSimulator.layer({ port: 0, seed: Scenarios.seed })))

/** Bounded: a stuck socket fails the test instead of stalling the run. */
const bounded = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.timeoutFail(effect, { duration: "10 seconds", onTimeout: () => new Error("scenario timed out") })

describe("Integration over a loopback socket (NodeFlexSimulator + NodeFlexClient)", () => {
  it.live("the simulator listens on 127.0.0.1 and the client's requests reach it", () =>
    bounded(
      Effect.gen(function*() {
        const { host, url } = yield* NodeFlexSimulator.NodeFlexSimulator
        expect(host).toBe("127.0.0.1")
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
        const flex = yield* FlexClient.FlexClient
        const channels = yield* flex.channels.list({ limit: 3 })
        expect(channels.map((c) => c.url)).toEqual(channels.map((c) => `${url}/v1/Channels/${c.sid}`))
        const sim = yield* FlexSimulator.FlexSimulator
        const [entry] = yield* sim.journal
        expect(entry?.headers.host).toBe(url.replace("http://", ""))
        expect(entry?.headers["user-agent"]).toMatch(/^effect-flex\//)
      }).pipe(Effect.provide(OverSocket))
    ))

  for (const scenario of Scenarios.scenarios) {
    it.live(`${scenario.name}: same outcome as in-process`, () =>
      bounded(Effect.gen(function*() {
        const socket = yield* Scenarios.run(scenario).pipe(Effect.provide(OverSocket))
        const inProcess = yield* Scenarios.run(scenario).pipe(Effect.provide(InProcess))
        expect(socket).toEqual(inProcess)
      })))
  }
})
