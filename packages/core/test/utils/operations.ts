/**
 * The tests every operation of the client owes, run from a description of the operation: its
 * request against Twilio's OpenAPI description, the spec's example response decoded with the
 * spec's success status, the nullability of every field, its span and metric, the retry rules of
 * its method, typed errors for Twilio's error bodies, secrets scrubbed from them, and every bad
 * SID refused before any request. Each operation's own file adds what is particular to it (its
 * parameters, their encoding).
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Redacted from "effect/Redacted"
import * as TestClock from "effect/TestClock"
import { inspect } from "node:util"
import * as FlexClient from "../../src/FlexClient.js"
import { FlexInvalidInput } from "../../src/FlexError.js"
import * as Governor from "../../src/internal/governor.js"
import { expectFields, failureOf } from "./exits.js"
import * as Hostile from "./hostile.js"
import { observe } from "./observe.js"
import * as OpenApi from "./openapi.js"
import * as Transport from "./transport.js"

type Json = any

export const origin = "https://flex-api.twilio.com"

/** A call of the client, as the tests make it. */
export type Call = (flex: FlexClient.FlexClient) => Effect.Effect<unknown, unknown>

/** Where a SID argument goes: its name in errors, its kind, and the call with a bad value in its place. */
export interface SidSite {
  readonly argument: string
  readonly prefix: string
  readonly call: (bad: string) => Call
}

export interface OperationCase {
  /** The client's operation name (spans, metrics, errors): `interactions.create`. */
  readonly operation: string
  /** Twilio's operationId in the fixture. */
  readonly operationId: string
  readonly openApi: ReturnType<typeof OpenApi.make>
  /** The request path the call below sends. */
  readonly path: string
  /** A valid call. */
  readonly run: Call
  /** The span attributes the call records (its SIDs, its status). */
  readonly attributes: Readonly<Record<string, string>>
  readonly sids: ReadonlyArray<SidSite>
  /** A class of the decoded record (absent for a call without a response body). */
  readonly record?: abstract new(...args: ReadonlyArray<any>) => unknown
}

/** A FlexClient with retries (the client's defaults) over a scripted transport. */
const clientWith = (handler: (request: Transport.Recorded, index: number) => Transport.Reply) =>
  Effect.gen(function*() {
    const transport = Transport.make(handler)
    const flex = yield* Effect.provide(FlexClient.make(Transport.credentials), transport.layer)
    return { flex, recorded: transport.recorded }
  })

/** Runs `run` with the test clock moved on, so retries' delays pass. */
const settled = <A, E>(effect: Effect.Effect<A, E>) =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(Effect.exit(effect))
    yield* TestClock.adjust("10 minutes")
    return yield* Fiber.join(fiber)
  })

const twilioError = (status: number, code: number, message: string) => ({
  code,
  message,
  more_info: `https://www.twilio.com/docs/errors/${code}`,
  status
})

