/**
 * The auth token must appear nowhere: not in any error field, message, toString, JSON or
 * inspection, nor in any log line (all levels) or span attribute.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Inspectable from "effect/Inspectable"
import * as Redacted from "effect/Redacted"
import { inspect } from "node:util"
import * as FlexClient from "../src/FlexClient.js"
import * as Observe from "./utils/observe.js"
import * as Transport from "./utils/transport.js"

const token = "TOKEN_c0ffee_SHOULD_NEVER_LEAK"
const basic = btoa(`${Transport.accountSid}:${token}`)
const leaks = (text: string) => text.includes(token) || text.includes(basic)

const errorSurfaces = (error: unknown): Array<string> => [
  String(error),
  (error as Error).message,
  (error as Error).stack ?? "",
  JSON.stringify(error),
  Inspectable.format(error),
  inspect(error, { depth: 10, showHidden: true })
]

describe("credential safety", () => {
  it.effect.each(
    [
      ["401", { status: 401, body: { code: 20003, message: "Authenticate", status: 401 } }],
      ["404", { status: 404, body: { code: 20404, message: "Not found", status: 404 } }],
      ["429", { status: 429, headers: { "retry-after": "1" } }],
      ["500", { status: 500, body: "<html>oops</html>" }],
      ["decode", { status: 200, body: "{\"sid\":" }],
      ["transport", { fail: "Transport" }],
      // A hostile or buggy server echoing the credentials back in its error body.
      ["echo", {
        status: 400,
        body: { code: 20001, message: `bad Authorization: Basic ${basic} / ${token}`, status: 400 }
      }]
    ] as const
  )("%s: the token is in no error surface, log line or span", ([, reply]) =>
    Effect.gen(function*() {
      const transport = Transport.make(() => reply as Transport.Reply)
      const program = FlexClient.make({
        accountSid: Transport.accountSid,
        authToken: Redacted.make(token),
        retry: { maxAttempts: 2, baseDelay: "0 millis", maxRetryAfter: "0 millis" }
      }).pipe(
        Effect.flatMap((flex) =>
          Effect.zip(
            Effect.flip(flex.channels.fetch(Transport.sid("CH", 1))),
            Effect.flip(flex.interactionChannels.list(Transport.sid("KD", 1)))
          )
        ),
        Effect.provide(transport.layer)
      )
      const { observed, value } = yield* Observe.observe(program)
      // The request really carried the credentials: the scan looks for something that existed.
      expect(transport.recorded[0]!.headers["authorization"]).toBe(`Basic ${basic}`)
      expect(observed.spans.length).toBeGreaterThan(0)
      const texts = [...value.flatMap(errorSurfaces), ...Observe.surfaces(observed)]
      expect(texts.filter(leaks).map((t) => t.slice(0, 300))).toEqual([])
    }))

  it.effect("invalid input errors do not echo a secret passed by mistake as a SID", () =>
    Effect.gen(function*() {
      const transport = Transport.make(() => ({ status: 200, body: {} }))
      const error = yield* FlexClient.make(Transport.credentials).pipe(
        Effect.flatMap((flex) => Effect.flip(flex.channels.fetch(`${token}${token}${token}`))),
        Effect.provide(transport.layer)
      )
      expect(error._tag).toBe("FlexInvalidInput")
      // Only a 40-character prefix of a wrong value is shown.
      expect(error.message.length).toBeLessThan(200)
      expect(transport.recorded).toHaveLength(0)
    }))

  it("Redacted options print as <redacted>", () => {
    const options = { accountSid: Transport.accountSid, authToken: Redacted.make(token) }
    expect(JSON.stringify(options)).not.toContain(token)
    expect(inspect(options)).not.toContain(token)
    expect(String(options.authToken)).not.toContain(token)
  })
})
