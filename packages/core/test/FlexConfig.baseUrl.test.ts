/**
 * `FLEX_BASE_URL`: the API origin read from the environment by `FlexConfig.fromEnv` and so by
 * `layerConfig`, so that credentials exported for a simulator (or a proxy) go there, never to
 * Twilio. Options given in code win over the environment.
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import { describe, expect, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as FlexClient from "../src/FlexClient.js"
import * as FlexConfig from "../src/FlexConfig.js"
import * as Transport from "./utils/transport.js"

const env = (entries: Record<string, string>) => ConfigProvider.fromMap(new Map(Object.entries(entries)))

const credentials = { TWILIO_ACCOUNT_SID: Transport.accountSid, TWILIO_AUTH_TOKEN: "envtoken" }

/** Fetches one chat channel through `layerConfig(options)` under `vars`; returns the requests sent. */
const fetchThroughLayerConfig = (
  vars: Record<string, string>,
  options?: Parameters<typeof FlexClient.layerConfig>[0]
) =>
  Effect.gen(function*() {
    const transport = Transport.make(() => ({ status: 200, body: Transport.wireChatChannel(1) }))
    const exit = yield* Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.fetch(Transport.sid("CH", 1)))
      .pipe(
        Effect.provide(FlexClient.layerConfig(options).pipe(Layer.provide(transport.layer))),
        Effect.withConfigProvider(env(vars)),
        Effect.exit
      )
    return { exit, recorded: transport.recorded }
  })

describe("FLEX_BASE_URL", () => {
  it.effect("fromEnv reads it as baseUrl, with the TWILIO_* variables", () =>
    Effect.gen(function*() {
      const options = yield* FlexConfig.fromEnv.pipe(
        Effect.withConfigProvider(env({ ...credentials, FLEX_BASE_URL: "http://127.0.0.1:4010" }))
      )
      expect(options.baseUrl).toBe("http://127.0.0.1:4010")
      expect(options.accountSid).toBe(Transport.accountSid)
      expect(options.authToken && Redacted.value(options.authToken)).toBe("envtoken")
      expect(FlexConfig.hasCredentials(options)).toBe(true)
    }))

  it.effect("fromEnv without it: baseUrl is undefined (the client's default, Twilio)", () =>
    Effect.gen(function*() {
      const options = yield* FlexConfig.fromEnv.pipe(Effect.withConfigProvider(env(credentials)))
      expect(options.baseUrl).toBeUndefined()
      expect("baseUrl" in options ? options.baseUrl : undefined).toBeUndefined()
    }))

  it.effect("layerConfig sends every request, credentials included, to FLEX_BASE_URL", () =>
    Effect.gen(function*() {
      const { exit, recorded } = yield* fetchThroughLayerConfig({
        ...credentials,
        FLEX_BASE_URL: "http://127.0.0.1:4010"
      })
      expect(Exit.isSuccess(exit)).toBe(true)
      expect(recorded).toHaveLength(1)
      expect(recorded[0]!.url.href).toBe(`http://127.0.0.1:4010/v1/Channels/${Transport.sid("CH", 1)}`)
      expect(recorded[0]!.headers["authorization"]).toBe(`Basic ${btoa(`${Transport.accountSid}:envtoken`)}`)
    }))

  it.effect("FLEX_BASE_URL on a loopback origin takes precedence over TWILIO_EDGE/TWILIO_REGION", () =>
    Effect.gen(function*() {
      const { recorded } = yield* fetchThroughLayerConfig({
        ...credentials,
        TWILIO_EDGE: "dublin",
        TWILIO_REGION: "ie1",
        FLEX_BASE_URL: "http://127.0.0.1:4010"
      })
      expect(recorded.map((request) => request.url.host)).toEqual(["127.0.0.1:4010"])
    }))

  it.effect("an explicit baseUrl option wins over FLEX_BASE_URL", () =>
    Effect.gen(function*() {
      const { exit, recorded } = yield* fetchThroughLayerConfig(
        { ...credentials, FLEX_BASE_URL: "http://127.0.0.1:4010" },
        { baseUrl: "http://127.0.0.1:5020" }
      )
      expect(Exit.isSuccess(exit)).toBe(true)
      expect(recorded.map((request) => request.url.origin)).toEqual(["http://127.0.0.1:5020"])
    }))

  it.effect("an explicit baseUrl set to undefined does not hide FLEX_BASE_URL", () =>
    Effect.gen(function*() {
      const { recorded } = yield* fetchThroughLayerConfig(
        { ...credentials, FLEX_BASE_URL: "http://127.0.0.1:4010" },
        { baseUrl: undefined }
      )
      expect(recorded.map((request) => request.url.origin)).toEqual(["http://127.0.0.1:4010"])
    }))

  it.effect.each(
    [
      ["not a URL", "127.0.0.1:4010"],
      ["empty", ""],
      ["with a path", "http://127.0.0.1:4010/v1"],
      ["another scheme", "ftp://127.0.0.1:4010"]
    ] as const
  )(
    "%s: layerConfig fails with FlexInvalidInput on baseUrl; nothing is sent (no fallback to Twilio)",
    ([, value]) =>
      Effect.gen(function*() {
        const { exit, recorded } = yield* fetchThroughLayerConfig({ ...credentials, FLEX_BASE_URL: value })
        const failure = Exit.isFailure(exit) ? Cause.failureOption(exit.cause) : Option.none()
        expect(Option.getOrThrow(failure)).toMatchObject({ _tag: "FlexInvalidInput", argument: "options.baseUrl" })
        expect(recorded).toHaveLength(0)
      })
  )

  it.effect("exported simulator credentials with FLEX_BASE_URL reach the simulator (in-process), not Twilio", () =>
    Effect.gen(function*() {
      const sim = yield* FlexSimulator.FlexSimulator
      const [chat] = yield* sim.listChatChannels
      const fetched = yield* Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.fetch(chat!.sid)).pipe(
        Effect.provide(FlexClient.layerConfig()),
        Effect.withConfigProvider(env({
          TWILIO_ACCOUNT_SID: FlexSimulator.defaultCredentials.accountSid,
          TWILIO_AUTH_TOKEN: Redacted.value(FlexSimulator.defaultCredentials.authToken),
          FLEX_BASE_URL: FlexSimulator.origin
        }))
      )
      expect(fetched.url).toBe(`${FlexSimulator.origin}/v1/Channels/${chat!.sid}`)
      expect((yield* sim.journal).map((entry) => [entry.route, entry.status])).toEqual([["FetchChannel", 200]])
    }).pipe(Effect.provide(FlexSimulator.layer({ seed: { chatChannels: 1 } }))))
})
