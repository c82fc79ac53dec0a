/**
 * The real Node layer (LeanHttpClient, node:http) over a loopback socket, against a minimal hand-written server:
 * this checks the wire as the Node layer sends it, independent of the simulator.
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import * as NodeFlexClient from "../src/NodeFlexClient.js"

const accountSid = "AC" + "1".repeat(32)
const authToken = Redacted.make("node-layer-token")
const interactionSid = "KD" + "2".repeat(32)
const channelSid = (n: number) => "UO" + n.toString(16).padStart(32, "0")

interface Seen {
  readonly method: string
  readonly url: string
  readonly headers: IncomingMessage["headers"]
  readonly body: string
}

/** A scoped loopback server answering with `handler`; yields its origin and what it saw. */
const server = (handler: (request: Seen, response: ServerResponse, origin: string) => void) =>
  Effect.acquireRelease(
    Effect.async<{ origin: string; seen: Array<Seen>; close: () => Promise<void> }>((resume) => {
      const seen: Array<Seen> = []
      const http = createServer((req, res) => {
        let body = ""
        req.on("data", (chunk) => (body += chunk))
        req.on("end", () => {
          const entry = { method: req.method!, url: req.url!, headers: req.headers, body }
          seen.push(entry)
          handler(entry, res, origin)
        })
      })
      let origin = ""
      http.listen(0, "127.0.0.1", () => {
        origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
        resume(Effect.succeed({
          origin,
          seen,
          close: () =>
            new Promise<void>((done) => {
              http.closeAllConnections()
              http.close(() => done())
            })
        }))
      })
    }),
    (s) => Effect.promise(s.close)
  )

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json", "twilio-request-id": "RQ" + "f".repeat(32) })
  res.end(JSON.stringify(body))
}

const channel = (origin: string, n: number, status = "active") => ({
  sid: channelSid(n),
  interaction_sid: interactionSid,
  type: "web",
  status,
  error_code: null,
  error_message: null,
  url: `${origin}/v1/Interactions/${interactionSid}/Channels/${channelSid(n)}`,
  links: {}
})

describe("NodeFlexClient over a loopback socket", () => {
  it.live("lists across pages and updates with a form body, as the Node layer puts them on the wire", () =>
    Effect.gen(function*() {
      const { origin, seen } = yield* server((request, res, origin) => {
        const url = new URL(request.url, origin)
        if (request.method === "POST") return json(res, 200, channel(origin, 1, "closed"))
        const page = Number(url.searchParams.get("Page") ?? "0")
        const listUrl = `${origin}/v1/Interactions/${interactionSid}/Channels`
        json(res, 200, {
          channels: [channel(origin, page * 2), channel(origin, page * 2 + 1)],
          meta: {
            page,
            page_size: 2,
            first_page_url: `${listUrl}?PageSize=2&Page=0`,
            previous_page_url: null,
            url: `${origin}${request.url}`,
            next_page_url: page < 2 ? `${listUrl}?PageSize=2&Page=${page + 1}&PageToken=PT${page + 1}` : null,
            key: "channels"
          }
        })
      })
      const result = yield* Effect.gen(function*() {
        const flex = yield* FlexClient.FlexClient
        const channels = yield* flex.interactionChannels.list(interactionSid, { pageSize: 2 })
        const updated = yield* flex.interactionChannels.update(interactionSid, channels[1]!.sid, {
          status: "inactive",
          routing: { status: "closed" }
        })
        return { channels, updated }
      }).pipe(Effect.provide(NodeFlexClient.layer({ accountSid, authToken, baseUrl: origin })))

      expect(result.channels.map((c) => c.sid)).toEqual([0, 1, 2, 3, 4, 5].map(channelSid))
      expect(result.updated.status).toBe("closed")
      expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
        `GET /v1/Interactions/${interactionSid}/Channels?PageSize=2`,
        `GET /v1/Interactions/${interactionSid}/Channels?PageSize=2&Page=1&PageToken=PT1`,
        `GET /v1/Interactions/${interactionSid}/Channels?PageSize=2&Page=2&PageToken=PT2`,
        `POST /v1/Interactions/${interactionSid}/Channels/${channelSid(1)}`
      ])
      const post = seen[3]!
      expect(post.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      expect(post.body).toBe("Status=inactive&Routing=%7B%22status%22%3A%22closed%22%7D")
      expect(post.headers.authorization).toBe(
        `Basic ${Buffer.from(`${accountSid}:node-layer-token`).toString("base64")}`
      )
      expect(post.headers["user-agent"]).toMatch(/^effect-flex\/0\.1\.0 \(linux|darwin|win32/)
      expect(post.headers.traceparent).toBeUndefined()
    }).pipe(Effect.scoped))

  it.live("a refused connection is a FlexTransportError (GET retried, then given up)", () =>
    Effect.gen(function*() {
      // Bind and close a server to get a port nothing listens on.
      const { origin } = yield* Effect.scoped(server(() => {}))
      const error = yield* Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.fetch("CH" + "3".repeat(32)))
        .pipe(
          Effect.provide(
            NodeFlexClient.layer({
              accountSid,
              authToken,
              baseUrl: origin,
              retry: { maxAttempts: 2, baseDelay: "1 millis" }
            })
          ),
          Effect.flip
        )
      expect(error).toMatchObject({ _tag: "FlexTransportError", reason: "Connection", attempts: 2 })
    }))

  it.live("a server slower than the timeout gives FlexTransportError Timeout; the socket is released", () =>
    Effect.gen(function*() {
      const { origin } = yield* server(() => {
        // never answers
      })
      const error = yield* Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.fetch("CH" + "3".repeat(32)))
        .pipe(
          Effect.provide(
            NodeFlexClient.layer({ accountSid, authToken, baseUrl: origin, timeout: "150 millis", retry: false })
          ),
          Effect.flip
        )
      expect(error).toMatchObject({ _tag: "FlexTransportError", reason: "Timeout", attempts: 1 })
    }).pipe(Effect.scoped))

  it.live("a 3xx redirect is not followed (credentials stay on the configured origin)", () =>
    Effect.gen(function*() {
      const { origin, seen } = yield* server((_, res) => {
        res.writeHead(302, { location: "http://127.0.0.2:9/steal" })
        res.end()
      })
      const error = yield* Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.fetch("CH" + "3".repeat(32)))
        .pipe(
          Effect.provide(NodeFlexClient.layer({ accountSid, authToken, baseUrl: origin, retry: false })),
          Effect.flip
        )
      expect(error).toMatchObject({ _tag: "FlexApiError", status: 302 })
      expect(seen).toHaveLength(1)
    }).pipe(Effect.scoped))
})
