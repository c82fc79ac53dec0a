/**
 * A server cannot give a decoded record a prototype of its choosing: `__proto__` keys in a body
 * (plain or spelled with `\u` escapes) are dropped when it is parsed, and a decoder handed such
 * a key directly skips it. Schema's own `Record` decoding assigns the key, which replaces the
 * prototype: without the guard, `routing.polluted` below would read "yes" through inheritance.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { Interaction } from "../src/Interaction.js"
import * as Decode from "../src/internal/decode.js"
import * as Json from "../src/internal/json.js"
import * as SchemaDecoder from "../src/internal/schemaDecoder.js"
import * as Transport from "./utils/transport.js"

const kd = Transport.sid("KD", 1)

const interactionBody = (routing: string) =>
  `{"sid":"${kd}","channel":{"type":"web"},"routing":${routing},"interaction_context_sid":null,` +
  `"webhook_ttid":null,"url":"https://flex-api.twilio.com/v1/Interactions/${kd}","links":{}}`

const hostileRouting = [
  `{"__proto__":{"polluted":"yes"},"workspace_sid":"WS1"}`,
  `{"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":"yes"},"workspace_sid":"WS1"}`,
  `{"__pro\\u0074o__":{"polluted":"yes"},"workspace_sid":"WS1"}`
]

describe("__proto__ keys in bodies", () => {
  for (const routing of hostileRouting) {
    it.effect(`a fetched record keeps Object's prototype: routing ${routing.slice(0, 32)}…`, () =>
      Effect.gen(function*() {
        const { result } = yield* Transport.withClient(
          { status: 200, body: interactionBody(routing), headers: { "content-type": "application/json" } },
          (flex) => flex.interactions.fetch(kd)
        )
        const decoded = result.routing as Record<string, unknown>
        expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype)
        expect(decoded.polluted).toBeUndefined()
        expect(decoded).toEqual({ workspace_sid: "WS1" })
      }))
  }

  it("Json.parse drops the key at any depth, and only that key", () => {
    const parsed = Json.parse(`{"a":{"__proto__":{"x":1},"b":[{"\\u005f_proto__":2,"c":3}]},"__proto__":null}`) as any
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype)
    expect(JSON.stringify(parsed)).toBe(`{"a":{"b":[{"c":3}]}}`)
    expect(Json.parse(`{"proto":1,"__proto":2}`)).toEqual({ proto: 1, __proto: 2 })
  })

  it("the compiled decoder skips an own __proto__ key handed to it directly", () => {
    const input = JSON.parse(interactionBody(hostileRouting[0]!))
    const decoded = Decode.resource(Interaction)(input)
    expect(Either.isRight(decoded)).toBe(true)
    const routing = Either.getOrThrow(decoded).routing as Record<string, unknown>
    expect(Object.getPrototypeOf(routing)).toBe(Object.prototype)
    expect(routing.polluted).toBeUndefined()
  })

  // Browsers and Workers decode with Schema's own decoder (`#decoder`), which has no skip of its
  // own: there the guard is the parse, which every body goes through before it is decoded.
  for (const routing of hostileRouting) {
    it(`Schema's decoder (browsers, Workers) on a parsed body keeps Object's prototype: ${routing.slice(0, 24)}…`, () => {
      const decoded = Decode.resourceWith(SchemaDecoder.make)(Interaction)(Json.parse(interactionBody(routing)))
      const value = Either.getOrThrow(decoded).routing as Record<string, unknown>
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
      expect(value.polluted).toBeUndefined()
      expect(value).toEqual({ workspace_sid: "WS1" })
    })
  }
})
