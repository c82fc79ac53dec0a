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

/**
 * The prefixes of the SID kinds this library knows.
 *
 * @since 0.1.0
 * @category models
 */
export type Prefix = "AC" | "CH" | "FO" | "US" | "WT" | "KD" | "UO" | "UT" | "WK" | "WR" | "SK"

/**
 * Builds the pattern of a SID with the given prefix.
 *
 * @since 0.1.0
 * @category constructors
 */
export const pattern = (prefix: Prefix): RegExp => new RegExp(`^${prefix}[0-9a-fA-F]{32}$`)

const make = <const B extends string>(prefix: Prefix, brand: B, title: string) =>
  Schema.String.pipe(
    Schema.pattern(pattern(prefix), {
      message: () => `Expected ${title} SID: "${prefix}" followed by 32 hexadecimal digits`
    }),
    Schema.brand(brand),
    Schema.annotations({ identifier: brand, title: `${title} SID`, description: `${prefix} + 32 hex digits` })
  )

/**
 * Account SID (`AC…`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountSid = make("AC", "AccountSid", "Account")

/**
 * @since 0.1.0
 * @category models
 */
export type AccountSid = string & Brand.Brand<"AccountSid">

/**
 * Flex chat channel SID (`CH…`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatChannelSid = make("CH", "ChatChannelSid", "Flex chat channel")

/**
 * @since 0.1.0
 * @category models
 */
export type ChatChannelSid = string & Brand.Brand<"ChatChannelSid">

/**
 * Flex Flow SID (`FO…`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const FlexFlowSid = make("FO", "FlexFlowSid", "Flex Flow")

/**
 * @since 0.1.0
 * @category models
 */
export type FlexFlowSid = string & Brand.Brand<"FlexFlowSid">

/**
 * Chat user SID (`US…`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserSid = make("US", "UserSid", "Chat user")

/**
 * @since 0.1.0
 * @category models
 */
export type UserSid = string & Brand.Brand<"UserSid">

/**
 * TaskRouter task SID (`WT…`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const TaskSid = make("WT", "TaskSid", "TaskRouter Task")

/**
 * @since 0.1.0
 * @category models
 */
export type TaskSid = string & Brand.Brand<"TaskSid">

/**
 * TaskRouter worker SID (`WK…`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const WorkerSid = make("WK", "WorkerSid", "TaskRouter Worker")

/**
 * @since 0.1.0
 * @category models
 */
export type WorkerSid = string & Brand.Brand<"WorkerSid">

/**
 * TaskRouter reservation SID (`WR…`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReservationSid = make("WR", "ReservationSid", "TaskRouter Reservation")

/**
 * @since 0.1.0
 * @category models
 */
export type ReservationSid = string & Brand.Brand<"ReservationSid">

/**
 * API key SID (`SK…`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApiKeySid = make("SK", "ApiKeySid", "API key")

/**
 * @since 0.1.0
 * @category models
 */
export type ApiKeySid = string & Brand.Brand<"ApiKeySid">

/**
 * Interaction SID (`KD…`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const InteractionSid = make("KD", "InteractionSid", "Interaction")

/**
 * @since 0.1.0
 * @category models
 */
export type InteractionSid = string & Brand.Brand<"InteractionSid">

/**
 * Interaction channel SID (`UO…`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const InteractionChannelSid = make("UO", "InteractionChannelSid", "Interaction channel")

/**
 * @since 0.1.0
 * @category models
 */
export type InteractionChannelSid = string & Brand.Brand<"InteractionChannelSid">

/**
 * Interaction channel participant SID (`UT…`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ParticipantSid = make("UT", "ParticipantSid", "Interaction channel participant")

/**
 * @since 0.1.0
 * @category models
 */
export type ParticipantSid = string & Brand.Brand<"ParticipantSid">
