/**
 * `pnpm start`: the five Flex operations, end to end.
 *
 * Without TWILIO_* variables it starts the Flex simulator on a loopback port and runs against it
 * (no network needed). With TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN (or TWILIO_API_KEY +
 * TWILIO_API_SECRET) it runs the same steps against Twilio, read-only unless you pass
 * `--allow-update`; set FLEX_INTERACTION_SID to pick the interaction whose channels it lists.
 * With FLEX_BASE_URL as well, it runs against that origin instead of Twilio: `pnpm simulator` in
 * another terminal prints the variables to export for it.
 *
 *   pnpm start
 *   TWILIO_ACCOUNT_SID=AC… TWILIO_AUTH_TOKEN=… FLEX_INTERACTION_SID=KD… pnpm start [-- --allow-update]
 *   FLEX_BASE_URL=http://127.0.0.1:4010 TWILIO_ACCOUNT_SID=AC… TWILIO_AUTH_TOKEN=… FLEX_INTERACTION_SID=KD… pnpm start
 */
import type * as ChatChannel from "@effect-flex/core/ChatChannel"
import * as FlexClient from "@effect-flex/core/FlexClient"
import * as FlexConfig from "@effect-flex/core/FlexConfig"
import type * as InteractionChannel from "@effect-flex/core/InteractionChannel"
import * as Participant from "@effect-flex/core/Participant"
import * as NodeFlexClient from "@effect-flex/node/NodeFlexClient"
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Chunk from "effect/Chunk"
import * as Config from "effect/Config"
import * as Console from "effect/Console"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"

/** Renders rows as a small aligned table. */
const table = (headers: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)))
  const line = (cells: ReadonlyArray<string>) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd()
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n")
}

const short = (sid: string) => `${sid.slice(0, 8)}…${sid.slice(-4)}`
const date = (value: DateTime.Utc | null) => (value === null ? "-" : DateTime.formatIso(value).slice(0, 19) + "Z")

interface Target {
  readonly name: string
  readonly interactionSid: Option.Option<string>
  readonly allowUpdate: boolean
  /** Printed last: how to run it elsewhere. */
  readonly hint?: string | undefined
}

/** The closing lines: which of the five operations ran, and the target's hint. */
const summary = (target: Target, ran: ReadonlyArray<string>) =>
  Console.log(
    `\nOperations run: ${ran.length === 0 ? "none" : ran.join(", ")}.` +
      (target.hint === undefined ? "" : `\n${target.hint}`)
  )

/** The steps: each of the five operations once, with a readable summary. */
const quickstart = (target: Target) =>
  Effect.gen(function*() {
    const flex = yield* FlexClient.FlexClient
    const ran: Array<string> = []
    yield* Console.log(`effect-flex quickstart against ${target.name}\n`)

    // 1. ListChannel: the first page of Flex chat channels.
    const chatPage = yield* flex.channels.page({ pageSize: 5 })
    ran.push("ListChannel")
    yield* Console.log(`Flex chat channels (first page of ${chatPage.meta.pageSize}):`)
    yield* Console.log(table(
      ["sid", "flex flow", "task", "created"],
      chatPage.items.map((
        c
      ) => [c.sid, c.flexFlowSid ?? "-", c.taskSid === null ? "-" : short(c.taskSid), date(c.dateCreated)])
    ))

    // 2. FetchChannel: the first of them again, by SID.
    const first = chatPage.items[0]
    if (first !== undefined) {
      const fetched: ChatChannel.ChatChannel = yield* flex.channels.fetch(first.sid)
      ran.push("FetchChannel")
      yield* Console.log(
        `\nFetched ${fetched.sid}: user ${fetched.userSid ?? "-"}, updated ${date(fetched.dateUpdated)}`
      )
    }

    if (Option.isNone(target.interactionSid)) {
      yield* Console.log("\nSet FLEX_INTERACTION_SID=KD… to list an interaction's channels and participants.")
      return yield* summary(target, ran)
    }
    const interactionSid = target.interactionSid.value

    // 3. ListInteractionChannel: streamed page by page (10 per request here, to show paging).
    const channels = yield* flex.interactionChannels.stream(interactionSid, { pageSize: 10 }).pipe(
      Stream.runCollect,
      Effect.map(Chunk.toReadonlyArray)
    )
    ran.push("ListInteractionChannel")
    yield* Console.log(`\nInteraction ${interactionSid}: ${channels.length} channels`)
    yield* Console.log(table(
      ["sid", "type", "status"],
      channels.map((c) => [c.sid, c.type ?? "-", c.status ?? "-"])
    ))

    // 4. UpdateInteractionChannel: close the first active channel.
    const active = channels.find((c) => c.status === "active")
    let closed: InteractionChannel.InteractionChannel | undefined
    if (active === undefined) {
      yield* Console.log("\nNo active channel to close.")
    } else if (!target.allowUpdate) {
      yield* Console.log(`\nWould close ${active.sid}; pass --allow-update to really do it on ${target.name}.`)
    } else {
      closed = yield* flex.interactionChannels.update(interactionSid, active.sid, { status: "closed" })
      ran.push("UpdateInteractionChannel")
      yield* Console.log(`\nClosed ${closed.sid}: status is now ${closed.status}`)
    }

    // 5. ListInteractionChannelParticipant: who is on that channel.
    const channel = closed ?? active ?? channels[0]
    if (channel !== undefined) {
      const participants = yield* flex.participants.list(interactionSid, channel.sid)
      ran.push("ListInteractionChannelParticipant")
      yield* Console.log(`\nParticipants of ${channel.sid}:`)
      yield* Console.log(table(
        ["sid", "type", "worker"],
        participants.map((p) => [
          p.sid,
          p.type ?? "-",
          Participant.isRoutingProperties(p.routingProperties) ? p.routingProperties.worker_sid ?? "-" : "-"
        ])
      ))
    }
    yield* summary(target, ran)
  })

