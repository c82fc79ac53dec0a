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
 * @example
 * ```ts
 * import { InteractionChannel } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownSync(InteractionChannel.Status)
 *
 * console.log(decode("active"))
 * // Output: active
 *
 * // A status Twilio adds later still decodes
 * console.log(decode("parked"))
 * // Output: parked
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const Status = statusEnum.schema

/**
 * @example
 * ```ts
 * import { InteractionChannel } from "@effect-flex/core"
 *
 * const isOpen = (status: InteractionChannel.Status): boolean =>
 *   status === "setup" || status === "active" || status === "pause" || status === "transfer"
 *
 * console.log(isOpen("active"), isOpen("closed"))
 * // Output: true false
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Status = typeof Status.Type

/**
 * Whether a status is one this version of the library knows.
 *
 * @example
 * ```ts
 * import { InteractionChannel } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * const status = Schema.decodeUnknownSync(InteractionChannel.Status)("parked")
 *
 * if (!InteractionChannel.isKnownStatus(status)) {
 *   console.log(`a status newer than this library: ${status}`)
 * }
 * // Output: a status newer than this library: parked
 * ```
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
 * @example
 * ```ts
 * import { InteractionChannel } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownSync(InteractionChannel.Type)
 *
 * console.log(decode("whatsapp"), decode("rcs"))
 * // Output: whatsapp rcs
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const Type = typeEnum.schema

/**
 * @example
 * ```ts
 * import { InteractionChannel } from "@effect-flex/core"
 *
 * const isMessaging = (type: InteractionChannel.Type): boolean => type !== "voice" && type !== "email"
 *
 * console.log(isMessaging("sms"), isMessaging("voice"))
 * // Output: true false
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Type = typeof Type.Type

/**
 * Whether a channel type is one this version of the library knows.
 *
 * @example
 * ```ts
 * import { InteractionChannel } from "@effect-flex/core"
 *
 * console.log(InteractionChannel.isKnownType("sms"), InteractionChannel.isKnownType("rcs"))
 * // Output: true false
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isKnownType = typeEnum.isKnown

/**
 * An Interaction channel as Twilio returns it (`flex.v1.interaction.interaction_channel`), with
 * camelCase names. Every field is nullable as in Twilio's spec except `sid`.
 *
 * @example
 * ```ts
 * import { InteractionChannel } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * // A record of `GET /v1/Interactions/{InteractionSid}/Channels`, as Twilio sends it
 * const channel = Schema.decodeUnknownSync(InteractionChannel.InteractionChannel)({
 *   sid: "UO0123456789abcdef0123456789abcdef",
 *   interaction_sid: "KD0123456789abcdef0123456789abcdef",
 *   type: "chat",
 *   status: "active",
 *   error_code: null,
 *   error_message: null,
 *   url: "https://flex-api.twilio.com/v1/Interactions/KD0123456789abcdef0123456789abcdef/Channels/UO0123456789abcdef0123456789abcdef",
 *   links: {
 *     participants: "https://flex-api.twilio.com/v1/Interactions/KD0123456789abcdef0123456789abcdef/Channels/UO0123456789abcdef0123456789abcdef/Participants"
 *   }
 * })
 *
 * console.log(channel.type, channel.status, channel.errorCode)
 * // Output: chat active null
 * ```
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
 * @example
 * ```ts
 * import { InteractionChannel } from "@effect-flex/core"
 *
 * // The body of a page of `GET /v1/Interactions/{InteractionSid}/Channels` lists its records under this key
 * const body: Record<string, unknown> = { channels: [], meta: { key: "channels" } }
 *
 * console.log(Array.isArray(body[InteractionChannel.listKey]))
 * // Output: true
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const listKey = "channels"

/**
 * The statuses an update may set.
 *
 * @example
 * ```ts
 * import { InteractionChannel } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * const isUpdateStatus = Schema.is(InteractionChannel.UpdateStatus)
 *
 * console.log(isUpdateStatus("closed"), isUpdateStatus("active"))
 * // Output: true false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateStatus = /* @__PURE__ */ Schema.Literal("closed", "inactive")

