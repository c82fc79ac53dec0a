/**
 * The simulator's routes of the issue #11 operations, over raw HTTP: every response, success and
 * error, checked against Twilio's OpenAPI description (`flex_v1_issue11_operations.json`, with
 * each operation's own success status: 200, 201 or 204), and Twilio's rules: required and typed
 * parameters (400, code 20001), 404 before 400, what each write does to the store (and that a
 * refused one does nothing), faults and the journal on the new routes.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as OpenApi from "../../core/test/utils/openapi.js"
import * as FlexSimulator from "../src/FlexSimulator.js"

type Json = any

const openApi = OpenApi.make(OpenApi.fixture("flex_v1_issue11_operations.json"))
/** Where the requests of the other operations go (they are checked in their own suites). */
const others = [OpenApi.fixture("flex_v1_five_operations.json"), OpenApi.fixture("flex_v1_interaction_fetch.json")].map(
  OpenApi.make
)
const operationOf = (operationId: string) =>
  [openApi, ...others].map((checker) => checker.operations.get(operationId)).find((found) => found !== undefined)!
const creds = FlexSimulator.defaultCredentials
const auth = `Basic ${btoa(`${creds.accountSid}:${Redacted.value(creds.authToken)}`)}`
const origin = "https://flex-api.twilio.com"
const hex = "0123456789abcdef0123456789abcdef"
const KD = `KD${hex}`
const UO = `UO${hex}`
const otherKD = `KD${"e".repeat(32)}`
const otherUO = `UO${"e".repeat(32)}`
const CH = `CH${hex}`
const UT = `UT${hex}`
const customerUT = `UT${"c".repeat(32)}`
const UX = `UX${hex}`
const FO = `FO${hex}`
const missing = (prefix: string) => prefix + "0".repeat(32)

/** KD has UO (an agent with a task, a customer) and a transfer UX; otherKD has otherUO; one chat channel. */
const fixtures: FlexSimulator.Fixtures = {
  chatChannels: [{ sid: CH }],
  interactions: [{ sid: KD }, { sid: otherKD }],
  interactionChannels: [{ sid: UO, interaction_sid: KD }, { sid: otherUO, interaction_sid: otherKD }],
  participants: [
    { interaction_sid: KD, channel_sid: UO, sid: UT, type: "agent", routing_properties: { task_sid: `WT${hex}` } },
    { interaction_sid: KD, channel_sid: UO, sid: customerUT, type: "customer", routing_properties: null }
  ],
  transfers: [{ interaction_sid: KD, channel_sid: UO, sid: UX, from: UT, to: `WQ${hex}` }]
}

const run = <A, E>(effect: Effect.Effect<A, E, FlexSimulator.FlexSimulator | HttpClient.HttpClient>) =>
  Effect.provide(effect, FlexSimulator.layer({ fixtures }))

interface Sent {
  readonly form?: Record<string, string>
  readonly json?: unknown
  readonly query?: string
  readonly auth?: string | null
}

/** A request to the operation's path (its template filled with `params`), as any HTTP client sends it. */
const send = (operationId: FlexSimulator.OperationId, params: Record<string, string>, options: Sent = {}) =>
  Effect.gen(function*() {
    const found = operationOf(operationId)
    const path = found.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? "")
    let request = HttpClientRequest.make(found.method as "GET" | "POST" | "DELETE")(
      `${origin}${path}${options.query === undefined ? "" : `?${options.query}`}`
    )
    const authorization = options.auth === undefined ? auth : options.auth
    if (authorization !== null) request = HttpClientRequest.setHeader(request, "authorization", authorization)
    if (options.form !== undefined) request = HttpClientRequest.bodyUrlParams(request, options.form)
    if (options.json !== undefined) request = HttpClientRequest.bodyUnsafeJson(request, options.json)
    const response = yield* (yield* HttpClient.HttpClient).execute(request)
    const text = yield* response.text
    return { status: response.status, headers: response.headers, body: (text === "" ? null : JSON.parse(text)) as Json }
  })

/** A success with the spec's status, its body conforming to the operation's schema. */
const expectSuccess = (operationId: string, result: { readonly status: number; readonly body: Json }) => {
  const { schema, status } = openApi.successOf(operationId)
  expect(result.status).toBe(status)
  expect(openApi.check(schema, result.body)).toEqual([])
  expect(Object.keys(result.body).sort()).toEqual(Object.keys(openApi.resolve(schema).properties).sort())
}

