/**
 * The Flex calls written by hand, shared by the bundle budget's baselines (`pnpm size`): plain
 * Effect, @effect/platform and Schema, in their documented forms, using the Effect features
 * effect-flex is built on (see scripts/size.mjs's header for the list), and no effect-flex code.
 */
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Metric from "effect/Metric"
import * as MetricBoundaries from "effect/MetricBoundaries"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"

export class FlexCallError extends Schema.TaggedError<FlexCallError>()("FlexCallError", {
  status: Schema.optional(Schema.Number),
  message: Schema.String
}) {}

export class FlexTimeout extends Schema.TaggedError<FlexTimeout>()("FlexTimeout", { message: Schema.String }) {}

const sid = <const B extends string>(prefix: string, brand: B) =>
  Schema.String.pipe(Schema.pattern(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`)), Schema.brand(brand))
const openEnum = <const Values extends ReadonlyArray<string>>(values: Values, brand: string) =>
  Schema.Union(Schema.Literal(...values), Schema.String.pipe(Schema.brand(brand)))
const nullable = <S extends Schema.Schema.Any, const Key extends string>(schema: S, key: Key) =>
  Schema.optionalWith(Schema.NullOr(schema), { default: () => null }).pipe(Schema.fromKey(key))

export class Channel extends Schema.Class<Channel>("Channel")({
  sid: sid("UO", "ChannelSid"),
  interactionSid: nullable(sid("KD", "InteractionSid"), "interaction_sid"),
  type: nullable(openEnum(["voice", "sms", "email", "web", "whatsapp", "chat"], "UnknownType"), "type"),
  status: nullable(openEnum(["setup", "active", "failed", "closed", "inactive"], "UnknownStatus"), "status"),
  errorCode: nullable(Schema.Int, "error_code"),
  errorMessage: nullable(Schema.String, "error_message"),
  url: nullable(Schema.String, "url"),
  links: nullable(Schema.Record({ key: Schema.String, value: Schema.String }), "links")
}) {}
export class PageMeta extends Schema.Class<PageMeta>("PageMeta")({
  page: Schema.Int,
  pageSize: Schema.propertySignature(Schema.Int).pipe(Schema.fromKey("page_size")),
  nextPageUrl: nullable(Schema.String, "next_page_url")
}) {}
export const ChannelPage = Schema.Struct({ channels: Schema.Array(Channel), meta: PageMeta })

const requests = Metric.counter("flex_requests_total", { incremental: true })
const inFlight = Metric.gauge("flex_requests_in_flight")
const latency = Metric.histogram("flex_request_ms", MetricBoundaries.exponential({ start: 1, factor: 4, count: 10 }))

/** One call: its response decoded, its errors typed, a span, a timeout and request metrics. */
export const call = <A, I>(
  name: string,
  schema: Schema.Schema<A, I>,
  request: Effect.Effect<HttpClientResponse.HttpClientResponse, unknown>
) =>
  Effect.flatMap(request, HttpClientResponse.schemaBodyJson(schema)).pipe(
    Effect.timeoutFail({ duration: "30 seconds", onTimeout: () => new FlexTimeout({ message: "timed out" }) }),
    Effect.scoped,
    Effect.mapError((error) =>
      error instanceof FlexTimeout
        ? error
        : ParseResult.isParseError(error)
        ? new FlexCallError({ message: ParseResult.TreeFormatter.formatErrorSync(error) })
        : new FlexCallError({ message: String(error) })
    ),
    Effect.tap(() => Metric.increment(requests)),
    Effect.timed,
    Effect.flatMap(([duration, value]) => Effect.as(Metric.update(latency, Duration.toMillis(duration)), value)),
    Effect.ensuring(Metric.set(inFlight, 0)),
    Effect.withSpan(name, { attributes: { "flex.call": name } })
  )
