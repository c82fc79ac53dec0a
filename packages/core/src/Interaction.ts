/**
 * Flex Interactions (`/v1/Interactions`): the conversations the Interactions API manages, each the
 * parent of its interaction channels; and the parameters that create and update one.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import * as InteractionChannel from "./InteractionChannel.js"
import { formBody } from "./internal/form.js"
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

// --- parameters ---------------------------------------------------------------------------------

const optional = <S extends Schema.Schema.Any>(schema: S) => Schema.optionalWith(schema, { exact: true })

/** The keys of a JSON object not typed by a parameter schema: passed through as given. */
const OtherKeys = Schema.Record({ key: Schema.String, value: Schema.Unknown })

const initiatedByEnum = InternalSchema.openEnum(["customer", "agent", "api"], "UnknownInitiatedBy")

/**
 * Who started an Interaction (`channel.initiated_by`): `customer` (inbound), `agent` (outbound),
 * `api`. Open like every enum here: another string still passes, as a branded string.
 *
 * @example
 * ```ts
 * import { Interaction } from "@effect-flex/core"
 * import { Schema } from "effect"
 *
 * console.log(Schema.decodeUnknownSync(Interaction.InitiatedBy)("agent"))
 * // Output: agent
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const InitiatedBy = initiatedByEnum.schema

/**
 * @example
 * ```ts
 * import type { Interaction } from "@effect-flex/core"
 *
 * const outbound: Interaction.InitiatedBy = "agent"
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type InitiatedBy = typeof InitiatedBy.Type

/**
 * The channel of a new Interaction (the `Channel` parameter, sent as JSON): its media `type`
 * (required), who `initiated_by` it, the media channel's `properties` (e.g. `media_channel_sid`,
 * the Conversation to bind) and its `participants` (`address`, `proxy_address`, …). Keys keep
 * Twilio's spelling; keys not typed here are sent as given. The whole value must be plain JSON.
 *
 * @example
 * ```ts
 * import { Interaction } from "@effect-flex/core"
 * import { Either, Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownEither(Interaction.ChannelParams)
 *
 * const outboundSms = {
 *   type: "sms",
 *   initiated_by: "agent",
 *   participants: [{ address: "+13115552368", proxy_address: "+13115552369" }]
 * }
 * console.log(Either.isRight(decode(outboundSms)), Either.isRight(decode({ initiated_by: "agent" })))
 * // Output: true false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const ChannelParams = Schema.Struct(
  {
    type: InteractionChannel.Type,
    initiated_by: optional(InitiatedBy),
    properties: optional(JsonObject),
    participants: optional(Schema.Array(JsonObject))
  },
  OtherKeys
).annotations({ identifier: "InteractionChannelParams" })

/**
 * @example
 * ```ts
 * import type { Interaction } from "@effect-flex/core"
 *
 * // An inbound chat bound to an existing Conversation
 * const channel: Interaction.ChannelParams = {
 *   type: "chat",
 *   initiated_by: "customer",
 *   properties: { media_channel_sid: "CH0123456789abcdef0123456789abcdef" }
 * }
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type ChannelParams = typeof ChannelParams.Type

/**
 * The TaskRouter properties of a routing: where the task goes (`workspace_sid`, `workflow_sid`,
 * `queue_sid`, `worker_sid`, checked as SIDs of their kind), its `task_channel_unique_name` and
 * its `attributes`. Other keys are added to the task as given.
 *
 * @example
 * ```ts
 * import { Interaction } from "@effect-flex/core"
 * import { Either, Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownEither(Interaction.RoutingProperties)
 *
 * console.log(Either.isRight(decode({ workspace_sid: "WS0123456789abcdef0123456789abcdef", priority: 5 })))
 * // Output: true
 * // A workflow SID where the workspace goes
 * console.log(Either.isRight(decode({ workspace_sid: "WW0123456789abcdef0123456789abcdef" })))
 * // Output: false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const RoutingProperties = Schema.Struct(
  {
    workspace_sid: optional(Sid.WorkspaceSid),
    workflow_sid: optional(Sid.WorkflowSid),
    queue_sid: optional(Sid.TaskQueueSid),
    worker_sid: optional(Sid.WorkerSid),
    task_channel_unique_name: optional(Schema.String),
    attributes: optional(JsonObject)
  },
  OtherKeys
).annotations({ identifier: "InteractionRoutingProperties" })

/**
 * @example
 * ```ts
 * import type { Interaction } from "@effect-flex/core"
 * import type * as Sid from "@effect-flex/core/Sid"
 *
 * const toQueue = (workspace_sid: Sid.WorkspaceSid, workflow_sid: Sid.WorkflowSid): Interaction.RoutingProperties => ({
 *   workspace_sid,
 *   workflow_sid,
 *   task_channel_unique_name: "chat",
 *   attributes: { customerName: "Ada" }
 * })
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type RoutingProperties = typeof RoutingProperties.Type

/**
 * The routing of a new Interaction or of an invite (the `Routing` parameter, sent as JSON): the
 * `properties` of the TaskRouter task to create. Other keys are sent as given; the whole value
 * must be plain JSON.
 *
 * @example
 * ```ts
 * import { Interaction } from "@effect-flex/core"
 * import { Either, Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownEither(Interaction.RoutingParams)
 *
 * console.log(Either.isRight(decode({})), Either.isRight(decode({ properties: "queue" })))
 * // Output: true false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const RoutingParams = Schema.Struct({ properties: optional(RoutingProperties) }, OtherKeys).annotations({
  identifier: "InteractionRoutingParams"
})

/**
 * @example
 * ```ts
 * import type { Interaction } from "@effect-flex/core"
 * import type * as Sid from "@effect-flex/core/Sid"
 *
 * const routing = (workspace_sid: Sid.WorkspaceSid, workflow_sid: Sid.WorkflowSid): Interaction.RoutingParams => ({
 *   properties: { workspace_sid, workflow_sid, task_channel_unique_name: "sms" }
 * })
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type RoutingParams = typeof RoutingParams.Type

/**
 * The parameters of `CreateInteraction`: the `channel` (required) and `routing` as JSON, the
 * `interactionContextSid` (`HQ…`) and the `webhookTtid` of an Interaction-level webhook.
 *
 * @example
 * ```ts
 * import { Interaction } from "@effect-flex/core"
 * import { Either, Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownEither(Interaction.CreateParams)
 *
 * console.log(Either.isRight(decode({ channel: { type: "sms" } })))
 * // Output: true
 * // The channel is required
 * console.log(Either.isRight(decode({ routing: {} })))
 * // Output: false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const CreateParams = Schema.Struct({
  channel: ChannelParams,
  routing: optional(RoutingParams),
  interactionContextSid: optional(Sid.InteractionContextSid),
  webhookTtid: optional(Schema.String)
}).annotations({ identifier: "CreateInteractionParams" })

/**
 * @example
 * ```ts
 * import { FlexClient, type Interaction, Sid } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const params: Interaction.CreateParams = {
 *   channel: { type: "sms", initiated_by: "agent", participants: [{ address: "+13115552368", proxy_address: "+13115552369" }] },
 *   routing: {
 *     properties: {
 *       workspace_sid: Sid.WorkspaceSid.make("WS0123456789abcdef0123456789abcdef"),
 *       workflow_sid: Sid.WorkflowSid.make("WW0123456789abcdef0123456789abcdef"),
 *       task_channel_unique_name: "sms"
 *     }
 *   }
 * }
 *
 * // Start an outbound SMS (run it with a FlexClient layer)
 * export const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.interactions.create(params))
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type CreateParams = typeof CreateParams.Type

/**
 * The form body of `CreateInteraction`: `Channel` and `Routing` as JSON text,
 * `InteractionContextSid`, `WebhookTtid`.
 *
 * @example
 * ```ts
 * import { Interaction } from "@effect-flex/core"
 *
 * console.log(Interaction.toCreateFormBody({ channel: { type: "sms", initiated_by: "customer" }, routing: {} }))
 * // Output: { Channel: '{"type":"sms","initiated_by":"customer"}', Routing: '{}' }
 * ```
 *
 * @since 0.2.0
 * @category encoding
 */
