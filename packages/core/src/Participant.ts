/**
 * Interaction channel participants
 * (`/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants`): the record, and the
 * parameters that add one and set its status.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { formBody } from "./internal/form.js"
import * as InternalSchema from "./internal/schema.js"
import * as Sid from "./Sid.js"

const typeEnum = InternalSchema.openEnum(
  ["supervisor", "customer", "external", "agent", "unknown"],
  "UnknownParticipantType"
)

/**
 * The participant's role. Known values are literals; a value Twilio adds later still decodes,
 * as a branded string.
 *
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownSync(Participant.Type)
 *
 * // A type Twilio adds later still decodes
 * console.log(decode("agent"), decode("bot"))
 * // Output: agent bot
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const Type = typeEnum.schema

/**
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 *
 * const isStaff = (type: Participant.Type): boolean => type === "agent" || type === "supervisor"
 *
 * console.log(isStaff("supervisor"), isStaff("customer"))
 * // Output: true false
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Type = typeof Type.Type

/**
 * Whether a participant type is one this version of the library knows.
 *
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 *
 * console.log(Participant.isKnownType("customer"), Participant.isKnownType("bot"))
 * // Output: true false
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isKnownType = typeEnum.isKnown

/**
 * A participant's routing properties of the shape Flex sets for agents: any JSON object, where
 * the known keys are typed (absent, null, or a SID of their kind). Keys keep Twilio's spelling,
 * since the object is passed through as is.
 *
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * const props = Schema.decodeUnknownSync(Participant.RoutingProperties)({
 *   task_sid: "WT0123456789abcdef0123456789abcdef",
 *   worker_sid: "WK0123456789abcdef0123456789abcdef",
 *   reservation_sid: null,
 *   queue: "support"
 * })
 *
 * console.log(props.worker_sid, props.reservation_sid, props["queue"])
 * // Output: WK0123456789abcdef0123456789abcdef null support
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const RoutingProperties = Schema.Struct(
  {
    task_sid: Schema.optionalWith(Schema.NullOr(Sid.TaskSid), { exact: true }),
    worker_sid: Schema.optionalWith(Schema.NullOr(Sid.WorkerSid), { exact: true }),
    reservation_sid: Schema.optionalWith(Schema.NullOr(Sid.ReservationSid), { exact: true })
  },
  Schema.Record({ key: Schema.String, value: Schema.Unknown })
).annotations({ identifier: "RoutingProperties" })

/**
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 * import type * as Sid from "@effect-flex/core/Sid"
 *
 * const workerOf = (props: Participant.RoutingProperties): Sid.WorkerSid | null => props.worker_sid ?? null
 *
 * console.log(workerOf({}))
 * // Output: null
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type RoutingProperties = typeof RoutingProperties.Type

/**
 * Routing properties of any other shape: a string, a number, an array, or an object whose known
 * key does not hold a SID of its kind (e.g. `{ "worker_sid": "" }`). Twilio's spec has left
 * `routing_properties` untyped since 2025-07, so such a value decodes, kept exactly as it came,
 * under a brand that tells it apart from {@link RoutingProperties}.
 *
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * // Any JSON decodes, kept exactly as it came
 * const props = Schema.decodeUnknownSync(Participant.UntypedRoutingProperties)({ worker_sid: "" })
 *
 * console.log(props)
 * // Output: { worker_sid: '' }
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const UntypedRoutingProperties = Schema.Unknown.pipe(Schema.brand("UntypedRoutingProperties")).annotations({
  identifier: "UntypedRoutingProperties"
})

/**
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 *
 * // Keep the value for a log line, as it came
 * const describe = (props: Participant.UntypedRoutingProperties): string => JSON.stringify(props)
 *
 * console.log(describe(Participant.UntypedRoutingProperties.make(["queue", "support"])))
 * // Output: ["queue","support"]
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type UntypedRoutingProperties = typeof UntypedRoutingProperties.Type

/**
 * The `routing_properties` of a participant (when not null): {@link RoutingProperties} when the
 * value has that shape, {@link UntypedRoutingProperties} otherwise. Narrow it with
 * {@link isRoutingProperties}.
 *
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownSync(Participant.AnyRoutingProperties)
 *
 * console.log(Participant.isRoutingProperties(decode({ worker_sid: "WK0123456789abcdef0123456789abcdef" })))
 * // Output: true
 *
 * // A known key that does not hold a SID of its kind: kept, untyped
 * console.log(Participant.isRoutingProperties(decode({ worker_sid: "" })))
 * // Output: false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnyRoutingProperties = Schema.Union(RoutingProperties, UntypedRoutingProperties).annotations({
  identifier: "AnyRoutingProperties"
})

/**
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 *
 * const taskOf = (props: Participant.AnyRoutingProperties | null) =>
 *   props !== null && Participant.isRoutingProperties(props) ? props.task_sid ?? null : null
 *
 * console.log(taskOf(null))
 * // Output: null
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type AnyRoutingProperties = typeof AnyRoutingProperties.Type

/**
 * Whether routing properties have the typed shape (`p.routingProperties.worker_sid` is then a
 * `WorkerSid`, `null` or absent).
 *
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * const participant = Schema.decodeUnknownSync(Participant.Participant)({
 *   sid: "UT0123456789abcdef0123456789abcdef",
 *   type: "agent",
 *   routing_properties: { task_sid: "WT0123456789abcdef0123456789abcdef", worker_sid: "WK0123456789abcdef0123456789abcdef" }
 * })
 *
 * const props = participant.routingProperties
 * if (props !== null && Participant.isRoutingProperties(props)) {
 *   console.log(props.worker_sid)
 * }
 * // Output: WK0123456789abcdef0123456789abcdef
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isRoutingProperties: (u: unknown) => u is RoutingProperties = Schema.is(RoutingProperties)

/**
 * A participant as Twilio returns it
 * (`flex.v1.interaction.interaction_channel.interaction_channel_participant`), with camelCase
 * names. Every field is nullable as in Twilio's spec except `sid` (a record without its own
 * identifier is unusable, so it fails to decode). `routingProperties` is any JSON (see
 * {@link AnyRoutingProperties}).
 *
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * // A record of `GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants`
 * const participant = Schema.decodeUnknownSync(Participant.Participant)({
 *   sid: "UT0123456789abcdef0123456789abcdef",
 *   type: "customer",
 *   interaction_sid: "KD0123456789abcdef0123456789abcdef",
 *   channel_sid: "UO0123456789abcdef0123456789abcdef",
 *   url: "https://flex-api.twilio.com/v1/Interactions/KD0123456789abcdef0123456789abcdef/Channels/UO0123456789abcdef0123456789abcdef/Participants/UT0123456789abcdef0123456789abcdef",
 *   routing_properties: null
 * })
 *
 * console.log(participant.type, participant.channelSid)
 * // Output: customer UO0123456789abcdef0123456789abcdef
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export class Participant extends Schema.Class<Participant>("Participant")({
  sid: InternalSchema.required(Sid.ParticipantSid, "sid"),
  type: InternalSchema.nullable(Type, "type"),
  interactionSid: InternalSchema.nullable(Sid.InteractionSid, "interaction_sid"),
  channelSid: InternalSchema.nullable(Sid.InteractionChannelSid, "channel_sid"),
  url: InternalSchema.nullable(Schema.String, "url"),
  routingProperties: InternalSchema.nullable(AnyRoutingProperties, "routing_properties")
}) {}

/**
 * The key of the list of participants in a page (`meta.key`).
 *
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 *
 * // The body of a page of participants lists its records under this key
 * const body: Record<string, unknown> = { participants: [], meta: { key: "participants" } }
 *
 * console.log(Array.isArray(body[Participant.listKey]))
 * // Output: true
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const listKey = "participants"

/**
 * The statuses an update may set: `closed` or `wrapup` (the spec's
 * `interaction_channel_participant_enum_status`).
 *
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * const isUpdateStatus = Schema.is(Participant.UpdateStatus)
 *
 * console.log(isUpdateStatus("wrapup"), isUpdateStatus("inactive"))
 * // Output: true false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const UpdateStatus = Schema.Literal("closed", "wrapup")

/**
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 *
 * const next = (wrapUpFirst: boolean): Participant.UpdateStatus => wrapUpFirst ? "wrapup" : "closed"
 *
 * console.log(next(true), next(false))
 * // Output: wrapup closed
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type UpdateStatus = typeof UpdateStatus.Type

/**
 * The parameters of `UpdateInteractionChannelParticipant`: the participant's new `status`
 * (required). Other keys of the object are ignored.
 *
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 * import { Either, Schema } from "effect"
 *
 * // Validate parameters that come from outside, e.g. a request body
 * const decode = Schema.decodeUnknownEither(Participant.UpdateParams)
 *
 * console.log(Either.isRight(decode({ status: "wrapup" })), Either.isRight(decode({ status: "paused" })))
 * // Output: true false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const UpdateParams = Schema.Struct({ status: UpdateStatus }).annotations({
  identifier: "UpdateInteractionChannelParticipantParams"
})

/**
 * @example
 * ```ts
 * import { FlexClient, type Participant } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const params: Participant.UpdateParams = { status: "wrapup" }
 *
 * // Move an agent to wrap-up (run it with a FlexClient layer)
 * export const program = Effect.gen(function*() {
 *   const flex = yield* FlexClient.FlexClient
 *   return yield* flex.participants.update("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", "UT0123456789abcdef0123456789abcdef", params)
 * })
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type UpdateParams = typeof UpdateParams.Type

/**
 * The form body of an update: `Status`.
 *
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 *
 * const body = Participant.toFormBody({ status: "closed" })
 *
 * console.log(new URLSearchParams(body).toString())
 * // Output: Status=closed
 * ```
 *
 * @since 0.2.0
 * @category encoding
 */
