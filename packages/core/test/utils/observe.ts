/**
 * Captures everything a program makes observable (log lines at every level, span names and
 * attributes, span events), so tests can scan it, e.g. for a secret that must never appear.
 */
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Inspectable from "effect/Inspectable"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Option from "effect/Option"
import * as Tracer from "effect/Tracer"

export interface Observed {
  readonly logs: Array<string>
  readonly spans: Array<{ readonly name: string; readonly attributes: Map<string, unknown>; events: Array<string> }>
}

let ids = 0
const makeTracer = (observed: Observed): Tracer.Tracer =>
  Tracer.make({
    span: (name, parent, context, links, _startTime, kind) => {
      const record = { name, attributes: new Map<string, unknown>(), events: [] as Array<string> }
      observed.spans.push(record)
      const spanId = `span${++ids}`
      const span: Tracer.Span = {
        _tag: "Span",
        name,
        spanId,
        traceId: Option.isSome(parent) ? parent.value.traceId : `trace${ids}`,
        parent,
        context,
        status: { _tag: "Started", startTime: 0n },
        attributes: record.attributes,
        links: [...links],
        sampled: true,
        kind,
        // What exporters record at the end: the status, and for a failure the pretty cause.
        end: (_endTime, exit) => {
          record.events.push(Exit.isSuccess(exit) ? "exit:success" : `exit:${Cause.pretty(exit.cause)}`)
        },
        attribute: (key, value) => {
          record.attributes.set(key, value)
        },
        event: (eventName, _time, attributes) => {
          record.events.push(`${eventName}:${JSON.stringify(attributes ?? {})}`)
        },
        addLinks: () => {}
      }
      return span
    },
    context: (f) => f()
  })

/** Runs an effect with every log level enabled and a recording logger and tracer. */
export const observe = <A, E, R>(effect: Effect.Effect<A, E, R>) => {
  const observed: Observed = { logs: [], spans: [] }
  const logger = Logger.make((options) => {
    observed.logs.push(Logger.logfmtLogger.log(options))
    observed.logs.push(Logger.structuredLogger.log(options) && JSON.stringify(Logger.structuredLogger.log(options)))
  })
  return effect.pipe(
    Effect.withTracer(makeTracer(observed)),
    Effect.provide(Logger.replace(Logger.defaultLogger, logger)),
    Logger.withMinimumLogLevel(LogLevel.All),
    Effect.map((a) => ({ value: a, observed })),
    Effect.mapError((e) => ({ error: e, observed }))
  )
}

/** Every string a test should scan for a secret. */
export const surfaces = (observed: Observed): Array<string> => [
  ...observed.logs,
  ...observed.spans.flatMap((span) => [
    span.name,
    ...[...span.attributes].map(([k, v]) => `${k}=${typeof v === "string" ? v : Inspectable.format(v)}`),
    ...span.events
  ])
]
