import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { describe, expect, it, layer } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as FlexSimulator from "../src/FlexSimulator.js"
import * as NodeFlexSimulator from "../src/NodeFlexSimulator.js"

const creds = FlexSimulator.defaultCredentials
const auth = `Basic ${btoa(`${creds.accountSid}:${Redacted.value(creds.authToken)}`)}`

type Json = any

const TestLayer = Layer.merge(
  NodeFlexSimulator.layer({ port: 0, seed: { interactions: 1, channelsPerInteraction: 12, chatChannels: 7 } }),
  NodeHttpClient.layerUndici
)

const get = (url: string) =>
  Effect.gen(function*() {
    const client = yield* HttpClient.HttpClient
    return yield* client.execute(HttpClientRequest.get(url).pipe(HttpClientRequest.setHeader("authorization", auth)))
  })

/** Bounded: a hanging socket fails the test instead of stalling the run. */
const bounded = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.timeoutFail(effect, { duration: "5 seconds", onTimeout: () => new Error("timed out") })

describe("NodeFlexSimulator", () => {
  layer(TestLayer, { timeout: "30 seconds" })((it) => {
    it.effect("serves on 127.0.0.1 with absolute URLs on its own origin, and paginates", () =>
      bounded(Effect.gen(function*() {
        const { url, host, port } = yield* NodeFlexSimulator.NodeFlexSimulator
        expect(host).toBe("127.0.0.1")
        expect(port).toBeGreaterThan(0)
        expect(url).toBe(`http://127.0.0.1:${port}`)
        const sim = yield* FlexSimulator.FlexSimulator
        const [interaction] = yield* sim.listInteractions
        const kd = interaction!.sid
        const sids: Array<string> = []
        let next: string | null = `${url}/v1/Interactions/${kd}/Channels?PageSize=5`
        let requests = 0
        while (next !== null) {
          const response = yield* get(next)
          expect(response.status).toBe(200)
          expect(response.headers["twilio-request-id"]).toMatch(/^RQ[0-9a-f]{32}$/)
          const body = (yield* response.json) as Json
          expect(body.meta.url.startsWith(`${url}/v1/Interactions/${kd}/Channels?`)).toBe(true)
          for (const channel of body.channels) {
            expect(channel.url.startsWith(url)).toBe(true)
            sids.push(channel.sid)
          }
          next = body.meta.next_page_url
          requests++
        }
        expect(requests).toBe(3)
        expect(sids).toEqual((yield* sim.listInteractionChannels(kd)).map((c) => c.sid))
        const unauthorized = yield* HttpClient.get(`${url}/v1/Channels`)
        expect(unauthorized.status).toBe(401)
        expect(((yield* unauthorized.json) as Json).code).toBe(20003)
      })))

    it.effect("updates over the socket (form body)", () =>
      bounded(Effect.gen(function*() {
        const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
        const sim = yield* FlexSimulator.FlexSimulator
        const channel = yield* sim.insertInteractionChannel({ status: "active" })
        const client = yield* HttpClient.HttpClient
        const response = yield* client.execute(
          HttpClientRequest.post(`${url}/v1/Interactions/${channel.interaction_sid}/Channels/${channel.sid}`).pipe(
            HttpClientRequest.setHeader("authorization", auth),
            HttpClientRequest.bodyUrlParams({ Status: "inactive", Routing: "{\"status\":\"closed\"}" })
          )
        )
        expect(response.status).toBe(200)
        expect(((yield* response.json) as Json).status).toBe("inactive")
        const stored = yield* sim.getInteractionChannel(channel.interaction_sid, channel.sid)
        expect(Option.map(stored, (c) => c.status)).toEqual(Option.some("inactive"))
      })))

    it.effect("DropConnection: the socket is destroyed before a response (transport error)", () =>
      bounded(Effect.gen(function*() {
        const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
        const sim = yield* FlexSimulator.FlexSimulator
        yield* sim.injectFaults([FlexSimulator.dropConnection({ route: "ListChannel" })])
        const result = yield* Effect.either(get(`${url}/v1/Channels`))
        expect(Either.isLeft(result)).toBe(true)
        const error = Option.getOrThrow(Either.getLeft(result))
        expect(error._tag).toBe("RequestError")
        expect(error.reason).toBe("Transport")
        // the server is still fine afterwards
        expect((yield* get(`${url}/v1/Channels`)).status).toBe(200)
      })))

    it.effect("DropMidBody: headers arrive, the body is cut by a destroyed socket", () =>
      bounded(Effect.gen(function*() {
        const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
        const sim = yield* FlexSimulator.FlexSimulator
        yield* sim.injectFaults([FlexSimulator.dropMidBody({ route: "ListChannel" })])
        const response = yield* get(`${url}/v1/Channels`)
        expect(response.status).toBe(200)
        const body = yield* Effect.either(response.text)
        expect(Either.isLeft(body)).toBe(true)
        expect(Option.getOrThrow(Either.getLeft(body))._tag).toBe("ResponseError")
        const journal = yield* sim.journal
        expect(journal.at(-1)).toMatchObject({ route: "ListChannel", fault: "DropMidBody", status: 200 })
        expect((yield* get(`${url}/v1/Channels`)).status).toBe(200)
      })))

    it.effect("answers a CORS preflight without auth", () =>
      bounded(Effect.gen(function*() {
        const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
        const client = yield* HttpClient.HttpClient
        const response = yield* client.execute(
          HttpClientRequest.make("OPTIONS")(`${url}/v1/Channels`).pipe(
            HttpClientRequest.setHeaders({
              origin: "http://localhost:5173",
              "access-control-request-method": "GET",
              "access-control-request-headers": "authorization"
            })
          )
        )
        expect(response.status).toBe(204)
        expect(response.headers["access-control-allow-origin"]).toBe("http://localhost:5173")
        expect(response.headers["access-control-allow-methods"]).toContain("GET")
        expect(response.headers["access-control-allow-headers"]).toContain("Authorization")
        expect(response.headers["access-control-allow-credentials"]).toBe("true")
      })))
  })

  it("closes the server when the scope closes", async () => {
    const url = await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function*() {
          const context = yield* Layer.build(NodeFlexSimulator.layer())
          const { url } = yield* Effect.provide(NodeFlexSimulator.NodeFlexSimulator, Layer.succeedContext(context))
          const response = yield* Effect.provide(get(`${url}/v1/Channels`), NodeHttpClient.layerUndici)
          expect(response.status).toBe(200)
          return url
        })
      )
    )
    const after = await Effect.runPromise(
      Effect.either(Effect.provide(bounded(get(`${url}/v1/Channels`)), NodeHttpClient.layerUndici))
    )
    expect(Either.isLeft(after)).toBe(true)
  })
})
