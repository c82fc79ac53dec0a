/**
 * The page's program. One `ManagedRuntime` per set of connection settings holds the FlexClient
 * (fetch, redirects refused); "Load channels" forks the stream on it and keeps the fiber, so that
 * "Cancel" interrupts it (the request in flight is aborted and no page is fetched after it); each
 * "Close" is one update on the same client. Every outcome is an `Exit`, rendered by the view:
 * a `FlexError` with its tag, message and fields, never a blank page.
 */
import * as BrowserFlexClient from "@effect-flex/browser/BrowserFlexClient"
import * as FlexError from "@effect-flex/core/FlexError"
import type * as FlexTransport from "@effect-flex/core/FlexTransport"
import type * as InteractionChannel from "@effect-flex/core/InteractionChannel"
import * as InteractionChannels from "@effect-flex/core/InteractionChannels"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as View from "./view.js"

// -----------------------------------------------------------------------------------------------
// the client
// -----------------------------------------------------------------------------------------------

type Runtime = ManagedRuntime.ManagedRuntime<FlexTransport.FlexTransport, FlexError.FlexInvalidInput>

// The transport alone, and the calls as functions of it: the bundle holds the two operations the
// page makes, not the whole FlexClient.
const layerOf = (settings: View.Settings) =>
  BrowserFlexClient.layerTransport({
    baseUrl: settings.baseUrl,
    // empty fields: no credentials in the page, a proxy of yours adds them
    ...(settings.accountSid === "" ? {} : { accountSid: settings.accountSid }),
    ...(settings.authToken === "" ? {} : { authToken: Redacted.make(settings.authToken) })
  })

let client: { readonly key: string; readonly runtime: Runtime } | undefined

/** The runtime for these settings: the current one, or a new one (the old one is disposed). */
const runtimeFor = (settings: View.Settings): Runtime => {
  const key = JSON.stringify([settings.baseUrl, settings.accountSid, settings.authToken])
  if (client?.key !== key) {
    if (client !== undefined) void client.runtime.dispose()
    client = { key, runtime: ManagedRuntime.make(layerOf(settings)) }
  }
  return client.runtime
}

// -----------------------------------------------------------------------------------------------
// the programs
// -----------------------------------------------------------------------------------------------

/**
 * Streams the channels into the table. The stream is pulled as the rows are rendered (at most
 * one page ahead); it hands the records over in chunks (each page in two halves), so the DOM is
 * touched once per chunk rather than once per record.
 */
const loadChannels = (settings: View.Settings) =>
  InteractionChannels.stream(settings.interactionSid, { pageSize: settings.pageSize, limit: settings.limit }).pipe(
    Stream.runForEachChunk((chunk) => Effect.sync(() => View.appendRows(chunk)))
  )

const closeChannel = (interactionSid: string, channelSid: string) =>
  InteractionChannels.update(interactionSid, channelSid, { status: "closed" })

// -----------------------------------------------------------------------------------------------
// errors, readably
// -----------------------------------------------------------------------------------------------

/** The fields of the FlexErrors worth showing, in this order, when the error has them. */
const shown = [
  "status",
  "code",
  "reason",
  "operation",
  "argument",
  "method",
  "url",
  "requestId",
  "attempts",
  "moreInfo",
  "issue"
] as const

const problemOf = (cause: Cause.Cause<unknown>): View.Problem => {
  const failure = Cause.failureOption(cause)
  if (Option.isSome(failure) && FlexError.isFlexError(failure.value)) {
    const error = failure.value as FlexError.FlexError & Record<string, unknown>
    const details: Array<readonly [string, string]> = []
    for (const name of shown) {
      const value = error[name]
      if (value !== null && value !== undefined) details.push([name, String(value)])
    }
    return { tag: error._tag, message: error.message, details }
  }
  // not a FlexError: a bug (a defect), shown rather than swallowed
  return { tag: "Unexpected error", message: Cause.pretty(cause), details: [] }
}

// -----------------------------------------------------------------------------------------------
// wiring
// -----------------------------------------------------------------------------------------------

/** The running load, if any: "Cancel" interrupts it. */
let running: Fiber.RuntimeFiber<void, FlexError.FlexError> | undefined
/** Where the rows in the table came from: "Close" acts on that interaction, with that client. */
let source: { readonly interactionSid: string; readonly runtime: Runtime } | undefined

const load = () => {
  if (running !== undefined) return
  const settings = View.readSettings()
  const runtime = runtimeFor(settings)
  source = { interactionSid: settings.interactionSid, runtime }
  View.started(settings)
  const fiber = runtime.runFork(loadChannels(settings))
  running = fiber
  // the observer sees every exit, a layer that could not be built (FlexInvalidInput) included
  fiber.addObserver((exit) => {
    running = undefined
    Exit.match(exit, {
      onSuccess: View.finished,
      onFailure: (cause) => Cause.isInterruptedOnly(cause) ? View.cancelled() : View.failed(problemOf(cause))
    })
  })
}

const cancel = () => {
  if (running !== undefined) Effect.runFork(Fiber.interrupt(running))
}

const close = (channelSid: string) => {
  if (source === undefined) return
  View.closing(channelSid)
  source.runtime.runFork(closeChannel(source.interactionSid, channelSid)).addObserver((exit) =>
    Exit.match(exit, {
      onSuccess: (channel: InteractionChannel.InteractionChannel) => View.closed(channelSid, channel),
      onFailure: (cause) => {
        View.closed(channelSid, undefined)
        View.showError(problemOf(cause))
      }
    })
  )
}

View.applyQuery(location.search)
View.bind({ load, cancel, close })