const expectError = (
  result: { readonly status: number; readonly body: Json },
  status: number,
  code: number,
  message?: string
) => {
  expect(result.status).toBe(status)
  expect(openApi.check(OpenApi.errorSchema, result.body)).toEqual([])
  expect(result.body).toMatchObject({ status, code, more_info: `https://www.twilio.com/docs/errors/${code}` })
  if (message !== undefined) expect(result.body.message).toBe(message)
}

const simulator = FlexSimulator.FlexSimulator

describe("CreateChannel", () => {
  const required = { FlexFlowSid: FO, Identity: "customer-42", ChatUserFriendlyName: "Ada", ChatFriendlyName: "Chat" }

  it.effect("201 with a conforming channel, on the flex flow and task given; stored, fetchable", () =>
    run(Effect.gen(function*() {
      const created = yield* send("CreateChannel", {}, {
        form: { ...required, TaskSid: `WT${hex}`, LongLived: "true" }
      })
      expectSuccess("CreateChannel", created)
      expect(created.headers["content-type"]).toBe("application/json")
      expect([created.body.flex_flow_sid, created.body.task_sid]).toEqual([FO, `WT${hex}`])
      expect(created.body.url).toBe(`${origin}/v1/Channels/${created.body.sid}`)
      const stored = yield* (yield* simulator).getChatChannel(created.body.sid)
      expect(Option.map(stored, (c) => c.flex_flow_sid)).toEqual(Option.some(FO))
      const again = yield* send("CreateChannel", {}, { form: required })
      expectSuccess("CreateChannel", again)
      expect(again.body.sid).not.toBe(created.body.sid)
      expect(again.body.task_sid).toMatch(/^WT[0-9a-f]{32}$/)
    })))

  it.effect("400 for each missing required parameter (named), a bad SID or LongLived; nothing is stored", () =>
    run(Effect.gen(function*() {
      for (const name of Object.keys(required)) {
        const { [name]: _, ...form } = required as Record<string, string>
        expectError(
          yield* send("CreateChannel", {}, { form }),
          400,
          20001,
          `Missing required parameter ${name} in the post body`
        )
        expectError(yield* send("CreateChannel", {}, { form: { ...form, [name]: "" } }), 400, 20001)
      }
      expectError(yield* send("CreateChannel", {}, { form: { ...required, FlexFlowSid: CH } }), 400, 20001)
      expectError(yield* send("CreateChannel", {}, { form: { ...required, TaskSid: "WT1" } }), 400, 20001)
      expectError(yield* send("CreateChannel", {}, { form: { ...required, LongLived: "yes" } }), 400, 20001)
      expectError(yield* send("CreateChannel", {}, { form: required, auth: null }), 401, 20003)
      expect(yield* (yield* simulator).listChatChannels).toHaveLength(1)
    })))
})

describe("DeleteChannel", () => {
  it.effect("204 with no body and no content type; the channel is gone (fetch and a second delete: 404)", () =>
    run(Effect.gen(function*() {
      const deleted = yield* send("DeleteChannel", { Sid: CH })
      expect(deleted.status).toBe(openApi.successOf("DeleteChannel").status)
      expect(deleted.status).toBe(204)
      expect(deleted.body).toBeNull()
      expect(deleted.headers["content-type"]).toBeUndefined()
      expect(deleted.headers["twilio-request-id"]).toMatch(/^RQ/)
      expect(yield* (yield* simulator).getChatChannel(CH)).toEqual(Option.none())
      expectError(
        yield* send("DeleteChannel", { Sid: CH }),
        404,
        20404,
        `The requested resource /Channels/${CH} was not found`
      )
      const journal = yield* (yield* simulator).journal
      expect(journal.map((e) => [e.method, e.route, e.status])).toEqual([
        ["DELETE", "DeleteChannel", 204],
        ["DELETE", "DeleteChannel", 404]
      ])
    })))

  it.effect("404 for an unknown or malformed SID; 401 without credentials; the other channels stay listed in order", () =>
    run(Effect.gen(function*() {
      const sim = yield* simulator
      const a = yield* sim.insertChatChannel()
      const b = yield* sim.insertChatChannel()
      expectError(yield* send("DeleteChannel", { Sid: missing("CH") }), 404, 20404)
      expectError(yield* send("DeleteChannel", { Sid: "CH1" }), 404, 20404)
      expectError(yield* send("DeleteChannel", { Sid: a.sid }, { auth: null }), 401, 20003)
      expect((yield* send("DeleteChannel", { Sid: a.sid })).status).toBe(204)
      const listed = yield* send("ListChannel", {}, { query: "PageSize=50" })
      expect(listed.body.flex_chat_channels.map((c: Json) => c.sid)).toEqual([CH, b.sid])
    })))
})

