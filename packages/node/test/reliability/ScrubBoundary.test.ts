/**
 * One scrub boundary (issue #7, item 6), over the real Node layer (LeanHttpClient) and a hostile loopback
 * server that echoes the auth token T and the Basic value B (and the `Authorization` header it
 * received) into every field of its error bodies, into its response headers and into
 * `next_page_url`s. No field of the resulting FlexError (deep), no rendering of it, no span
 * attribute or event of any span (the platform's `http.client` spans included) and no log line (all
 * levels) may contain T or B.
 *
 * Also: option errors never echo a value that could be a secret, and scrubbing does not mangle
 * text: a secret shorter than 8 characters is redacted only where it stands as a whole word.
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import type * as FlexConfig from "@effect-flex/core/FlexConfig"
import type { FlexError } from "@effect-flex/core/FlexError"
import { describe, expect, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Inspectable from "effect/Inspectable"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type { OutgoingHttpHeaders } from "node:http"
import { inspect } from "node:util"
import { failureOf } from "../../../core/test/utils/exits.js"
import * as Observe from "../../../core/test/utils/observe.js"
import * as Transport from "../../../core/test/utils/transport.js"
import * as NodeFlexClient from "../../src/NodeFlexClient.js"
import * as HostileServer from "../utils/HostileServer.js"

/** The auth token: 32 hex characters, like Twilio's. */
const T = "9c4e1f7a2b8d3c6e0a5f9b2d7e4c1a8f"
const accountSid = Transport.accountSid
/** The Basic credentials the client sends. */
const B = Buffer.from(`${accountSid}:${T}`).toString("base64")
const CH = Transport.sid("CH", 1)
const KD = Transport.sid("KD", 1)
const UO = Transport.sid("UO", 1)
const listPath = `/v1/Interactions/${KD}/Channels`

const secretsIn = (text: string): Array<string> =>
  [T, B].filter((secret) => text.includes(secret)).map((secret) => (secret === T ? "T" : "B"))

const bounded = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.timeoutFail(effect, { duration: "10 seconds", onTimeout: () => new Error("the test itself timed out (10 s)") })
const TEST_TIMEOUT = 15_000

const clientOptions = (server: HostileServer.HostileServer, extra: Partial<FlexConfig.Options> = {}) =>
  ({
    accountSid,
    authToken: Redacted.make(T),
    baseUrl: server.origin,
    timeout: "5 seconds",
    retry: { maxAttempts: 2, baseDelay: "1 millis", maxDelay: "2 millis", maxRetryAfter: "2 millis" },
    ...extra
  }) satisfies FlexConfig.Options

/** A hostile server and a client over it; every connection is closed once the client is released. */
const withClient = <A, E>(
  handler: (reply: HostileServer.Reply, server: HostileServer.HostileServer) => void,
  body: (flex: FlexClient.FlexClient, server: HostileServer.HostileServer) => Effect.Effect<A, E, Scope.Scope>,
  extra: Partial<FlexConfig.Options> = {}
) =>
  bounded(Effect.scoped(Effect.gen(function*() {
    const ref: { server?: HostileServer.HostileServer } = {}
    const server = yield* HostileServer.make((reply) => handler(reply, ref.server!))
    ref.server = server
    const result = yield* Effect.scoped(
      Effect.flatMap(
        Layer.build(NodeFlexClient.layer(clientOptions(server, extra))),
        (context) => body(Context.get(context, FlexClient.FlexClient), server)
      )
    )
    expect(server.handlerErrors).toEqual([])
    expect(yield* server.awaitNoOpenConnections("2 seconds"), "connections left open").toBe(0)
    return result
  })))

// -----------------------------------------------------------------------------------------------
// what a hostile server echoes
// -----------------------------------------------------------------------------------------------

/** The request's Authorization header, as the server received it (`Basic B`). */
const authorizationOf = (reply: HostileServer.Reply): string => String(reply.exchange.headers.authorization ?? "")
const echo = (auth: string) => `token=${T} basic=${B} authorization=${auth}`

const echoHeaders = (auth: string, contentType = "application/json"): OutgoingHttpHeaders => ({
  "content-type": contentType,
  "twilio-request-id": `RQ${T}`,
  "Retry-After": T,
  "x-echo": `${auth} ${T}`,
  location: `http://${T}.example.com/${B}`,
  "www-authenticate": `Basic realm="${T}"`,
  "x-twilio-token": T,
  link: `<http://example.com/${T}>; rel="next"`
})

