/**
 * Interaction channel invites: ListInteractionChannelInvite and CreateInteractionChannelInvite
 * (`GET` and `POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites`):
 *
 * - `flex.invites.create`: the common contract (./utils/operations.ts), `Routing` as the JSON text
 *   of exactly what was given, invalid routing refused unsent, read once;
 * - `flex.invites.list` / `stream` / `page` / `pages`: the request against the spec (path,
 *   PageSize within the spec's bounds), the spec's example page (key `invites`) decoded, pages
 *   followed by `meta.next_page_url`, a cursor to resume from, the GET retry rules, typed errors,
 *   and bad SIDs and options refused unsent.
 *
 * Conformance fixture: `fixtures/flex_v1_issue11_operations.json` (see fixtures/README.md).
 */
import { describe, expect, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/TestClock"
import * as FlexClient from "../src/FlexClient.js"
import * as Governor from "../src/internal/governor.js"
import * as Invite from "../src/Invite.js"
import { expectFields } from "./utils/exits.js"
import * as Hostile from "./utils/hostile.js"
import { observe } from "./utils/observe.js"
import * as OpenApi from "./utils/openapi.js"
import { operationSuite, origin, rejectsUnsent } from "./utils/operations.js"
import * as Transport from "./utils/transport.js"

type Json = any

const spec: Json = OpenApi.fixture("flex_v1_issue11_operations.json")
const openApi = OpenApi.make(spec)
const hex = "0123456789abcdef0123456789abcdef"
const KD = `KD${hex}`
const UO = `UO${hex}`
const path = `/v1/Interactions/${KD}/Channels/${UO}/Invites`
const specPath = "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites"
const createExample = openApi.successOf("CreateInteractionChannelInvite").examples.create!.value
const listExample = openApi.successOf("ListInteractionChannelInvite").examples.read!.value
const listSchema = openApi.responseSchema("ListInteractionChannelInvite")

const routing = {
  properties: {
    workspace_sid: `WS${hex}`,
    workflow_sid: `WW${hex}`,
    worker_sid: `WK${hex}`,
    queue_sid: `WQ${hex}`,
    attributes: { customerName: "customer name", customerAddress: "customer email address" }
  }
}
const createIn = (kd: string, uo: string, params: unknown) => (flex: FlexClient.FlexClient) =>
  flex.invites.create(kd, uo, params as Invite.CreateParams)
const create = (params: unknown) => createIn(KD, UO, params)

operationSuite({
  operation: "invites.create",
  operationId: "CreateInteractionChannelInvite",
  openApi,
  path,
  run: create({ routing }),
  attributes: { "flex.interaction_sid": KD, "flex.channel_sid": UO },
  sids: [
    { argument: "interactionSid", prefix: "KD", call: (bad) => createIn(bad, UO, { routing }) },
    { argument: "channelSid", prefix: "UO", call: (bad) => createIn(KD, bad, { routing }) }
  ],
  record: Invite.Invite
})

describe("invites.create: the form body and its parameters", () => {
  it.effect("Routing is the JSON text of exactly the routing given, the spec's request example's included", () =>
    Effect.gen(function*() {
      const { recorded, result } = yield* Transport.withClient(
        { status: 200, body: createExample },
        create({ routing, other: 1 })
      )
      expect(recorded).toHaveLength(1)
      const form = Object.fromEntries(new URLSearchParams(recorded[0]!.body))
      expect(Object.keys(form)).toEqual(["Routing"])
      expect(JSON.parse(form.Routing!)).toEqual(routing)
      const sent = spec.paths[specPath].post.requestBody.content["application/x-www-form-urlencoded"].examples.create
        .value
      const again = yield* Transport.withClient(
        { status: 200, body: createExample },
        create({ routing: JSON.parse(sent.Routing) })
      )
      expect(Object.fromEntries(new URLSearchParams(again.recorded[0]!.body))).toEqual(sent)
      expect(result.routing).toEqual(createExample.routing)
      expect([result.interactionSid, result.channelSid]).toEqual([
        createExample.interaction_sid,
        createExample.channel_sid
      ])
    }))

  it.effect("a routing getter is read once", () =>
    Effect.gen(function*() {
      const params = {}
      const counter = Hostile.changing(params, "routing", { properties: {} }, "not a routing")
      const { recorded } = yield* Transport.withClient({ status: 200, body: createExample }, create(params))
      expect(Object.fromEntries(new URLSearchParams(recorded[0]!.body))).toEqual({ Routing: "{\"properties\":{}}" })
      expect(counter.reads).toBe(1)
    }))

  const cases: ReadonlyArray<readonly [argument: string, label: string, params: () => unknown]> = [
    ["params.routing", "no routing (the spec requires it)", () => ({})],
    ["params.routing", "routing as JSON text", () => ({ routing: JSON.stringify(routing) })],
    ["params.routing", "routing null", () => ({ routing: null })],
    ["params.routing.properties", "properties a number", () => ({ routing: { properties: 1 } })],
    ["params.routing.properties.queue_sid", "a workspace SID as the queue", () => ({
      routing: { properties: { queue_sid: `WS${hex}` } }
    })],
    ...Hostile.notJson().map(([label, value]) =>
      ["params.routing", `routing holding ${label}`, () => ({ routing: { properties: { x: value } } })] as const
    ),
    ...Hostile.unreadableParams().map(([label, value]) => ["params", `params ${label}`, () => value] as const),
    ["params", "a throwing getter on params.routing", () => Hostile.throwing({}, "routing")]
  ]
  it.effect.each(cases)(
    "%s: %s is FlexInvalidInput, nothing sent",
    ([argument, , params]) => Effect.asVoid(rejectsUnsent("invites.create", argument, create(params())))
  )
})

// -----------------------------------------------------------------------------------------------
// the list calls
// -----------------------------------------------------------------------------------------------

const invite = (n: number) => ({
  ...listExample.invites[0],
  sid: Transport.sid("KG", n),
  url: `${origin}${path}/${Transport.sid("KG", n)}`
})

/** Pages of `size` invites, `pages` of them (the URL's `Page`), each linking to the next on Twilio's origin. */
const paged = (pages: number, size: number) => (request: Transport.Recorded): Transport.Reply => {
  const index = Number(request.url.searchParams.get("Page") ?? 0)
  return pageOf(pages, size, request, index)
}
const pageOf = (pages: number, size: number, request: Transport.Recorded, index: number): Transport.Reply => ({
  status: 200,
  body: {
    invites: Array.from({ length: size }, (_, i) => invite(index * size + i)),
    meta: Transport.meta(
      "invites",
      request.url.href,
      index,
      size,
      index + 1 < pages ? `${origin}${path}?PageSize=${size}&Page=${index + 1}&PageToken=PT${index + 1}` : null
    )
  }
})

const listWith = <A, E>(
  handler: Parameters<typeof Transport.make>[0],
  body: (flex: FlexClient.FlexClient) => Effect.Effect<A, E>
) =>
  Effect.gen(function*() {
    const transport = Transport.make(handler)
    const flex = yield* Effect.provide(FlexClient.make(Transport.credentials), transport.layer)
    const fiber = yield* Effect.fork(body(flex))
    yield* TestClock.adjust("10 minutes")
    return { result: yield* Fiber.join(fiber), recorded: transport.recorded }
  })

describe("invites: the list calls", () => {
  it.effect("list GETs the spec's path with PageSize, and decodes the spec's example page", () =>
    Effect.gen(function*() {
      expect(openApi.check(listSchema, listExample)).toEqual([])
      const { recorded, result } = yield* listWith(
        () => ({ status: 200, body: listExample }),
        (flex) => flex.invites.list(KD, UO)
      )
      expect(recorded).toHaveLength(1)
      const request = recorded[0]!
      expect(request.method).toBe("GET")
      expect(`${request.url.origin}${request.url.pathname}`).toBe(`${origin}${path}`)
      expect([...request.url.searchParams]).toEqual([["PageSize", "50"]])
      expect(openApi.checkRequest("ListInteractionChannelInvite", OpenApi.wireRequestOf(request))).toEqual([])
      const pageSize = openApi.operations.get("ListInteractionChannelInvite")!.operation.parameters.find((
        p: Json
      ) => p.name === "PageSize")
      expect(openApi.check(pageSize.schema, 50)).toEqual([])
      expect(result.map((i) => i.sid)).toEqual(listExample.invites.map((i: Json) => i.sid))
      expect(result[0]).toBeInstanceOf(Invite.Invite)
      expect(result[0]!.routing).toEqual(listExample.invites[0].routing)
      expect(Invite.listKey).toBe(listExample.meta.key)
    }))

  it.effect("stream follows next_page_url and stops at limit; page gives a cursor that list resumes from", () =>
    Effect.gen(function*() {
      const streamed = yield* listWith(
        paged(3, 2),
        (flex) => Stream.runCollect(flex.invites.stream(KD, UO, { pageSize: 2, limit: 5 }))
      )
      expect(Chunk.toReadonlyArray(streamed.result).map((i) => i.sid)).toEqual(
        [0, 1, 2, 3, 4].map((n) => Transport.sid("KG", n))
      )
      expect(streamed.recorded.map((r) => r.url.searchParams.get("Page"))).toEqual([null, "1", "2"])

      const { recorded, result } = yield* listWith(paged(2, 2), (flex) =>
        Effect.gen(function*() {
          const page = yield* flex.invites.page(KD, UO, { pageSize: 2 })
          const rest = yield* flex.invites.list(KD, UO, { from: Option.getOrThrow(page.cursor) })
          const pages = yield* Stream.runCollect(flex.invites.pages(KD, UO, { pageSize: 2 }))
          return { page, rest, pages: Chunk.toReadonlyArray(pages) }
        }))
      expect(result.page.items.map((i) => i.sid)).toEqual([Transport.sid("KG", 0), Transport.sid("KG", 1)])
      expect(result.page.meta.key).toBe("invites")
      expect(result.rest.map((i) => i.sid)).toEqual([Transport.sid("KG", 2), Transport.sid("KG", 3)])
      expect(result.pages.map((p) => p.items.length)).toEqual([2, 2])
      expect(recorded).toHaveLength(4)
    }))

  it.effect("a 500 is retried (a GET); a 404 is FlexNotFound, not retried", () =>
    Effect.gen(function*() {
      const retried = yield* listWith(
        (request, index) => index === 0 ? { status: 500 } : paged(1, 1)(request),
        (flex) => flex.invites.list(KD, UO)
      )
      expect(retried.recorded).toHaveLength(2)
      expect(retried.result).toHaveLength(1)
      const missing = yield* listWith(
        () => ({ status: 404, body: { code: 20404, message: "not found", more_info: "x", status: 404 } }),
        (flex) => Effect.flip(flex.invites.list(KD, UO))
      )
      expect(missing.recorded).toHaveLength(1)
      expectFields(missing.result, { _tag: "FlexNotFound", code: 20404, method: "GET", attempts: 1 })
    }))

  it.effect("a page whose record is not an invite is a FlexDecodeError naming the record", () =>
    Effect.gen(function*() {
      const { result } = yield* listWith(
        () => ({ status: 200, body: { ...listExample, invites: [{ ...listExample.invites[0], sid: UO }] } }),
        (flex) => Effect.flip(flex.invites.list(KD, UO))
      )
      expectFields(result, { _tag: "FlexDecodeError", method: "GET" })
      expect((result as { issue: string }).issue).toContain("invites")
    }))

  it.effect("spans FlexClient.invites.list and .fetchPage carry the SIDs; pages are counted under invites.fetchPage", () =>
    Effect.gen(function*() {
      const tags = { operation: "invites.fetchPage", status: "200" }
      const before = yield* Transport.counterValue(Governor.metrics.requests, tags)
      const { observed } = yield* observe(listWith(paged(2, 1), (flex) => flex.invites.list(KD, UO)))
      const span = observed.spans.find((s) => s.name === "FlexClient.invites.list")
      expect(Object.fromEntries(span!.attributes)).toMatchObject({ "flex.interaction_sid": KD, "flex.channel_sid": UO })
      expect(observed.spans.filter((s) => s.name === "FlexClient.invites.fetchPage")).toHaveLength(2)
      expect((yield* Transport.counterValue(Governor.metrics.requests, tags)) - before).toBe(2)
    }))

  const methods = ["list", "stream", "page", "pages"] as const
  const run =
    (method: typeof methods[number], kd: unknown, uo: unknown, options?: unknown) => (flex: FlexClient.FlexClient) => {
      const outcome = flex.invites[method](kd as string, uo as string, options as never)
      return Stream.StreamTypeId in outcome
        ? Stream.runDrain(outcome as Stream.Stream<unknown, unknown>)
        : outcome as Effect.Effect<unknown, unknown>
    }
  const invalid = methods.flatMap((method) => [
    ...Hostile.badSids("KD").map(([label, bad]) =>
      [`${method}: interactionSid ${label}`, `invites.${method}`, "interactionSid", run(method, bad, UO)] as const
    ),
    ...Hostile.badSids("UO").map(([label, bad]) =>
      [`${method}: channelSid ${label}`, `invites.${method}`, "channelSid", run(method, KD, bad)] as const
    ),
    [`${method}: pageSize 0`, `invites.${method}`, "options.pageSize", run(method, KD, UO, { pageSize: 0 })] as const,
    [
      `${method}: pageSize 1001`,
      `invites.${method}`,
      "options.pageSize",
      run(method, KD, UO, { pageSize: 1001 })
    ] as const,
    [
      `${method}: a cursor of another list`,
      `invites.${method}`,
      "options.from",
      run(method, KD, UO, {
        from: `${origin}/v1/Interactions/${KD}/Channels/${UO}/Participants?PageSize=1&Page=1&PageToken=PT`
      })
    ] as const,
    [
      `${method}: a foreign cursor`,
      `invites.${method}`,
      "options.from",
      run(method, KD, UO, {
        from: `https://evil.example.com${path}?PageSize=1&Page=1&PageToken=PT`
      })
    ] as const,
    [
      `${method}: options a revoked Proxy`,
      `invites.${method}`,
      "options",
      run(method, KD, UO, Hostile.revoked())
    ] as const
  ])
  it.effect.each(invalid)(
    "%s: FlexInvalidInput, nothing sent",
    ([, operation, argument, call]) => Effect.asVoid(rejectsUnsent(operation, argument, call))
  )
})
