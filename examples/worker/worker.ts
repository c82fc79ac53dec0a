/**
 * A Cloudflare Worker (module syntax) that counts an interaction's channels:
 * `GET /?interaction=KD…` answers `{ "interactionSid": "KD…", "channels": 1234 }`. It streams the
 * list in pages of 1,000 and keeps only the count, so its memory does not grow with the list.
 *
 * The credentials are the Worker's secrets (`wrangler secret put TWILIO_AUTH_TOKEN`), never part
 * of a request. `FLEX_BASE_URL` (optional) sends the calls elsewhere than Twilio: a simulator, a
 * proxy. The connection is `FetchFlexClient.layerTransport` (core's layer over `fetch`, which
 * Workers have: a redirect is a typed error, never followed with the credentials), and the call
 * is `InteractionChannels.stream`, so the Worker's bundle holds that one operation, not the whole
 * client.
 */
import * as FetchFlexClient from "@effect-flex/core/FetchFlexClient"
import type * as FlexError from "@effect-flex/core/FlexError"
import * as InteractionChannels from "@effect-flex/core/InteractionChannels"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"

/** The Worker's bindings (`wrangler.toml` vars and secrets). */
export interface Env {
  readonly TWILIO_ACCOUNT_SID: string
  readonly TWILIO_AUTH_TOKEN: string
  readonly FLEX_BASE_URL?: string | undefined
}

const layerOf = (env: Env) =>
  FetchFlexClient.layerTransport({
    accountSid: env.TWILIO_ACCOUNT_SID,
    authToken: Redacted.make(env.TWILIO_AUTH_TOKEN),
    ...(env.FLEX_BASE_URL === undefined ? {} : { baseUrl: env.FLEX_BASE_URL })
  })

const countChannels = (interactionSid: string) =>
  InteractionChannels.stream(interactionSid, { pageSize: 1000 }).pipe(Stream.runCount)

/** The caller's mistakes are 4xx; whatever went wrong between the Worker and Twilio is a 502. */
const statusOf = (error: FlexError.FlexError): number =>
  error._tag === "FlexInvalidInput" ? 400 : error._tag === "FlexNotFound" ? 404 : 502

export default {
  fetch: (request: Request, env: Env): Promise<Response> => {
    const interactionSid = new URL(request.url).searchParams.get("interaction") ?? ""
    return countChannels(interactionSid).pipe(
      Effect.map((channels) => Response.json({ interactionSid, channels })),
      Effect.provide(layerOf(env)),
      Effect.catchAll((error) =>
        Effect.succeed(Response.json({ error: error._tag, message: error.message }, { status: statusOf(error) }))
      ),
      Effect.runPromise
    )
  }
}
