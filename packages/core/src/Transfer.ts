/**
 * Interaction transfers
 * (`/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers`): moving a channel from
 * one participant to another agent, queue or outside party. Unlike the rest of the API, these
 * calls take a JSON body.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import * as InternalSchema from "./internal/schema.js"
import * as Sid from "./Sid.js"

const typeEnum = InternalSchema.openEnum(["warm", "cold", "external"], "UnknownTransferType")

/**
 * The type of a transfer. Known values are literals; a value Twilio adds later still decodes, as
 * a branded string.
 *
 * @example
 * ```ts
 * import { Transfer } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownSync(Transfer.Type)
 *
 * console.log(decode("warm"), decode("consult"))
 * // Output: warm consult
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const Type = typeEnum.schema

/**
 * @example
 * ```ts
 * import type { Transfer } from "@effect-flex/core"
 *
 * const staysOnTheLine = (type: Transfer.Type): boolean => type === "warm"
 *
 * console.log(staysOnTheLine("cold"))
 * // Output: false
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type Type = typeof Type.Type

/**
 * Whether a transfer type is one this version of the library knows.
 *
 * @example
 * ```ts
 * import { Transfer } from "@effect-flex/core"
 *
 * console.log(Transfer.isKnownType("external"), Transfer.isKnownType("consult"))
 * // Output: true false
 * ```
 *
 * @since 0.2.0
 * @category guards
 */
export const isKnownType = typeEnum.isKnown

const statusEnum = InternalSchema.openEnum(["active", "failed", "completed"], "UnknownTransferStatus")

/**
 * The status of a transfer (open like {@link Type}).
 *
 * @example
 * ```ts
 * import { Transfer } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * console.log(Schema.decodeUnknownSync(Transfer.Status)("completed"))
 * // Output: completed
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const Status = statusEnum.schema

/**
 * @example
 * ```ts
 * import type { Transfer } from "@effect-flex/core"
 *
 * const isOver = (status: Transfer.Status): boolean => status === "completed" || status === "failed"
 *
 * console.log(isOver("active"))
 * // Output: false
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type Status = typeof Status.Type

/**
 * Whether a transfer status is one this version of the library knows.
 *
 * @example
 * ```ts
 * import { Transfer } from "@effect-flex/core"
 *
 * console.log(Transfer.isKnownStatus("failed"), Transfer.isKnownStatus("queued"))
 * // Output: true false
 * ```
 *
 * @since 0.2.0
 * @category guards
 */
export const isKnownStatus = statusEnum.isKnown

/**
 * A transfer as Twilio returns it (`flex.v1.interaction.interaction_channel.interaction_transfer`),
 * with camelCase names. Every field is nullable as in Twilio's spec except `sid`. `from` is the
 * participant that started the transfer; `to` is whatever it was sent to (a worker, a queue, a
 * workflow), so it is a plain string.
 *
 * @example
 * ```ts
 * import { Transfer } from "@effect-flex/core"
 * import { DateTime, Schema } from "effect"
 *
 * // The body of `GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers/{Sid}`
 * const transfer = Schema.decodeUnknownSync(Transfer.Transfer)({
 *   sid: "UX0123456789abcdef0123456789abcdef",
 *   interaction_sid: "KD0123456789abcdef0123456789abcdef",
 *   channel_sid: "UO0123456789abcdef0123456789abcdef",
 *   type: "cold",
 *   status: "completed",
 *   from: "UT0123456789abcdef0123456789abcdef",
 *   to: "WQ0123456789abcdef0123456789abcdef",
 *   date_created: "2022-01-10T20:00:00Z"
 * })
 *
 * console.log(transfer.type, transfer.status, transfer.noteSid)
 * // Output: cold completed null
 * console.log(transfer.dateCreated === null ? null : DateTime.formatIso(transfer.dateCreated))
 * // Output: 2022-01-10T20:00:00.000Z
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export class Transfer extends Schema.Class<Transfer>("Transfer")({
  sid: InternalSchema.required(Sid.TransferSid, "sid"),
  instanceSid: InternalSchema.nullable(Sid.FlexInstanceSid, "instance_sid"),
  accountSid: InternalSchema.nullable(Sid.AccountSid, "account_sid"),
  interactionSid: InternalSchema.nullable(Sid.InteractionSid, "interaction_sid"),
  channelSid: InternalSchema.nullable(Sid.InteractionChannelSid, "channel_sid"),
  executionSid: InternalSchema.nullable(Sid.ExecutionSid, "execution_sid"),
  type: InternalSchema.nullable(Type, "type"),
  status: InternalSchema.nullable(Status, "status"),
  from: InternalSchema.nullable(Sid.ParticipantSid, "from"),
  to: InternalSchema.nullable(Schema.String, "to"),
  noteSid: InternalSchema.nullable(Sid.NoteSid, "note_sid"),
  summarySid: InternalSchema.nullable(Sid.NoteSid, "summary_sid"),
  dateCreated: InternalSchema.nullable(InternalSchema.TwilioDateTime, "date_created"),
  dateUpdated: InternalSchema.nullable(InternalSchema.TwilioDateTime, "date_updated"),
  url: InternalSchema.nullable(Schema.String, "url")
}) {}

const optional = <S extends Schema.Schema.Any>(schema: S) => Schema.optionalWith(schema, { exact: true })

/** Keys a body schema does not type: sent as given. */
const OtherKeys = Schema.Record({ key: Schema.String, value: Schema.Unknown })

