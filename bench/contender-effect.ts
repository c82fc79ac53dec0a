/**
 * Contender (a): effect-flex, `NodeFlexClient.layer` (undici) with its defaults (retries on,
 * spans on, Schema decoding of every record into `Schema.Class` instances).
 *
 * Experiments (not the defaults): `BENCH_EFFECT_TRACER=off` runs every call with Effect's tracer
 * disabled (no spans at all), to see what the spans cost; `BENCH_EFFECT_PREFETCH=<n>` sets the
 * `prefetch` of the early-stop stream (default: the client's, 1 page ahead).
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import * as NodeFlexClient from "@effect-flex/node/NodeFlexClient"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import { main } from "./shared.js"

void main("effect-flex", async (target) => {
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
    fetchMany: (sids, concurrency) =>
      runtime.runPromise(
        Effect.forEach(sids, (sid) => Effect.map(flex.channels.fetch(sid), (channel) => channel.sid), { concurrency })
      ),
    close: () => runtime.dispose()
  }
})
