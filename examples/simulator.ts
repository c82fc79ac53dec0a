/**
 * `pnpm simulator`: runs the Flex simulator in the foreground on 127.0.0.1 with a seeded store,
 * prints its URL and the (fake, fixed) credentials it accepts, and stops on Ctrl-C.
 *
 *   SIMULATOR_PORT=4010 pnpm simulator     # default: a free port
 */
import * as FlexSimulator from "@effect-flex/core/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/node/NodeFlexSimulator"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Config from "effect/Config"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"

const seed = { interactions: 3, channelsPerInteraction: 8, participantsPerChannel: 3, chatChannels: 25 } as const

const banner = Effect.gen(function*() {
  const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
  const simulator = yield* FlexSimulator.FlexSimulator
  const { accountSid, apiKey, apiSecret, authToken } = simulator.credentials
  const [interaction] = yield* simulator.listInteractions
  const lines = [
    `Flex simulator listening on ${url}`,
    "",
    "Credentials (fake, for the simulator only):",
    `  TWILIO_ACCOUNT_SID=${accountSid}`,
    `  TWILIO_AUTH_TOKEN=${Redacted.value(authToken)}`,
    `  TWILIO_API_KEY=${apiKey}`,
    `  TWILIO_API_SECRET=${Redacted.value(apiSecret)}`,
    "",
    `Seeded: ${seed.chatChannels} chat channels, ${seed.interactions} interactions x ${seed.channelsPerInteraction} channels` +
    ` x ${seed.participantsPerChannel} participants`,
    "Try:",
    `  curl -u ${accountSid}:${Redacted.value(authToken)} '${url}/v1/Channels?PageSize=5'`,
    ...(interaction === undefined ? [] : [
      `  curl -u ${accountSid}:${Redacted.value(authToken)} '${url}/v1/Interactions/${interaction.sid}/Channels'`
    ]),
    "",
    "Press Ctrl-C to stop."
  ]
  yield* Console.log(lines.join("\n"))
})

const main = Effect.gen(function*() {
  const port = yield* Config.integer("SIMULATOR_PORT").pipe(Config.withDefault(0))
  return yield* Layer.launch(
    Layer.effectDiscard(banner).pipe(Layer.provideMerge(NodeFlexSimulator.layer({ port, host: "127.0.0.1", seed })))
  )
})

// NodeRuntime.runMain interrupts the program on SIGINT/SIGTERM, which closes the server
NodeRuntime.runMain(main)
