import { describe, expect, it } from "@effect/vitest"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as FlexClient from "../src/FlexClient.js"
import type * as FlexConfig from "../src/FlexConfig.js"
import { version } from "../src/internal/version.js"
import * as Transport from "./utils/transport.js"

const build = (options: FlexConfig.Options) => {
  const transport = Transport.make(() => ({ status: 200, body: Transport.wireChatChannel(1) }))
  return FlexClient.make(options).pipe(
    Effect.flatMap((flex) => flex.channels.fetch(Transport.sid("CH", 1))),
    Effect.provide(transport.layer),
    Effect.map(() => transport.recorded),
    Effect.flip,
    Effect.map((error) => ({ error, recorded: transport.recorded }))
  )
}

describe("FlexClient options", () => {
  it.effect.each(
    [
      ["baseUrl", { baseUrl: "not a url" }],
      ["baseUrl", { baseUrl: "ftp://example.com" }],
      ["baseUrl", { baseUrl: "https://user:pass@example.com" }],
      ["baseUrl", { baseUrl: "https://example.com/v1" }],
      ["baseUrl", { baseUrl: "https://example.com/?x=1" }],
      ["timeout", { timeout: -1 }],
      ["timeout", { timeout: 0 }],
      ["timeout", { timeout: "soon" as never }],
      ["timeout", { timeout: Number.NaN }],
      ["retry.maxAttempts", { retry: { maxAttempts: 0 } }],
      ["retry.maxAttempts", { retry: { maxAttempts: 1.5 } }],
      ["retry.baseDelay", { retry: { baseDelay: -5 } }],
      ["pageSize", { pageSize: 0 }],
      ["pageSize", { pageSize: 1001 }],
      ["pageSize", { pageSize: 2.5 }],
      ["edge", { edge: "evil.com/" }],
      ["region", { region: "AU1" }],
      ["userAgent", { userAgent: "x\r\nInjected: 1" }],
      ["accountSid", { accountSid: "ACnot-a-sid" }],
      ["authToken", { authToken: "plain string" as never }],
      ["authToken", { authToken: Redacted.make("") }],
      ["authToken", { apiKey: "SK" + "a".repeat(32), apiSecret: Redacted.make("s") }],
      ["apiKey", { authToken: undefined, apiKey: "AC" + "a".repeat(32), apiSecret: Redacted.make("s") }],
      ["apiSecret", { authToken: undefined, apiKey: "SK" + "a".repeat(32) }]
    ] as const
  )("%s: rejected as FlexInvalidInput before any request (%j)", ([argument, options]) =>
    Effect.gen(function*() {
      const { error, recorded } = yield* build({ ...Transport.credentials, ...options } as FlexConfig.Options)
      expect(error._tag).toBe("FlexInvalidInput")
      expect(error).toMatchObject({ operation: "FlexClient", argument: `options.${argument}` })
      expect(recorded).toHaveLength(0)
    }))

  it.effect("API key credentials authenticate as key:secret", () =>
    Effect.gen(function*() {
      const transport = Transport.make(() => ({ status: 200, body: Transport.wireChatChannel(1) }))
      const apiKey = "SK" + "b".repeat(32)
      yield* FlexClient.make({ accountSid: Transport.accountSid, apiKey, apiSecret: Redacted.make("sec") }).pipe(
        Effect.flatMap((flex) => flex.channels.fetch(Transport.sid("CH", 1))),
        Effect.provide(transport.layer)
      )
      expect(transport.recorded[0]!.headers["authorization"]).toBe(`Basic ${btoa(`${apiKey}:sec`)}`)
    }))

  it.effect("no credentials: no Authorization header (a browser behind its own proxy)", () =>
    Effect.gen(function*() {
      const transport = Transport.make(() => ({ status: 200, body: Transport.wireChatChannel(1) }))
      yield* FlexClient.make({ baseUrl: "http://127.0.0.1:8080" }).pipe(
        Effect.flatMap((flex) => flex.channels.fetch(Transport.sid("CH", 1))),
        Effect.provide(transport.layer)
      )
      expect(transport.recorded[0]!.headers["authorization"]).toBeUndefined()
      expect(transport.recorded[0]!.url.href).toBe(`http://127.0.0.1:8080/v1/Channels/${Transport.sid("CH", 1)}`)
    }))

  it.effect("tracePropagation: true sends a traceparent header", () =>
    Effect.gen(function*() {
      const transport = Transport.make(() => ({ status: 200, body: Transport.wireChatChannel(1) }))
      yield* FlexClient.make({ ...Transport.credentials, tracePropagation: true }).pipe(
        Effect.flatMap((flex) => flex.channels.fetch(Transport.sid("CH", 1))),
        Effect.provide(transport.layer)
      )
      expect(transport.recorded[0]!.headers["traceparent"]).toMatch(/^00-/)
    }))

  it.effect("layerConfig reads TWILIO_* variables through Config", () =>
    Effect.gen(function*() {
      const transport = Transport.make(() => ({ status: 200, body: Transport.wireChatChannel(1) }))
      const provider = ConfigProvider.fromMap(
        new Map([
          ["TWILIO_ACCOUNT_SID", Transport.accountSid],
          ["TWILIO_AUTH_TOKEN", "envtoken"],
          ["TWILIO_EDGE", "dublin"],
          ["TWILIO_REGION", "ie1"]
        ])
      )
      yield* Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.fetch(Transport.sid("CH", 1))).pipe(
        Effect.provide(FlexClient.layerConfig().pipe(Layer.provide(transport.layer))),
        Effect.withConfigProvider(provider)
      )
      const request = transport.recorded[0]!
      expect(request.url.host).toBe("flex-api.dublin.ie1.twilio.com")
      expect(request.headers["authorization"]).toBe(`Basic ${btoa(`${Transport.accountSid}:envtoken`)}`)
    }))

  it("the version sent in the User-Agent is the package version", async () => {
    const { readFile } = await import("node:fs/promises")
    const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
    expect(version).toBe(pkg.version)
  })
})
