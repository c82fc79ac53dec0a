/**
 * The governor gates every attempt of the issue #11 operations by route family and by operation:
 * the `interactions` bucket holds every `/v1/Interactions` endpoint (the create at the root
 * included), the `channels` bucket the chat channels' create and delete; a refusal for one
 * endpoint's rate (45780) pauses that operation only.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as TestClock from "effect/TestClock"
import * as FlexClient from "../src/FlexClient.js"
import type * as FlexConfig from "../src/FlexConfig.js"
import * as Sid from "../src/Sid.js"
import * as Transport from "./utils/transport.js"

const hex = "0123456789abcdef0123456789abcdef"
const KD = `KD${hex}`
const UO = `UO${hex}`
const UX = `UX${hex}`
const CH = `CH${hex}`

/** Answers every request with a record of the right kind for its path (or a 204 for a DELETE). */
const answer = (request: Transport.Recorded): Transport.Reply => {
  const path = request.url.pathname
  if (request.method === "DELETE") return { status: 204 }
  if (path === "/v1/Interactions" || /^\/v1\/Interactions\/KD\w+$/.test(path)) return { status: 200, body: { sid: KD } }
  if (path.endsWith("/Participants")) return { status: 200, body: { sid: `UT${hex}` } }
  if (path.endsWith("/Invites")) return { status: 200, body: { sid: `KG${hex}` } }
  if (path.includes("/Transfers")) return { status: 201, body: { sid: UX } }
  return { status: 201, body: { sid: CH } }
}

const interactionCalls: ReadonlyArray<(flex: FlexClient.FlexClient) => Effect.Effect<unknown, unknown>> = [
  (flex) => flex.interactions.create({ channel: { type: "sms" } }),
  (flex) => flex.interactions.update(KD, {}),
  (flex) => flex.participants.create(KD, UO, { type: "agent", mediaProperties: {} }),
  (flex) => flex.invites.create(KD, UO, { routing: {} }),
  (flex) => flex.transfers.create(KD, UO, {}),
  (flex) => flex.transfers.fetch(KD, UO, UX),
  (flex) => flex.transfers.update(KD, UO, UX, {})
]
const channelCalls: ReadonlyArray<(flex: FlexClient.FlexClient) => Effect.Effect<unknown, unknown>> = [
  (flex) =>
    flex.channels.create({
      flexFlowSid: Sid.FlexFlowSid.make(`FO${hex}`),
      identity: "a",
      chatUserFriendlyName: "b",
      chatFriendlyName: "c"
    }),
  (flex) => flex.channels.delete(CH)
]

const clientWith = (transport: ReturnType<typeof Transport.make>, options: Partial<FlexConfig.Options>) =>
  FlexClient.make({ ...Transport.credentials, ...options }).pipe(Effect.provide(transport.layer))

describe("the governor and the issue #11 operations", () => {
  it.effect("the interactions bucket paces every /v1/Interactions call; the channels bucket is not touched", () =>
    Effect.gen(function*() {
      const transport = Transport.make(answer)
      const flex = yield* clientWith(transport, { rateLimit: { interactions: { perSecond: 1, burst: 1 } } })
      const fiber = yield* Effect.fork(
        Effect.all([...interactionCalls, ...channelCalls].map((call) => call(flex)), { concurrency: "unbounded" })
      )
      yield* TestClock.adjust("1 millis")
      // one interactions call (the burst) and both chat channel calls went at once
      expect(transport.recorded.map((r) => r.url.pathname.startsWith("/v1/Channels"))).toEqual([false, true, true])
      for (let second = 1; second < interactionCalls.length; second++) {
        yield* TestClock.adjust("1 seconds")
        expect(transport.recorded).toHaveLength(3 + second)
      }
      yield* Fiber.join(fiber)
      expect(transport.recorded).toHaveLength(interactionCalls.length + channelCalls.length)
    }))

  it.effect("the channels bucket paces the chat channels' create and delete", () =>
    Effect.gen(function*() {
      const transport = Transport.make(answer)
      const flex = yield* clientWith(transport, { rateLimit: { channels: { perSecond: 1, burst: 1 } } })
      const fiber = yield* Effect.fork(Effect.all(channelCalls.map((call) => call(flex)), { concurrency: "unbounded" }))
      yield* TestClock.adjust("1 millis")
      expect(transport.recorded).toHaveLength(1)
      yield* TestClock.adjust("1 seconds")
      yield* Fiber.join(fiber)
      expect(transport.recorded.map((r) => r.method)).toEqual(["POST", "DELETE"])
    }))

  it.effect("a 45780 refusal with Retry-After on invites.create pauses invites.create only", () =>
    Effect.gen(function*() {
      let refused = false
      const transport = Transport.make((request) => {
        if (request.url.pathname.endsWith("/Invites") && !refused) {
          refused = true
          return {
            status: 429,
            headers: { "retry-after": "5" },
            body: { code: 45780, message: "Too many requests for this endpoint", status: 429 }
          }
        }
        return answer(request)
      })
      const flex = yield* clientWith(transport, {})
      const invite = yield* Effect.fork(flex.invites.create(KD, UO, { routing: {} }))
      yield* TestClock.adjust("1 millis")
      expect(transport.recorded).toHaveLength(1)
      // another endpoint of the same family goes on while invites.create waits out its pause
      const others = yield* Effect.fork(Effect.all([
        flex.transfers.create(KD, UO, {}),
        flex.participants.create(KD, UO, { type: "agent", mediaProperties: {} })
      ]))
      yield* TestClock.adjust("1 millis")
      yield* Fiber.join(others)
      const secondInvite = yield* Effect.fork(flex.invites.create(KD, UO, { routing: {} }))
      yield* TestClock.adjust("1 seconds")
      expect(transport.recorded.map((r) => r.url.pathname.split("/").pop())).toEqual([
        "Invites",
        "Transfers",
        "Participants"
      ])
      yield* TestClock.adjust("5 seconds")
      yield* Fiber.join(invite)
      yield* Fiber.join(secondInvite)
      expect(transport.recorded.filter((r) => r.url.pathname.endsWith("/Invites"))).toHaveLength(3)
    }))
})
