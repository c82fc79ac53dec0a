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

  // The messages say what was expected and what was got, and never echo a string (it could be a secret).
  const revoked = Proxy.revocable({}, {})
  revoked.revoke()
  it.effect.each(
    [
      [
        { baseUrl: "ftp://example.com" },
        "baseUrl",
        "an http or https origin (scheme, host, port), without user info, path or query (got a string of 17 characters)"
      ],
      [
        { baseUrl: "https://user:pass@example.com" },
        "baseUrl",
        "an http or https origin (scheme, host, port), without user info, path or query (got a string of 29 characters)"
      ],
      [{ timeout: 0 }, "timeout", "a finite duration above zero (got 0)"],
      [{ timeout: "soon" }, "timeout", "a finite duration above zero (got a string of 4 characters)"],
      [{ retry: { baseDelay: -5 } }, "retry.baseDelay", "a finite duration, zero or more (got -5)"],
      [{ retry: { maxDelay: Infinity } }, "retry.maxDelay", "a finite duration, zero or more (got Infinity)"],
      [{ retry: { maxAttempts: 0 } }, "retry.maxAttempts", "an integer in 1..100 (got 0)"],
      [{ maxResponseBytes: 0 }, "maxResponseBytes", "a positive integer (got 0)"],
      [{ maxEmptyPages: 1.5 }, "maxEmptyPages", "a positive integer (got 1.5)"],
      [{ pageSize: 1001 }, "pageSize", "an integer in 1..1000 (got 1001)"],
      [{ maxConcurrency: 0 }, "maxConcurrency", "an integer in 1..1000000 or Infinity (got 0)"],
      [{ adaptive: "yes" }, "adaptive", "a boolean (got a string of 3 characters)"],
      [
        { rateLimit: { channels: { perSecond: 0 } } },
        "rateLimit.channels.perSecond",
        "a number in (0, 1000000] (got 0)"
      ],
      [
        { rateLimit: { interactions: { perSecond: 2, burst: 0 } } },
        "rateLimit.interactions.burst",
        "an integer in 1..1000000 (got 0)"
      ],
      [{ edge: "evil.com/" }, "edge", `a lowercase host label like "sydney" (got a string of 9 characters)`],
      [{ region: 1 }, "region", `a lowercase host label like "sydney" (got 1)`],
      [
        { userAgent: "x".repeat(201) },
        "userAgent",
        "printable ASCII, 1..200 characters (got a string of 201 characters)"
      ],
      [
        { accountSid: "ACnot-a-sid" },
        "accountSid",
        "an Account SID, AC + 32 hex digits (got a string of 11 characters)"
      ],
      [
        { authToken: undefined, apiKey: "AC" + "a".repeat(32), apiSecret: Redacted.make("s") },
        "apiKey",
        "an API key SID, SK + 32 hex digits (got a string of 34 characters)"
      ]
    ] as const
  )("%j: options.%s must be %s", ([options, argument, expected]) =>
    Effect.gen(function*() {
      const { error } = yield* build({ ...Transport.credentials, ...options } as FlexConfig.Options)
      expect(error).toMatchObject({
        _tag: "FlexInvalidInput",
        operation: "FlexClient",
        argument: `options.${argument}`,
        message: `${argument} must be ${expected}`
      })
    }))

  const secretMessage = (argument: string) =>
    `${argument} must be a Redacted<string> of printable ASCII, no spaces (wrap it with Redacted.make)`
  it.effect.each(
    [
      ["a string", { authToken: "plain string" }, "authToken", secretMessage("authToken")],
      ["an empty secret", { authToken: Redacted.make("") }, "authToken", secretMessage("authToken")],
      ["a space in the secret", { authToken: Redacted.make("a b") }, "authToken", secretMessage("authToken")],
      ["a revoked Proxy", { authToken: revoked.proxy }, "authToken", secretMessage("authToken")],
      [
        "a Redacted look-alike",
        { authToken: { [Symbol.for("effect/Redacted")]: {} } },
        "authToken",
        secretMessage("authToken")
      ],
      [
        "an apiSecret string",
        { authToken: undefined, apiKey: "SK" + "a".repeat(32), apiSecret: "s" },
        "apiSecret",
        secretMessage("apiSecret")
      ],
      [
        "both kinds",
        { apiKey: "SK" + "a".repeat(32), apiSecret: Redacted.make("s") },
        "authToken",
        "give either authToken or apiKey with apiSecret, not both"
      ]
    ] as const
  )("credentials, %s: a FlexInvalidInput, never a defect", ([, options, argument, message]) =>
    Effect.gen(function*() {
      const { error, recorded } = yield* build({ ...Transport.credentials, ...options } as FlexConfig.Options)
      expect(error).toMatchObject({
        _tag: "FlexInvalidInput",
        operation: "FlexClient",
        argument: `options.${argument}`,
        message
      })
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
