/**
 * Every simulator response of the five operations, success and error, checked against Twilio's
 * OpenAPI description (the `flex_v1_five_operations.json` fixture).
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as OpenApi from "../../core/test/utils/openapi.js"
import * as FlexSimulator from "../src/FlexSimulator.js"

type Json = any

const spec: Json = OpenApi.fixture("flex_v1_five_operations.json")

const { check, operations, resolve, responseSchema } = OpenApi.make(spec)
const errorSchema = OpenApi.errorSchema

// -----------------------------------------------------------------------------
// calling the simulator
// -----------------------------------------------------------------------------

const creds = FlexSimulator.defaultCredentials
const auth = `Basic ${btoa(`${creds.accountSid}:${Redacted.value(creds.authToken)}`)}`

const send = (
  operationId: FlexSimulator.OperationId,
  params: Record<string, string>,
  options: { readonly query?: string; readonly form?: Record<string, string>; readonly auth?: string | null } = {}
) =>
  Effect.gen(function*() {
    const found = operations.get(operationId)!
    const path = found.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? "")
    const client = yield* HttpClient.HttpClient
    let request = HttpClientRequest.make(found.method as "GET" | "POST")(
      `https://flex-api.twilio.com${path}${options.query ? `?${options.query}` : ""}`
    )
    const authorization = options.auth === undefined ? auth : options.auth
    if (authorization !== null) request = HttpClientRequest.setHeader(request, "authorization", authorization)
    if (options.form) request = HttpClientRequest.bodyUrlParams(request, options.form)
    const response = yield* client.execute(request)
    expect(response.headers["content-type"]).toBe("application/json")
    return { status: response.status, body: (yield* response.json) as Json }
  })

const expectConforms = (schema: Json, body: unknown) => expect(check(schema, body)).toEqual([])

const expectError = (
  result: { readonly status: number; readonly body: Json },
  status: number,
  code: number
) => {
  expect(result.status).toBe(status)
  expectConforms(errorSchema, result.body)
  expect(result.body).toMatchObject({ status, code, more_info: `https://www.twilio.com/docs/errors/${code}` })
}

const seeded = Effect.gen(function*() {
  const sim = yield* FlexSimulator.FlexSimulator
  const result = yield* sim.seed({
    interactions: 2,
    channelsPerInteraction: 40,
    participantsPerChannel: 5,
    chatChannels: 60
  })
  const kd = result.interactions[0]!.sid
  return { sim, result, kd, uo: result.interactions[0]!.channels[0]!.sid }
})

const run = <A, E>(effect: Effect.Effect<A, E, FlexSimulator.FlexSimulator | HttpClient.HttpClient>) =>
  Effect.provide(effect, FlexSimulator.layer())

const missingKd = "KD" + "0".repeat(32)
const missingUo = "UO" + "0".repeat(32)

describe("SimulatorConformance", () => {
  it("the checker accepts the spec's own examples and rejects broken records", () => {
    for (const { operation } of operations.values()) {
      const content = operation.responses["200"].content["application/json"]
      for (const example of Object.values<Json>(content.examples ?? {})) {
        expect(check(content.schema, example.value)).toEqual([])
      }
    }
    const channel = resolve({ $ref: "#/components/schemas/flex.v1.interaction.interaction_channel" })
    const good = spec.paths["/v1/Interactions/{InteractionSid}/Channels"].get.responses["200"].content[
      "application/json"
    ].examples.read.value.channels[0]
    expect(check(channel, { ...good, status: "paused_v2" })).not.toEqual([])
    expect(check(channel, { ...good, sid: "UO123" })).not.toEqual([])
    expect(check(channel, { ...good, url: "not a url" })).not.toEqual([])
    const { error_code: _, ...missing } = good
    expect(check(channel, missing)).not.toEqual([])
  })

  describe("ListChannel", () => {
    it.effect("pages conform, including the last and an empty one", () =>
      run(Effect.gen(function*() {
        yield* seeded
        const schema = responseSchema("ListChannel")
        for (const query of [undefined, "PageSize=7", "PageSize=1000", "PageSize=50&Page=9"]) {
          const res = yield* send("ListChannel", {}, query === undefined ? {} : { query })
          expect(res.status).toBe(200)
          expectConforms(schema, res.body)
          expect(res.body.meta.key).toBe("flex_chat_channels")
        }
        let next: string | null = "PageSize=25"
        const client = yield* HttpClient.HttpClient
        let pages = 0
        let res: Json = yield* send("ListChannel", {}, { query: next })
        while (true) {
          expectConforms(schema, res.body)
          pages++
          next = res.body.meta.next_page_url
          if (next === null) break
          const response = yield* client.execute(
            HttpClientRequest.get(next).pipe(HttpClientRequest.setHeader("authorization", auth))
          )
          res = { status: response.status, body: yield* response.json }
        }
        expect(pages).toBe(3)
      })))

    it.effect("errors conform: 401, 400", () =>
      run(Effect.gen(function*() {
        expectError(yield* send("ListChannel", {}, { auth: null }), 401, 20003)
        expectError(yield* send("ListChannel", {}, { query: "PageSize=0" }), 400, 20001)
        expectError(yield* send("ListChannel", {}, { query: "PageToken=x" }), 400, 20001)
      })))
  })

  describe("FetchChannel", () => {
    it.effect("a channel conforms (with and without a task)", () =>
      run(Effect.gen(function*() {
        const { result } = yield* seeded
        const schema = responseSchema("FetchChannel")
        for (const sid of result.chatChannels.slice(0, 8)) {
          const res = yield* send("FetchChannel", { Sid: sid })
          expect(res.status).toBe(200)
          expectConforms(schema, res.body)
        }
      })))

    it.effect("errors conform: 404 (unknown and malformed), 401", () =>
      run(Effect.gen(function*() {
        expectError(yield* send("FetchChannel", { Sid: "CH" + "f".repeat(32) }), 404, 20404)
        expectError(yield* send("FetchChannel", { Sid: "CHnope" }), 404, 20404)
        expectError(yield* send("FetchChannel", { Sid: "CH" + "f".repeat(32) }, { auth: null }), 401, 20003)
      })))
  })

  describe("ListInteractionChannel", () => {
    it.effect("pages conform across every status and type the generator makes", () =>
      run(Effect.gen(function*() {
        const { kd, sim } = yield* seeded
        yield* sim.insertInteractionChannel({ interaction_sid: kd, status: "pause", type: "gbm" })
        yield* sim.insertInteractionChannel({ interaction_sid: kd, status: "transfer", type: "voice" })
        const schema = responseSchema("ListInteractionChannel")
        const res = yield* send("ListInteractionChannel", { InteractionSid: kd }, { query: "PageSize=1000" })
        expect(res.status).toBe(200)
        expectConforms(schema, res.body)
        expect(res.body.meta.key).toBe("channels")
        expect(new Set(res.body.channels.map((c: Json) => c.status)).size).toBeGreaterThanOrEqual(5)
        const small = yield* send("ListInteractionChannel", { InteractionSid: kd }, { query: "PageSize=3" })
        expectConforms(schema, small.body)
      })))

    it.effect("errors conform: 404 (unknown and malformed), 400, 401", () =>
      run(Effect.gen(function*() {
        const { kd } = yield* seeded
        expectError(yield* send("ListInteractionChannel", { InteractionSid: missingKd }), 404, 20404)
        expectError(yield* send("ListInteractionChannel", { InteractionSid: "KD1" }), 404, 20404)
        expectError(
          yield* send("ListInteractionChannel", { InteractionSid: kd }, { query: "PageSize=5000" }),
          400,
          20001
        )
        expectError(yield* send("ListInteractionChannel", { InteractionSid: kd }, { auth: null }), 401, 20003)
      })))
  })

  describe("UpdateInteractionChannel", () => {
    it.effect("the updated channel conforms (closed, inactive with routing)", () =>
      run(Effect.gen(function*() {
        const { kd, result } = yield* seeded
        const schema = responseSchema("UpdateInteractionChannel")
        const [a, b] = result.interactions[0]!.channels
        const closed = yield* send("UpdateInteractionChannel", { InteractionSid: kd, Sid: a!.sid }, {
          form: { Status: "closed" }
        })
        expect(closed.status).toBe(200)
        expectConforms(schema, closed.body)
        expect(closed.body.status).toBe("closed")
        const inactive = yield* send("UpdateInteractionChannel", { InteractionSid: kd, Sid: b!.sid }, {
          form: { Status: "inactive", Routing: "{\"status\":\"closed\"}" }
        })
        expectConforms(schema, inactive.body)
        expect(inactive.body.status).toBe("inactive")
      })))

    it.effect("errors conform: 400 (Status, Routing), 404, 401", () =>
      run(Effect.gen(function*() {
        const { kd, uo } = yield* seeded
        const params = { InteractionSid: kd, Sid: uo }
        expectError(yield* send("UpdateInteractionChannel", params, { form: {} }), 400, 20001)
        expectError(yield* send("UpdateInteractionChannel", params, { form: { Status: "active" } }), 400, 20001)
        expectError(yield* send("UpdateInteractionChannel", params, { form: { Status: "inactive" } }), 400, 20001)
        expectError(
          yield* send("UpdateInteractionChannel", { InteractionSid: kd, Sid: missingUo }, {
            form: { Status: "closed" }
          }),
          404,
          20404
        )
        expectError(
          yield* send("UpdateInteractionChannel", { InteractionSid: missingKd, Sid: uo }, {
            form: { Status: "closed" }
          }),
          404,
          20404
        )
        expectError(
          yield* send("UpdateInteractionChannel", params, { form: { Status: "closed" }, auth: null }),
          401,
          20003
        )
      })))
  })

  describe("ListInteractionChannelParticipant", () => {
    it.effect("pages conform, agents with routing properties, customers with null", () =>
      run(Effect.gen(function*() {
        const { kd, uo } = yield* seeded
        const schema = responseSchema("ListInteractionChannelParticipant")
        const res = yield* send("ListInteractionChannelParticipant", { InteractionSid: kd, ChannelSid: uo })
        expect(res.status).toBe(200)
        expectConforms(schema, res.body)
        expect(res.body.meta.key).toBe("participants")
        const types = res.body.participants.map((p: Json) => p.type)
        expect(types).toContain("agent")
        expect(types).toContain("customer")
        const paged = yield* send("ListInteractionChannelParticipant", { InteractionSid: kd, ChannelSid: uo }, {
          query: "PageSize=2"
        })
        expectConforms(schema, paged.body)
      })))

    it.effect("errors conform: 404 (unknown channel, wrong interaction, malformed), 400, 401", () =>
      run(Effect.gen(function*() {
        const { kd, uo, result } = yield* seeded
        const other = result.interactions[1]!.sid
        const list = (InteractionSid: string, ChannelSid: string, options = {}) =>
          send("ListInteractionChannelParticipant", { InteractionSid, ChannelSid }, options)
        expectError(yield* list(kd, missingUo), 404, 20404)
        expectError(yield* list(other, uo), 404, 20404)
        expectError(yield* list(kd, "UOx"), 404, 20404)
        expectError(yield* list(kd, uo, { query: "PageSize=x" }), 400, 20001)
        expectError(yield* list(kd, uo, { auth: null }), 401, 20003)
      })))
  })

  it.effect("the UnknownEnumValues fault is caught by the checker (and only by enums)", () =>
    run(Effect.gen(function*() {
      const { kd, sim } = yield* seeded
      yield* sim.injectFaults([FlexSimulator.unknownEnumValues(), FlexSimulator.extraFields()])
      const unknown = yield* send("ListInteractionChannel", { InteractionSid: kd })
      const errors = check(responseSchema("ListInteractionChannel"), unknown.body)
      expect(errors.length).toBeGreaterThan(0)
      for (const error of errors) expect(error).toMatch(/is not one of/)
      const extra = yield* send("ListInteractionChannel", { InteractionSid: kd })
      expectConforms(responseSchema("ListInteractionChannel"), extra.body)
    })))
})