describe("CreateInteraction", () => {
  const channel = { type: "sms", initiated_by: "agent", participants: [{ address: "+13115552368" }] }
  const routing = { properties: { workspace_sid: `WS${hex}`, task_channel_unique_name: "sms" } }

  it.effect("200 with a conforming interaction; its channel (active) and customer participants are created", () =>
    run(Effect.gen(function*() {
      const sim = yield* simulator
      const created = yield* send("CreateInteraction", {}, {
        form: {
          Channel: JSON.stringify(channel),
          Routing: JSON.stringify(routing),
          InteractionContextSid: `HQ${hex}`,
          WebhookTtid: "flex_interactionwebhook_01"
        }
      })
      expectSuccess("CreateInteraction", created)
      const { body } = created
      expect([body.interaction_context_sid, body.webhook_ttid]).toEqual([`HQ${hex}`, "flex_interactionwebhook_01"])
      expect(body.channel).toEqual({ type: "sms", sid: expect.stringMatching(/^UO[0-9a-f]{32}$/) })
      expect(body.routing.properties).toMatchObject({ ...routing.properties, assignment_status: "pending" })
      expect(body.routing.properties.sid).toMatch(/^WT[0-9a-f]{32}$/)
      const channels = yield* sim.listInteractionChannels(body.sid)
      expect(channels.map((c) => [c.sid, c.type, c.status])).toEqual([[body.channel.sid, "sms", "active"]])
      const participants = yield* sim.listParticipants(body.sid, body.channel.sid)
      expect(participants.map((p) => p.type)).toEqual(["customer"])
      const fetched = yield* send("FetchInteraction", { Sid: body.sid }, {})
      expect(fetched.body).toEqual(body)
    })))

  it.effect("only the Channel: routing, context and webhook are null", () =>
    run(Effect.gen(function*() {
      const created = yield* send("CreateInteraction", {}, { form: { Channel: "{\"type\":\"chat\"}" } })
      expectSuccess("CreateInteraction", created)
      expect([created.body.routing, created.body.interaction_context_sid, created.body.webhook_ttid]).toEqual([
        null,
        null,
        null
      ])
    })))

  it.effect("400 for a missing or broken Channel, a Routing that is not an object, a bad context SID; nothing stored", () =>
    run(Effect.gen(function*() {
      const sim = yield* simulator
      const cases: ReadonlyArray<Record<string, string>> = [
        {},
        { Routing: "{}" },
        { Channel: "" },
        { Channel: "sms" },
        { Channel: "[]" },
        { Channel: "{}" },
        { Channel: "{\"type\":\"carrier-pigeon\"}" },
        { Channel: "{\"type\":\"sms\"}", Routing: "[1]" },
        { Channel: "{\"type\":\"sms\"}", InteractionContextSid: "interaction_context_sid" }
      ]
      for (const form of cases) expectError(yield* send("CreateInteraction", {}, { form }), 400, 20001)
      expect((yield* send("CreateInteraction", {}, { form: {} })).body.message).toBe(
        "Missing required parameter Channel in the post body"
      )
      expect(yield* sim.listInteractions).toHaveLength(2)
    })))
})

describe("UpdateInteraction", () => {
  it.effect("200 with the interaction, its webhook_ttid set; without WebhookTtid nothing changes; 404 unknown", () =>
    run(Effect.gen(function*() {
      const updated = yield* send("UpdateInteraction", { Sid: KD }, {
        form: { WebhookTtid: "flex_interactionwebhook_02" }
      })
      expectSuccess("UpdateInteraction", updated)
      expect(updated.body.webhook_ttid).toBe("flex_interactionwebhook_02")
      const unchanged = yield* send("UpdateInteraction", { Sid: KD }, { form: {} })
      expect(unchanged.body).toEqual(updated.body)
      expectError(yield* send("UpdateInteraction", { Sid: missing("KD") }, { form: { WebhookTtid: "x" } }), 404, 20404)
      expectError(yield* send("UpdateInteraction", { Sid: KD }, { form: {}, auth: null }), 401, 20003)
    })))
})

