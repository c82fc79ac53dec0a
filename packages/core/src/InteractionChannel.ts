/**
 * Interaction channels (`/v1/Interactions/{InteractionSid}/Channels`): the media channels of a
 * Flex Interaction, and the update that closes or deactivates one.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as InternalSchema from "./internal/schema.js"
import * as Sid from "./Sid.js"

const statusEnum = InternalSchema.openEnum(
  ["setup", "active", "failed", "closed", "inactive", "pause", "transfer"],
  "UnknownInteractionChannelStatus"
)

/**
 * The status of an interaction channel. Known values are literals; a value Twilio adds later
 * still decodes, as a branded string, so it is never lost and never breaks a page.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Status = statusEnum.schema

/**
 * @since 0.1.0
 * @category models
 */
export type Status = typeof Status.Type

/**
 * Whether a status is one this version of the library knows.
 *
 * @since 0.1.0
 * @category guards
 */
export const isKnownStatus = statusEnum.isKnown

const typeEnum = InternalSchema.openEnum(
  ["voice", "sms", "email", "web", "whatsapp", "chat", "messenger", "gbm"],
  "UnknownInteractionChannelType"
)

/**
 * The media type of an interaction channel (open like {@link Status}).
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
 * Whether a channel type is one this version of the library knows.
 *
 * @since 0.1.0
 * @category guards
 */
export const isKnownType = typeEnum.isKnown

/**
 * An Interaction channel as Twilio returns it (`flex.v1.interaction.interaction_channel`), with
 * camelCase names. Every field is nullable as in Twilio's spec except `sid`.
 *
 * @since 0.1.0
 * @category models
 */
export class InteractionChannel extends Schema.Class<InteractionChannel>("InteractionChannel")({
  sid: InternalSchema.required(Sid.InteractionChannelSid, "sid"),
  interactionSid: InternalSchema.nullable(Sid.InteractionSid, "interaction_sid"),
  type: InternalSchema.nullable(Type, "type"),
  status: InternalSchema.nullable(Status, "status"),
  errorCode: InternalSchema.nullable(Schema.Int, "error_code"),
  errorMessage: InternalSchema.nullable(Schema.String, "error_message"),
  url: InternalSchema.nullable(Schema.String, "url"),
  links: InternalSchema.nullable(InternalSchema.Links, "links")
}) {}

/**
 * The key of the list of interaction channels in a page (`meta.key`).
 *
 * @since 0.1.0
 * @category constants
 */
export const listKey = "channels"

/**
 * The statuses an update may set.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateStatus = Schema.Literal("closed", "inactive")

/**
 * @since 0.1.0
 * @category models
 */
export type UpdateStatus = typeof UpdateStatus.Type

/**
 * What happens to the tasks of the channel. Twilio accepts `{ status: "closed" }`; other keys
 * are passed through as given.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Routing = Schema.Struct(
  { status: Schema.Literal("closed") },
  Schema.Record({ key: Schema.String, value: Schema.Unknown })
).annotations({ identifier: "Routing" })

/**
 * @since 0.1.0
 * @category models
 */
export type Routing = typeof Routing.Type

/**
 * The parameters of `UpdateInteractionChannel`, as a discriminated union on `status`:
 * closing takes an optional routing (without one, Twilio sets the tasks to wrapping),
 * deactivating requires routing with status `closed`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateParams = Schema.Union(
  Schema.Struct({ status: Schema.Literal("closed"), routing: Schema.optionalWith(Routing, { exact: true }) }),
  Schema.Struct({ status: Schema.Literal("inactive"), routing: Routing })
).annotations({ identifier: "UpdateInteractionChannelParams" })

/**
 * @since 0.1.0
 * @category models
 */
export type UpdateParams = typeof UpdateParams.Type

/**
 * The form body of an update: `Status`, and `Routing` as a JSON string.
 *
 * @since 0.1.0
 * @category encoding
 */
export const toFormBody = (params: UpdateParams): Readonly<Record<string, string>> =>
  params.routing === undefined
    ? { Status: params.status }
    : { Status: params.status, Routing: JSON.stringify(params.routing) }
