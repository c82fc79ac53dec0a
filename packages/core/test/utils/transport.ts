/**
 * A scripted HttpClient for tests that assert the exact wire form of requests: it records every
 * request and answers from a handler. Integration tests use the FlexSimulator instead.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"

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
    return Effect.succeed(HttpClientResponse.fromWeb(
      request,
      new Response(reply.status === 204 ? null : text, {
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