type Format = "legacy" | "RFC 9457" | "params" | "HTML"

const errorBody = (format: Format, status: number, auth: string): string => {
  switch (format) {
    case "legacy":
      return JSON.stringify({
        code: 20001,
        message: `Refused: ${echo(auth)}`,
        more_info: `https://www.twilio.com/docs/errors/20001?t=${T}&b=${B}`,
        status,
        details: {
          token: T,
          nested: { authorization: auth, list: [T, B, { deep: `x${T}y`, deeper: [[`${B}`]] }] },
          [T]: "a key that is the token",
          [`key-${B}`]: 1
        },
        error_code: T,
        code_message: `code ${T}`
      })
    case "RFC 9457":
      return JSON.stringify({
        type: `https://www.twilio.com/docs/errors/${T}`,
        title: `Title ${T}`,
        status,
        code: 20001,
        detail: `Detail ${echo(auth)}`,
        instance: `/v1/Channels/${T}`,
        errors: [{ detail: T, pointer: `#/${B}` }, { detail: auth }]
      })
    case "params":
      return JSON.stringify({
        code: 20001,
        message: `Message ${echo(auth)}`,
        httpStatusCode: status,
        userError: true,
        params: { twilioErrorCodeUrl: `https://www.twilio.com/docs/errors/20001#${T}`, token: T, authorization: auth }
      })
    case "HTML":
      return `<html><body>${echo(auth)}</body></html>`
  }
}

const contentTypeOf = (format: Format) =>
  format === "RFC 9457" ? "application/problem+json" : format === "HTML" ? `text/x-${T}` : "application/json"

// -----------------------------------------------------------------------------------------------
// scanning
// -----------------------------------------------------------------------------------------------

/** Every string in a value, keys included, however deep. */
const strings = (value: unknown, seen = new Set<unknown>()): Array<string> => {
  if (typeof value === "string") return [value]
  if (typeof value !== "object" || value === null || seen.has(value)) return []
  seen.add(value)
  return Object.entries(value).flatMap(([key, nested]) => [key, ...strings(nested, seen)])
}

/** Every rendering of an error a program, a logger or an exporter might produce. */
const errorSurfaces = (error: FlexError): Array<readonly [string, string]> => {
  const e = error as FlexError & Record<string, unknown>
  const fields = ["message", "moreInfo", "details", "requestId", "url", "issue", "operation", "argument"] as const
  return [
    ["String(error)", String(error)],
    ["JSON.stringify(error)", JSON.stringify(error)],
    ["stack", (error as Error).stack ?? ""],
    ["Inspectable.format", Inspectable.format(error)],
    ["inspect", inspect(error, { depth: 20, showHidden: true })],
    ["Cause.pretty", Cause.pretty(Cause.fail(error))],
    ["JSON.stringify(Cause.fail(error))", JSON.stringify(Cause.fail(error))],
    ...fields.flatMap((field) => strings(e[field]).map((text) => [`error.${field}`, text] as const)),
    ...Object.entries(e).flatMap(([key, value]) => strings(value).map((text) => [`error.${key}`, text] as const))
  ]
}

interface Outcome {
  readonly exit: Exit.Exit<unknown, FlexError>
  readonly observed: Observe.Observed
}

/** Runs a call with a recording tracer and a logger at every level. */
const observed = <A>(effect: Effect.Effect<A, FlexError>): Effect.Effect<Outcome> =>
  Effect.map(Effect.exit(Observe.observe(effect)), (exit): Outcome =>
    Exit.match(exit, {
      onSuccess: ({ observed, value }) => ({ exit: Exit.succeed(value), observed }),
      onFailure: (cause) => {
        const failure = Cause.failureOption(cause)
        if (Option.isNone(failure) || !Chunk.isEmpty(Cause.defects(cause))) {
          throw new Error(`not a typed failure: ${Cause.pretty(cause)}`)
        }
        return { exit: Exit.fail(failure.value.error), observed: failure.value.observed }
      }
    }))

