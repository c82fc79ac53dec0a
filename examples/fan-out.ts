/**
 * `pnpm --filter @effect-flex/examples fan-out`: close every active channel of many interactions
 * and set each of its participants to `wrapup`, against a simulator that enforces Twilio-like
 * limits (10 requests in flight, 40 updates a second). The program itself is naive: it fans out
 * with `concurrency: "unbounded"` and leaves pacing to the client's governor (at most 20 requests
 * in flight by default, shared by every call; a 429 slows the whole client down). It prints its
 * progress, then what the server admitted and refused, and the client's metrics.
 *
 * Simulator only: it closes channels.
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import * as NodeFlexClient from "@effect-flex/node/NodeFlexClient"
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Metric from "effect/Metric"
import * as Ref from "effect/Ref"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"

const interactions = 12
const channelsPerInteraction = 40

/** Closes the active channels of one interaction, and moves each one's participants to wrap-up. */
const closeInteraction = (interactionSid: string, progress: Ref.Ref<Progress>) =>
  Effect.gen(function*() {
    const flex = yield* FlexClient.FlexClient
    yield* flex.interactionChannels.stream(interactionSid, { pageSize: 20 }).pipe(
      Stream.filter((channel) => channel.status === "active"),
      Stream.mapEffect((channel) =>
        Effect.gen(function*() {
          yield* flex.interactionChannels.update(interactionSid, channel.sid, { status: "closed" })
          const participants = yield* flex.participants.list(interactionSid, channel.sid)
          yield* Effect.forEach(
            participants,
            (participant) =>
              flex.participants.update(interactionSid, channel.sid, participant.sid, { status: "wrapup" }),
            { concurrency: "unbounded", discard: true }
          )
          yield* Ref.update(
            progress,
            (p) => ({ closed: p.closed + 1, participants: p.participants + participants.length })
          )
        }), { concurrency: "unbounded" }),
      Stream.runDrain
    )
  })

interface Progress {
  readonly closed: number
  readonly participants: number
}

/** The client's metrics, as an exporter would see them. */
const metricsReport = Effect.map(Metric.snapshot, (pairs) =>
  pairs
    .filter((pair) => pair.metricKey.name.startsWith("effect_flex_"))
    .map((pair) => {
      const tags = pair.metricKey.tags.map((tag) => `${tag.key}=${tag.value}`).join(",")
      const state = pair.metricState as unknown as Record<string, unknown>
      const value = "count" in state && "sum" in state
        ? `count ${state.count}, max ${state.max} ms`
        : "count" in state
        ? String(state.count)
        : String(state.value)
      return `  ${pair.metricKey.name}${tags === "" ? "" : `{${tags}}`} ${value}`
    })
    .sort()
    .join("\n"))

const program = Effect.gen(function*() {
  const simulator = yield* FlexSimulator.FlexSimulator
  const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
  const { accountSid, authToken } = simulator.credentials
  const targets = yield* simulator.listInteractions
  const active = (yield* Effect.forEach(targets, (i) => simulator.listInteractionChannels(i.sid)))
    .flat().filter((channel) => channel.status === "active").length
  yield* Console.log(
    `Closing ${active} active channels of ${targets.length} interactions on ${url} ` +
      `(the simulator admits 10 requests at once and 40 updates a second per endpoint)`
  )

  const progress = yield* Ref.make<Progress>({ closed: 0, participants: 0 })
  const report = Effect.flatMap(
    Ref.get(progress),
    (p) => Console.log(`  closed ${p.closed}/${active}, participants in wrap-up ${p.participants}`)
  )
  const started = Date.now()
  yield* Effect.forEach(targets, (interaction) => closeInteraction(interaction.sid, progress), {
    concurrency: "unbounded",
    discard: true
  }).pipe(
    Effect.provide(NodeFlexClient.layer({ accountSid, authToken, baseUrl: url })),
    // progress every half second while it runs
    Effect.raceFirst(
      Effect.repeat(report, Schedule.spaced("500 millis")).pipe(
        Effect.delay("500 millis"),
        Effect.zipRight(Effect.never)
      )
    )
  )
  yield* report
  const seconds = (Date.now() - started) / 1000

  const journal = yield* simulator.journal
  const refused = journal.filter((entry) => entry.limit !== null)
  const channelsNow = (yield* Effect.forEach(targets, (i) => simulator.listInteractionChannels(i.sid))).flat()
  const stillActive = channelsNow.filter((channel) => channel.status === "active").length
  const wrappingUp = (yield* Effect.forEach(channelsNow, (channel) =>
    Effect.flatMap(simulator.listParticipants(channel.interaction_sid, channel.sid), (participants) =>
      Effect.forEach(participants, (p) =>
        simulator.getParticipant(channel.interaction_sid, channel.sid, p.sid)))))
    .flat().filter((state) =>
      state._tag === "Some" && state.value.status === "wrapup"
    ).length
  yield* Console.log(
    `\nDone in ${seconds.toFixed(1)} s: ${journal.length} requests, ` +
      `${
        refused.filter((e) => e.limit === "concurrency").length
      } refused for concurrency (20429), ` +
      `${refused.filter((e) => e.limit === "rate").length} for rate (45780); ` +
      `most in flight at the server: ${Math.max(...journal.map((e) => e.inFlight))}; ` +
      `active channels left: ${stillActive}; participants in wrap-up: ${wrappingUp}`
  )
  yield* Console.log(`\nClient metrics:\n${yield* metricsReport}`)
}).pipe(
  Effect.provide(NodeFlexSimulator.layer({
    seed: { interactions, channelsPerInteraction, participantsPerChannel: 2 },
    limits: {
      concurrency: 10,
      rate: { perSecond: 40, routes: ["UpdateInteractionChannel", "UpdateInteractionChannelParticipant"] }
    },
    // a little server time per request, so that requests overlap as they do against Twilio
    faults: [FlexSimulator.latency("15 millis", { times: Number.MAX_SAFE_INTEGER })]
  }))
)

NodeRuntime.runMain(program)
