/**
 * The Worker example, run in Node (which has the same fetch, Request and Response) against the
 * simulator on a loopback port.
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
import * as Effect from "effect/Effect"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import worker, { type Env } from "./worker.js"

describe("the Worker example", () => {
  const simulator = ManagedRuntime.make(
    NodeFlexSimulator.layer({ seed: { interactions: 1, channelsPerInteraction: 2345, participantsPerChannel: 0 } })
  )
  let env: Env
  let interactionSid: string

  beforeAll(async () => {
    const { url } = await simulator.runPromise(NodeFlexSimulator.NodeFlexSimulator)
    const sim = await simulator.runPromise(FlexSimulator.FlexSimulator)
    interactionSid = (await simulator.runPromise(sim.listInteractions))[0]!.sid
    env = {
      TWILIO_ACCOUNT_SID: sim.credentials.accountSid,
      TWILIO_AUTH_TOKEN: Redacted.value(sim.credentials.authToken),
      FLEX_BASE_URL: url
    }
  })

  afterAll(() => simulator.dispose())

  const get = (query: string, bindings: Env = env) =>
    worker.fetch(new Request(`https://worker.example/${query}`), bindings)

  it("counts an interaction's channels, in pages of 1,000", async () => {
    const response = await get(`?interaction=${interactionSid}`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ interactionSid, channels: 2345 })
    const lists = await simulator.runPromise(
      Effect.flatMap(FlexSimulator.FlexSimulator, (sim) => sim.journal).pipe(
        Effect.map((entries) => entries.filter((entry) => entry.route === "ListInteractionChannel"))
      )
    )
    expect(lists.map((entry) => new URL(entry.url, "http://x").searchParams.get("PageSize"))).toEqual([
      "1000",
      "1000",
      "1000"
    ])
  })

  it("answers a typed error as JSON: 400 for a bad SID, 502 for a refused token", async () => {
    const invalid = await get("?interaction=KD-nope")
    expect(invalid.status).toBe(400)
    expect(await invalid.json()).toMatchObject({ error: "FlexInvalidInput" })
    const refused = await get(`?interaction=${interactionSid}`, { ...env, TWILIO_AUTH_TOKEN: "not-the-token-7f3a" })
    expect(refused.status).toBe(502)
    const body = await refused.json()
    expect(body).toMatchObject({ error: "FlexAuthenticationError" })
    expect(JSON.stringify(body)).not.toContain("not-the-token-7f3a")
  })
})
