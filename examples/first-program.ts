/**
 * The "first program" of README.md, kept here verbatim (examples/docs.test.ts checks that they are
 * the same, type-checks the README block and runs it against a loopback simulator). Against Twilio,
 * with a real interaction SID in place of the placeholder:
 * TWILIO_ACCOUNT_SID=AC… TWILIO_AUTH_TOKEN=… pnpm exec tsx first-program.ts
 */
import { FlexClient } from "@effect-flex/core"
import { NodeFlexClient } from "@effect-flex/node"
import { Effect, Stream } from "effect"

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
  Effect.provide(NodeFlexClient.layerConfig()), // TWILIO_* credentials (and FLEX_BASE_URL) from the environment
  Effect.runPromise
)
