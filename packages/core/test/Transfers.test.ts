/**
 * Interaction transfers: CreateInteractionTransfer (201), FetchInteractionTransfer and
 * UpdateInteractionTransfer (`/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers`):
 *
 * - the common contract of each (./utils/operations.ts), the fetch with the GET retry rules;
 * - the body is JSON (`Content-Type: application/json`), exactly the object given, keys in their
 *   order; its typed keys (`from`, `to`, `type`, `status`) checked; values that are not plain JSON
 *   and unreadable objects refused unsent; read once;
 * - the record: open enums, dates, SIDs of the spec's kinds.
 *
 * Conformance fixture: `fixtures/flex_v1_issue11_operations.json` (see fixtures/README.md).
 */
import { describe, expect, it } from "@effect/vitest"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import type * as FlexClient from "../src/FlexClient.js"
import * as Transfer from "../src/Transfer.js"
import * as Hostile from "./utils/hostile.js"
import * as OpenApi from "./utils/openapi.js"
import { operationSuite, rejectsUnsent } from "./utils/operations.js"
import * as Transport from "./utils/transport.js"

type Json = any

const spec: Json = OpenApi.fixture("flex_v1_issue11_operations.json")
const openApi = OpenApi.make(spec)
const hex = "0123456789abcdef0123456789abcdef"
const KD = `KD${hex}`
const UO = `UO${hex}`
const UX = `UX${hex}`
const UT = `UT${hex}`
const transfers = `/v1/Interactions/${KD}/Channels/${UO}/Transfers`
const createExample = openApi.successOf("CreateInteractionTransfer").examples.create!.value
const fetchExample = openApi.successOf("FetchInteractionTransfer").examples.fetch!.value

const body = { from: UT, to: `WK${hex}`, type: "warm", note: { text: "VIP" }, queue_sid: null }
const createIn = (kd: string, uo: string, params: unknown) => (flex: FlexClient.FlexClient) =>
  flex.transfers.create(kd, uo, params as Transfer.CreateParams)
const create = (params: unknown) => createIn(KD, UO, params)
const updateIn = (kd: string, uo: string, ux: string, params: unknown) => (flex: FlexClient.FlexClient) =>
  flex.transfers.update(kd, uo, ux, params as Transfer.UpdateParams)
const update = (params: unknown) => updateIn(KD, UO, UX, params)

const channelSites = (
  call: (kd: string, uo: string) => (flex: FlexClient.FlexClient) => Effect.Effect<unknown, unknown>
) => [
  { argument: "interactionSid", prefix: "KD", call: (bad: string) => call(bad, UO) },
  { argument: "channelSid", prefix: "UO", call: (bad: string) => call(KD, bad) }
]
const attributes = { "flex.interaction_sid": KD, "flex.channel_sid": UO }

operationSuite({
  operation: "transfers.create",
  operationId: "CreateInteractionTransfer",
  openApi,
  path: transfers,
  run: create(body),
  attributes,
  sids: channelSites((kd, uo) => createIn(kd, uo, body)),
  record: Transfer.Transfer
})

operationSuite({
  operation: "transfers.fetch",
  operationId: "FetchInteractionTransfer",
  openApi,
  path: `${transfers}/${UX}`,
  run: (flex) => flex.transfers.fetch(KD, UO, UX),
  attributes: { ...attributes, "flex.transfer_sid": UX },
  sids: [
    ...channelSites((kd, uo) => (flex) => flex.transfers.fetch(kd, uo, UX)),
    { argument: "transferSid", prefix: "UX", call: (bad) => (flex) => flex.transfers.fetch(KD, UO, bad) }
  ],
  record: Transfer.Transfer
})

operationSuite({
  operation: "transfers.update",
  operationId: "UpdateInteractionTransfer",
  openApi,
  path: `${transfers}/${UX}`,
  run: update({ status: "completed" }),
  attributes: { ...attributes, "flex.transfer_sid": UX },
  sids: [
    ...channelSites((kd, uo) => updateIn(kd, uo, UX, {})),
    { argument: "transferSid", prefix: "UX", call: (bad) => updateIn(KD, UO, bad, {}) }
  ],
  record: Transfer.Transfer
})

