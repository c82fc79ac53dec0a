/**
 * The bundle budget's baseline for the browser example (`pnpm size`): the same page (the same
 * view module, the same runtime, stream, fiber and error handling) with the Flex calls written by
 * hand on @effect/platform's HttpClient and effect's Schema, and no effect-flex code. The example
 * minus this is what effect-flex adds to an Effect app that talks to Flex anyway.
 *
 * Per the budget's definition (a bare Effect program using the same Effect modules), it uses the
 * Effect features effect-flex is built on, each in its plain documented form, so that their code
 * is not charged to effect-flex: records as `Schema.Class`es with branded, pattern-checked SIDs,
 * open enums (a `Union` of `Literal`s and a branded `String`), renamed nullable fields with a
 * default (`optionalWith` + `fromKey`) and `Schema.Record` links (no dates: an Interaction
 * channel has none, and the example's bundle holds no date code); errors as
 * `Schema.TaggedError`s, a decode failure's message from
 * `ParseResult.TreeFormatter`; a span per call (`Effect.withSpan`, `Stream.withSpan`); request
 * metrics (`Metric.counter`, `Metric.gauge`, `Metric.histogram` on `MetricBoundaries`); a
 * per-call timeout (`Effect.timeoutFail`) and platform's `retryTransient`. Where effect-flex
 * builds on lower-level primitives (its retry `Schedule`, its prefetch `Queue`), the baseline
 * keeps the plain combinator, so the baseline does not grow by code the example lacks. None of
 * effect-flex's own logic (option validation, error mapping, scrubbing, Retry-After, the
 * governor, the origin checks) is reproduced.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as View from "../../examples/browser/src/view.js"
import { call, Channel, ChannelPage, FlexCallError, FlexTimeout } from "./byHand.js"

class Flex extends Context.Tag("Flex")<Flex, HttpClient.HttpClient>() {}

const layerOf = (settings: View.Settings) =>
  Layer.effect(
    Flex,
    Effect.map(HttpClient.HttpClient, (client) =>
      client.pipe(
        HttpClient.mapRequest(HttpClientRequest.prependUrl(settings.baseUrl)),
        HttpClient.mapRequest(HttpClientRequest.basicAuth(settings.accountSid, Redacted.make(settings.authToken))),
        HttpClient.filterStatusOk,
        HttpClient.retryTransient({ times: 3 })
      ))
  ).pipe(Layer.provide(FetchHttpClient.layer))

const loadChannels = (settings: View.Settings) =>
  Effect.flatMap(Flex, (client) =>
    Stream.paginateChunkEffect(
      `/v1/Interactions/${settings.interactionSid}/Channels?PageSize=${settings.pageSize}`,
      (url) =>
        Effect.map(
          call("channels.page", ChannelPage, client.get(url)),
          (page) => [Chunk.fromIterable(page.channels), Option.fromNullable(page.meta.nextPageUrl)] as const
        )
    ).pipe(
      Stream.take(settings.limit),
      Stream.withSpan("channels.stream"),
      Stream.runForEachChunk((chunk) => Effect.sync(() => View.appendRows(chunk)))
    ))

const closeChannel = (interactionSid: string, channelSid: string) =>
  Effect.flatMap(Flex, (client) =>
    call(
      "channels.update",
      Channel,
      client.post(`/v1/Interactions/${interactionSid}/Channels/${channelSid}`, {
        body: HttpClientRequest.bodyUrlParams(HttpClientRequest.post(""), { Status: "closed" }).body
      })
    ))

const problemOf = (cause: Cause.Cause<unknown>): View.Problem => {
  const failure = Cause.failureOption(cause)
  return Option.isSome(failure) && (failure.value instanceof FlexCallError || failure.value instanceof FlexTimeout)
    ? { tag: failure.value._tag, message: failure.value.message, details: [] }
    : { tag: "Unexpected error", message: Cause.pretty(cause), details: [] }
}

type Runtime = ManagedRuntime.ManagedRuntime<Flex, never>
let client: { readonly key: string; readonly runtime: Runtime } | undefined
const runtimeFor = (settings: View.Settings): Runtime => {
  const key = JSON.stringify([settings.baseUrl, settings.accountSid, settings.authToken])
  if (client?.key !== key) {
    if (client !== undefined) void client.runtime.dispose()
    client = { key, runtime: ManagedRuntime.make(layerOf(settings)) }
  }
  return client.runtime
}

let running: Fiber.RuntimeFiber<void, FlexCallError | FlexTimeout> | undefined
let source: { readonly interactionSid: string; readonly runtime: Runtime } | undefined

View.applyQuery(location.search)
View.bind({
  load: () => {
    if (running !== undefined) return
    const settings = View.readSettings()
    const runtime = runtimeFor(settings)
    source = { interactionSid: settings.interactionSid, runtime }
    View.started(settings)
    running = runtime.runFork(loadChannels(settings))
    running.addObserver((exit) => {
      running = undefined
      Exit.match(exit, {
        onSuccess: View.finished,
        onFailure: (cause) => Cause.isInterruptedOnly(cause) ? View.cancelled() : View.failed(problemOf(cause))
      })
    })
  },
  cancel: () => {
    if (running !== undefined) Effect.runFork(Fiber.interrupt(running))
  },
  close: (channelSid) => {
    if (source === undefined) return
    View.closing(channelSid)
    source.runtime.runFork(closeChannel(source.interactionSid, channelSid)).addObserver((exit) =>
      Exit.match(exit, {
        onSuccess: (channel) => View.closed(channelSid, channel),
        onFailure: (cause) => {
          View.closed(channelSid, undefined)
          View.showError(problemOf(cause))
        }
      })
    )
  }
})
