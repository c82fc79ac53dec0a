/**
 * The bundle budget's baseline for the Worker example (`pnpm size`): the same Worker with the
 * list call written by hand on @effect/platform's HttpClient and effect's Schema, and no
 * effect-flex code. The Worker minus this is what effect-flex adds.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"

interface Env {
  readonly TWILIO_ACCOUNT_SID: string
  readonly TWILIO_AUTH_TOKEN: string
  readonly FLEX_BASE_URL?: string | undefined
}

class FlexCallError extends Schema.TaggedError<FlexCallError>()("FlexCallError", { message: Schema.String }) {}

const ChannelPage = Schema.Struct({
  channels: Schema.Array(Schema.Struct({ sid: Schema.String, status: Schema.NullOr(Schema.String) })),
  meta: Schema.Struct({ next_page_url: Schema.NullOr(Schema.String) })
})

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
        flex.get(url).pipe(
          Effect.flatMap(HttpClientResponse.schemaBodyJson(ChannelPage)),
          Effect.scoped,
          Effect.map((page) =>
            [Chunk.fromIterable(page.channels), Option.fromNullable(page.meta.next_page_url)] as const
          )
        )
    ).pipe(Stream.runCount, Effect.mapError((error) => new FlexCallError({ message: String(error) })))
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
