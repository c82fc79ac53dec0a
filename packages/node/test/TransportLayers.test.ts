/**
 * The runtime layers' `layerTransport` and `layerTransportConfig` (the FlexTransport alone, for the
 * per-resource modules) over a real loopback socket: with options in code, and with `TWILIO_*` and
 * `FLEX_BASE_URL` from the environment, the module's call reaches the simulator with the
 * credentials and the User-Agent of the layer it came from.
 */
import * as ChatChannels from "@effect-flex/core/ChatChannels"
import * as FetchFlexClient from "@effect-flex/core/FetchFlexClient"
import type { FlexInvalidInput } from "@effect-flex/core/FlexError"
import type * as FlexTransport from "@effect-flex/core/FlexTransport"
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
import { describe, expect, it } from "@effect/vitest"
import type * as ConfigError from "effect/ConfigError"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as NodeFlexClient from "../src/NodeFlexClient.js"

const { accountSid, authToken } = FlexSimulator.defaultCredentials

type TransportLayer = Layer.Layer<FlexTransport.FlexTransport, FlexInvalidInput | ConfigError.ConfigError>

const layers: ReadonlyArray<readonly [string, (url: string) => TransportLayer]> = [
  ["NodeFlexClient.layerTransport", (url) => NodeFlexClient.layerTransport({ accountSid, authToken, baseUrl: url })],
  ["FetchFlexClient.layerTransport", (url) => FetchFlexClient.layerTransport({ accountSid, authToken, baseUrl: url })],
  ["NodeFlexClient.layerTransportConfig", () => NodeFlexClient.layerTransportConfig({ pageSize: 2 })],
  ["FetchFlexClient.layerTransportConfig", () => FetchFlexClient.layerTransportConfig({ pageSize: 2 })]
]

describe("the runtime layers' transports over a loopback socket", () => {
  for (const [name, layerOf] of layers) {
    it.live(`${name}: a module's calls reach the simulator with the credentials`, () =>
      Effect.gen(function*() {
        const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
        const sim = yield* FlexSimulator.FlexSimulator
        const env = ConfigProvider.fromMap(
          new Map([
            ["TWILIO_ACCOUNT_SID", accountSid],
            ["TWILIO_AUTH_TOKEN", Redacted.value(authToken)],
            ["FLEX_BASE_URL", url]
          ])
        )
        const channels = yield* ChatChannels.list({ limit: 3 }).pipe(
          Effect.provide(layerOf(url)),
          Effect.withConfigProvider(env)
        )
        expect(channels).toHaveLength(3)
        const journal = yield* sim.journal
        expect(journal.length).toBeGreaterThan(0)
        for (const entry of journal) {
          expect(entry.route).toBe("ListChannel")
          // Basic auth was sent (the simulator journals it redacted), and accepted: the list succeeded
          expect(entry.headers.authorization).toBe("Basic [REDACTED]")
          expect(entry.headers["user-agent"]).toMatch(/^effect-flex\/\S+ \(\S+ \S+\) node\//)
        }
        // the config variants read pageSize from their options: 2 a page, so 2 requests
        if (name.endsWith("Config")) expect(journal.map((entry) => entry.url)[0]).toContain("PageSize=2")
      }).pipe(
        Effect.provide(NodeFlexSimulator.layer({ port: 0, seed: { chatChannels: 5 } })),
        Effect.timeout("10 seconds")
      ))
  }
})
