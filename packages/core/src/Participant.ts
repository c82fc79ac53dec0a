/**
 * Interaction channel participants
 * (`/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants`).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
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
 * @since 0.1.0
 * @category schemas
 */
export const Type = typeEnum.schema

/**
 * @since 0.1.0
 * @category models
 */
export type Type = typeof Type.Type

/**
 * Whether a participant type is one this version of the library knows.
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
 * @since 0.1.0
 * @category schemas
 */
export const UntypedRoutingProperties = Schema.Unknown.pipe(Schema.brand("UntypedRoutingProperties")).annotations({
  identifier: "UntypedRoutingProperties"
})

/**
 * @since 0.1.0
 * @category models
 */
export type UntypedRoutingProperties = typeof UntypedRoutingProperties.Type

/**
 * The `routing_properties` of a participant (when not null): {@link RoutingProperties} when the
 * value has that shape, {@link UntypedRoutingProperties} otherwise. Narrow it with
 * {@link isRoutingProperties}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnyRoutingProperties = Schema.Union(RoutingProperties, UntypedRoutingProperties).annotations({
  identifier: "AnyRoutingProperties"
})

/**
 * @since 0.1.0
 * @category models
 */
export type AnyRoutingProperties = typeof AnyRoutingProperties.Type

/**
 * Whether routing properties have the typed shape (`p.routingProperties.worker_sid` is then a
 * `WorkerSid`, `null` or absent).
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
 * @since 0.1.0
 * @category constants
 */
export const listKey = "participants"

/**
 * The statuses an update may set: `closed` or `wrapup` (the spec's
 * `interaction_channel_participant_enum_status`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const UpdateStatus = Schema.Literal("closed", "wrapup")

/**
 * @since 0.2.0
 * @category models
 */
export type UpdateStatus = typeof UpdateStatus.Type

/**
 * The parameters of `UpdateInteractionChannelParticipant`: the participant's new `status`
 * (required). Other keys of the object are ignored.
 *
 * @since 0.2.0
 * @category schemas
 */
export const UpdateParams = Schema.Struct({ status: UpdateStatus }).annotations({
  identifier: "UpdateInteractionChannelParticipantParams"
})

/**
 * @since 0.2.0
 * @category models
 */
export type UpdateParams = typeof UpdateParams.Type

/**
 * The form body of an update: `Status`.
 *
 * @since 0.2.0
 * @category encoding
 */
export const toFormBody = (params: UpdateParams): Readonly<Record<string, string>> => ({ Status: params.status })
