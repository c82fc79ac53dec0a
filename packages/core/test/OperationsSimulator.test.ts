/**
 * The issue #11 operations end to end: `flex.*` against the in-process simulator
 * (`@effect-flex/simulator`), where a request is answered the way Twilio answers it:
 *
 * - each call's effect on the store, read back through the client (create, then fetch or list);
 * - Twilio's 404s and 400s as typed errors, from the server rather than a script;
 * - the client's requests, as the simulator received them, conform to Twilio's spec;
 * - a write that loses its connection is sent once (a create may have happened: the store says
 *   whether it did), a 503 is sent again.
 *
 * The wire form and input validation of each call are in its own file (InteractionWrite, …).
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import type * as HttpClient from "@effect/platform/HttpClient"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as TestClock from "effect/TestClock"
import * as ChatChannel from "../src/ChatChannel.js"
import * as FlexClient from "../src/FlexClient.js"
import type * as FlexConfig from "../src/FlexConfig.js"
import * as Interaction from "../src/Interaction.js"
import * as Invite from "../src/Invite.js"
import * as Sid from "../src/Sid.js"
import * as Transfer from "../src/Transfer.js"
import { expectFields } from "./utils/exits.js"
import * as OpenApi from "./utils/openapi.js"

type Json = any

const openApi = OpenApi.make(
  OpenApi.fixture("flex_v1_issue11_operations.json")
)
const hex = "0123456789abcdef0123456789abcdef"
const KD = `KD${hex}`
const UO = `UO${hex}`
const UT = `UT${hex}`
const CH = `CH${hex}`
const otherKD = `KD${"e".repeat(32)}`

const fixtures: FlexSimulator.Fixtures = {
  chatChannels: [{ sid: CH }],
  interactions: [{ sid: KD }, { sid: otherKD }],
  interactionChannels: [{ sid: UO, interaction_sid: KD }],
  participants: [{ interaction_sid: KD, channel_sid: UO, sid: UT, type: "agent" }]
}

const withSimulator = <A, E>(
  effect: Effect.Effect<A, E, FlexClient.FlexClient | FlexSimulator.FlexSimulator | HttpClient.HttpClient>,
  clientOptions?: Omit<FlexConfig.Options, "accountSid" | "authToken" | "apiKey" | "apiSecret">
) => Effect.provide(effect, FlexSimulator.layerClient({ fixtures }, clientOptions))

const services = Effect.all({ flex: FlexClient.FlexClient, sim: FlexSimulator.FlexSimulator })

const chatParams: ChatChannel.CreateParams = {
  flexFlowSid: Sid.FlexFlowSid.make(`FO${hex}`),
  identity: "customer-42",
  chatUserFriendlyName: "Ada",
  chatFriendlyName: "Support"
}

describe("the issue #11 operations against the simulator", () => {
  it.effect("interactions: create (its channel and customer come with it), fetch, update", () =>
    withSimulator(Effect.gen(function*() {
      const { flex, sim } = yield* services
      const created = yield* flex.interactions.create({
        channel: { type: "whatsapp", initiated_by: "customer", participants: [{ address: "whatsapp:+13115552368" }] },
        routing: { properties: { task_channel_unique_name: "chat" } }
      })
      expect(created).toBeInstanceOf(Interaction.Interaction)
      const channelSid = created.channel?.sid as string
      const [channel] = yield* flex.interactionChannels.list(created.sid)
      expect([channel?.sid, channel?.type, channel?.status]).toEqual([channelSid, "whatsapp", "active"])
      expect((yield* flex.participants.list(created.sid, channelSid)).map((p) => p.type)).toEqual(["customer"])
      const updated = yield* flex.interactions.update(created.sid, { webhookTtid: "flex_interactionwebhook_03" })
      expect(updated.webhookTtid).toBe("flex_interactionwebhook_03")
      expect((yield* flex.interactions.fetch(created.sid)).webhookTtid).toBe("flex_interactionwebhook_03")
      expect(yield* sim.listInteractions).toHaveLength(3)
    })))

  it.effect("interactions: a channel type Twilio does not know is its 400 (FlexApiError 20001); an unknown SID a 404", () =>
    withSimulator(Effect.gen(function*() {
      const { flex, sim } = yield* services
      const refused = yield* Effect.flip(flex.interactions.create({ channel: { type: "carrier-pigeon" as never } }))
      expectFields(refused, { _tag: "FlexApiError", status: 400, code: 20001, method: "POST", attempts: 1 })
      const missing = yield* Effect.flip(flex.interactions.update(`KD${"0".repeat(32)}`, { webhookTtid: "x" }))
      expectFields(missing, { _tag: "FlexNotFound", status: 404, code: 20404 })
      expect(yield* sim.listInteractions).toHaveLength(2)
    })))

  it.effect("participants: create adds one to the channel; a channel of another interaction is a 404", () =>
    withSimulator(Effect.gen(function*() {
      const { flex } = yield* services
      const added = yield* flex.participants.create(KD, UO, {
        type: "supervisor",
        mediaProperties: { name: "Grace" },
        routingProperties: { worker_sid: Sid.WorkerSid.make(`WK${hex}`) }
      })
      const listed = yield* flex.participants.list(KD, UO)
      expect(listed.map((p) => p.sid)).toEqual([UT, added.sid])
      expect(listed[1]!.routingProperties).toEqual({ worker_sid: `WK${hex}` })
      const elsewhere = yield* Effect.flip(
        flex.participants.create(otherKD, UO, { type: "agent", mediaProperties: {} })
      )
      expectFields(elsewhere, { _tag: "FlexNotFound", status: 404 })
    })))

  it.effect("invites: each create is listed, the stream pages through them in order", () =>
    withSimulator(Effect.gen(function*() {
      const { flex } = yield* services
      const sids: Array<string> = []
      for (let i = 0; i < 5; i++) {
        const invite = yield* flex.invites.create(KD, UO, { routing: { properties: { priority: i } } })
        expect(invite).toBeInstanceOf(Invite.Invite)
        expect(invite.routing?.properties).toMatchObject({ priority: i, assignment_status: "pending" })
        sids.push(invite.sid)
      }
      expect((yield* flex.invites.list(KD, UO, { pageSize: 2 })).map((i) => i.sid)).toEqual(sids)
      const page = yield* flex.invites.page(KD, UO, { pageSize: 3 })
      expect(page.items.map((i) => i.sid)).toEqual(sids.slice(0, 3))
      expect(Option.isSome(page.cursor)).toBe(true)
    })))

  it.effect("transfers: create (201), fetch, update; a from that is not a participant here is Twilio's 400", () =>
    withSimulator(Effect.gen(function*() {
      const { flex, sim } = yield* services
      const created = yield* flex.transfers.create(KD, UO, {
        from: Sid.ParticipantSid.make(UT),
        to: `WQ${hex}`,
        type: "cold"
      })
      expect(created).toBeInstanceOf(Transfer.Transfer)
      expect([created.status, created.from, created.to]).toEqual(["active", UT, `WQ${hex}`])
      expect({ ...(yield* flex.transfers.fetch(KD, UO, created.sid)) }).toEqual({ ...created })
      const done = yield* flex.transfers.update(KD, UO, created.sid, { status: "completed" })
      expect(done.status).toBe("completed")
      expect(Option.map(yield* sim.getTransfer(KD, UO, created.sid), (t) => t.status)).toEqual(Option.some("completed"))
      const stranger = yield* Effect.flip(
        flex.transfers.create(KD, UO, { from: Sid.ParticipantSid.make(`UT${"9".repeat(32)}`) })
      )
      expectFields(stranger, { _tag: "FlexApiError", status: 400, code: 20001 })
      const missing = yield* Effect.flip(flex.transfers.fetch(KD, UO, `UX${"0".repeat(32)}`))
      expectFields(missing, { _tag: "FlexNotFound", status: 404 })
    })))

  it.effect("chat channels: create (201) then fetch; delete (204: void) then fetch and delete again are 404s", () =>
    withSimulator(Effect.gen(function*() {
      const { flex } = yield* services
      const created = yield* flex.channels.create({ ...chatParams, longLived: true })
      expect(created).toBeInstanceOf(ChatChannel.ChatChannel)
      expect({ ...(yield* flex.channels.fetch(created.sid)) }).toEqual({ ...created })
      expect(yield* flex.channels.delete(created.sid)).toBeUndefined()
      expectFields(yield* Effect.flip(flex.channels.fetch(created.sid)), { _tag: "FlexNotFound", status: 404 })
      expectFields(yield* Effect.flip(flex.channels.delete(created.sid)), {
        _tag: "FlexNotFound",
        status: 404,
        method: "DELETE",
        attempts: 1
      })
      expect((yield* flex.channels.list()).map((c) => c.sid)).toEqual([CH])
    })))

  it.effect("the client's requests, as the simulator received them, conform to the spec", () =>
    withSimulator(Effect.gen(function*() {
      const { flex, sim } = yield* services
      const interaction = yield* flex.interactions.create({
        channel: { type: "sms", initiated_by: "agent", participants: [{ address: "+13115552368" }] },
        routing: { properties: { workspace_sid: Sid.WorkspaceSid.make(`WS${hex}`) } },
        interactionContextSid: Sid.InteractionContextSid.make(`HQ${hex}`),
        webhookTtid: "flex_interactionwebhook_04"
      })
      yield* flex.interactions.update(interaction.sid, { webhookTtid: "flex_interactionwebhook_05" })
      yield* flex.participants.create(KD, UO, {
        type: "agent",
        mediaProperties: { address: "a" },
        routingProperties: { task_sid: Sid.TaskSid.make(`WT${hex}`) }
      })
      yield* flex.invites.create(KD, UO, { routing: {} })
      yield* flex.invites.list(KD, UO)
      const transfer = yield* flex.transfers.create(KD, UO, { from: Sid.ParticipantSid.make(UT), type: "warm" })
      yield* flex.transfers.fetch(KD, UO, transfer.sid)
      yield* flex.transfers.update(KD, UO, transfer.sid, { status: "failed" })
      const chat = yield* flex.channels.create({ ...chatParams, target: "+13115552368", longLived: false })
      yield* flex.channels.delete(chat.sid)
      const journal = yield* sim.journal
      expect(journal.map((e) => e.route)).toEqual([
        "CreateInteraction",
        "UpdateInteraction",
        "CreateInteractionChannelParticipant",
        "CreateInteractionChannelInvite",
        "ListInteractionChannelInvite",
        "CreateInteractionTransfer",
        "FetchInteractionTransfer",
        "UpdateInteractionTransfer",
        "CreateChannel",
        "DeleteChannel"
      ])
      for (const entry of journal) {
        const url = new URL(entry.url, "https://flex-api.twilio.com")
        const request: OpenApi.WireRequest = {
          method: entry.method,
          path: url.pathname,
          contentType: entry.headers["content-type"],
          form: entry.body,
          ...(entry.json === undefined ? {} : { json: entry.json })
        }
        expect([entry.route, openApi.checkRequest(entry.route!, request)]).toEqual([entry.route, []])
        expect(entry.status).toBe(openApi.successOf(entry.route!).status)
      }
      const sent: Json = journal[0]!.body
      expect(JSON.parse(sent.Channel)).toEqual({
        type: "sms",
        initiated_by: "agent",
        participants: [{ address: "+13115552368" }]
      })
      expect(journal[5]!.json).toEqual({ from: UT, type: "warm" })
    })))

  it.effect("a create that loses its connection is sent once (nothing was created); one cut mid-body too (it was)", () =>
    withSimulator(Effect.gen(function*() {
      const { flex, sim } = yield* services
      yield* sim.injectFaults([
        FlexSimulator.dropConnection({ route: "CreateInteraction" }),
        FlexSimulator.dropMidBody({ route: "CreateChannel" }),
        FlexSimulator.dropConnection({ route: "DeleteChannel" })
      ])
      const fiber = yield* Effect.fork(Effect.all([
        Effect.flip(flex.interactions.create({ channel: { type: "chat" } })),
        Effect.flip(flex.channels.create(chatParams)),
        Effect.flip(flex.channels.delete(CH))
      ]))
      yield* TestClock.adjust("1 minute")
      const [lost, cut, notDeleted] = yield* Fiber.join(fiber)
      expectFields(lost, { _tag: "FlexTransportError", method: "POST", attempts: 1 })
      expectFields(cut, { _tag: "FlexTransportError", method: "POST", attempts: 1 })
      expectFields(notDeleted, { _tag: "FlexTransportError", method: "DELETE", attempts: 1 })
      expect((yield* sim.journal).map((e) => [e.route, e.fault])).toEqual([
        ["CreateInteraction", "DropConnection"],
        ["CreateChannel", "DropMidBody"],
        ["DeleteChannel", "DropConnection"]
      ])
      expect(yield* sim.listInteractions).toHaveLength(2)
      expect(yield* sim.listChatChannels).toHaveLength(2)
    })))

  it.effect("a 503 or a 429 is sent again (not processed), then the write happens once", () =>
    withSimulator(Effect.gen(function*() {
      const { flex, sim } = yield* services
      yield* sim.injectFaults([
        FlexSimulator.status(503, { route: "CreateInteractionTransfer" }),
        FlexSimulator.rateLimited({ retryAfter: "1", route: "DeleteChannel" })
      ])
      const fiber = yield* Effect.fork(Effect.all([flex.transfers.create(KD, UO, {}), flex.channels.delete(CH)]))
      yield* TestClock.adjust("1 minute")
      yield* Fiber.join(fiber)
      expect((yield* sim.journal).map((e) => [e.route, e.status])).toEqual([
        ["CreateInteractionTransfer", 503],
        ["CreateInteractionTransfer", 201],
        ["DeleteChannel", 429],
        ["DeleteChannel", 204]
      ])
      expect(yield* sim.listChatChannels).toEqual([])
    })))
})