const againstSimulator = Effect.gen(function*() {
  const simulator = yield* FlexSimulator.FlexSimulator
  const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
  const [interaction] = yield* simulator.listInteractions
  const { accountSid, authToken } = simulator.credentials
  return yield* quickstart({
    name: `the Flex simulator at ${url}`,
    interactionSid: Option.fromNullable(interaction?.sid),
    allowUpdate: true,
    hint: "Against Twilio: TWILIO_ACCOUNT_SID=AC… TWILIO_AUTH_TOKEN=… FLEX_INTERACTION_SID=KD… pnpm start" +
      " (read-only unless you add --allow-update).\nAgainst `pnpm simulator` in another terminal: export the" +
      " variables it prints, then pnpm start."
  }).pipe(Effect.provide(NodeFlexClient.layer({ accountSid, authToken, baseUrl: url })))
}).pipe(
  Effect.provide(NodeFlexSimulator.layer({
    seed: { interactions: 2, channelsPerInteraction: 24, participantsPerChannel: 3, chatChannels: 12 }
  }))
)

/** Twilio, or the origin FLEX_BASE_URL names (e.g. `pnpm simulator`), with the TWILIO_* credentials. */
const againstApi = (options: FlexConfig.Options) =>
  Effect.gen(function*() {
    const interactionSid = yield* Config.option(Config.string("FLEX_INTERACTION_SID"))
    return yield* quickstart({
      name: options.baseUrl !== undefined
        ? `${String(options.baseUrl)} (FLEX_BASE_URL)`
        : options.edge === undefined
        ? "Twilio"
        : `Twilio (${options.edge})`,
      interactionSid,
      allowUpdate: process.argv.includes("--allow-update")
    }).pipe(Effect.provide(NodeFlexClient.layer(options)))
  })

const main = Effect.gen(function*() {
  const env = yield* FlexConfig.fromEnv
  if (FlexConfig.hasCredentials(env)) return yield* againstApi(env)
  if (env.baseUrl !== undefined) {
    // never run somewhere else than where the user pointed: say what is missing instead
    yield* Console.error(
      `FLEX_BASE_URL is set (${String(env.baseUrl)}) but no credentials are: export TWILIO_ACCOUNT_SID with` +
        " TWILIO_AUTH_TOKEN (or TWILIO_API_KEY with TWILIO_API_SECRET) too; `pnpm simulator` prints them." +
        " Unset FLEX_BASE_URL to run against the embedded simulator."
    )
    return yield* Effect.sync(() => {
      process.exitCode = 1
    })
  }
  return yield* againstSimulator
}).pipe(
  // Every failure is typed: print one readable line (no credentials, no internals) and exit 1.
  Effect.catchAll((error) =>
    Console.error(`\nFailed with ${error._tag}: ${"message" in error ? error.message : String(error)}`).pipe(
      Effect.zipRight(Effect.sync(() => {
        process.exitCode = 1
      }))
    )
  )
)

NodeRuntime.runMain(main)