/**
 * @example
 * ```ts
 * import { InteractionChannel } from "@effect-flex/core"
 *
 * const describe = (status: InteractionChannel.UpdateStatus): string =>
 *   status === "closed" ? "close the channel" : "deactivate the channel, keeping the interaction"
 *
 * console.log(describe("inactive"))
 * // Output: deactivate the channel, keeping the interaction
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateStatus = typeof UpdateStatus.Type

/**
 * What happens to the tasks of the channel. Twilio accepts `{ status: "closed" }`; other keys
 * are passed through as given.
 *
 * @example
 * ```ts
 * import { InteractionChannel } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * const isRouting = Schema.is(InteractionChannel.Routing)
 *
 * console.log(isRouting({ status: "closed" }), isRouting({ status: "wrapping" }))
 * // Output: true false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const Routing = Schema.Struct(
  { status: Schema.Literal("closed") },
  Schema.Record({ key: Schema.String, value: Schema.Unknown })
).annotations({ identifier: "Routing" })

/**
 * @example
 * ```ts
 * import { InteractionChannel } from "@effect-flex/core"
 *
 * // Close the tasks of the channel as well
 * const routing: InteractionChannel.Routing = { status: "closed" }
 *
 * console.log(InteractionChannel.toFormBody({ status: "inactive", routing }))
 * // Output: { Status: 'inactive', Routing: '{"status":"closed"}' }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Routing = typeof Routing.Type

/**
 * The parameters of `UpdateInteractionChannel`, as a discriminated union on `status`:
 * closing takes an optional routing (without one, Twilio sets the tasks to wrapping),
 * deactivating requires routing with status `closed`.
 *
 * @example
 * ```ts
 * import { InteractionChannel } from "@effect-flex/core"
 * import { Either, Schema } from "effect"
 *
 * // Validate parameters that come from outside, e.g. a request body
 * const decode = Schema.decodeUnknownEither(InteractionChannel.UpdateParams)
 *
 * console.log(Either.isRight(decode({ status: "closed" })))
 * // Output: true
 *
 * // Deactivating requires a routing
 * console.log(Either.isRight(decode({ status: "inactive" })))
 * // Output: false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateParams = Schema.Union(
  Schema.Struct({ status: Schema.Literal("closed"), routing: Schema.optionalWith(Routing, { exact: true }) }),
  Schema.Struct({ status: Schema.Literal("inactive"), routing: Routing })
).annotations({ identifier: "UpdateInteractionChannelParams" })

/**
 * @example
 * ```ts
 * import { FlexClient, InteractionChannel } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const params: InteractionChannel.UpdateParams = { status: "closed", routing: { status: "closed" } }
 *
 * // Close a channel and its tasks (run it with a FlexClient layer)
 * export const program = Effect.gen(function*() {
 *   const flex = yield* FlexClient.FlexClient
 *   return yield* flex.interactionChannels.update("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", params)
 * })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateParams = typeof UpdateParams.Type

/**
 * The form body of an update: `Status`, and `Routing` as a JSON string.
 *
 * @example
 * ```ts
 * import { InteractionChannel } from "@effect-flex/core"
 *
 * const body = InteractionChannel.toFormBody({ status: "inactive", routing: { status: "closed" } })
 *
 * console.log(body)
 * // Output: { Status: 'inactive', Routing: '{"status":"closed"}' }
 * console.log(new URLSearchParams(body).toString())
 * // Output: Status=inactive&Routing=%7B%22status%22%3A%22closed%22%7D
 * ```
 *
 * @since 0.1.0
 * @category encoding
 */
export const toFormBody = (params: UpdateParams): Readonly<Record<string, string>> =>
  params.routing === undefined
    ? { Status: params.status }
    : { Status: params.status, Routing: JSON.stringify(params.routing) }
