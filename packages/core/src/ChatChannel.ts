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
 * @since 0.1.0
 * @category constants
 */
export const listKey = "flex_chat_channels"