describe("CreateInteractionChannelParticipant", () => {
  const params = { InteractionSid: KD, ChannelSid: UO }
  const media = JSON.stringify({ address: "ada@example.com", level: "cc", type: "email" })

  it.effect("200 with a conforming participant of each type; listed with the channel's others", () =>
    run(Effect.gen(function*() {
      for (const type of ["supervisor", "customer", "external", "agent", "unknown"]) {
        const created = yield* send("CreateInteractionChannelParticipant", params, {
          form: { Type: type, MediaProperties: media, RoutingProperties: JSON.stringify({ worker_sid: `WK${hex}` }) }
        })
        expectSuccess("CreateInteractionChannelParticipant", created)
        expect([created.body.type, created.body.routing_properties]).toEqual([type, { worker_sid: `WK${hex}` }])
      }
      const plain = yield* send("CreateInteractionChannelParticipant", params, {
        form: { Type: "agent", MediaProperties: media }
      })
      expect(plain.body.routing_properties).toBeNull()
      expect(yield* (yield* simulator).listParticipants(KD, UO)).toHaveLength(8)
    })))

  it.effect("400 for Type and MediaProperties (missing, invalid); 404 before 400 for a channel elsewhere", () =>
    run(Effect.gen(function*() {
      const cases: ReadonlyArray<Record<string, string>> = [
        { MediaProperties: media },
        { Type: "robot", MediaProperties: media },
        { Type: "agent" },
        { Type: "agent", MediaProperties: "not json" },
        { Type: "agent", MediaProperties: media, RoutingProperties: "\"WT\"" }
      ]
      for (const form of cases) {
        expectError(yield* send("CreateInteractionChannelParticipant", params, { form }), 400, 20001)
      }
      expectError(
        yield* send("CreateInteractionChannelParticipant", { InteractionSid: otherKD, ChannelSid: UO }, { form: {} }),
        404,
        20404
      )
      expectError(
        yield* send("CreateInteractionChannelParticipant", { InteractionSid: KD, ChannelSid: missing("UO") }, {
          form: { Type: "agent", MediaProperties: media }
        }),
        404,
        20404
      )
      expect(yield* (yield* simulator).listParticipants(KD, UO)).toHaveLength(2)
    })))
})

describe("invites", () => {
  const params = { InteractionSid: KD, ChannelSid: UO }
  const routing = { properties: { queue_sid: `WQ${hex}`, workspace_sid: `WS${hex}` } }

  it.effect("create: 200 with a conforming invite (a pending task); the list conforms, key invites, in pages", () =>
    run(Effect.gen(function*() {
      const empty = yield* send("ListInteractionChannelInvite", params)
      expectSuccess("ListInteractionChannelInvite", empty)
      expect(empty.body.invites).toEqual([])
      const sids: Array<string> = []
      for (let i = 0; i < 3; i++) {
        const created = yield* send("CreateInteractionChannelInvite", params, {
          form: { Routing: JSON.stringify(routing) }
        })
        expectSuccess("CreateInteractionChannelInvite", created)
        expect(created.body.routing).toMatchObject({ reservation: null, properties: routing.properties })
        sids.push(created.body.sid)
      }
      const page = yield* send("ListInteractionChannelInvite", params, { query: "PageSize=2" })
      expectSuccess("ListInteractionChannelInvite", page)
      expect(page.body.meta.key).toBe("invites")
      expect(page.body.invites.map((i: Json) => i.sid)).toEqual(sids.slice(0, 2))
      expect(page.body.meta.next_page_url).toMatch(/PageToken=/)
      const client = yield* HttpClient.HttpClient
      const next = yield* client.execute(
        HttpClientRequest.get(page.body.meta.next_page_url).pipe(HttpClientRequest.setHeader("authorization", auth))
      )
      const nextBody = (yield* next.json) as Json
      expect(openApi.check(openApi.successOf("ListInteractionChannelInvite").schema, nextBody)).toEqual([])
      expect(nextBody.invites.map((i: Json) => i.sid)).toEqual(sids.slice(2))
      expect((yield* (yield* simulator).listInvites(KD, UO)).map((i) => i.sid)).toEqual(sids)
    })))

  it.effect("400 for a missing or non-object Routing; 404 for a channel elsewhere, list and create", () =>
    run(Effect.gen(function*() {
      for (const form of [{}, { Routing: "" }, { Routing: "queue" }, { Routing: "[]" }]) {
        expectError(yield* send("CreateInteractionChannelInvite", params, { form }), 400, 20001)
      }
      const elsewhere = { InteractionSid: KD, ChannelSid: otherUO }
      expectError(yield* send("ListInteractionChannelInvite", elsewhere), 404, 20404)
      expectError(yield* send("CreateInteractionChannelInvite", elsewhere, { form: { Routing: "{}" } }), 404, 20404)
      expectError(yield* send("ListInteractionChannelInvite", params, { query: "PageSize=0" }), 400, 20001)
      expect(yield* (yield* simulator).listInvites(KD, UO)).toEqual([])
    })))
})

