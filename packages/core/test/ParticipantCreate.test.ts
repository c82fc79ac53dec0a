/**
 * CreateInteractionChannelParticipant
 * (`POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants`):
 *
 * - the common contract (./utils/operations.ts);
 * - the form body: `Type`, and `MediaProperties` / `RoutingProperties` as the JSON text of exactly
 *   what was given;
 * - parameters refused before any request: a type outside the spec's enum, missing media
 *   properties, routing SIDs of the wrong kind, values that are not plain JSON, unreadable
 *   objects; and read once.
 *
 * Conformance fixture: `fixtures/flex_v1_issue11_operations.json` (see fixtures/README.md).
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import type * as FlexClient from "../src/FlexClient.js"
import * as Participant from "../src/Participant.js"
import * as Hostile from "./utils/hostile.js"
import * as OpenApi from "./utils/openapi.js"
import { operationSuite, rejectsUnsent } from "./utils/operations.js"
import * as Transport from "./utils/transport.js"

type Json = any

const spec: Json = OpenApi.fixture("flex_v1_issue11_operations.json")
const openApi = OpenApi.make(spec)
const operationId = "CreateInteractionChannelParticipant"
const hex = "0123456789abcdef0123456789abcdef"
const KD = `KD${hex}`
const UO = `UO${hex}`
const path = `/v1/Interactions/${KD}/Channels/${UO}/Participants`
const example = openApi.successOf(operationId).examples.create!.value

const mediaProperties = { type: "email", level: "to", name: "Ada", address: "ada@example.com", extra: { a: [1] } }
const routingProperties = { task_sid: `WT${hex}`, worker_sid: `WK${hex}`, reservation_sid: null, queue: "support" }
const createIn = (kd: string, uo: string, params: unknown) => (flex: FlexClient.FlexClient) =>
  flex.participants.create(kd, uo, params as Participant.CreateParams)
const create = (params: unknown) => createIn(KD, UO, params)

operationSuite({
  operation: "participants.create",
  operationId,
  openApi,
  path,
  run: create({ type: "customer", mediaProperties }),
  attributes: { "flex.interaction_sid": KD, "flex.channel_sid": UO },
  sids: [
    { argument: "interactionSid", prefix: "KD", call: (bad) => createIn(bad, UO, { type: "agent", mediaProperties }) },
    { argument: "channelSid", prefix: "UO", call: (bad) => createIn(KD, bad, { type: "agent", mediaProperties }) }
  ],
  record: Participant.Participant
})

const formOf = (recorded: ReadonlyArray<Transport.Recorded>) => {
  expect(recorded).toHaveLength(1)
  expect(recorded[0]!.headers["content-type"]).toBe("application/x-www-form-urlencoded")
  return Object.fromEntries(new URLSearchParams(recorded[0]!.body))
}

describe("participants.create: the form body", () => {
  it.effect.each(Participant.CreateType.literals)(
    "Type=%s, MediaProperties and RoutingProperties as JSON",
    (type) =>
      Effect.gen(function*() {
        const { recorded, result } = yield* Transport.withClient(
          { status: 200, body: { ...example, type } },
          create({ type, mediaProperties, routingProperties })
        )
        const form = formOf(recorded)
        expect(Object.keys(form)).toEqual(["Type", "MediaProperties", "RoutingProperties"])
        expect(form.Type).toBe(type)
        expect(JSON.parse(form.MediaProperties!)).toEqual(mediaProperties)
        expect(JSON.parse(form.RoutingProperties!)).toEqual(routingProperties)
        expect(openApi.checkRequest(operationId, OpenApi.wireRequestOf(recorded[0]!))).toEqual([])
        expect(result.type).toBe(type)
      })
  )

  it.effect("without routing properties, none are sent; other keys of the params are neither read nor sent", () =>
    Effect.gen(function*() {
      const { recorded } = yield* Transport.withClient(
        { status: 200, body: example },
        create({ type: "external", mediaProperties: { address: "+13115552368" }, status: "wrapup" })
      )
      expect(formOf(recorded)).toEqual({ Type: "external", MediaProperties: "{\"address\":\"+13115552368\"}" })
    }))

  it.effect("the spec's request example is what the client sends for the same parameters", () =>
    Effect.gen(function*() {
      const sent = spec.paths[
        "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants"
      ].post.requestBody.content["application/x-www-form-urlencoded"].examples.create.value
      const { recorded } = yield* Transport.withClient(
        { status: 200, body: example },
        create({
          type: sent.Type,
          mediaProperties: JSON.parse(sent.MediaProperties),
          routingProperties: JSON.parse(sent.RoutingProperties)
        })
      )
      const form = formOf(recorded)
      expect(form.Type).toBe(sent.Type)
      expect(JSON.parse(form.MediaProperties!)).toEqual(JSON.parse(sent.MediaProperties))
      expect(JSON.parse(form.RoutingProperties!)).toEqual(JSON.parse(sent.RoutingProperties))
    }))

  it.effect("getters are read once: the request sends their first values", () =>
    Effect.gen(function*() {
      const media = { address: "+13115552368" }
      const name = Hostile.changing(media, "name", "Ada", 1)
      const params = { mediaProperties: media }
      const type = Hostile.changing(params, "type", "agent", "bot")
      const { recorded } = yield* Transport.withClient({ status: 200, body: example }, create(params))
      expect(formOf(recorded)).toEqual({
        Type: "agent",
        MediaProperties: JSON.stringify({ address: "+13115552368", name: "Ada" })
      })
      expect([type.reads, name.reads]).toEqual([1, 1])
    }))
})

describe("participants.create: invalid parameters are FlexInvalidInput, nothing sent", () => {
  const cases: ReadonlyArray<readonly [argument: string, label: string, params: () => unknown]> = [
    ["params.type", "no type", () => ({ mediaProperties })],
    ["params.type", "a type outside the spec's enum (bot)", () => ({ type: "bot", mediaProperties })],
    ["params.type", "a type in another case (AGENT)", () => ({ type: "AGENT", mediaProperties })],
    ["params.type", "type a number", () => ({ type: 1, mediaProperties })],
    ["params.mediaProperties", "no media properties", () => ({ type: "agent" })],
    ["params.mediaProperties", "media properties as JSON text", () => ({
      type: "agent",
      mediaProperties: JSON.stringify(mediaProperties)
    })],
    ["params.mediaProperties", "media properties an array", () => ({ type: "agent", mediaProperties: [] })],
    ["params.mediaProperties", "media properties null", () => ({ type: "agent", mediaProperties: null })],
    ["params.mediaProperties.address", "an address that is a number", () => ({
      type: "agent",
      mediaProperties: { address: 13115552368 }
    })],
    ["params.routingProperties", "routing properties a string", () => ({
      type: "agent",
      mediaProperties,
      routingProperties: "WT"
    })],
    ["params.routingProperties.worker_sid", "a task SID as the worker", () => ({
      type: "agent",
      mediaProperties,
      routingProperties: { worker_sid: `WT${hex}` }
    })],
    ["params.routingProperties.task_sid", "a malformed task SID", () => ({
      type: "agent",
      mediaProperties,
      routingProperties: { task_sid: "WT1" }
    })],
    ...Hostile.notJson().map(([label, value]) =>
      [
        "params.mediaProperties",
        `media properties holding ${label}`,
        () => ({ type: "agent", mediaProperties: { x: value } })
      ] as const
    ),
    ...Hostile.notJson().map(([label, value]) =>
      [
        "params.routingProperties",
        `routing properties holding ${label}`,
        () => ({ type: "agent", mediaProperties, routingProperties: { x: value } })
      ] as const
    ),
    ...Hostile.unreadableParams().map(([label, value]) => ["params", `params ${label}`, () => value] as const),
    ["params", "a throwing getter on params.type", () => Hostile.throwing({ mediaProperties }, "type")],
    ["params.mediaProperties", "a throwing enumerable getter inside the media properties", () => ({
      type: "agent",
      mediaProperties: Hostile.throwing({}, "address", true)
    })]
  ]
  it.effect.each(cases)(
    "%s: %s",
    ([argument, , params]) => Effect.asVoid(rejectsUnsent("participants.create", argument, create(params())))
  )
})
