/**
 * The bundle budget's baseline for the Worker example (`pnpm size`): the same Worker with the
 * list call written by hand (./byHand.ts: @effect/platform's HttpClient, effect's Schema, and
 * the Effect features effect-flex is built on), and no effect-flex code. The Worker minus this is
 * what effect-flex adds.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import { call, ChannelPage, FlexCallError } from "./byHand.js"

interface Env {
  readonly TWILIO_ACCOUNT_SID: string
  readonly TWILIO_AUTH_TOKEN: string
  readonly FLEX_BASE_URL?: string | undefined
}

const countChannels = (env: Env, interactionSid: string) =>
  Effect.flatMap(HttpClient.HttpClient, (client) => {
    const flex = client.pipe(
      HttpClient.mapRequest(HttpClientRequest.basicAuth(env.TWILIO_ACCOUNT_SID, Redacted.make(env.TWILIO_AUTH_TOKEN))),
      HttpClient.filterStatusOk,
      HttpClient.retryTransient({ times: 3 })
    )
    const base = env.FLEX_BASE_URL ?? "https://flex-api.twilio.com"
    return Stream.paginateChunkEffect(
      `${base}/v1/Interactions/${interactionSid}/Channels?PageSize=1000`,
      (url) =>
        Effect.map(
          call("channels.page", ChannelPage, flex.get(url)),
          (page) => [Chunk.fromIterable(page.channels), Option.fromNullable(page.meta.nextPageUrl)] as const
        )
    ).pipe(
      Stream.withSpan("channels.stream"),
      Stream.runCount,
      Effect.catchTag("FlexTimeout", (error) => Effect.fail(new FlexCallError({ message: error.message })))
    )
  })

export default {
  fetch: (request: Request, env: Env): Promise<Response> => {
    const interactionSid = new URL(request.url).searchParams.get("interaction") ?? ""
    return countChannels(env, interactionSid).pipe(
      Effect.map((channels) => Response.json({ interactionSid, channels })),
      Effect.provide(FetchHttpClient.layer),
      Effect.catchAll((error) =>
        Effect.succeed(Response.json({ error: error._tag, message: error.message }, { status: 502 }))
      ),
      Effect.runPromise
    )
  }
}
