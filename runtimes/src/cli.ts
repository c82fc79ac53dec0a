/**
 * The entry for Bun and Deno: `<runtime> cli.mjs '<Input as JSON>'`, credentials and the
 * simulator's origin in the environment (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, FLEX_BASE_URL), read
 * by `FetchFlexClient.layerConfig()` as in an app. Prints the Result as one line of JSON; an
 * unexpected failure is thrown, so the process exits non-zero.
 */
import * as FetchFlexClient from "@effect-flex/core/FetchFlexClient"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { type Input, run, wrongToken } from "./program.js"

interface Globals {
  readonly Deno?: { readonly args: ReadonlyArray<string> }
  readonly process?: { readonly argv: ReadonlyArray<string> }
}

const globals = globalThis as Globals
const args = globals.Deno?.args ?? globals.process?.argv.slice(2) ?? []
const input = JSON.parse(args[0] ?? "{}") as Input

// The same environment with the token replaced: the server must refuse it.
const refused = FetchFlexClient.layerConfig().pipe(
  Layer.provide(Layer.setConfigProvider(
    ConfigProvider.fromJson({ TWILIO_AUTH_TOKEN: wrongToken }).pipe(
      ConfigProvider.orElse(() => ConfigProvider.fromEnv())
    )
  ))
)

const result = await Effect.runPromise(run(input, FetchFlexClient.layerConfig(), refused))
console.log(JSON.stringify(result))
