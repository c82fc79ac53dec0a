/**
 * The in-process simulator answers on its own origin (`FlexSimulator.origin`, on the reserved
 * `.invalid` domain), not Twilio's: the URLs a program sees from it (records, pages, cursors,
 * errors) never suggest that Twilio was contacted.
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import { describe, expect, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as FlexSimulator from "../src/FlexSimulator.js"

const seed: FlexSimulator.SeedOptions = { interactions: 1, channelsPerInteraction: 5, chatChannels: 3 }
const simulatorOrigin = "http://flex-simulator.invalid"

/** Everything a program can print about a call that went wrong. */
const describeFailure = (error: unknown): string =>
  [String(error), JSON.stringify(error), Cause.pretty(Cause.fail(error))].join("\n")

/** The in-process setups: layerClient, and FlexSimulator.layer under FlexClient.layer with baseUrl. */
const setups = [
  ["FlexSimulator.layerClient", (options?: FlexSimulator.Options) => FlexSimulator.layerClient({ seed, ...options })],
  [
    "FlexClient.layer({ baseUrl: FlexSimulator.origin }) over FlexSimulator.layer",
    (options?: FlexSimulator.Options) =>
      FlexClient.layer({
        accountSid: FlexSimulator.defaultCredentials.accountSid,
        authToken: FlexSimulator.defaultCredentials.authToken,
        baseUrl: FlexSimulator.origin
      }).pipe(Layer.provideMerge(FlexSimulator.layer({ seed, ...options })))
  ]
] as const

describe("FlexSimulator.origin", () => {
  it("is http://flex-simulator.invalid: a reserved name (RFC 2606) that can never be a real host", () => {
    expect(FlexSimulator.origin).toBe(simulatorOrigin)
    const url = new URL(FlexSimulator.origin)
    expect(url.origin).toBe(FlexSimulator.origin)
    expect(url.hostname.endsWith(".invalid")).toBe(true)
  })

  describe.each(setups)("%s", (_, setup) => {
    it.effect("records, page URLs and cursors are on the simulator's origin; paging follows them", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const sim = yield* FlexSimulator.FlexSimulator
        const [interaction] = yield* sim.listInteractions
        const kd = interaction!.sid

        const page = yield* flex.interactionChannels.page(kd, { pageSize: 2 })
        expect(page.items).toHaveLength(2)
        for (const item of page.items) {
          expect(item.url).toBe(`${simulatorOrigin}/v1/Interactions/${kd}/Channels/${item.sid}`)
        }
        expect(page.meta.url).toBe(`${simulatorOrigin}/v1/Interactions/${kd}/Channels?PageSize=2&Page=0`)
        expect(page.meta.firstPageUrl).toBe(`${simulatorOrigin}/v1/Interactions/${kd}/Channels?PageSize=2&Page=0`)
        const cursor = Option.getOrThrow(page.cursor)
        expect(cursor.startsWith(`${simulatorOrigin}/v1/Interactions/${kd}/Channels?PageSize=2&Page=1&PageToken=`))
          .toBe(true)
        expect(page.meta.nextPageUrl).toBe(cursor)

        // the stream follows next_page_url on the simulator's origin to the end
        const all = yield* Stream.runCollect(flex.interactionChannels.stream(kd, { pageSize: 2 }))
        expect(all.length).toBe(5)
        const resumed = yield* flex.interactionChannels.list(kd, { from: cursor })
        expect(resumed.map((c) => c.sid)).toEqual([...all].slice(2).map((c) => c.sid))

        const [chat] = yield* sim.listChatChannels
        const fetched = yield* flex.channels.fetch(chat!.sid)
        expect(fetched.url).toBe(`${simulatorOrigin}/v1/Channels/${chat!.sid}`)
      }).pipe(Effect.provide(setup())))

    it.effect("an API error (404) names the simulator's URL, and no Twilio API host", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const missing = "CH" + "f".repeat(32)
        const error = yield* Effect.flip(flex.channels.fetch(missing))
        expect(error._tag).toBe("FlexNotFound")
        expect(error).toMatchObject({ method: "GET", url: `${simulatorOrigin}/v1/Channels/${missing}` })
        expect(describeFailure(error)).not.toContain("flex-api.twilio.com")
      }).pipe(Effect.provide(setup())))

    it.effect("a transport error (a dropped connection on an update) names the simulator's URL", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const sim = yield* FlexSimulator.FlexSimulator
        const [interaction] = yield* sim.listInteractions
        const [channel] = yield* sim.listInteractionChannels(interaction!.sid)
        const error = yield* Effect.flip(
          flex.interactionChannels.update(interaction!.sid, channel!.sid, { status: "closed" })
        )
        expect(error._tag).toBe("FlexTransportError")
        expect(error).toMatchObject({
          method: "POST",
          url: `${simulatorOrigin}/v1/Interactions/${interaction!.sid}/Channels/${channel!.sid}`
        })
        expect(describeFailure(error)).not.toContain("flex-api.twilio.com")
      }).pipe(
        Effect.provide(setup({ faults: [FlexSimulator.dropConnection({ route: "UpdateInteractionChannel" })] }))
      ))

    it.effect("a refused next_page_url names the simulator's origin as the configured one", () =>
      Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const sim = yield* FlexSimulator.FlexSimulator
        const [interaction] = yield* sim.listInteractions
        const error = yield* Effect.flip(Stream.runDrain(flex.interactionChannels.stream(interaction!.sid, {
          pageSize: 2
        })))
        expect(error._tag).toBe("FlexDecodeError")
        expect(error.message).toBe(
          `Refusing to follow next_page_url: its origin https://evil.example.com is not the configured ${simulatorOrigin}`
        )
        expect(describeFailure(error)).not.toContain("flex-api.twilio.com")
      }).pipe(Effect.provide(setup({ faults: [FlexSimulator.foreignNextPageUrl()] }))))
  })

  it.effect("layerClient's clientOptions.baseUrl still wins (explicit options over the default)", () =>
    Effect.gen(function*() {
      const flex = yield* FlexClient.FlexClient
      const sim = yield* FlexSimulator.FlexSimulator
      const [chat] = yield* sim.listChatChannels
      const fetched = yield* flex.channels.fetch(chat!.sid)
      expect(fetched.url).toBe(`http://127.0.0.1:9/v1/Channels/${chat!.sid}`)
      expect((yield* sim.journal).map((entry) => entry.url)).toEqual([`/v1/Channels/${chat!.sid}`])
    }).pipe(Effect.provide(FlexSimulator.layerClient({ seed }, { baseUrl: "http://127.0.0.1:9" }))))
})
