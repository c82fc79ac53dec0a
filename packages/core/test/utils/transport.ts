/**
 * A scripted HttpClient for tests that assert the exact wire form of requests: it records every
 * request and answers from a handler. Integration tests use the FlexSimulator instead.
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Metric from "effect/Metric"
import type * as MetricState from "effect/MetricState"
import * as Redacted from "effect/Redacted"
import * as FlexClient from "../../src/FlexClient.js"

export interface Recorded {
  readonly method: string
  readonly url: URL
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

export type Reply =
  | { readonly status: number; readonly body?: unknown; readonly headers?: Record<string, string> }
  | { readonly fail: "Transport" | "Encode" }
  | { readonly die: string }
  | { readonly delay: number; readonly then: Reply }

export const accountSid = "AC" + "0123456789abcdef".repeat(2)
export const authToken = Redacted.make("tok_SECRET_9f8e7d6c5b4a")
export const credentials = { accountSid, authToken } as const

const bodyText = (request: HttpClientRequest.HttpClientRequest): string => {
  const body = request.body
  if (body._tag === "Uint8Array") return new TextDecoder().decode(body.body)
  return ""
}

export const make = (handler: (request: Recorded, index: number) => Reply) => {
  const recorded: Array<Recorded> = []
  const respond = (request: HttpClientRequest.HttpClientRequest, reply: Reply): Effect.Effect<
    HttpClientResponse.HttpClientResponse,
    HttpClientError.HttpClientError
  > => {
    if ("delay" in reply) return Effect.zipRight(Effect.sleep(reply.delay), respond(request, reply.then))
    if ("die" in reply) return Effect.die(new Error(reply.die))
    if ("fail" in reply) {
      return Effect.fail(
        new HttpClientError.RequestError({ request, reason: reply.fail, cause: new Error("ECONNRESET") })
      )
    }
    const text = reply.body === undefined
      ? ""
      : typeof reply.body === "string"
      ? reply.body
      : JSON.stringify(reply.body)
    const contentType = typeof reply.body === "string" ? "text/html" : "application/json"
    // `body: null`: a response with no body at all, as fetch gives a 204 (no stream to read).
    return Effect.succeed(HttpClientResponse.fromWeb(
      request,
      new Response(reply.status === 204 || reply.body === null ? null : text, {
        status: reply.status,
        headers: { "content-type": contentType, "twilio-request-id": "RQ" + "a".repeat(32), ...reply.headers }
      })
    ))
  }
  const client = HttpClient.make((request, url) =>
    Effect.suspend(() => {
      const entry: Recorded = { method: request.method, url, headers: request.headers, body: bodyText(request) }
      recorded.push(entry)
      return respond(request, handler(entry, recorded.length - 1))
    })
  )
  return { recorded, layer: Layer.succeed(HttpClient.HttpClient, client) }
}

const hex = (n: number) => n.toString(16).padStart(32, "0")
export const sid = (prefix: string, n: number) => prefix + hex(n)

export const wireInteractionChannel = (interactionSid: string, n: number, status = "active") => ({
  sid: sid("UO", n),
  interaction_sid: interactionSid,
  type: "chat",
  status,
  error_code: null,
  error_message: null,
  url: `https://flex-api.twilio.com/v1/Interactions/${interactionSid}/Channels/${sid("UO", n)}`,
  links: {
    participants: `https://flex-api.twilio.com/v1/Interactions/${interactionSid}/Channels/${sid("UO", n)}/Participants`
  }
})

export const wireChatChannel = (n: number) => ({
  account_sid: accountSid,
  flex_flow_sid: sid("FO", 1),
  sid: sid("CH", n),
  user_sid: sid("US", n),
  task_sid: sid("WT", n),
  url: `https://flex-api.twilio.com/v1/Channels/${sid("CH", n)}`,
  date_created: "2016-08-01T22:10:40Z",
  date_updated: "2016-08-01T22:10:40Z"
})

export const meta = (key: string, url: string, page: number, pageSize: number, next: string | null) => ({
  page,
  page_size: pageSize,
  first_page_url: url,
  previous_page_url: null,
  url,
  next_page_url: next,
  key
})

/**
 * A FlexClient (retry off) over a scripted transport that answers every request with `reply`:
 * what `body` returns, and the requests it sent.
 */
export const withClient = <A, E>(
  reply: Reply,
  body: (flex: FlexClient.FlexClient) => Effect.Effect<A, E>
) => {
  const transport = make(() => reply)
  return Effect.flatMap(Effect.provide(FlexClient.make({ ...credentials, retry: false }), transport.layer), body).pipe(
    Effect.map((result) => ({ result, recorded: transport.recorded }))
  )
}

/** The count of a counter with these tags, as an exporter reads it. */
export const counterValue = (metric: Metric.Metric.Counter<number>, tags: Record<string, string>) =>
  Effect.map(
    Metric.value(Object.entries(tags).reduce((tagged, [key, value]) => Metric.tagged(tagged, key, value), metric)),
    (state: MetricState.MetricState.Counter<number>) => state.count
  )

/**
 * A raw request to a simulator served in-process (`FlexSimulator.layer`), as any HTTP client would
 * send it: Basic auth with the simulator's default credentials unless `auth` says otherwise
 * (`null`: none), an optional form body; the status, headers and JSON body of the answer.
 */
export interface RawOptions {
  readonly form?: Record<string, string> | undefined
  readonly headers?: Record<string, string> | undefined
  /** The Authorization value: the simulator's default credentials unless given; `null` for none. */
  readonly auth?: string | null | undefined
}

/** One request through the `HttpClient` in context (no FlexClient: nothing retried or checked). */
export const rawRequest = (
  method: "GET" | "POST" | "DELETE" | "OPTIONS",
  url: string,
  options: RawOptions = {}
) =>
  Effect.gen(function*() {
    const client = yield* HttpClient.HttpClient
    let request = HttpClientRequest.make(method)(url).pipe(HttpClientRequest.setHeaders(options.headers ?? {}))
    const authorization = options.auth === undefined ? simulatorBasic : options.auth
    if (authorization !== null) request = HttpClientRequest.setHeader(request, "authorization", authorization)
    if (options.form) request = HttpClientRequest.bodyUrlParams(request, options.form)
    return yield* client.execute(request)
  })

/** {@link rawRequest}, read: status, headers, the text, and the JSON body (`null` when empty). */
export const rawCall = (...args: Parameters<typeof rawRequest>) =>
  Effect.flatMap(rawRequest(...args), (response) =>
    Effect.map(response.text, (text) => ({
      status: response.status,
      headers: response.headers,
      text,
      body: (text === "" ? null : JSON.parse(text)) as any
    })))

/** The Basic value of the simulator's default credentials. */
export const simulatorBasic = `Basic ${
  btoa(
    `${FlexSimulator.defaultCredentials.accountSid}:${Redacted.value(FlexSimulator.defaultCredentials.authToken)}`
  )
}`
