/**
 * Flex Interactions (`/v1/Interactions`): the conversations the Interactions API manages, each the
 * parent of its interaction channels.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import * as InternalSchema from "./internal/schema.js"
import * as Sid from "./Sid.js"

/**
 * A JSON object as Twilio sends an Interaction's `channel` and `routing`: the spec leaves their
 * shape open (a channel's `type` and `sid`, routing `properties`…), so every key is kept as is.
 *
 * @example
 * ```ts
 * import { Interaction } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * const channel = Schema.decodeUnknownSync(Interaction.JsonObject)({ type: "sms", sid: "UO0123456789abcdef0123456789abcdef" })
 *
 * console.log(channel.type)
 * // Output: sms
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const JsonObject = Schema.Record({ key: Schema.String, value: Schema.Unknown }).annotations({
  identifier: "JsonObject"
})

/**
 * @example
 * ```ts
 * import type { Interaction } from "@effect-flex/core"
 *
 * const routing: Interaction.JsonObject = { properties: { workspace_sid: "WS0123456789abcdef0123456789abcdef" } }
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type JsonObject = typeof JsonObject.Type

/**
 * An Interaction as Twilio returns it (`flex.v1.interaction`), with camelCase names. Every field
 * is nullable as in Twilio's spec except `sid`, the record's own identifier. `channel` and
 * `routing` are the JSON objects the Interaction was created with.
 *
 * @example
 * ```ts
 * import { Interaction } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * // The body of `GET /v1/Interactions/{Sid}`, as Twilio sends it
 * const interaction = Schema.decodeUnknownSync(Interaction.Interaction)({
 *   sid: "KD0123456789abcdef0123456789abcdef",
 *   channel: { type: "sms", sid: "UO0123456789abcdef0123456789abcdef" },
 *   routing: { properties: { task_channel_unique_name: "sms" } },
 *   interaction_context_sid: null,
 *   webhook_ttid: null,
 *   url: "https://flex-api.twilio.com/v1/Interactions/KD0123456789abcdef0123456789abcdef",
 *   links: { channels: "https://flex-api.twilio.com/v1/Interactions/KD0123456789abcdef0123456789abcdef/Channels" }
 * })
 *
 * console.log(interaction.channel?.type, interaction.interactionContextSid)
 * // Output: sms null
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export class Interaction extends Schema.Class<Interaction>("Interaction")({
  sid: InternalSchema.required(Sid.InteractionSid, "sid"),
  channel: InternalSchema.nullable(JsonObject, "channel"),
  routing: InternalSchema.nullable(JsonObject, "routing"),
  url: InternalSchema.nullable(Schema.String, "url"),
  links: InternalSchema.nullable(InternalSchema.Links, "links"),
  interactionContextSid: InternalSchema.nullable(Sid.InteractionContextSid, "interaction_context_sid"),
  webhookTtid: InternalSchema.nullable(Schema.String, "webhook_ttid")
}) {}
