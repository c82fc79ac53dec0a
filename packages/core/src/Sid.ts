/**
 * Twilio resource identifiers (SIDs), one branded schema per kind.
 *
 * A SID is 34 characters: a two-letter uppercase prefix naming the kind of resource, then 32
 * hexadecimal digits. Branding keeps an `InteractionSid` from being passed where an
 * `InteractionChannelSid` is expected, and the pattern is what makes a SID safe to put in a URL
 * path (no `/`, `?`, `#`, `%` or whitespace can get through).
 *
 * @since 0.1.0
 */
import type * as Brand from "effect/Brand"
import * as Schema from "effect/Schema"
import * as SidKind from "./internal/sidKind.js"

/**
 * The prefixes of the SID kinds this library knows.
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const kinds: ReadonlyArray<Sid.Prefix> = ["KD", "UO", "UT"]
 *
 * console.log(kinds.find((prefix) => Sid.pattern(prefix).test("UO0123456789abcdef0123456789abcdef")))
 * // Output: UO
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Prefix =
  | "AC"
  | "CH"
  | "FO"
  | "US"
  | "WT"
  | "KD"
  | "UO"
  | "UT"
  | "WK"
  | "WR"
  | "SK"
  | "HQ"
  | "KG"
  | "UX"
  | "GO"
  | "QW"
  | "KQ"
  | "WS"
  | "WW"
  | "WQ"

/**
 * Builds the pattern of a SID with the given prefix.
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const interaction = Sid.pattern("KD")
 *
 * console.log(interaction.test("KD0123456789abcdef0123456789abcdef"))
 * // Output: true
 * console.log(interaction.test("KD0123/../Channels"))
 * // Output: false
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const pattern = (prefix: Prefix): RegExp => new RegExp(`^${prefix}[0-9a-fA-F]{32}$`)

const make = <const B extends string>(prefix: Prefix, brand: B) => {
  const title = SidKind.title(prefix)
  return Schema.String.pipe(
    Schema.pattern(pattern(prefix), {
      message: () => `Expected ${title} SID: "${prefix}" followed by 32 hexadecimal digits`
    }),
    Schema.brand(brand),
    Schema.annotations({ identifier: brand, title: `${title} SID`, description: `${prefix} + 32 hex digits` })
  )
}

/**
 * Account SID (`AC…`).
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * // e.g. from configuration
 * const accountSid = Schema.decodeUnknownSync(Sid.AccountSid)("AC0123456789abcdef0123456789abcdef")
 *
 * console.log(accountSid)
 * // Output: AC0123456789abcdef0123456789abcdef
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountSid = /* @__PURE__ */ make("AC", "AccountSid")

/**
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const belongsTo = (accountSid: Sid.AccountSid, record: { readonly accountSid: Sid.AccountSid | null }): boolean =>
 *   record.accountSid === accountSid
 *
 * const accountSid = Sid.AccountSid.make("AC0123456789abcdef0123456789abcdef")
 * console.log(belongsTo(accountSid, { accountSid }))
 * // Output: true
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type AccountSid = string & Brand.Brand<"AccountSid">

/**
 * Flex chat channel SID (`CH…`).
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * const isChatChannelSid = Schema.is(Sid.ChatChannelSid)
 *
 * console.log(isChatChannelSid("CH0123456789abcdef0123456789abcdef"), isChatChannelSid("UO0123456789abcdef0123456789abcdef"))
 * // Output: true false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatChannelSid = /* @__PURE__ */ make("CH", "ChatChannelSid")

/**
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const channelPath = (sid: Sid.ChatChannelSid): string => `/v1/Channels/${sid}`
 *
 * console.log(channelPath(Sid.ChatChannelSid.make("CH0123456789abcdef0123456789abcdef")))
 * // Output: /v1/Channels/CH0123456789abcdef0123456789abcdef
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type ChatChannelSid = string & Brand.Brand<"ChatChannelSid">

/**
 * Flex Flow SID (`FO…`).
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Either, Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownEither(Sid.FlexFlowSid)
 *
 * console.log(Either.isRight(decode("FO0123456789abcdef0123456789abcdef")), Either.isRight(decode("FO123")))
 * // Output: true false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const FlexFlowSid = /* @__PURE__ */ make("FO", "FlexFlowSid")