describe("transfers", () => {
  const params = { InteractionSid: KD, ChannelSid: UO }

  it.effect("create: 201 with a conforming transfer (active); fetch and update conform; update sets the status", () =>
    run(Effect.gen(function*() {
      const created = yield* send("CreateInteractionTransfer", params, {
        json: { from: UT, to: `WK${hex}`, type: "warm", note: "VIP" }
      })
      expectSuccess("CreateInteractionTransfer", created)
      expect([created.body.type, created.body.status, created.body.from, created.body.to]).toEqual([
        "warm",
        "active",
        UT,
        `WK${hex}`
      ])
      const sid = created.body.sid
      const fetched = yield* send("FetchInteractionTransfer", { ...params, Sid: sid })
      expectSuccess("FetchInteractionTransfer", fetched)
      expect(fetched.body).toEqual(created.body)
      const updated = yield* send("UpdateInteractionTransfer", { ...params, Sid: sid }, {
        json: { status: "completed" }
      })
      expectSuccess("UpdateInteractionTransfer", updated)
      expect(updated.body.status).toBe("completed")
      const stored = yield* (yield* simulator).getTransfer(KD, UO, sid)
      expect(Option.map(stored, (t) => t.status)).toEqual(Option.some("completed"))
      const journal = yield* (yield* simulator).journal
      expect(journal.map((e) => [e.route, e.json])).toEqual([
        ["CreateInteractionTransfer", { from: UT, to: `WK${hex}`, type: "warm", note: "VIP" }],
        ["FetchInteractionTransfer", undefined],
        ["UpdateInteractionTransfer", { status: "completed" }]
      ])
      const plain = yield* send("CreateInteractionTransfer", params, { json: {} })
      expectSuccess("CreateInteractionTransfer", plain)
      expect([plain.body.type, plain.body.from, plain.body.to]).toEqual(["cold", null, null])
    })))

  it.effect("400 for a body that is not a JSON object, a from that is not a participant here, an unknown type or status", () =>
    run(Effect.gen(function*() {
      const creates: ReadonlyArray<Sent> = [
        {},
        { form: { from: UT } },
        { json: [] },
        { json: "transfer" },
        { json: { from: `UT${"9".repeat(32)}` } },
        { json: { from: `WK${hex}` } },
        { json: { to: 5 } },
        { json: { type: "consult" } }
      ]
      for (const options of creates) expectError(yield* send("CreateInteractionTransfer", params, options), 400, 20001)
      const updates: ReadonlyArray<Sent> = [{ form: { status: "completed" } }, { json: { status: "paused" } }]
      for (const options of updates) {
        expectError(yield* send("UpdateInteractionTransfer", { ...params, Sid: UX }, options), 400, 20001)
      }
      const stored = yield* (yield* simulator).getTransfer(KD, UO, UX)
      expect(Option.map(stored, (t) => t.status)).toEqual(Option.some("active"))
    })))

  it.effect("404 for an unknown transfer, one of another channel, an unknown channel (before the body's 400)", () =>
    run(Effect.gen(function*() {
      expectError(yield* send("FetchInteractionTransfer", { ...params, Sid: missing("UX") }), 404, 20404)
      expectError(
        yield* send("FetchInteractionTransfer", { InteractionSid: otherKD, ChannelSid: otherUO, Sid: UX }),
        404,
        20404
      )
      expectError(yield* send("UpdateInteractionTransfer", { ...params, Sid: missing("UX") }, { json: [] }), 404, 20404)
      expectError(
        yield* send("CreateInteractionTransfer", { InteractionSid: otherKD, ChannelSid: UO }, { json: [] }),
        404,
        20404
      )
      expectError(yield* send("FetchInteractionTransfer", { ...params, Sid: "UX1" }), 404, 20404)
    })))
})

