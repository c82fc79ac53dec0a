/**
 * CreateInteraction (`POST /v1/Interactions`) and UpdateInteraction (`POST /v1/Interactions/{Sid}`):
 *
 * - the common contract of each (./utils/operations.ts): the request against Twilio's spec, the
 *   spec's examples decoded, nullable fields, span and metric, a POST sent once after a lost
 *   connection, typed 404/400 errors, secrets scrubbed, bad SIDs refused unsent;
 * - the form body: `Channel` and `Routing` as JSON text of exactly what was given, the optional
 *   fields only when given;
 * - parameters refused before any request: missing or mistyped fields, SIDs of the wrong kind in
 *   the routing, values that are not plain JSON, objects that cannot be read; and read once.
 *
 * Conformance fixture: `fixtures/flex_v1_issue11_operations.json` (see fixtures/README.md).
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import type * as FlexClient from "../src/FlexClient.js"
import * as Interaction from "../src/Interaction.js"
import * as Hostile from "./utils/hostile.js"
import * as OpenApi from "./utils/openapi.js"
import { operationSuite, rejectsUnsent } from "./utils/operations.js"
import * as Transport from "./utils/transport.js"

type Json = any

const spec: Json = OpenApi.fixture("flex_v1_issue11_operations.json")
const openApi = OpenApi.make(spec)
const hex = "0123456789abcdef0123456789abcdef"
const KD = `KD${hex}`
const HQ = `HQ${hex}`
const WS = `WS${hex}`
const WW = `WW${hex}`

const channel = {
  type: "sms",
  initiated_by: "agent",
  participants: [{ address: "+13115552368", proxy_address: "+13115552369" }],
  // a key this library does not type goes as given
  properties: { media_channel_sid: `CH${hex}` },
  custom: [1, "two", null, { three: true }]
} as const
const routing = {
  properties: { workspace_sid: WS, workflow_sid: WW, task_channel_unique_name: "sms", attributes: { vip: true } }
}
const createParams = { channel, routing } as unknown as Interaction.CreateParams
const create = (params: unknown) => (flex: FlexClient.FlexClient) =>
  flex.interactions.create(params as Interaction.CreateParams)
const update = (params: unknown) => (flex: FlexClient.FlexClient) =>
  flex.interactions.update(KD, params as Interaction.UpdateParams)

const createExample = openApi.successOf("CreateInteraction").examples.create!.value
const updateExample = openApi.successOf("UpdateInteraction").examples.update!.value

/** The form of the one request a call sent (it must have sent exactly one). */
const formOf = (recorded: ReadonlyArray<Transport.Recorded>) => {
  expect(recorded).toHaveLength(1)
  expect(recorded[0]!.headers["content-type"]).toBe("application/x-www-form-urlencoded")
  return Object.fromEntries(new URLSearchParams(recorded[0]!.body))
}

operationSuite({
  operation: "interactions.create",
  operationId: "CreateInteraction",
  openApi,
  path: "/v1/Interactions",
  run: create(createParams),
  attributes: {},
  sids: [],
  record: Interaction.Interaction
})

operationSuite({
  operation: "interactions.update",
  operationId: "UpdateInteraction",
  openApi,
  path: `/v1/Interactions/${KD}`,
  run: update({ webhookTtid: "flex_interactionwebhook_01" }),
  attributes: { "flex.interaction_sid": KD },
  sids: [{
    argument: "interactionSid",
    prefix: "KD",
    call: (bad) => (flex) => flex.interactions.update(bad, { webhookTtid: "x" })
  }],
  record: Interaction.Interaction
})