/**
 * @example
 * ```ts
 * import { type ChatChannel } from "@effect-flex/core"
 * import type * as Sid from "@effect-flex/core/Sid"
 *
 * const byFlexFlow = (channels: ReadonlyArray<ChatChannel.ChatChannel>, flexFlowSid: Sid.FlexFlowSid) =>
 *   channels.filter((channel) => channel.flexFlowSid === flexFlowSid)
 *
 * console.log(byFlexFlow([], "FO0123456789abcdef0123456789abcdef" as Sid.FlexFlowSid).length)
 * // Output: 0
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type FlexFlowSid = string & Brand.Brand<"FlexFlowSid">

/**
 * Chat user SID (`US…`).
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * console.log(Schema.is(Sid.UserSid)("US0123456789abcdef0123456789abcdef"))
 * // Output: true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserSid = /* @__PURE__ */ make("US", "UserSid")

/**
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const users = new Set<Sid.UserSid>([Sid.UserSid.make("US0123456789abcdef0123456789abcdef")])
 *
 * console.log(users.has(Sid.UserSid.make("US0123456789abcdef0123456789abcdef")))
 * // Output: true
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type UserSid = string & Brand.Brand<"UserSid">

/**
 * TaskRouter task SID (`WT…`).
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Option, Schema } from "effect"
 *
 * // A task SID from an untrusted source, e.g. a TaskRouter webhook
 * const taskSid = Schema.decodeUnknownOption(Sid.TaskSid)("WT0123456789abcdef0123456789abcdef")
 *
 * console.log(Option.isSome(taskSid))
 * // Output: true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const TaskSid = /* @__PURE__ */ make("WT", "TaskSid")

/**
 * @example
 * ```ts
 * import type * as Sid from "@effect-flex/core/Sid"
 *
 * const taskPath = (workspaceSid: string, taskSid: Sid.TaskSid): string =>
 *   `/v1/Workspaces/${workspaceSid}/Tasks/${taskSid}`
 *
 * console.log(taskPath("WS0123456789abcdef0123456789abcdef", "WT0123456789abcdef0123456789abcdef" as Sid.TaskSid).endsWith("WT0123456789abcdef0123456789abcdef"))
 * // Output: true
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type TaskSid = string & Brand.Brand<"TaskSid">

/**
 * TaskRouter worker SID (`WK…`).
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * const isWorkerSid = Schema.is(Sid.WorkerSid)
 *
 * console.log(isWorkerSid("WK0123456789abcdef0123456789abcdef"), isWorkerSid(""))
 * // Output: true false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const WorkerSid = /* @__PURE__ */ make("WK", "WorkerSid")

/**
 * @example
 * ```ts
 * import { Participant } from "@effect-flex/core"
 * import type * as Sid from "@effect-flex/core/Sid"
 *
 * const isHandledBy = (props: Participant.RoutingProperties, workerSid: Sid.WorkerSid): boolean =>
 *   props.worker_sid === workerSid
 *
 * console.log(isHandledBy({ worker_sid: null }, "WK0123456789abcdef0123456789abcdef" as Sid.WorkerSid))
 * // Output: false
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type WorkerSid = string & Brand.Brand<"WorkerSid">

/**
 * TaskRouter reservation SID (`WR…`).
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * console.log(Schema.is(Sid.ReservationSid)("WR0123456789abcdef0123456789abcdef"), Schema.is(Sid.ReservationSid)("WK0123456789abcdef0123456789abcdef"))
 * // Output: true false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReservationSid = /* @__PURE__ */ make("WR", "ReservationSid")

/**
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const reservations: ReadonlyArray<Sid.ReservationSid> = [Sid.ReservationSid.make("WR0123456789abcdef0123456789abcdef")]
 *
 * console.log(reservations.length)
 * // Output: 1
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type ReservationSid = string & Brand.Brand<"ReservationSid">

/**
 * API key SID (`SK…`).
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * // An API key SID is the user name of Basic authentication with an API key
 * const apiKeySid = Schema.decodeUnknownSync(Sid.ApiKeySid)("SK0123456789abcdef0123456789abcdef")
 *
 * console.log(apiKeySid.startsWith("SK"))
 * // Output: true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApiKeySid = /* @__PURE__ */ make("SK", "ApiKeySid")

/**
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const basicUser = (apiKeySid: Sid.ApiKeySid): string => apiKeySid
 *
 * console.log(basicUser(Sid.ApiKeySid.make("SK0123456789abcdef0123456789abcdef")))
 * // Output: SK0123456789abcdef0123456789abcdef
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type ApiKeySid = string & Brand.Brand<"ApiKeySid">

/**
 * Interaction SID (`KD…`).
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * const isInteractionSid = Schema.is(Sid.InteractionSid)
 *
 * console.log(isInteractionSid("KD0123456789abcdef0123456789abcdef"), isInteractionSid("UO0123456789abcdef0123456789abcdef"))
 * // Output: true false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const InteractionSid = /* @__PURE__ */ make("KD", "InteractionSid")

