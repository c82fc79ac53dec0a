/**
 * Contender (a): effect-flex, `NodeFlexClient.layer` (over `LeanHttpClient`) with its defaults
 * (retries on, spans on, every record decoded into a `Schema.Class` instance, the governor: 20
 * requests in flight, adaptive to 429s).
 *
 * The modules come in as a parameter so that two entry points can differ only in how an app
 * imports them: `contender-effect.ts` by subpath (`effect/Effect`, `@effect-flex/node/NodeFlexClient`),
 * `contender-effect-readme.ts` from the packages' index modules, as the README does. Bundled, they
 * are the same program; loaded from an installed package (the startup scenario) they are not.
 *
 * Experiments (not the defaults): `BENCH_EFFECT_TRACER=off` runs every call with Effect's tracer
 * disabled (no spans at all), to see what the spans cost; `BENCH_EFFECT_PREFETCH=<n>` sets the
 * `prefetch` of the early-stop stream (default: the client's, 1 page ahead).
 */
import type * as FlexClient from "@effect-flex/core/FlexClient"
import type * as NodeFlexClient from "@effect-flex/node/NodeFlexClient"
import type * as Chunk from "effect/Chunk"
import type * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import type * as ManagedRuntime from "effect/ManagedRuntime"
import type * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import type * as Stream from "effect/Stream"
import { type Contender, type Endpoint, Tally } from "./shared.js"

/** The modules the contender uses, however the entry point imported them. */
export interface Modules {
  readonly FlexClient: typeof FlexClient
  readonly NodeFlexClient: typeof NodeFlexClient
  readonly Chunk: typeof Chunk
  readonly Effect: typeof Effect
  readonly Layer: typeof Layer
  readonly ManagedRuntime: typeof ManagedRuntime
  readonly Option: typeof Option
  readonly Redacted: typeof Redacted
  readonly Stream: typeof Stream
}

export const makeEffectContender = (
  { Chunk, Effect, FlexClient, Layer, ManagedRuntime, NodeFlexClient, Option, Redacted, Stream }: Modules
) =>
async (target: Endpoint): Promise<Contender> => {
  const client = NodeFlexClient.layer({
    accountSid: target.accountSid,
    authToken: Redacted.make(target.authToken),
    baseUrl: target.url
  })
  const tracer = process.env.BENCH_EFFECT_TRACER === "off" ? Layer.setTracerEnabled(false) : Layer.empty
  const prefetch = process.env.BENCH_EFFECT_PREFETCH === undefined
    ? {}
    : { prefetch: Number(process.env.BENCH_EFFECT_PREFETCH) }
  const runtime = ManagedRuntime.make(Layer.merge(client, tracer))
  const flex = await runtime.runPromise(FlexClient.FlexClient)
  return {
    list: (interactionSid, pageSize) => runtime.runPromise(flex.interactionChannels.list(interactionSid, { pageSize })),
    first: (interactionSid, pageSize, n) =>
      runtime.runPromise(
        flex.interactionChannels.stream(interactionSid, { pageSize, ...prefetch }).pipe(
          Stream.take(n),
          Stream.runCollect,
          Effect.map(Chunk.toReadonlyArray)
        )
      ),
    stream: (interactionSid, pageSize) =>
      runtime.runPromise(
        flex.interactionChannels.stream(interactionSid, { pageSize }).pipe(
          Stream.runFold(new Tally(), (tally, channel) => tally.add(channel.sid))
        )
      ),
    fetchMany: (sids, concurrency) =>
      runtime.runPromise(
        Effect.forEach(sids, (sid) => Effect.map(flex.channels.fetch(sid), (channel) => channel.sid), { concurrency })
      ),
    // The naive program, every call at once: the client's governor keeps it within limits. Each
    // call's error is kept (`Effect.option`) instead of interrupting the others, to count them.
    fanout: (interactionSid, channelSids) =>
      runtime.runPromise(
        Effect.forEach(
          channelSids,
          (channelSid) =>
            Effect.map(Effect.option(flex.participants.list(interactionSid, channelSid)), Option.getOrUndefined),
          { concurrency: "unbounded" }
        )
      ),
    // Whole pages, one page fetched ahead while the consumer works on the current one.
    pagesWithWork: (interactionSid, pageSize, workMs) => {
      const records: Array<{ readonly sid: string }> = []
      return runtime.runPromise(
        flex.interactionChannels.pages(interactionSid, { pageSize, prefetch: 1 }).pipe(
          Stream.runForEach((page) =>
            Effect.zipRight(
              Effect.sleep(workMs),
              Effect.sync(() => {
                for (const channel of page.items) records.push(channel)
              })
            )
          ),
          Effect.as(records)
        )
      )
    },
    close: () => runtime.dispose()
  }
}