describe("interactions.create: the form body", () => {
  it.effect("Channel and Routing are the JSON text of exactly the values given; the optional fields when given", () =>
    Effect.gen(function*() {
      const { recorded, result } = yield* Transport.withClient(
        { status: 200, body: createExample },
        create({ ...createParams, interactionContextSid: HQ, webhookTtid: "flex_interactionwebhook_01" })
      )
      const form = formOf(recorded)
      expect(Object.keys(form)).toEqual(["Channel", "Routing", "InteractionContextSid", "WebhookTtid"])
      expect(JSON.parse(form.Channel!)).toEqual(channel)
      expect(JSON.parse(form.Routing!)).toEqual(routing)
      expect([form.InteractionContextSid, form.WebhookTtid]).toEqual([HQ, "flex_interactionwebhook_01"])
      expect(openApi.checkRequest("CreateInteraction", OpenApi.wireRequestOf(recorded[0]!))).toEqual([])
      expect(result.routing).toEqual(createExample.routing)
    }))

  it.effect("only the channel: only Channel is sent; keys the params do not have are not read or sent", () =>
    Effect.gen(function*() {
      const { recorded } = yield* Transport.withClient(
        { status: 200, body: createExample },
        create({ channel: { type: "chat" }, status: "closed", Routing: "{}" })
      )
      expect(formOf(recorded)).toEqual({ Channel: "{\"type\":\"chat\"}" })
    }))

  it.effect("an undefined optional field is left out, inside the JSON as well", () =>
    Effect.gen(function*() {
      const { recorded } = yield* Transport.withClient(
        { status: 200, body: createExample },
        create({ channel: { type: "chat", initiated_by: undefined }, routing: undefined, webhookTtid: undefined })
      )
      expect(formOf(recorded)).toEqual({ Channel: "{\"type\":\"chat\"}" })
    }))

  it.effect("a channel type Twilio adds later can be sent (the enum is open)", () =>
    Effect.gen(function*() {
      const { recorded } = yield* Transport.withClient(
        { status: 200, body: createExample },
        create({ channel: { type: "rcs", initiated_by: "bot" } })
      )
      expect(JSON.parse(formOf(recorded).Channel!)).toEqual({ type: "rcs", initiated_by: "bot" })
    }))

  it.effect("getters are read once: the request sends their first values", () =>
    Effect.gen(function*() {
      const params = {}
      const outer = Hostile.changing(params, "channel", { type: "sms" }, { type: 5 })
      const nested = { type: "chat" }
      const inner = Hostile.changing(nested, "initiated_by", "customer", 42)
      const { recorded } = yield* Transport.withClient({ status: 200, body: createExample }, create(params))
      expect(JSON.parse(formOf(recorded).Channel!)).toEqual({ type: "sms" })
      expect(outer.reads).toBe(1)
      const second = yield* Transport.withClient({ status: 200, body: createExample }, create({ channel: nested }))
      expect(JSON.parse(formOf(second.recorded).Channel!)).toEqual({ type: "chat", initiated_by: "customer" })
      expect(inner.reads).toBe(1)
    }))

  it("the spec's own request example is refused by its own pattern (InteractionContextSid)", () => {
    const example = spec.paths["/v1/Interactions"].post.requestBody.content["application/x-www-form-urlencoded"]
      .examples.create.value
    const request = { method: "POST", path: "/v1/Interactions", contentType: "application/x-www-form-urlencoded" }
    expect(openApi.checkRequest("CreateInteraction", { ...request, form: example })).toEqual([
      "body.InteractionContextSid: too short",
      "body.InteractionContextSid: \"interaction_context_sid\" does not match ^HQ[0-9a-fA-F]{32}$"
    ])
    const { InteractionContextSid: _, ...rest } = example
    expect(openApi.checkRequest("CreateInteraction", { ...request, form: rest })).toEqual([])
    expect(openApi.checkRequest("CreateInteraction", { ...request, form: { Routing: "{}" } })).toEqual([
      "body.Channel: required"
    ])
  })
})