export const toFormBody = (params: UpdateParams): Readonly<Record<string, string>> => ({ Status: params.status })

/**
 * The types a new participant may have: the spec's `interaction_channel_participant_enum_type`,
 * closed (a request may only send a value Twilio documents).
 *
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * const isCreateType = Schema.is(Participant.CreateType)
 *
 * console.log(isCreateType("agent"), isCreateType("bot"))
 * // Output: true false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const CreateType = Schema.Literal("supervisor", "customer", "external", "agent", "unknown")

/**
 * @example
 * ```ts
 * import type { Participant } from "@effect-flex/core"
 *
 * const type: Participant.CreateType = "external"
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type CreateType = typeof CreateType.Type

/**
 * The media properties of a new participant (the `MediaProperties` parameter, sent as JSON):
 * its `address` and `proxy_address`, `name`, and for email its `level` (`to`, `cc`, `bcc`) and
 * `type`. Keys keep Twilio's spelling; other keys are sent as given. The whole value must be
 * plain JSON.
 *
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 * import { Either, Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownEither(Participant.MediaProperties)
 *
 * console.log(Either.isRight(decode({ type: "email", level: "to", name: "Ada", address: "ada@example.com" })))
 * // Output: true
 * console.log(Either.isRight(decode({ address: 42 })))
 * // Output: false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const MediaProperties = Schema.Struct(
  {
    address: Schema.optionalWith(Schema.String, { exact: true }),
    proxy_address: Schema.optionalWith(Schema.String, { exact: true }),
    name: Schema.optionalWith(Schema.String, { exact: true }),
    level: Schema.optionalWith(Schema.String, { exact: true }),
    type: Schema.optionalWith(Schema.String, { exact: true })
  },
  Schema.Record({ key: Schema.String, value: Schema.Unknown })
).annotations({ identifier: "MediaProperties" })

/**
 * @example
 * ```ts
 * import type { Participant } from "@effect-flex/core"
 *
 * const sms: Participant.MediaProperties = { address: "+13115552368", proxy_address: "+13115552369" }
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type MediaProperties = typeof MediaProperties.Type

/**
 * The parameters of `CreateInteractionChannelParticipant`: the participant's `type` and
 * `mediaProperties` (both required), and its `routingProperties` (the typed keys of
 * {@link RoutingProperties}, checked as SIDs of their kind). JSON values must be plain JSON.
 *
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 * import { Either, Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownEither(Participant.CreateParams)
 *
 * console.log(Either.isRight(decode({ type: "customer", mediaProperties: { address: "+13115552368" } })))
 * // Output: true
 * // The media properties are required
 * console.log(Either.isRight(decode({ type: "customer" })))
 * // Output: false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const CreateParams = Schema.Struct({
  type: CreateType,
  mediaProperties: MediaProperties,
  routingProperties: Schema.optionalWith(RoutingProperties, { exact: true })
}).annotations({ identifier: "CreateInteractionChannelParticipantParams" })

/**
 * @example
 * ```ts
 * import { FlexClient, type Participant } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const params: Participant.CreateParams = {
 *   type: "external",
 *   mediaProperties: { type: "email", level: "cc", name: "Ada", address: "ada@example.com" }
 * }
 *
 * // Copy someone into an email channel (run it with a FlexClient layer)
 * export const program = Effect.flatMap(FlexClient.FlexClient, (flex) =>
 *   flex.participants.create("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", params))
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type CreateParams = typeof CreateParams.Type

/**
 * The form body of `CreateInteractionChannelParticipant`: `Type`, and `MediaProperties` and
 * `RoutingProperties` as JSON text.
 *
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 *
 * console.log(Participant.toCreateFormBody({ type: "customer", mediaProperties: { address: "+13115552368" } }))
 * // Output: { Type: 'customer', MediaProperties: '{"address":"+13115552368"}' }
 * ```
 *
 * @since 0.2.0
 * @category encoding
 */
export const toCreateFormBody = (params: CreateParams): Readonly<Record<string, string>> =>
  formBody(params, { type: "Type", mediaProperties: "MediaProperties", routingProperties: "RoutingProperties" })