describe("transfers: the JSON body", () => {
  it.effect("create sends exactly the object given, as JSON, keys in their order", () =>
    Effect.gen(function*() {
      const { recorded, result } = yield* Transport.withClient({ status: 201, body: createExample }, create(body))
      expect(recorded).toHaveLength(1)
      expect(recorded[0]!.headers["content-type"]).toBe("application/json")
      expect(recorded[0]!.body).toBe(JSON.stringify(body))
      expect(result.sid).toBe(createExample.sid)
    }))

  it.effect("update sends its object; an empty object is a valid body (the spec names no field)", () =>
    Effect.gen(function*() {
      for (const params of [{ status: "completed" }, { status: "failed", reason: "timeout" }, {}]) {
        const { recorded } = yield* Transport.withClient({ status: 200, body: fetchExample }, update(params))
        expect(recorded[0]!.headers["content-type"]).toBe("application/json")
        expect(JSON.parse(recorded[0]!.body)).toEqual(params)
        expect(openApi.checkRequest("UpdateInteractionTransfer", OpenApi.wireRequestOf(recorded[0]!))).toEqual([])
      }
    }))

  it.effect("a type or status Twilio adds later can be sent (the enums are open); undefined keys are left out", () =>
    Effect.gen(function*() {
      const created = yield* Transport.withClient(
        { status: 201, body: createExample },
        create({ type: "consult", to: undefined })
      )
      expect(created.recorded[0]!.body).toBe("{\"type\":\"consult\"}")
      const updated = yield* Transport.withClient({ status: 200, body: fetchExample }, update({ status: "paused" }))
      expect(updated.recorded[0]!.body).toBe("{\"status\":\"paused\"}")
    }))

  it.effect("getters are read once, nested ones too: the request sends their first values", () =>
    Effect.gen(function*() {
      const note = {}
      const text = Hostile.changing(note, "text", "first", "second")
      const params = { note }
      const type = Hostile.changing(params, "type", "cold", 5)
      const { recorded } = yield* Transport.withClient({ status: 201, body: createExample }, create(params))
      expect(JSON.parse(recorded[0]!.body)).toEqual({ note: { text: "first" }, type: "cold" })
      expect([text.reads, type.reads]).toEqual([1, 1])
    }))

  const createCases: ReadonlyArray<readonly [argument: string, label: string, params: () => unknown]> = [
    ["params.from", "from a worker SID (it is a participant)", () => ({ from: `WK${hex}` })],
    ["params.from", "from malformed", () => ({ from: "UT1" })],
    ["params.from", "from null", () => ({ from: null })],
    ["params.to", "to a number", () => ({ to: 1 })],
    ["params.type", "type a number", () => ({ type: 1 })],
    ["params", "an array", () => [body]],
    ...Hostile.notJson().map(([label, value]) => ["params", `a body holding ${label}`, () => ({ x: value })] as const),
    ...Hostile.unreadableParams().map(([label, value]) => ["params", `params ${label}`, () => value] as const),
    ["params", "a throwing enumerable getter", () => Hostile.throwing({}, "from", true)]
  ]
  it.effect.each(createCases)(
    "create: %s: %s is FlexInvalidInput, nothing sent",
    ([argument, , params]) => Effect.asVoid(rejectsUnsent("transfers.create", argument, create(params())))
  )

  const updateCases: ReadonlyArray<readonly [argument: string, label: string, params: () => unknown]> = [
    ["params.status", "status a number", () => ({ status: 1 })],
    ["params.status", "status null", () => ({ status: null })],
    ...Hostile.notJson().map(([label, value]) =>
      ["params", `a body holding ${label}`, () => ({ status: "completed", x: value })] as const
    ),
    ...Hostile.unreadableParams().map(([label, value]) => ["params", `params ${label}`, () => value] as const)
  ]
  it.effect.each(updateCases)(
    "update: %s: %s is FlexInvalidInput, nothing sent",
    ([argument, , params]) => Effect.asVoid(rejectsUnsent("transfers.update", argument, update(params())))
  )
})

describe("transfers: the record", () => {
  it.effect("the spec's example decodes field by field: SIDs of their kinds, the enums, the dates", () =>
    Effect.gen(function*() {
      const { result } = yield* Transport.withClient(
        { status: 200, body: fetchExample },
        (flex) => flex.transfers.fetch(KD, UO, UX)
      )
      expect({ ...result, dateCreated: null, dateUpdated: null }).toEqual({
        sid: fetchExample.sid,
        instanceSid: fetchExample.instance_sid,
        accountSid: fetchExample.account_sid,
        interactionSid: fetchExample.interaction_sid,
        channelSid: fetchExample.channel_sid,
        executionSid: fetchExample.execution_sid,
        type: "cold",
        status: "completed",
        from: fetchExample.from,
        to: fetchExample.to,
        noteSid: fetchExample.note_sid,
        summarySid: fetchExample.summary_sid,
        url: fetchExample.url,
        dateCreated: null,
        dateUpdated: null
      })
      expect(result.dateCreated && DateTime.formatIso(result.dateCreated)).toBe("2022-01-10T20:00:00.000Z")
    }))

  it.effect("a type or status Twilio adds later decodes, kept as it came", () =>
    Effect.gen(function*() {
      const { result } = yield* Transport.withClient(
        { status: 200, body: { ...fetchExample, type: "consult", status: "queued" } },
        (flex) => flex.transfers.fetch(KD, UO, UX)
      )
      expect([result.type, result.status]).toEqual(["consult", "queued"])
      expect([Transfer.isKnownType(result.type!), Transfer.isKnownStatus(result.status!)]).toEqual([false, false])
    }))

  it.effect("a field of the wrong kind is a FlexDecodeError (from must be a participant, dates ISO 8601)", () =>
    Effect.gen(function*() {
      for (const broken of [{ from: `WK${hex}` }, { note_sid: `UT${hex}` }, { date_created: "yesterday" }]) {
        const { result } = yield* Transport.withClient(
          { status: 200, body: { ...fetchExample, ...broken } },
          (flex) => Effect.flip(flex.transfers.fetch(KD, UO, UX))
        )
        expect(result._tag).toBe("FlexDecodeError")
      }
    }))
})