/** The common suite of an operation. */
export const operationSuite = (c: OperationCase) => {
  const { examples, schema, status: success } = c.openApi.successOf(c.operationId)
  const { method } = c.openApi.operations.get(c.operationId)!
  const exampleEntries = Object.entries(examples) as Array<[string, { value: Json }]>
  const example: Json = exampleEntries[0]?.[1].value
  const ok: Transport.Reply = example === undefined ? { status: success } : { status: success, body: example }
  const properties: Record<string, Json> = schema === undefined ? {} : c.openApi.resolve(schema).properties

  describe(`${c.operation} (${c.operationId}): the common contract`, () => {
    it.effect(`sends ${method} ${c.path} as the spec describes it`, () =>
      Effect.gen(function*() {
        const { recorded } = yield* Transport.withClient(ok, c.run)
        expect(recorded).toHaveLength(1)
        const request = recorded[0]!
        expect(request.method).toBe(method)
        expect(request.url.href).toBe(`${origin}${c.path}`)
        expect(request.headers["accept"]).toBe("application/json")
        expect(request.headers["authorization"]).toBe(
          "Basic " + btoa(`${Transport.accountSid}:${Redacted.value(Transport.authToken)}`)
        )
        expect(c.openApi.checkRequest(c.operationId, OpenApi.wireRequestOf(request))).toEqual([])
      }))

    if (c.record === undefined) {
      it.effect(`a ${success} with no body succeeds with no value`, () =>
        Effect.gen(function*() {
          expect(success).toBe(204)
          const { result } = yield* Transport.withClient({ status: 204 }, c.run)
          expect(result).toBeUndefined()
        }))

      it.effect("any other 2xx succeeds too, its body ignored (none at all, or one that is not JSON)", () =>
        Effect.gen(function*() {
          const replies = [
            { status: 200, body: null },
            { status: 200, body: "<html>deleted</html>" },
            { status: 202, body: { sid: 1 } }
          ]
          for (const reply of replies) {
            const { result } = yield* Transport.withClient(reply, c.run)
            expect(result).toBeUndefined()
          }
        }))
    } else {
      const record = c.record
      it.effect.each(exampleEntries)(
        `the spec's ${success} example %s decodes`,
        ([, { value }]) =>
          Effect.gen(function*() {
            expect(c.openApi.check(schema, value)).toEqual([])
            const { result } = yield* Transport.withClient({ status: success, body: value }, c.run)
            expect(result).toBeInstanceOf(record)
            expect((result as { sid: string }).sid).toBe(value.sid)
          })
      )

      it.effect("every field but sid is nullable: null or absent decodes to null; extra fields are ignored", () =>
        Effect.gen(function*() {
          const nulls = Object.fromEntries(Object.keys(properties).map((key) => [key, null]))
          for (const body of [{ ...nulls, sid: example.sid }, { sid: example.sid, added_by_twilio: { x: 1 } }]) {
            const { result } = yield* Transport.withClient({ status: success, body }, c.run)
            expect(result).toBeInstanceOf(record)
            const fields = Object.entries(result as object).filter(([key]) => key !== "sid")
            expect(fields.length).toBe(Object.keys(properties).length - 1)
            expect(fields.filter(([, value]) => value !== null)).toEqual([])
          }
        }))

      it.effect("a record without its sid, or with another kind's, is a FlexDecodeError", () =>
        Effect.gen(function*() {
          for (const sid of [null, undefined, "ZZ" + example.sid.slice(2)]) {
            const { recorded, result } = yield* Transport.withClient(
              { status: success, body: { ...example, sid } },
              (flex) => Effect.flip(c.run(flex))
            )
            expect(recorded).toHaveLength(1)
            expectFields(result, { _tag: "FlexDecodeError", method, status: success })
          }
        }))
    }

    it.effect(`runs in the span FlexClient.${c.operation}; the attempt is counted under ${c.operation}`, () =>
      Effect.gen(function*() {
        const tags = { operation: c.operation, status: String(success) }
        const before = yield* Transport.counterValue(Governor.metrics.requests, tags)
        const { observed } = yield* observe(Transport.withClient(ok, c.run))
        const span = observed.spans.find((s) => s.name === `FlexClient.${c.operation}`)
        expect(span, observed.spans.map((s) => s.name).join(", ")).toBeDefined()
        expect(Object.fromEntries(span!.attributes)).toMatchObject(c.attributes)
        expect((yield* Transport.counterValue(Governor.metrics.requests, tags)) - before).toBe(1)
      }))

    if (method === "GET") {
      it.effect("a 500 and a lost connection are retried (a GET is safe to repeat)", () =>
        Effect.gen(function*() {
          for (const first of [{ status: 500 }, { fail: "Transport" }] as const) {
            const { flex, recorded } = yield* clientWith((_, i) => i === 0 ? first : ok)
            const exit = yield* settled(c.run(flex))
            expect(exit._tag).toBe("Success")
            expect(recorded).toHaveLength(2)
          }
        }))
    } else {
      it.effect(`a ${method} is sent once: not again after a lost connection, a 500 or a 502`, () =>
        Effect.gen(function*() {
          const cases = [
            [{ fail: "Transport" }, "FlexTransportError"],
            [{ status: 500, body: twilioError(500, 20500, "Internal Server Error") }, "FlexApiError"],
            [{ status: 502 }, "FlexApiError"]
          ] as const
          for (const [reply, tag] of cases) {
            const { flex, recorded } = yield* clientWith(() => reply)
            const error = failureOf(yield* settled(c.run(flex)))
            expectFields(error, { _tag: tag, method, attempts: 1 })
            if (tag === "FlexTransportError") {
              expect((error as Error).message).toContain(`the ${method} may have been applied`)
            }
            expect(recorded).toHaveLength(1)
          }
        }))

      it.effect("429 and 503 are sent again (Twilio did not process them), then it succeeds", () =>
        Effect.gen(function*() {
          const { flex, recorded } = yield* clientWith((_, i) =>
            i === 0
              ? { status: 429, body: twilioError(429, 20429, "Too Many Requests"), headers: { "retry-after": "1" } }
              : i === 1
              ? { status: 503, body: twilioError(503, 20503, "Service Unavailable") }
              : ok
          )
          const exit = yield* settled(c.run(flex))
          expect(exit._tag).toBe("Success")
          expect(recorded).toHaveLength(3)
          expect(new Set(recorded.map((r) => `${r.method} ${r.url.pathname} ${r.body}`)).size).toBe(1)
        }))
    }

    it.effect("Twilio's 404 is FlexNotFound, its 400 a FlexApiError, with Twilio's code and the request", () =>
      Effect.gen(function*() {
        const cases = [
          [404, 20404, "FlexNotFound", `The requested resource ${c.path.slice(3)} was not found`],
          [400, 20001, "FlexApiError", "Invalid parameter"]
        ] as const
        for (const [status, code, tag, message] of cases) {
          const { recorded, result } = yield* Transport.withClient(
            { status, body: twilioError(status, code, message) },
            (flex) => Effect.flip(c.run(flex))
          )
          expect(recorded).toHaveLength(1)
          expectFields(result, {
            _tag: tag,
            status,
            code,
            message,
            moreInfo: `https://www.twilio.com/docs/errors/${code}`,
            requestId: "RQ" + "a".repeat(32),
            method,
            url: `${origin}${c.path}`,
            attempts: 1
          })
        }
      }))

    it.effect("a server that echoes the credentials back: the error carries none of them", () =>
      Effect.gen(function*() {
        const token = Redacted.value(Transport.authToken)
        const basic = btoa(`${Transport.accountSid}:${token}`)
        const { recorded, result } = yield* Transport.withClient(
          {
            status: 400,
            body: { ...twilioError(400, 20001, `Bad token ${token} (Basic ${basic})`), details: { token } }
          },
          (flex) => Effect.flip(c.run(flex))
        )
        expect(recorded[0]!.headers["authorization"]).toContain(basic)
        const rendered = [String(result), JSON.stringify(result), inspect(result, { depth: 10 })].join("\n")
        expect(rendered).toContain("20001")
        expect(rendered).not.toContain(token)
        expect(rendered).not.toContain(basic)
      }))

    const sidCases = c.sids.flatMap((site) =>
      Hostile.badSids(site.prefix).map(([label, bad]) => [site.argument, label, site.call(bad as string)] as const)
    )
    it.effect.each(sidCases)(
      "%s %s: FlexInvalidInput, nothing sent",
      ([argument, , call]) => rejectsUnsent(c.operation, argument, call)
    )
  })
}

/**
 * Calls (which must not throw), runs, and asserts one FlexInvalidInput of `operation` naming
 * `argument`, with no request sent.
 */
export const rejectsUnsent = (operation: string, argument: string, call: Call) =>
  Effect.gen(function*() {
    const transport = Transport.make(() => ({ status: 200, body: {} }))
    const flex = yield* Effect.provide(FlexClient.make(Transport.credentials), transport.layer)
    let effect: Effect.Effect<unknown, unknown>
    try {
      effect = call(flex)
    } catch (error) {
      return expect.fail(`the call threw synchronously: ${String(error)}`)
    }
    const exit = yield* Effect.exit(effect)
    expect(transport.recorded, "requests sent").toEqual([])
    const error = failureOf(exit)
    if (!(error instanceof FlexInvalidInput)) return expect.fail(`expected FlexInvalidInput, got ${String(error)}`)
    expect({ operation: error.operation, argument: error.argument }).toEqual({ operation, argument })
    expect(error.message.length).toBeGreaterThan(0)
    return error
  })