/**
 * The JSON body of `CreateInteractionTransfer`. Twilio's spec leaves the body an open object, so
 * it is sent exactly as given (keys in Twilio's spelling); the keys the transfer record names are
 * typed: `from` (the participant transferring, `UT…`), `to` (the target) and `type`. The
 * whole value must be plain JSON.
 *
 * @example
 * ```ts
 * import { Transfer } from "@effect-flex/core"
 * import { Either, Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownEither(Transfer.CreateParams)
 *
 * console.log(Either.isRight(decode({ from: "UT0123456789abcdef0123456789abcdef", to: "WK0123456789abcdef0123456789abcdef", type: "cold" })))
 * // Output: true
 * // `from` is a participant
 * console.log(Either.isRight(decode({ from: "WK0123456789abcdef0123456789abcdef" })))
 * // Output: false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const CreateParams = Schema.Struct({
  from: optional(Sid.ParticipantSid),
  to: optional(Schema.String),
  type: optional(Type)
}, OtherKeys).annotations({ identifier: "CreateInteractionTransferParams" })

/**
 * @example
 * ```ts
 * import { FlexClient, Sid, type Transfer } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const params: Transfer.CreateParams = {
 *   from: Sid.ParticipantSid.make("UT0123456789abcdef0123456789abcdef"),
 *   to: "WQ0123456789abcdef0123456789abcdef",
 *   type: "cold"
 * }
 *
 * // Hand a channel over to a queue (run it with a FlexClient layer)
 * export const program = Effect.flatMap(FlexClient.FlexClient, (flex) =>
 *   flex.transfers.create("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", params))
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type CreateParams = typeof CreateParams.Type

/**
 * The JSON body of `UpdateInteractionTransfer`: an open object like {@link CreateParams}, sent as
 * given, whose `status` is typed.
 *
 * @example
 * ```ts
 * import { Transfer } from "@effect-flex/core"
 * import { Either, Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownEither(Transfer.UpdateParams)
 *
 * console.log(Either.isRight(decode({ status: "completed" })), Either.isRight(decode({ status: 3 })))
 * // Output: true false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const UpdateParams = Schema.Struct({ status: optional(Status) }, OtherKeys).annotations({
  identifier: "UpdateInteractionTransferParams"
})

/**
 * @example
 * ```ts
 * import { FlexClient, type Transfer } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const params: Transfer.UpdateParams = { status: "completed" }
 *
 * export const program = Effect.flatMap(FlexClient.FlexClient, (flex) =>
 *   flex.transfers.update("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", "UX0123456789abcdef0123456789abcdef", params))
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type UpdateParams = typeof UpdateParams.Type
