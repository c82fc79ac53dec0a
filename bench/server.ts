/**
 * The benchmark's target: the project's Flex simulator on a loopback port, in its own process
 * (forked by `run.ts`). It seeds the store, writes the {@link Target} file, says `ready` over
 * IPC, then answers `stats` messages with the requests served (statuses, refusals by limit, the
 * most requests in flight, from the simulator's journal) and its CPU time since the last `stats`
 * (and clears its journal, which would otherwise grow for the whole benchmark), and `setup`
 * messages by replacing the simulator's limits and latency with the scenario's (see
 * {@link ServerSetup}). The stream scenarios use `pages-server.ts` instead.
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Fs from "node:fs"
import {
  channelCount,
  chatChannelCount,
  fanoutChannels,
  fanoutParticipants,
  type ServerSetup,
  serveStats,
  type Target
} from "./shared.js"

const targetFile = process.argv[2]
if (targetFile === undefined) throw new Error("usage: server.mjs <target-file>")

const program = Effect.gen(function*() {
  const simulator = yield* FlexSimulator.FlexSimulator
  const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
  const seeded = yield* simulator.seed({
    interactions: 1,
    channelsPerInteraction: channelCount,
    chatChannels: chatChannelCount
  })
  const interaction = seeded.interactions[0]!
  // the fan-out scenario's interaction: its own seed, so the others' records stay as they were
  const fanout = (yield* simulator.seed({
    interactions: 1,
    channelsPerInteraction: fanoutChannels,
    participantsPerChannel: fanoutParticipants,
    seed: 2
  })).interactions[0]!
  const target: Target = {
    server: "simulator",
    url,
    accountSid: simulator.credentials.accountSid,
    authToken: Redacted.value(simulator.credentials.authToken),
    interactionSid: interaction.sid,
    interactionChannelSids: interaction.channels.map((channel) => channel.sid),
    chatChannelSids: seeded.chatChannels,
    fanout: {
      interactionSid: fanout.sid,
      channels: fanout.channels.map((channel) => ({ sid: channel.sid, participants: channel.participants }))
    }
  }
  Fs.writeFileSync(targetFile, JSON.stringify(target))

  const setup = (setup: ServerSetup | undefined) =>
    Effect.runPromise(Effect.all([
      simulator.setLimits(setup?.limits),
      simulator.clearFaults,
      setup?.latency === undefined ? Effect.void : simulator.injectFaults([
        // `times: Infinity`: every request of the route, for the whole scenario
        FlexSimulator.latency(`${setup.latency.millis} millis`, { route: setup.latency.route, times: Infinity })
      ])
    ], { discard: true }))
  serveStats("simulator", () => {
    const journal = Effect.runSync(simulator.journal)
    Effect.runSync(simulator.clearJournal)
    return journal.map(({ inFlight, limit, status }) => ({ status, limit, inFlight }))
  }, setup)
  return yield* Effect.never
})

program.pipe(
  Effect.provide(NodeFlexSimulator.layer({ host: "127.0.0.1", port: 0 })),
  Effect.runPromise
).catch((error) => {
  console.error(error)
  process.exit(1)
})
