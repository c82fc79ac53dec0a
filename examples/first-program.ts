/**
 * The "first program" of README.md, kept here verbatim so that `pnpm check` compiles it (it needs
 * real Twilio credentials and an interaction SID to run:
 * TWILIO_ACCOUNT_SID=AC… TWILIO_AUTH_TOKEN=… npx tsx first-program.ts).
 */
import { FlexClient } from "@effect-flex/core"
import { NodeFlexClient } from "@effect-flex/node"
import { Effect, Redacted, Stream } from "effect"

const interactionSid = "KDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

const program = Effect.gen(function*() {
  const flex = yield* FlexClient.FlexClient
  yield* flex.interactionChannels.stream(interactionSid, { pageSize: 200 }).pipe(
    Stream.filter((channel) => channel.status === "active"),
    Stream.mapEffect((channel) => flex.interactionChannels.update(interactionSid, channel.sid, { status: "closed" }), {
      concurrency: 4
    }),
    Stream.runDrain
  )
})

program.pipe(
  Effect.provide(NodeFlexClient.layer({
    accountSid: process.env.TWILIO_ACCOUNT_SID,
    authToken: Redacted.make(process.env.TWILIO_AUTH_TOKEN!)
  })),
  Effect.runPromise
)
