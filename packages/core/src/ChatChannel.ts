/**
 * Flex chat channels (`/v1/Channels`): the chat channels Flex created for its conversations.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
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