/** The places where T or B was found: `where (T|B): text`. */
const leaksOf = (outcome: Outcome): Array<string> => {
  const observedTexts: ReadonlyArray<readonly [string, string]> = Observe.surfaces(outcome.observed).map((
    text
  ) => ["span/log", text])
  const texts: ReadonlyArray<readonly [string, string]> = Exit.isFailure(outcome.exit)
    ? observedTexts.concat(
      errorSurfaces(Option.getOrThrow(Cause.failureOption(outcome.exit.cause))),
      [["Cause.pretty(exit)", Cause.pretty(outcome.exit.cause)]]
    )
    : observedTexts
  return texts.flatMap(([where, text]) => {
    const found = secretsIn(text)
    return found.length === 0 ? [] : [`${where} (${found.join(", ")}): ${text.slice(0, 300)}`]
  })
}

const tagOf = (exit: Exit.Exit<unknown, FlexError>) =>
  Exit.isSuccess(exit) ? "success" : Option.getOrThrow(Cause.failureOption(exit.cause))._tag

/** The control that makes a scan meaningful: the secret was sent, so there was something to leak. */
const expectCredentialsSent = (server: HostileServer.HostileServer) => {
  expect(server.requests.length).toBeGreaterThan(0)
  for (const request of server.requests) expect(request.headers.authorization).toBe(`Basic ${B}`)
}

// -----------------------------------------------------------------------------------------------
// error responses
// -----------------------------------------------------------------------------------------------

const tagFor = (status: number) =>
  status === 404
    ? "FlexNotFound"
    : status === 401
    ? "FlexAuthenticationError"
    : status === 429
    ? "FlexRateLimited"
    : "FlexApiError"

describe("item 6: a server echoing the credentials into error responses", () => {
  for (const format of ["legacy", "RFC 9457", "params", "HTML"] as const) {
    it.live.each([400, 401, 404, 429, 500])(
      `HTTP %i, ${format} body: nothing observable holds T or B`,
      (status) =>
        withClient(
          (reply) => {
            const auth = authorizationOf(reply)
            reply.text(status, errorBody(format, status, auth), echoHeaders(auth, contentTypeOf(format)))
          },
          (flex, server) =>
            Effect.gen(function*() {
              const outcome = yield* observed(flex.channels.fetch(CH))
              expect(tagOf(outcome.exit)).toBe(tagFor(status))
              expectCredentialsSent(server)
              expect(outcome.observed.spans.length, "spans recorded").toBeGreaterThan(0)
              expect(leaksOf(outcome)).toEqual([])
            })
        ),
      TEST_TIMEOUT
    )
  }

  it.live.each(["legacy", "RFC 9457", "params"] as const)(
    "HTTP 400 to a POST, %s body: nothing observable holds T or B",
    (format) =>
      withClient(
        (reply) => {
          const auth = authorizationOf(reply)
          reply.text(400, errorBody(format, 400, auth), echoHeaders(auth, contentTypeOf(format)))
        },
        (flex, server) =>
          Effect.gen(function*() {
            const outcome = yield* observed(
              flex.interactionChannels.update(KD, UO, { status: "inactive", routing: { status: "closed" } })
            )
            expect(tagOf(outcome.exit)).toBe("FlexApiError")
            expectCredentialsSent(server)
            expect(leaksOf(outcome)).toEqual([])
          })
      ),
    TEST_TIMEOUT
  )

  it.live("the retry log lines of a 429 and a 500 echoing the credentials hold neither", () =>
    withClient(
      (reply) => {
        const auth = authorizationOf(reply)
        const status = reply.exchange.index === 0 ? 429 : 500
        reply.text(status, errorBody("legacy", status, auth), echoHeaders(auth))
      },
      (flex) =>
        Effect.gen(function*() {
          const outcome = yield* observed(flex.channels.fetch(CH))
          expect(tagOf(outcome.exit)).toBe("FlexApiError")
          expect(outcome.observed.logs.length, "log lines recorded (the retry)").toBeGreaterThan(0)
          expect(leaksOf(outcome)).toEqual([])
        })
    ), TEST_TIMEOUT)
})

// -----------------------------------------------------------------------------------------------
// 2xx bodies that do not decode
// -----------------------------------------------------------------------------------------------