/**
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const channelsPath = (interactionSid: Sid.InteractionSid): string => `/v1/Interactions/${interactionSid}/Channels`
 *
 * console.log(channelsPath(Sid.InteractionSid.make("KD0123456789abcdef0123456789abcdef")))
 * // Output: /v1/Interactions/KD0123456789abcdef0123456789abcdef/Channels
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type InteractionSid = string & Brand.Brand<"InteractionSid">

/**
 * Interaction channel SID (`UO…`).
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * const channelSid = Schema.decodeUnknownSync(Sid.InteractionChannelSid)("UO0123456789abcdef0123456789abcdef")
 *
 * console.log(channelSid)
 * // Output: UO0123456789abcdef0123456789abcdef
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const InteractionChannelSid = /* @__PURE__ */ make("UO", "InteractionChannelSid")

/**
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const channelPath = (interactionSid: Sid.InteractionSid, channelSid: Sid.InteractionChannelSid): string =>
 *   `/v1/Interactions/${interactionSid}/Channels/${channelSid}`
 *
 * console.log(channelPath(Sid.InteractionSid.make("KD0123456789abcdef0123456789abcdef"), Sid.InteractionChannelSid.make("UO0123456789abcdef0123456789abcdef")))
 * // Output: /v1/Interactions/KD0123456789abcdef0123456789abcdef/Channels/UO0123456789abcdef0123456789abcdef
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type InteractionChannelSid = string & Brand.Brand<"InteractionChannelSid">

/**
 * Interaction channel participant SID (`UT…`).
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * const isParticipantSid = Schema.is(Sid.ParticipantSid)
 *
 * console.log(isParticipantSid("UT0123456789abcdef0123456789abcdef"), isParticipantSid("UO0123456789abcdef0123456789abcdef"))
 * // Output: true false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const ParticipantSid = /* @__PURE__ */ make("UT", "ParticipantSid")

/**
 * @example
 * ```ts
 * import type { Participant } from "@effect-flex/core"
 * import type * as Sid from "@effect-flex/core/Sid"
 *
 * const findParticipant = (participants: ReadonlyArray<Participant.Participant>, sid: Sid.ParticipantSid) =>
 *   participants.find((participant) => participant.sid === sid)
 *
 * console.log(findParticipant([], "UT0123456789abcdef0123456789abcdef" as Sid.ParticipantSid))
 * // Output: undefined
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type ParticipantSid = string & Brand.Brand<"ParticipantSid">

/**
 * Interaction context SID (`HQ…`): the `interaction_context_sid` of an Interaction.
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * const isContextSid = Schema.is(Sid.InteractionContextSid)
 *
 * console.log(isContextSid("HQ0123456789abcdef0123456789abcdef"), isContextSid("KD0123456789abcdef0123456789abcdef"))
 * // Output: true false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const InteractionContextSid = /* @__PURE__ */ make("HQ", "InteractionContextSid")

/**
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const contextSid: Sid.InteractionContextSid = Sid.InteractionContextSid.make("HQ0123456789abcdef0123456789abcdef")
 *
 * console.log(contextSid)
 * // Output: HQ0123456789abcdef0123456789abcdef
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type InteractionContextSid = string & Brand.Brand<"InteractionContextSid">

/**
 * Interaction channel invite SID (`KG…`): the `sid` of an `Invite`.
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * const isInviteSid = Schema.is(Sid.InviteSid)
 *
 * console.log(isInviteSid("KG0123456789abcdef0123456789abcdef"), isInviteSid("KD0123456789abcdef0123456789abcdef"))
 * // Output: true false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const InviteSid = /* @__PURE__ */ make("KG", "InviteSid")

/**
 * @example
 * ```ts
 * import type { Invite } from "@effect-flex/core"
 * import type * as Sid from "@effect-flex/core/Sid"
 *
 * const inviteSids = (invites: ReadonlyArray<Invite.Invite>): ReadonlyArray<Sid.InviteSid> => invites.map((invite) => invite.sid)
 *
 * console.log(inviteSids([]))
 * // Output: []
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type InviteSid = string & Brand.Brand<"InviteSid">

/**
 * Interaction transfer SID (`UX…`): the `sid` of a `Transfer`.
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * const transferSid = Schema.decodeUnknownSync(Sid.TransferSid)("UX0123456789abcdef0123456789abcdef")
 *
 * console.log(transferSid)
 * // Output: UX0123456789abcdef0123456789abcdef
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const TransferSid = /* @__PURE__ */ make("UX", "TransferSid")

