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
 * A participant's routing properties: arbitrary JSON from TaskRouter, where the keys Flex sets
 * for agents are typed (absent, null, or a SID of their kind). Keys keep Twilio's spelling, since
 * the object is passed through as is.
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
 * A participant as Twilio returns it
 * (`flex.v1.interaction.interaction_channel.interaction_channel_participant`), with camelCase
 * names. Every field is nullable as in Twilio's spec except `sid`.
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
  routingProperties: InternalSchema.nullable(RoutingProperties, "routing_properties")
}) {}

/**
 * The key of the list of participants in a page (`meta.key`).
 *
 * @since 0.1.0
 * @category constants
 */
export const listKey = "participants"
