/**
 * CreateChannel (`POST /v1/Channels`, 201) and DeleteChannel (`DELETE /v1/Channels/{Sid}`, 204):
 *
 * - the common contract of each (./utils/operations.ts): the create decodes its 201, the delete
 *   succeeds with no value on a 204 and, like a POST, is sent once after a lost connection;
 * - the create's form body: Twilio's names, the four required fields, `LongLived` as `true` or
 *   `false`, the optional ones only when given; invalid parameters refused unsent; read once.
 *
 * Conformance fixture: `fixtures/flex_v1_issue11_operations.json` (see fixtures/README.md).
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as ChatChannel from "../src/ChatChannel.js"
import type * as FlexClient from "../src/FlexClient.js"
import * as Hostile from "./utils/hostile.js"
import * as OpenApi from "./utils/openapi.js"
import { operationSuite, rejectsUnsent } from "./utils/operations.js"
import * as Transport from "./utils/transport.js"

type Json = any

const spec: Json = OpenApi.fixture("flex_v1_issue11_operations.json")
const openApi = OpenApi.make(spec)
const hex = "0123456789abcdef0123456789abcdef"
const CH = `CH${hex}`
const FO = `FO${hex}`
const WT = `WT${hex}`
const example = openApi.successOf("CreateChannel").examples.create!.value

const required = {
  flexFlowSid: FO,
  identity: "customer-42",
  chatUserFriendlyName: "Ada",
  chatFriendlyName: "Support chat with Ada"
}
const create = (params: unknown) => (flex: FlexClient.FlexClient) =>
  flex.channels.create(params as ChatChannel.CreateParams)

operationSuite({
  operation: "channels.create",
  operationId: "CreateChannel",
  openApi,
  path: "/v1/Channels",
  run: create(required),
  attributes: {},
  sids: [],
  record: ChatChannel.ChatChannel
})

operationSuite({
  operation: "channels.delete",
  operationId: "DeleteChannel",
  openApi,
  path: `/v1/Channels/${CH}`,
  run: (flex) => flex.channels.delete(CH),
  attributes: { "flex.chat_channel_sid": CH },
  sids: [{ argument: "sid", prefix: "CH", call: (bad) => (flex) => flex.channels.delete(bad) }]
})

const formOf = (recorded: ReadonlyArray<Transport.Recorded>) => {
  expect(recorded).toHaveLength(1)
  expect(recorded[0]!.headers["content-type"]).toBe("application/x-www-form-urlencoded")
  return Object.fromEntries(new URLSearchParams(recorded[0]!.body))
}

describe("channels.create: the form body", () => {
  it.effect("the required fields under Twilio's names, and nothing else when nothing else is given", () =>
    Effect.gen(function*() {
      const { recorded, result } = yield* Transport.withClient({ status: 201, body: example }, create(required))
      expect(formOf(recorded)).toEqual({
        FlexFlowSid: FO,
        Identity: "customer-42",
        ChatUserFriendlyName: "Ada",
        ChatFriendlyName: "Support chat with Ada"
      })
      expect(result.flexFlowSid).toBe(example.flex_flow_sid)
    }))

  it.effect("every field: the spec's request example is exactly what the client sends for it", () =>
    Effect.gen(function*() {
      const sent = spec.paths["/v1/Channels"].post.requestBody.content["application/x-www-form-urlencoded"].examples
        .create.value
      const { recorded } = yield* Transport.withClient(
        { status: 201, body: example },
        create({
          flexFlowSid: sent.FlexFlowSid,
          identity: sent.Identity,
          chatUserFriendlyName: sent.ChatUserFriendlyName,
          chatFriendlyName: sent.ChatFriendlyName,
          target: sent.Target,
          chatUniqueName: sent.ChatUniqueName,
          preEngagementData: sent.PreEngagementData,
          taskSid: sent.TaskSid,
          taskAttributes: sent.TaskAttributes,
          longLived: sent.LongLived
        })
      )
      const form = formOf(recorded)
      expect(form).toEqual({ ...sent, LongLived: String(sent.LongLived) })
      expect(openApi.checkRequest("CreateChannel", OpenApi.wireRequestOf(recorded[0]!))).toEqual([])
    }))

  it.effect("LongLived false is sent as false (not left out); a getter is read once", () =>
    Effect.gen(function*() {
      const params = { ...required }
      const counter = Hostile.changing(params, "longLived", false, "yes")
      const { recorded } = yield* Transport.withClient({ status: 201, body: example }, create(params))
      expect(formOf(recorded).LongLived).toBe("false")
      expect(counter.reads).toBe(1)
    }))

  it("the checker refuses what the client never sends: a missing required field, LongLived not a boolean", () => {
    const request = { method: "POST", path: "/v1/Channels", contentType: "application/x-www-form-urlencoded" }
    const form = { FlexFlowSid: FO, Identity: "a", ChatUserFriendlyName: "b", ChatFriendlyName: "c" }
    expect(openApi.checkRequest("CreateChannel", { ...request, form })).toEqual([])
    const { Identity: _, ...missing } = form
    expect(openApi.checkRequest("CreateChannel", { ...request, form: missing })).toEqual(["body.Identity: required"])
    expect(openApi.checkRequest("CreateChannel", { ...request, form: { ...form, LongLived: "yes" } })).not.toEqual([])
    expect(openApi.checkRequest("CreateChannel", { ...request, form: { ...form, TaskSid: FO } })).not.toEqual([])
  })
})

describe("channels.create: invalid parameters are FlexInvalidInput, nothing sent", () => {
  const without = (key: keyof typeof required) => {
    const { [key]: _, ...rest } = required
    return rest
  }
  const cases: ReadonlyArray<readonly [argument: string, label: string, params: () => unknown]> = [
    ...(Object.keys(required) as Array<keyof typeof required>).map((key) =>
      [`params.${key}`, `${key} missing`, () => without(key)] as const
    ),
    ["params.identity", "identity empty", () => ({ ...required, identity: "" })],
    ["params.chatUserFriendlyName", "chatUserFriendlyName empty", () => ({ ...required, chatUserFriendlyName: "" })],
    ["params.chatFriendlyName", "chatFriendlyName a number", () => ({ ...required, chatFriendlyName: 1 })],
    ["params.flexFlowSid", "flexFlowSid a chat channel SID", () => ({ ...required, flexFlowSid: CH })],
    ["params.flexFlowSid", "flexFlowSid malformed", () => ({ ...required, flexFlowSid: "FO123" })],
    ["params.taskSid", "taskSid a worker SID", () => ({ ...required, taskSid: `WK${hex}` })],
    ["params.longLived", "longLived as text", () => ({ ...required, longLived: "true" })],
    ["params.preEngagementData", "preEngagementData an object (the spec types it as text)", () => ({
      ...required,
      preEngagementData: { topic: "billing" }
    })],
    ["params.taskAttributes", "taskAttributes an object", () => ({ ...required, taskAttributes: {} })],
    ["params.target", "target null", () => ({ ...required, target: null })],
    ...Hostile.unreadableParams().map(([label, value]) => ["params", `params ${label}`, () => value] as const),
    ["params", "a throwing getter on identity", () => Hostile.throwing({ ...required }, "identity")]
  ]
  it.effect.each(cases)(
    "%s: %s",
    ([argument, , params]) => Effect.asVoid(rejectsUnsent("channels.create", argument, create(params())))
  )

  it.effect("valid optional fields pass (control)", () =>
    Effect.gen(function*() {
      const { recorded } = yield* Transport.withClient(
        { status: 201, body: example },
        create({ ...required, taskSid: WT, longLived: true, target: "+13115552368" })
      )
      expect(formOf(recorded)).toMatchObject({ TaskSid: WT, LongLived: "true", Target: "+13115552368" })
    }))
})