/**
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const transferPath = (interactionSid: Sid.InteractionSid, channelSid: Sid.InteractionChannelSid, sid: Sid.TransferSid): string =>
 *   `/v1/Interactions/${interactionSid}/Channels/${channelSid}/Transfers/${sid}`
 *
 * console.log(transferPath(Sid.InteractionSid.make("KD0123456789abcdef0123456789abcdef"), Sid.InteractionChannelSid.make("UO0123456789abcdef0123456789abcdef"), Sid.TransferSid.make("UX0123456789abcdef0123456789abcdef")).endsWith("UX0123456789abcdef0123456789abcdef"))
 * // Output: true
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type TransferSid = string & Brand.Brand<"TransferSid">

/**
 * Flex instance SID (`GO…`): the `instance_sid` of a `Transfer`.
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * console.log(Schema.is(Sid.FlexInstanceSid)("GO0123456789abcdef0123456789abcdef"))
 * // Output: true
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const FlexInstanceSid = /* @__PURE__ */ make("GO", "FlexInstanceSid")

/**
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const instanceSid: Sid.FlexInstanceSid = Sid.FlexInstanceSid.make("GO0123456789abcdef0123456789abcdef")
 *
 * console.log(instanceSid.slice(0, 2))
 * // Output: GO
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type FlexInstanceSid = string & Brand.Brand<"FlexInstanceSid">

/**
 * Transfer execution SID (`QW…`): the `execution_sid` of a `Transfer`.
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * console.log(Schema.is(Sid.ExecutionSid)("QW0123456789abcdef0123456789abcdef"), Schema.is(Sid.ExecutionSid)("QW123"))
 * // Output: true false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const ExecutionSid = /* @__PURE__ */ make("QW", "ExecutionSid")

/**
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const executions = new Set<Sid.ExecutionSid>([Sid.ExecutionSid.make("QW0123456789abcdef0123456789abcdef")])
 *
 * console.log(executions.size)
 * // Output: 1
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type ExecutionSid = string & Brand.Brand<"ExecutionSid">

/**
 * Note or summary SID (`KQ…`): the `note_sid` and `summary_sid` of a `Transfer`.
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * console.log(Schema.is(Sid.NoteSid)("KQ0123456789abcdef0123456789abcdef"))
 * // Output: true
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const NoteSid = /* @__PURE__ */ make("KQ", "NoteSid")

/**
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const noteSid: Sid.NoteSid | null = Sid.NoteSid.make("KQ0123456789abcdef0123456789abcdef")
 *
 * console.log(noteSid !== null)
 * // Output: true
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type NoteSid = string & Brand.Brand<"NoteSid">

/**
 * TaskRouter workspace SID (`WS…`): `routing.properties.workspace_sid` of an Interaction or an invite.
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * console.log(Schema.is(Sid.WorkspaceSid)("WS0123456789abcdef0123456789abcdef"), Schema.is(Sid.WorkspaceSid)("WW0123456789abcdef0123456789abcdef"))
 * // Output: true false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const WorkspaceSid = /* @__PURE__ */ make("WS", "WorkspaceSid")

/**
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const workspaceSid: Sid.WorkspaceSid = Sid.WorkspaceSid.make("WS0123456789abcdef0123456789abcdef")
 *
 * console.log(workspaceSid.startsWith("WS"))
 * // Output: true
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type WorkspaceSid = string & Brand.Brand<"WorkspaceSid">

/**
 * TaskRouter workflow SID (`WW…`): `routing.properties.workflow_sid` of an Interaction or an invite.
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * console.log(Schema.is(Sid.WorkflowSid)("WW0123456789abcdef0123456789abcdef"))
 * // Output: true
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const WorkflowSid = /* @__PURE__ */ make("WW", "WorkflowSid")

/**
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const workflowSid: Sid.WorkflowSid = Sid.WorkflowSid.make("WW0123456789abcdef0123456789abcdef")
 *
 * console.log(workflowSid.length)
 * // Output: 34
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type WorkflowSid = string & Brand.Brand<"WorkflowSid">

/**
 * TaskRouter task queue SID (`WQ…`): `routing.properties.queue_sid` of an Interaction or an invite.
 *
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 * import { Schema } from "effect"
 *
 * console.log(Schema.is(Sid.TaskQueueSid)("WQ0123456789abcdef0123456789abcdef"))
 * // Output: true
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const TaskQueueSid = /* @__PURE__ */ make("WQ", "TaskQueueSid")

/**
 * @example
 * ```ts
 * import * as Sid from "@effect-flex/core/Sid"
 *
 * const queues: ReadonlyArray<Sid.TaskQueueSid> = [Sid.TaskQueueSid.make("WQ0123456789abcdef0123456789abcdef")]
 *
 * console.log(queues.length)
 * // Output: 1
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type TaskQueueSid = string & Brand.Brand<"TaskQueueSid">
