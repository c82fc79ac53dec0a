/**
 * Flex chat channels (`/v1/Channels`): the chat channels Flex created for its conversations, and
 * the parameters that create one.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { formBody } from "./internal/form.js"
import * as InternalSchema from "./internal/schema.js"
import * as Sid from "./Sid.js"

/**
 * A Flex chat channel as Twilio returns it (`flex.v1.channel`), with camelCase names. Every field
 * is nullable as in Twilio's spec except `sid`, the record's own identifier.
 *
 * @example
 * ```ts
 * import { ChatChannel } from "@effect-flex/core"
 * import { DateTime, Schema } from "effect"
 *
 * // A record of `GET /v1/Channels`, as Twilio sends it
 * const channel = Schema.decodeUnknownSync(ChatChannel.ChatChannel)({
 *   sid: "CH0123456789abcdef0123456789abcdef",
 *   account_sid: "AC0123456789abcdef0123456789abcdef",
 *   flex_flow_sid: "FO0123456789abcdef0123456789abcdef",
 *   user_sid: "US0123456789abcdef0123456789abcdef",
 *   task_sid: null,
 *   url: "https://flex-api.twilio.com/v1/Channels/CH0123456789abcdef0123456789abcdef",
 *   date_created: "2016-08-01T22:10:40Z",
 *   date_updated: "2016-08-01T22:10:40Z"
 * })
 *
 * console.log(channel.flexFlowSid, channel.taskSid)
 * // Output: FO0123456789abcdef0123456789abcdef null
 * console.log(channel.dateCreated === null ? null : DateTime.formatIso(channel.dateCreated))
 * // Output: 2016-08-01T22:10:40.000Z
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export class ChatChannel extends Schema.Class<ChatChannel>("ChatChannel")({
  sid: InternalSchema.required(Sid.ChatChannelSid, "sid"),
  accountSid: InternalSchema.nullable(Sid.AccountSid, "account_sid"),
  flexFlowSid: InternalSchema.nullable(Sid.FlexFlowSid, "flex_flow_sid"),
  userSid: InternalSchema.nullable(Sid.UserSid, "user_sid"),
  taskSid: InternalSchema.nullable(Sid.TaskSid, "task_sid"),
  url: InternalSchema.nullable(Schema.String, "url"),
  dateCreated: InternalSchema.nullable(InternalSchema.TwilioDateTime, "date_created"),
  dateUpdated: InternalSchema.nullable(InternalSchema.TwilioDateTime, "date_updated")
}) {}

/**
 * The key of the list of chat channels in a page (`meta.key`).
 *
 * @example
 * ```ts
 * import { ChatChannel } from "@effect-flex/core"
 *
 * // The body of a page of `GET /v1/Channels` lists its records under this key
 * const body: Record<string, unknown> = { flex_chat_channels: [], meta: { key: "flex_chat_channels" } }
 *
 * console.log(Array.isArray(body[ChatChannel.listKey]))
 * // Output: true
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const listKey = "flex_chat_channels"

const optional = <S extends Schema.Schema.Any>(schema: S) => Schema.optionalWith(schema, { exact: true })

/**
 * The parameters of `CreateChannel`. Required: the `flexFlowSid` (`FO…`), the chat user's
 * `identity` and `chatUserFriendlyName`, and the `chatFriendlyName` (non-empty: an empty form
 * value is a missing one to Twilio). Optional: the `target` (e.g. the customer's number),
 * `chatUniqueName`, `preEngagementData` and `taskAttributes` (JSON text, as the spec types them),
 * `taskSid` (`WT…`) and `longLived`.
 *
 * @example
 * ```ts
 * import { ChatChannel } from "@effect-flex/core"
 * import { Either, Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownEither(ChatChannel.CreateParams)
 * const params = {
 *   flexFlowSid: "FO0123456789abcdef0123456789abcdef",
 *   identity: "customer-42",
 *   chatUserFriendlyName: "Ada",
 *   chatFriendlyName: "Support chat with Ada"
 * }
 *
 * console.log(Either.isRight(decode(params)), Either.isRight(decode({ ...params, identity: "" })))
 * // Output: true false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const CreateParams = Schema.Struct({
  flexFlowSid: Sid.FlexFlowSid,
  identity: Schema.NonEmptyString,
  chatUserFriendlyName: Schema.NonEmptyString,
  chatFriendlyName: Schema.NonEmptyString,
  target: optional(Schema.String),
  chatUniqueName: optional(Schema.String),
  preEngagementData: optional(Schema.String),
  taskSid: optional(Sid.TaskSid),
  taskAttributes: optional(Schema.String),
  longLived: optional(Schema.Boolean)
}).annotations({ identifier: "CreateChannelParams" })

/**
 * @example
 * ```ts
 * import { type ChatChannel, FlexClient, Sid } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const params: ChatChannel.CreateParams = {
 *   flexFlowSid: Sid.FlexFlowSid.make("FO0123456789abcdef0123456789abcdef"),
 *   identity: "customer-42",
 *   chatUserFriendlyName: "Ada",
 *   chatFriendlyName: "Support chat with Ada",
 *   preEngagementData: JSON.stringify({ topic: "billing" })
 * }
 *
 * // Open a chat channel (run it with a FlexClient layer)
 * export const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.create(params))
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type CreateParams = typeof CreateParams.Type

/**
 * The form body of `CreateChannel`: each given parameter under Twilio's name (`FlexFlowSid`,
 * `Identity`, …), `LongLived` as `true` or `false`.
 *
 * @example
 * ```ts
 * import { ChatChannel, Sid } from "@effect-flex/core"
 *
 * const body = ChatChannel.toCreateFormBody({
 *   flexFlowSid: Sid.FlexFlowSid.make("FO0123456789abcdef0123456789abcdef"),
 *   identity: "customer-42",
 *   chatUserFriendlyName: "Ada",
 *   chatFriendlyName: "Support",
 *   longLived: false
 * })
 *
 * console.log(Object.keys(body).join(" "), body.LongLived)
 * // Output: FlexFlowSid Identity ChatUserFriendlyName ChatFriendlyName LongLived false
 * ```
 *
 * @since 0.2.0
 * @category encoding
 */
export const toCreateFormBody = (params: CreateParams): Readonly<Record<string, string>> =>
  formBody(params, {
    flexFlowSid: "FlexFlowSid",
    identity: "Identity",
    chatUserFriendlyName: "ChatUserFriendlyName",
    chatFriendlyName: "ChatFriendlyName",
    target: "Target",
    chatUniqueName: "ChatUniqueName",
    preEngagementData: "PreEngagementData",
    taskSid: "TaskSid",
    taskAttributes: "TaskAttributes",
    longLived: "LongLived"
  })
