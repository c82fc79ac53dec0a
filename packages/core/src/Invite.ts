/**
 * Interaction channel invites
 * (`/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites`): an invite routes a new
 * TaskRouter task for an existing channel, to bring another agent or a queue into it.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import * as Interaction from "./Interaction.js"
import { formBody } from "./internal/form.js"
import * as InternalSchema from "./internal/schema.js"
import * as Sid from "./Sid.js"

/**
 * An invite as Twilio returns it
 * (`flex.v1.interaction.interaction_channel.interaction_channel_invite`), with camelCase names.
 * Every field is nullable as in Twilio's spec except `sid`. `routing` is the JSON object the
 * invite was created with, as Twilio completed it (the task's `properties`, its `reservation`).
 *
 * @example
 * ```ts
 * import { Invite } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * // A record of `GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites`
 * const invite = Schema.decodeUnknownSync(Invite.Invite)({
 *   sid: "KG0123456789abcdef0123456789abcdef",
 *   interaction_sid: "KD0123456789abcdef0123456789abcdef",
 *   channel_sid: "UO0123456789abcdef0123456789abcdef",
 *   routing: { reservation: null, properties: { queue_name: "Sample Queue" } },
 *   url: "https://flex-api.twilio.com/v1/Interactions/KD0123456789abcdef0123456789abcdef/Channels/UO0123456789abcdef0123456789abcdef/Invites/KG0123456789abcdef0123456789abcdef"
 * })
 *
 * console.log(invite.sid.slice(0, 2), invite.routing?.reservation)
 * // Output: KG null
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export class Invite extends Schema.Class<Invite>("Invite")({
  sid: InternalSchema.required(Sid.InviteSid, "sid"),
  interactionSid: InternalSchema.nullable(Sid.InteractionSid, "interaction_sid"),
  channelSid: InternalSchema.nullable(Sid.InteractionChannelSid, "channel_sid"),
  routing: InternalSchema.nullable(Interaction.JsonObject, "routing"),
  url: InternalSchema.nullable(Schema.String, "url")
}) {}

/**
 * The key of the list of invites in a page (`meta.key`).
 *
 * @example
 * ```ts
 * import { Invite } from "@effect-flex/core"
 *
 * const body: Record<string, unknown> = { invites: [], meta: { key: "invites" } }
 *
 * console.log(Array.isArray(body[Invite.listKey]))
 * // Output: true
 * ```
 *
 * @since 0.2.0
 * @category constants
 */
export const listKey = "invites"

/**
 * The parameters of `CreateInteractionChannelInvite`: the `routing` of the task to create
 * (required; see {@link Interaction.RoutingParams}), which must be plain JSON.
 *
 * @example
 * ```ts
 * import { Invite } from "@effect-flex/core"
 * import { Either, Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownEither(Invite.CreateParams)
 *
 * console.log(Either.isRight(decode({ routing: { properties: { queue_sid: "WQ0123456789abcdef0123456789abcdef" } } })))
 * // Output: true
 * // The routing is required
 * console.log(Either.isRight(decode({})))
 * // Output: false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const CreateParams = Schema.Struct({ routing: Interaction.RoutingParams }).annotations({
  identifier: "CreateInteractionChannelInviteParams"
})

/**
 * @example
 * ```ts
 * import { FlexClient, type Invite, Sid } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const params: Invite.CreateParams = {
 *   routing: {
 *     properties: {
 *       workspace_sid: Sid.WorkspaceSid.make("WS0123456789abcdef0123456789abcdef"),
 *       workflow_sid: Sid.WorkflowSid.make("WW0123456789abcdef0123456789abcdef"),
 *       queue_sid: Sid.TaskQueueSid.make("WQ0123456789abcdef0123456789abcdef")
 *     }
 *   }
 * }
 *
 * // Invite a queue into a channel (run it with a FlexClient layer)
 * export const program = Effect.flatMap(FlexClient.FlexClient, (flex) =>
 *   flex.invites.create("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", params))
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type CreateParams = typeof CreateParams.Type

/**
 * The form body of `CreateInteractionChannelInvite`: `Routing` as JSON text.
 *
 * @example
 * ```ts
 * import { Invite } from "@effect-flex/core"
 *
 * console.log(Invite.toCreateFormBody({ routing: { properties: { task_channel_unique_name: "chat" } } }))
 * // Output: { Routing: '{"properties":{"task_channel_unique_name":"chat"}}' }
 * ```
 *
 * @since 0.2.0
 * @category encoding
 */
export const toCreateFormBody = (params: CreateParams): Readonly<Record<string, string>> =>
  formBody(params, { routing: "Routing" })