describe("the new routes and the rest of the simulator", () => {
  it.effect("closing a channel wraps up its participants' tasks; a routing that closes them closes them", () =>
    run(Effect.gen(function*() {
      const sim = yield* simulator
      const statusOf = (sid: string) => Effect.map(sim.getParticipant(KD, UO, sid), Option.map((p) => p.status))
      yield* send("UpdateInteractionChannel", { InteractionSid: KD, Sid: UO }, { form: { Status: "closed" } })
      // the agent had a task; the customer did not
      expect([yield* statusOf(UT), yield* statusOf(customerUT)]).toEqual([Option.some("wrapup"), Option.some(null)])
      yield* send("UpdateInteractionChannel", { InteractionSid: KD, Sid: UO }, {
        form: { Status: "inactive", Routing: "{\"status\":\"closed\"}" }
      })
      expect(yield* statusOf(UT)).toEqual(Option.some("closed"))
    })))

  it.effect("faults are taken by the new routes like the others (a 500, extra fields, unknown enum values)", () =>
    run(Effect.gen(function*() {
      const sim = yield* simulator
      yield* sim.injectFaults([
        FlexSimulator.status(500, { route: "DeleteChannel" }),
        FlexSimulator.extraFields({ route: "CreateInteractionTransfer" }),
        FlexSimulator.unknownEnumValues({ route: "FetchInteractionTransfer" })
      ])
      expectError(yield* send("DeleteChannel", { Sid: CH }), 500, 20500)
      expect(yield* sim.getChatChannel(CH)).not.toEqual(Option.none())
      expect((yield* send("DeleteChannel", { Sid: CH })).status).toBe(204)
      const extra = yield* send("CreateInteractionTransfer", { InteractionSid: KD, ChannelSid: UO }, { json: {} })
      expect(extra.body.x_simulator_extra).toBeDefined()
      const unknown = yield* send("FetchInteractionTransfer", { InteractionSid: KD, ChannelSid: UO, Sid: UX })
      const errors = openApi.check(openApi.successOf("FetchInteractionTransfer").schema, unknown.body)
      expect(errors.length).toBeGreaterThan(0)
      for (const error of errors) expect(error).toMatch(/is not one of/)
      expect((yield* sim.journal).map((e) => [e.route, e.status, e.fault])).toEqual([
        ["DeleteChannel", 500, "Status"],
        ["DeleteChannel", 204, null],
        ["CreateInteractionTransfer", 201, "ExtraFields"],
        ["FetchInteractionTransfer", 200, "UnknownEnumValues"]
      ])
    })))

  it.effect("another method on a new path is a 405 naming the path's methods", () =>
    run(Effect.gen(function*() {
      const client = yield* HttpClient.HttpClient
      const cases: ReadonlyArray<readonly [string, string, string]> = [
        ["DELETE", "/v1/Interactions", "POST, OPTIONS"],
        ["DELETE", `/v1/Interactions/${KD}`, "GET, POST, OPTIONS"],
        ["POST", `/v1/Channels/${CH}`, "GET, DELETE, OPTIONS"],
        ["DELETE", `/v1/Interactions/${KD}/Channels/${UO}/Invites`, "GET, POST, OPTIONS"],
        ["GET", `/v1/Interactions/${KD}/Channels/${UO}/Transfers`, "POST, OPTIONS"]
      ]
      for (const [method, path, allow] of cases) {
        const response = yield* client.execute(
          HttpClientRequest.make(method as "GET")(`${origin}${path}`).pipe(
            HttpClientRequest.setHeader("authorization", auth)
          )
        )
        expect([method, path, response.status, response.headers["allow"]]).toEqual([method, path, 405, allow])
      }
    })))
})
