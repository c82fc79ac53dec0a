/**
 * `pnpm --filter @effect-flex/examples tracing`: the client's spans and metrics through
 * OpenTelemetry, printed to the console.
 *
 * Four calls against the Flex simulator on a loopback port, inside one parent span: a fetch, a
 * list of two pages (the simulator answers the first request with a 503 once, so the client
 * retries it), an update, and a fetch of a channel that does not exist (`FlexNotFound`).
 *
 * - Spans: `@effect/opentelemetry`'s `Tracer` layer over a `BasicTracerProvider` whose
 *   `SimpleSpanProcessor` prints each span as it ends (`ConsoleSpanExporter`): `FlexClient.channels.fetch`,
 *   `FlexClient.interactionChannels.list` with a `….fetchPage` child per page, and so on, with
 *   the SIDs or the page URL as attributes; the failed call's span has an error status and an
 *   `exception` event. (The simulator's own `http.server` spans are left out: it is provided
 *   outside the OpenTelemetry layer.)
 * - Metrics: its `Metrics` layer hands Effect's metrics (`effect_flex_requests_total`,
 *   `effect_flex_retries_total`, …, see README "Fan-out and rate limits") to a
 *   `PeriodicExportingMetricReader` with the `ConsoleMetricExporter`, every 2 seconds and once
 *   more when the layer closes (shutting the reader down force-flushes it).
 * - Credentials: the span exporter also reads every span before printing it, and the last line
 *   says whether any held the auth token, the API secret or the Basic credentials (none does).
 *
 * (`NodeSdk.layer` would build the same, but its `NodeTracerProvider` comes from
 * `@opentelemetry/sdk-trace-node`, which adds Node's async context tracking: Effect carries the
 * current span in the fiber and does not need it.)
 *
 * Simulator only: it closes a channel.
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import * as NodeFlexClient from "@effect-flex/node/NodeFlexClient"
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
import * as Metrics from "@effect/opentelemetry/Metrics"
import * as Resource from "@effect/opentelemetry/Resource"
import * as Tracer from "@effect/opentelemetry/Tracer"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { ConsoleMetricExporter, PeriodicExportingMetricReader } from "@opentelemetry/sdk-metrics"
import {
  BasicTracerProvider,
  ConsoleSpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
  type SpanExporter
} from "@opentelemetry/sdk-trace-base"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { inspect } from "node:util"

/** The simulator's credentials, and the Basic value they make: none may appear in a span. */
const secrets = (() => {
  const { accountSid, apiKey, apiSecret, authToken } = FlexSimulator.defaultCredentials
  return [
    Redacted.value(authToken),
    Redacted.value(apiSecret),
    Buffer.from(`${accountSid}:${Redacted.value(authToken)}`).toString("base64"),
    Buffer.from(`${apiKey}:${Redacted.value(apiSecret)}`).toString("base64")
  ]
})()

/** Prints each span with the ConsoleSpanExporter, after looking for the secrets in all of it. */
const makeSpanExporter = () => {
  const console = new ConsoleSpanExporter()
  const seen = { spans: 0, withSecret: [] as Array<string> }
  const exporter: SpanExporter = {
    export: (spans: Array<ReadableSpan>, done) => {
      for (const span of spans) {
        seen.spans++
        const text = inspect(
          { name: span.name, attributes: span.attributes, events: span.events, status: span.status, links: span.links },
          { depth: null }
        )
        if (secrets.some((secret) => text.includes(secret))) seen.withSecret.push(span.name)
      }
      console.export(spans, done)
    },
    shutdown: () => console.shutdown(),
    forceFlush: () => console.forceFlush()
  }
  return { exporter, seen }
}

/** Spans to the console as they end; metrics to the console every 2 s and when the layer closes. */
const OpenTelemetryLive = (spanExporter: SpanExporter) =>
  Layer.mergeAll(
    Tracer.layer.pipe(Layer.provide(Layer.scoped(
      Tracer.OtelTracerProvider,
      Effect.flatMap(Resource.Resource, (resource) =>
        Effect.acquireRelease(
          Effect.sync(() =>
            new BasicTracerProvider({ resource, spanProcessors: [new SimpleSpanProcessor(spanExporter)] })
          ),
          (provider) => Effect.promise(() => provider.forceFlush().then(() => provider.shutdown()))
        ))
    ))),
    Metrics.layer(() =>
      new PeriodicExportingMetricReader({ exporter: new ConsoleMetricExporter(), exportIntervalMillis: 2_000 })
    )
  ).pipe(Layer.provide(Resource.layer({ serviceName: "effect-flex-tracing-example" })))

const calls = Effect.gen(function*() {
  const flex = yield* FlexClient.FlexClient
  const simulator = yield* FlexSimulator.FlexSimulator
  const [chat] = yield* simulator.listChatChannels
  const [interaction] = yield* simulator.listInteractions

  yield* Console.log("# 1. flex.channels.fetch: one chat channel")
  const channel = yield* flex.channels.fetch(chat!.sid)
  yield* Console.log(`-> ${channel.sid}\n`)

  yield* Console.log("# 2. flex.interactionChannels.list: 8 channels in pages of 5 (a 503 first, retried)")
  yield* simulator.injectFaults([FlexSimulator.status(503, { route: "ListInteractionChannel", times: 1 })])
  const channels = yield* flex.interactionChannels.list(interaction!.sid, { pageSize: 5 })
  yield* Console.log(`-> ${channels.length} channels\n`)

  yield* Console.log("# 3. flex.interactionChannels.update: close an active channel")
  const active = channels.find((c) => c.status === "active") ?? channels[0]!
  const closed = yield* flex.interactionChannels.update(interaction!.sid, active.sid, { status: "closed" })
  yield* Console.log(`-> ${closed.sid} is ${closed.status}\n`)

  yield* Console.log("# 4. flex.channels.fetch of a channel that does not exist: a failing call")
  yield* flex.channels.fetch("CH" + "0".repeat(32)).pipe(
    Effect.catchTag("FlexNotFound", (error) => Console.log(`-> FlexNotFound: ${error.message} (${error.status})\n`))
  )
}).pipe(
  Effect.withSpan("tracing-example", { kind: "internal" }),
  Effect.provide(Layer.unwrapEffect(Effect.map(
    NodeFlexSimulator.NodeFlexSimulator,
    ({ url }) => {
      const { accountSid, authToken } = FlexSimulator.defaultCredentials
      return NodeFlexClient.layer({ accountSid, authToken, baseUrl: url })
    }
  )))
)

const main = Effect.gen(function*() {
  const { exporter, seen } = makeSpanExporter()
  yield* calls.pipe(
    Effect.zipRight(Console.log("# Metrics: the reader's last export (closing the layer force-flushes it)")),
    Effect.provide(OpenTelemetryLive(exporter))
  )
  yield* Console.log(
    seen.withSecret.length === 0
      ? `\nChecked ${seen.spans} spans before printing them: none holds the auth token, ` +
        "the API secret or the Basic credentials."
      : `\n${seen.withSecret.length} of ${seen.spans} spans hold a credential: ${seen.withSecret.join(", ")}`
  )
  if (seen.withSecret.length > 0) process.exitCode = 1
}).pipe(
  // outside the OpenTelemetry layer: the server's own `http.server` spans are not printed
  Effect.provide(NodeFlexSimulator.layer({
    seed: { interactions: 1, channelsPerInteraction: 8, participantsPerChannel: 0, chatChannels: 3 }
  }))
)

NodeRuntime.runMain(main)