describe("item 6: a 200 that does not decode, echoing the credentials", () => {
  it.live(
    "control: a successful fetch whose response headers echo T and B: no span or log holds them",
    () =>
      withClient(
        (reply) => reply.json(200, Transport.wireChatChannel(1), echoHeaders(authorizationOf(reply))),
        (flex, server) =>
          Effect.gen(function*() {
            const outcome = yield* observed(flex.channels.fetch(CH))
            expect(tagOf(outcome.exit)).toBe("success")
            expectCredentialsSent(server)
            expect(leaksOf(outcome)).toEqual([])
          })
      ),
    TEST_TIMEOUT
  )

  it.live.each(
    [
      ["malformed JSON", (auth: string) => `{"sid":"${T}","account_sid":"${B}","auth":"${auth}`],
      ["JSON of the wrong shape", (auth: string) =>
        JSON.stringify({
          sid: T,
          account_sid: B,
          flex_flow_sid: auth,
          url: `https://flex-api.twilio.com/${T}`,
          date_created: T
        })],
      ["a JSON string", (auth: string) => JSON.stringify(`${T} ${B} ${auth}`)]
    ] as const
  )("%s: a FlexDecodeError; nothing observable holds T or B", ([, body]) =>
    withClient(
      // plain headers: this isolates the body (the header echo is covered above)
      (reply) => reply.text(200, body(authorizationOf(reply)), { "content-type": "application/json" }),
      (flex, server) =>
        Effect.gen(function*() {
          const outcome = yield* observed(flex.channels.fetch(CH))
          expect(tagOf(outcome.exit)).toBe("FlexDecodeError")
          expectCredentialsSent(server)
          expect(leaksOf(outcome)).toEqual([])
        })
    ), TEST_TIMEOUT)
})

// -----------------------------------------------------------------------------------------------
// next_page_url
// -----------------------------------------------------------------------------------------------

const pageReply = (
  reply: HostileServer.Reply,
  server: HostileServer.HostileServer,
  items: ReadonlyArray<unknown>,
  next: string | null
) => {
  // plain headers: the header echo is covered above; these tests isolate the URL
  reply.json(200, {
    channels: items,
    meta: Transport.meta("channels", `${server.origin}${reply.exchange.url}`, reply.exchange.index, 1, next)
  })
}

describe("item 6: next_page_url echoing the credentials", () => {
  it.live.each(
    [
      ["a foreign host containing T", (_: HostileServer.HostileServer) => `http://${T}.example.com${listPath}?b=${B}`],
      [
        "a foreign path containing T",
        (server: HostileServer.HostileServer) => `${server.origin}/v1/Interactions/${T}/Channels?PageToken=${B}`
      ],
      [
        "user info holding T and B",
        (server: HostileServer.HostileServer) =>
          server.origin.replace("http://", `http://${T}:${encodeURIComponent(B)}@`) + `${listPath}?PageToken=${T}`
      ]
    ] as const
  )("a refused next_page_url on %s: FlexDecodeError; nothing observable holds T or B", ([, next]) =>
    withClient(
      (reply, server) => pageReply(reply, server, [Transport.wireInteractionChannel(KD, 1)], next(server)),
      (flex, server) =>
        Effect.gen(function*() {
          const outcome = yield* observed(Stream.runCollect(flex.interactionChannels.stream(KD, { pageSize: 1 })))
          expect(tagOf(outcome.exit)).toBe("FlexDecodeError")
          expect(server.requests, "the refused URL was not requested").toHaveLength(1)
          expectCredentialsSent(server)
          expect(leaksOf(outcome)).toEqual([])
        })
    ), TEST_TIMEOUT)

  it.live(
    "a same-origin next_page_url with T and B in its query is followed verbatim; no span or log holds them",
    () =>
      withClient(
        (reply, server) =>
          reply.exchange.index === 0
            ? pageReply(
              reply,
              server,
              [Transport.wireInteractionChannel(KD, 1)],
              `${server.origin}${listPath}?PageSize=1&Page=1&PageToken=${T}&Echo=${B}`
            )
            : pageReply(reply, server, [Transport.wireInteractionChannel(KD, 2)], null),
        (flex, server) =>
          Effect.gen(function*() {
            const outcome = yield* observed(flex.interactionChannels.list(KD, { pageSize: 1 }))
            expect(tagOf(outcome.exit)).toBe("success")
            expect(server.requests).toHaveLength(2)
            // scrubbing is for what is observed, never for what is sent
            expect(server.requests[1]!.url).toContain(`PageToken=${T}`)
            expectCredentialsSent(server)
            expect(outcome.observed.spans.length).toBeGreaterThan(0)
            expect(leaksOf(outcome)).toEqual([])
          })
      ),
    TEST_TIMEOUT
  )
})

// -----------------------------------------------------------------------------------------------
// option errors
// -----------------------------------------------------------------------------------------------