export const toCreateFormBody = (params: CreateParams): Readonly<Record<string, string>> =>
  formBody(params, {
    channel: "Channel",
    routing: "Routing",
    interactionContextSid: "InteractionContextSid",
    webhookTtid: "WebhookTtid"
  })

/**
 * The parameters of `UpdateInteraction`: the `webhookTtid` of an Interaction-level webhook (the
 * spec makes it optional, so `{}` is a valid, empty update).
 *
 * @example
 * ```ts
 * import { Interaction } from "@effect-flex/core"
 * import { Either, Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownEither(Interaction.UpdateParams)
 *
 * console.log(Either.isRight(decode({ webhookTtid: "flex_interactionwebhook_01" })), Either.isRight(decode({ webhookTtid: 1 })))
 * // Output: true false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const UpdateParams = Schema.Struct({ webhookTtid: optional(Schema.String) }).annotations({
  identifier: "UpdateInteractionParams"
})

/**
 * @example
 * ```ts
 * import { FlexClient, type Interaction } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const params: Interaction.UpdateParams = { webhookTtid: "flex_interactionwebhook_01jke8z8vte4ette30t5w9h081" }
 *
 * export const program = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.interactions.update("KD0123456789abcdef0123456789abcdef", params))
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type UpdateParams = typeof UpdateParams.Type

/**
 * The form body of `UpdateInteraction`: `WebhookTtid` when given.
 *
 * @example
 * ```ts
 * import { Interaction } from "@effect-flex/core"
 *
 * console.log(new URLSearchParams(Interaction.toUpdateFormBody({ webhookTtid: "flex_interactionwebhook_01" })).toString())
 * // Output: WebhookTtid=flex_interactionwebhook_01
 * ```
 *
 * @since 0.2.0
 * @category encoding
 */
export const toUpdateFormBody = (params: UpdateParams): Readonly<Record<string, string>> =>
  formBody(params, { webhookTtid: "WebhookTtid" })
