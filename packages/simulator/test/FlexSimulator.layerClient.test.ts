import * as FlexClient from "@effect-flex/core/FlexClient"
import { describe, expect, layer } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import * as FlexSimulator from "../src/FlexSimulator.js"

// The setup users copy into their own tests.
const TestFlex = FlexSimulator.layerClient({ seed: { interactions: 1, channelsPerInteraction: 120 } })

describe("FlexSimulator.layerClient", () => {
  layer(TestFlex)((it) => {
    it.effect("a program closing every active channel runs against the simulator, and the store shows it", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const simulator = yield* FlexSimulator.FlexSimulator
        const [interaction] = yield* simulator.listInteractions
        const before = yield* simulator.listInteractionChannels(interaction!.sid)
        const active = before.filter((c) => c.status === "active").length
        expect(active).toBeGreaterThan(0)

        const closed = yield* flex.interactionChannels.stream(interaction!.sid, { pageSize: 25 }).pipe(
          Stream.filter((c) => c.status === "active"),
          Stream.mapEffect((c) => flex.interactionChannels.update(interaction!.sid, c.sid, { status: "closed" }), {
            concurrency: 4
          }),
          Stream.runCount
        )
        expect(closed).toBe(active)
        const after = yield* simulator.listInteractionChannels(interaction!.sid)
        expect(after.filter((c) => c.status === "active")).toHaveLength(0)
        const journal = yield* simulator.journal
        expect(journal.filter((e) => e.route === "ListInteractionChannel")).toHaveLength(Math.ceil(120 / 25))
        expect(journal.filter((e) => e.route === "UpdateInteractionChannel")).toHaveLength(active)
      }))
  })
})
