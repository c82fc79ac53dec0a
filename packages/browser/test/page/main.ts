/**
 * Runs in Chromium: the five operations through BrowserFlexClient (fetch or XHR) against a
 * simulator on another loopback origin, so every call is a real cross-origin request.
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as BrowserFlexClient from "../../src/BrowserFlexClient.js"

export interface PageConfig {
  readonly baseUrl: string
  readonly accountSid: string
  readonly authToken: string
  readonly interactionSid: string
  readonly transport: "fetch" | "xhr"
}

const run = (config: PageConfig) => {
  const options = { accountSid: config.accountSid, authToken: Redacted.make(config.authToken), baseUrl: config.baseUrl }
  const layer = config.transport === "fetch"
    ? BrowserFlexClient.layer(options)
    : BrowserFlexClient.layerXMLHttpRequest(options)
  const program = Effect.gen(function*() {
    const flex = yield* FlexClient.FlexClient
    const chatChannels = yield* flex.channels.list({ pageSize: 7 })
    const fetched = yield* flex.channels.fetch(chatChannels[0]!.sid)
    const channels = yield* flex.interactionChannels.list(config.interactionSid, { pageSize: 4 })
    const active = channels.find((c) => c.status === "active")!
    const updated = yield* flex.interactionChannels.update(config.interactionSid, active.sid, {
      status: "inactive",
      routing: { status: "closed" }
    })
    const participants = yield* flex.participants.list(config.interactionSid, active.sid)
    const notFound = yield* Effect.flip(flex.channels.fetch("CH" + "0".repeat(32)))
    const invalid = yield* Effect.flip(flex.channels.fetch("CH../../v1/Interactions"))
    return {
      chatChannelSids: chatChannels.map((c) => c.sid),
      fetchedSid: fetched.sid,
      channelSids: channels.map((c) => c.sid),
      updated: { sid: updated.sid, status: updated.status },
      participantSids: participants.map((p) => p.sid),
      notFound: { tag: notFound._tag, status: "status" in notFound ? notFound.status : null },
      invalid: { tag: invalid._tag, argument: "argument" in invalid ? invalid.argument : null }
    }
  })
  return Effect.runPromise(program.pipe(Effect.provide(layer)))
}

/** `authToken: null`: no credentials (as through a proxy). */
export interface ProbeConfig extends Omit<PageConfig, "authToken"> {
  readonly authToken: string | null
}

/** One list call, to see whether the layer lets a request leave (the credentials rule). */
const probe = (config: ProbeConfig) => {
  const options = config.authToken === null
    ? { baseUrl: config.baseUrl }
    : { accountSid: config.accountSid, authToken: Redacted.make(config.authToken), baseUrl: config.baseUrl }
  const layer = config.transport === "fetch"
    ? BrowserFlexClient.layer(options)
    : BrowserFlexClient.layerXMLHttpRequest(options)
  const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list({ limit: 1 })).pipe(
    Effect.provide(layer),
    Effect.match({
      onFailure: (error) => ({ tag: error._tag, argument: "argument" in error ? error.argument : null }),
      onSuccess: (channels) => ({ tag: "ok", argument: String(channels.length) })
    })
  )
  return Effect.runPromise(program)
}
;(globalThis as unknown as { runFlex: typeof run; probeFlex: typeof probe }).runFlex = run
;(globalThis as unknown as { probeFlex: typeof probe }).probeFlex = probe