describe("interactions.create: invalid parameters are FlexInvalidInput, nothing sent", () => {
  const cases: ReadonlyArray<readonly [argument: string, label: string, params: () => unknown]> = [
    ["params.channel", "no channel", () => ({ routing })],
    ["params.channel", "channel null", () => ({ channel: null })],
    ["params.channel", "channel as JSON text", () => ({ channel: JSON.stringify(channel) })],
    ["params.channel", "channel an array", () => ({ channel: [channel] })],
    ["params.channel.type", "channel without a type", () => ({ channel: { initiated_by: "agent" } })],
    ["params.channel.type", "channel type a number", () => ({ channel: { type: 1 } })],
    ["params.channel.initiated_by", "initiated_by a number", () => ({ channel: { type: "sms", initiated_by: 1 } })],
    ["params.channel.properties", "properties a string", () => ({ channel: { type: "sms", properties: "x" } })],
    ["params.channel.participants", "participants an object", () => ({ channel: { type: "sms", participants: {} } })],
    ["params.channel.participants.0", "a participant a string", () => ({
      channel: { type: "sms", participants: ["+13115552368"] }
    })],
    ["params.routing", "routing a string", () => ({ channel, routing: "{}" })],
    ["params.routing", "routing null", () => ({ channel, routing: null })],
    ["params.routing.properties", "routing properties an array", () => ({ channel, routing: { properties: [] } })],
    ["params.routing.properties.workspace_sid", "a workflow SID as the workspace", () => ({
      channel,
      routing: { properties: { workspace_sid: WW } }
    })],
    ["params.routing.properties.workflow_sid", "a malformed workflow SID", () => ({
      channel,
      routing: { properties: { workflow_sid: "WW123" } }
    })],
    ["params.routing.properties.queue_sid", "a worker SID as the queue", () => ({
      channel,
      routing: { properties: { queue_sid: `WK${hex}` } }
    })],
    ["params.routing.properties.worker_sid", "a queue SID as the worker", () => ({
      channel,
      routing: { properties: { worker_sid: `WQ${hex}` } }
    })],
    ["params.routing.properties.attributes", "attributes as JSON text", () => ({
      channel,
      routing: { properties: { attributes: "{}" } }
    })],
    ["params.interactionContextSid", "Twilio's example context SID", () => ({
      channel,
      interactionContextSid: "interaction_context_sid"
    })],
    [
      "params.interactionContextSid",
      "an Interaction SID as the context",
      () => ({ channel, interactionContextSid: KD })
    ],
    ["params.webhookTtid", "webhookTtid a number", () => ({ channel, webhookTtid: 1 })],
    ...Hostile.notJson().map(([label, value]) =>
      ["params.channel", `channel holding ${label}`, () => ({ channel: { type: "sms", properties: value } })] as const
    ),
    ...Hostile.notJson().map(([label, value]) =>
      [
        "params.routing",
        `routing holding ${label}`,
        () => ({ channel, routing: { properties: { x: value } } })
      ] as const
    ),
    ...Hostile.unreadableParams().map(([label, value]) => ["params", `params ${label}`, () => value] as const),
    ["params", "a throwing getter on params.channel", () => Hostile.throwing({}, "channel")],
    ["params", "a throwing enumerable getter on params.routing", () => Hostile.throwing({ channel }, "routing", true)]
  ]
  it.effect.each(cases)(
    "%s: %s",
    ([argument, , params]) => Effect.asVoid(rejectsUnsent("interactions.create", argument, create(params())))
  )

  it.effect("a value that is not JSON is named with its path in the message", () =>
    Effect.gen(function*() {
      const error = yield* rejectsUnsent(
        "interactions.create",
        "params.channel",
        create({ channel: { type: "sms", participants: [{ address: 1n }] } })
      )
      expect(error.message).toBe(
        "params.channel must be plain JSON: at params.channel.participants[0].address, a BigInt is not JSON"
      )
    }))
})

describe("interactions.update: the form body and its parameters", () => {
  it.effect("WebhookTtid when given; an empty update sends an empty form (the spec requires nothing)", () =>
    Effect.gen(function*() {
      const first = yield* Transport.withClient(
        { status: 200, body: updateExample },
        update({ webhookTtid: "flex_interactionwebhook_01jke8z8vte4ette30t5w9h081", channel })
      )
      expect(formOf(first.recorded)).toEqual({ WebhookTtid: "flex_interactionwebhook_01jke8z8vte4ette30t5w9h081" })
      expect(first.result.webhookTtid).toBe(updateExample.webhook_ttid)
      const empty = yield* Transport.withClient({ status: 200, body: updateExample }, update({}))
      expect(formOf(empty.recorded)).toEqual({})
      expect(openApi.checkRequest("UpdateInteraction", OpenApi.wireRequestOf(empty.recorded[0]!))).toEqual([])
    }))

  const cases: ReadonlyArray<readonly [argument: string, label: string, params: () => unknown]> = [
    ["params.webhookTtid", "webhookTtid a number", () => ({ webhookTtid: 1 })],
    ["params.webhookTtid", "webhookTtid null", () => ({ webhookTtid: null })],
    ["params.webhookTtid", "webhookTtid an object", () => ({ webhookTtid: { toString: () => "x" } })],
    ...Hostile.unreadableParams().map(([label, value]) => ["params", `params ${label}`, () => value] as const),
    ["params", "a throwing getter on webhookTtid", () => Hostile.throwing({}, "webhookTtid")]
  ]
  it.effect.each(cases)(
    "%s: %s is FlexInvalidInput, nothing sent",
    ([argument, , params]) => Effect.asVoid(rejectsUnsent("interactions.update", argument, update(params())))
  )
})
