/**
 * The program every runtime runs (Bun, Deno, a Cloudflare Worker on workerd), bundled by esbuild
 * with no Node built-ins: stream an interaction's channels page by page, fetch a chat channel,
 * close an interaction channel, and two typed errors (a chat channel that does not exist, and a
 * client with a wrong token). The runtime's entry provides the FlexClients (over its own fetch)
 * and prints the result; the driver (../run.ts) checks it against the simulator's store.
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import type { FlexError } from "@effect-flex/core/FlexError"
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"

/** Page size of the stream: the seeded channels take several pages. */
export const pageSize = 4

/** A token the simulator refuses (it must appear in no error). */
export const wrongToken = "wrong-token-0123456789"

/** What the driver asks for: SIDs it picked from the simulator's seed. */
export interface Input {
  readonly interactionSid: string
  readonly channelToClose: string
  readonly chatChannelSid: string
  readonly missingChatChannelSid: string
}

/** A typed failure, as the runtime saw it. */
export interface Failure {
  readonly tag: string
  readonly status: number | null
  readonly code: number | null
  readonly message: string
}

export interface Result {
  /** `navigator.userAgent`: `Bun/1.x`, `Deno/2.x`, `Cloudflare-Workers`. */
  readonly runtime: string
  /** Channels of the interaction, streamed in pages of {@link pageSize}. */
  readonly streamed: number
  readonly fetched: string
  readonly closed: { readonly sid: string; readonly status: string }
  readonly notFound: Failure
  readonly unauthorized: Failure
}

const failure = (error: FlexError): Failure => ({
  tag: error._tag,
  status: "status" in error ? error.status : null,
  code: "code" in error ? error.code : null,
  message: error.message
})

/** The error a call must fail with (a success, or another error, is reported as is). */
const expectFailure = <A, R>(effect: Effect.Effect<A, FlexError, R>): Effect.Effect<Failure, never, R> =>
  Effect.match(effect, {
    onFailure: failure,
    onSuccess: (): Failure => ({ tag: "success", status: null, code: null, message: "expected a failure" })
  })

const calls = (input: Input) =>
  Effect.gen(function*() {
    const flex = yield* FlexClient.FlexClient
    const streamed = yield* Stream.runCount(flex.interactionChannels.stream(input.interactionSid, { pageSize }))
    const chat = yield* flex.channels.fetch(input.chatChannelSid)
    const closed = yield* flex.interactionChannels.update(input.interactionSid, input.channelToClose, {
      status: "closed"
    })
    const notFound = yield* expectFailure(flex.channels.fetch(input.missingChatChannelSid))
    return {
      streamed,
      fetched: chat.sid,
      closed: { sid: closed.sid, status: String(closed.status) },
      notFound
    }
  })

const unauthorizedCall = (input: Input) =>
  expectFailure(Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.fetch(input.chatChannelSid)))

/**
 * Runs the program: `client` is the runtime's FlexClient, `wrongToken` the same with a token the
 * server refuses. Fails only if a call that must succeed does not.
 */
export const run = <E1, E2>(
  input: Input,
  client: Layer.Layer<FlexClient.FlexClient, E1>,
  wrongToken: Layer.Layer<FlexClient.FlexClient, E2>
): Effect.Effect<Result, FlexError | E1 | E2> =>
  Effect.gen(function*() {
    const result = yield* Effect.provide(calls(input), client)
    const unauthorized = yield* Effect.provide(unauthorizedCall(input), wrongToken)
    return { runtime: navigator.userAgent, ...result, unauthorized }
  })
