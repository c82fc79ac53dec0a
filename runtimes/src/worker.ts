/**
 * The Cloudflare Worker: `GET /?input=<Input as JSON>` runs the program and answers its Result as
 * JSON. Credentials and the simulator's origin are the Worker's `env` bindings (no `process` on
 * workerd), read by `FetchFlexClient.layerConfig()` through `ConfigProvider.fromJson(env)`. Built per
 * request: a Worker must not share I/O objects between requests.
 */
import * as FetchFlexClient from "@effect-flex/core/FetchFlexClient"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { type Input, run, wrongToken } from "./program.js"

const fromEnv = (env: Record<string, unknown>) =>
  FetchFlexClient.layerConfig().pipe(Layer.provide(Layer.setConfigProvider(ConfigProvider.fromJson(env))))

export default {
  fetch: (request: Request, env: Record<string, unknown>): Promise<Response> => {
    const input = JSON.parse(new URL(request.url).searchParams.get("input") ?? "{}") as Input
    const client = fromEnv(env)
    const refused = fromEnv({ ...env, TWILIO_AUTH_TOKEN: wrongToken })
    return run(input, client, refused).pipe(
      Effect.map((result) => Response.json(result)),
      Effect.catchAll((error) => Effect.succeed(Response.json({ error: String(error) }, { status: 500 }))),
      Effect.runPromise
    )
  }
}
