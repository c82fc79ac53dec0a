import type { AccountSid, ApiKeySid } from "@effect-flex/core/Sid"
import * as HttpClient from "@effect/platform/HttpClient"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import type * as FlexSimulator from "../FlexSimulator.js"
import * as App from "./app.js"
import * as Client from "./client.js"
import * as Faults from "./faults.js"
import * as Limits from "./limits.js"
import * as Store from "./store.js"
import * as Wire from "./wire.js"

/** @internal */
export const defaultCredentials: FlexSimulator.Credentials = {
  accountSid: "AC00000000000000000000000000000000" as AccountSid,
  authToken: Redacted.make("simulator-auth-token"),
  apiKey: "SK00000000000000000000000000000000" as ApiKeySid,
  apiSecret: Redacted.make("simulator-api-secret")
}

/** @internal */
export const tag = Context.GenericTag<FlexSimulator.FlexSimulator>("@effect-flex/simulator/FlexSimulator")

/** @internal */
export const make = (options?: FlexSimulator.Options): Effect.Effect<FlexSimulator.FlexSimulator> =>
  Effect.gen(function*() {
    const credentials: FlexSimulator.Credentials = { ...defaultCredentials, ...options?.credentials }
    const state = yield* Ref.make(Store.empty)
    const faults = yield* Ref.make(Faults.schedule(options?.faults ?? []))
    const journal = yield* Ref.make(Chunk.empty<FlexSimulator.JournalEntry>())
    const limits = yield* Ref.make(Limits.initial(Limits.configure(options?.limits)))

    const transact = <A>(f: (draft: Store.Draft) => A): Effect.Effect<A> =>
      Effect.flatMap(Clock.currentTimeMillis, (now) =>
        Ref.modify(state, (current) => {
          const draft = new Store.Draft(current, now, credentials.accountSid)
          const result = f(draft)
          return [result, draft.freeze()]
        }))

    const read = <A>(f: (state: Store.State) => A): Effect.Effect<A> => Effect.map(Ref.get(state), f)

    const service: FlexSimulator.FlexSimulator = {
      credentials,
      app: App.make({ credentials, state, faults, journal, limits }),
      seed: (seedOptions) => transact((draft) => Store.seed(draft, seedOptions)),
      insertChatChannel: (input) => transact((draft) => draft.insertChatChannel(input ?? {})),
      insertInteraction: (input) => transact((draft) => draft.insertInteraction(input ?? {})),
      insertInteractionChannel: (input) => transact((draft) => draft.insertInteractionChannel(input ?? {})),
      insertParticipant: (input) => transact((draft) => draft.insertParticipant(input)),
      insertInvite: (input) => transact((draft) => draft.insertInvite(input)),
      insertTransfer: (input) => transact((draft) => draft.insertTransfer(input)),
      getChatChannel: (sid) =>
        read((s) => {
          const index = s.chatChannelIndex.get(sid)
          return Option.fromNullable(index === undefined ? undefined : s.chatChannels[index]?.record)
        }),
      listChatChannels: read((s) => s.chatChannels.map((e) => e.record)),
      getInteraction: (sid) =>
        read((s) => {
          const index = s.interactionIndex.get(sid)
          return Option.fromNullable(index === undefined ? undefined : s.interactions[index]?.record)
        }),
      listInteractions: read((s) => s.interactions.map((e) => e.record)),
      getInteractionChannel: (interactionSid, sid) =>
        read((s) => {
          const position = s.channelIndex.get(sid)
          if (position === undefined || position.interactionSid !== interactionSid) return Option.none()
          return Option.fromNullable(s.channels.get(interactionSid)?.[position.index]?.record)
        }),
      listInteractionChannels: (interactionSid) =>
        read((s) => (s.channels.get(interactionSid) ?? []).map((e) => e.record)),
      listParticipants: (interactionSid, channelSid) =>
        read((s) => {
          const position = s.channelIndex.get(channelSid)
          if (position === undefined || position.interactionSid !== interactionSid) return []
          return (s.participants.get(channelSid) ?? []).map((e) => e.record)
        }),
      getParticipant: (interactionSid, channelSid, sid) =>
        read((s) => Option.fromNullable(Store.findParticipant(s, interactionSid, channelSid, sid))),
      listInvites: (interactionSid, channelSid) =>
        read((s) =>
          Store.findChannel(s, interactionSid, channelSid) === undefined
            ? []
            : (s.invites.get(channelSid) ?? []).map((e) => e.record)
        ),
      getTransfer: (interactionSid, channelSid, sid) =>
        read((s) => Option.fromNullable(Store.findTransfer(s, interactionSid, channelSid, sid))),
      injectFaults: (more) => Ref.update(faults, (current) => [...current, ...Faults.schedule(more)]),
      clearFaults: Ref.set(faults, []),
      setLimits: (next) =>
        Effect.flatMap(
          Effect.sync(() => Limits.configure(next)),
          (config) => Ref.update(limits, (current) => Limits.reconfigure(current, config))
        ),
      journal: Effect.map(Ref.get(journal), Chunk.toReadonlyArray),
      clearJournal: Ref.set(journal, Chunk.empty())
    }

    if (options?.seed !== undefined) yield* service.seed(options.seed)
    const fixtures = options?.fixtures
    if (fixtures !== undefined) {
      yield* transact((draft) => {
        for (const input of fixtures.chatChannels ?? []) draft.insertChatChannel(input)
        for (const input of fixtures.interactions ?? []) draft.insertInteraction(input)
        for (const input of fixtures.interactionChannels ?? []) draft.insertInteractionChannel(input)
        for (const input of fixtures.participants ?? []) draft.insertParticipant(input)
        for (const input of fixtures.invites ?? []) draft.insertInvite(input)
        for (const input of fixtures.transfers ?? []) draft.insertTransfer(input)
      })
    }
    return service
  })

/** @internal */
export const makeContext = (
  options?: FlexSimulator.Options
): Effect.Effect<Context.Context<FlexSimulator.FlexSimulator | HttpClient.HttpClient>> =>
  Effect.map(
    make(options),
    (simulator) => Context.make(tag, simulator).pipe(Context.add(HttpClient.HttpClient, Client.make(simulator.app)))
  )

/** @internal */
export const origin = Wire.defaultOrigin