describe("item 6: option errors never echo a value that could be a secret", () => {
  it.effect.each(
    [
      ["accountSid and authToken swapped", { accountSid: T, authToken: Redacted.make(accountSid) }],
      ["the token as the API key", { accountSid, apiKey: T, apiSecret: Redacted.make(accountSid) }],
      ["the token as the timeout", { accountSid, authToken: Redacted.make(T), timeout: T }],
      ["the token as the page size", { accountSid, authToken: Redacted.make(T), pageSize: T }]
    ] as const
  )("%s: FlexInvalidInput without T", ([, options]) =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(
        Layer.build(NodeFlexClient.layer({ baseUrl: "http://127.0.0.1:9", ...options } as FlexConfig.Options)).pipe(
          Effect.scoped
        )
      )
      expect(tagOf(exit as Exit.Exit<unknown, FlexError>)).toBe("FlexInvalidInput")
      expect(leaksOf({ exit: exit as Exit.Exit<unknown, FlexError>, observed: { logs: [], spans: [] } })).toEqual([])
    }))
})

// -----------------------------------------------------------------------------------------------
// scrubbing does not mangle text
// -----------------------------------------------------------------------------------------------

/** `t` standing as a whole word: not next to a letter or a digit. */
const wholeWordT = /(?<![A-Za-z0-9])t(?![A-Za-z0-9])/

describe("item 6: a short secret is redacted only as a whole word", () => {
  it.live("token \"t\": URLs and words keep their t's; a whole-word t is redacted", () =>
    withClient(
      (reply) =>
        reply.json(400, {
          code: 20001,
          message: "Invalid request, see http://example.com/path (your token: t)",
          more_info: "https://www.twilio.com/docs/errors/20001",
          status: 400,
          details: { link: "http://example.com/path", echoed: "t", sentence: "the token was t." }
        }, { "twilio-request-id": `RQ${"ab".repeat(16)}` }),
      (flex, server) =>
        Effect.gen(function*() {
          const error = failureOf(yield* Effect.exit(flex.channels.fetch(CH))) as FlexError & {
            readonly moreInfo: string | null
            readonly details: Record<string, string>
          }
          expect(error._tag).toBe("FlexApiError")
          expect(error.message).toContain("Invalid request, see http://example.com/path (your token: ")
          expect(error.message, "a whole-word t is still redacted").not.toMatch(wholeWordT)
          expect(error.moreInfo).toBe("https://www.twilio.com/docs/errors/20001")
          expect((error as { readonly url?: string }).url).toBe(`${server.origin}/v1/Channels/${CH}`)
          expect(error.details.link).toBe("http://example.com/path")
          expect(error.details.echoed).not.toMatch(wholeWordT)
          expect(error.details.sentence?.startsWith("the token was ")).toBe(true)
          expect(error.details.sentence).not.toMatch(wholeWordT)
        }),
      { authToken: Redacted.make("t"), retry: false }
    ), TEST_TIMEOUT)

  it.live.each(
    [
      ["an HTML 404", 404, "<html>not here</html>", "text/html"],
      [
        "a 200 of the wrong shape",
        200,
        JSON.stringify({ sid: "not a sid", url: "http://example.com/path" }),
        "application/json"
      ],
      [
        "a 500 with a JSON message",
        500,
        JSON.stringify({ code: 20500, message: "Internal error, retry at http://status.twilio.com" }),
        "application/json"
      ]
    ] as const
  )(
    "token \"t\" and a token that occurs nowhere give the same error text: %s",
    ([, status, body, contentType]) =>
      bounded(Effect.scoped(Effect.gen(function*() {
        const server = yield* HostileServer.make((reply) => reply.text(status, body, { "content-type": contentType }))
        const errorWith = (token: string) =>
          Effect.scoped(Effect.gen(function*() {
            const context = yield* Layer.build(
              NodeFlexClient.layer(clientOptions(server, { authToken: Redacted.make(token), retry: false }))
            )
            const error = failureOf(yield* Effect.exit(Context.get(context, FlexClient.FlexClient).channels.fetch(CH)))
            // every field, the message included (an Error's message is not enumerable)
            const { _tag, ...fields } = error as unknown as Record<string, unknown>
            return JSON.stringify({ _tag, message: error.message, ...fields })
          }))
        const short = yield* errorWith("t")
        const long = yield* errorWith("0000000000000000000000000000000000000000")
        expect(short).toBe(long)
      }))),
    TEST_TIMEOUT
  )
})
