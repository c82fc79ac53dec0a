/**
 * A channel's transfers (`/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers`): the
 * calls of `FlexClient`'s `transfers`, as functions of the {@link FlexTransport.FlexTransport} in
 * context. Their bodies are JSON (see {@link Transfer.CreateParams}).
 *
 * @example
 * ```ts
 * import { Transfers } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const statusOf = (transferSid: string) =>
 *   Transfers.fetch("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", transferSid).pipe(Effect.map((transfer) => transfer.status))
 * ```
 *
 * @since 0.2.0
 */
import type * as Effect from "effect/Effect"
import type { FlexError } from "./FlexError.js"
import type * as FlexTransport from "./FlexTransport.js"
import * as Endpoints from "./internal/endpoints.js"
import * as Operation from "./internal/operation.js"
import type * as Transfer from "./Transfer.js"

/**
 * `CreateInteractionTransfer` (201). Never retried after a transport failure.
 *
 * @example
 * ```ts
 * import { Sid, Transfers } from "@effect-flex/core"
 *
 * const transfer = Transfers.create("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", {
 *   from: Sid.ParticipantSid.make("UT0123456789abcdef0123456789abcdef"),
 *   to: "WQ0123456789abcdef0123456789abcdef",
 *   type: "cold"
 * })
 * ```
 *
 * @since 0.2.0
 * @category operations
 */
export const create = (
  interactionSid: string,
  channelSid: string,
  params: Transfer.CreateParams
): Effect.Effect<Transfer.Transfer, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextCall(Endpoints.createTransfer, [interactionSid, channelSid], params)

/**
 * `GET …/Transfers/{Sid}` (`FetchInteractionTransfer`).
 *
 * @example
 * ```ts
 * import { Transfers } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const status = Transfers.fetch("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", "UX0123456789abcdef0123456789abcdef").pipe(Effect.map((transfer) => transfer.status))
 * ```
 *
 * @since 0.2.0
 * @category operations
 */
export const fetch = (
  interactionSid: string,
  channelSid: string,
  transferSid: string
): Effect.Effect<Transfer.Transfer, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextCall(Endpoints.fetchTransfer, [interactionSid, channelSid, transferSid])

/**
 * `POST …/Transfers/{Sid}` (`UpdateInteractionTransfer`). Never retried after a transport failure.
 *
 * @example
 * ```ts
 * import { Transfers } from "@effect-flex/core"
 *
 * const completed = Transfers.update("KD0123456789abcdef0123456789abcdef", "UO0123456789abcdef0123456789abcdef", "UX0123456789abcdef0123456789abcdef", { status: "completed" })
 * ```
 *
 * @since 0.2.0
 * @category operations
 */
export const update = (
  interactionSid: string,
  channelSid: string,
  transferSid: string,
  params: Transfer.UpdateParams
): Effect.Effect<Transfer.Transfer, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextCall(Endpoints.updateTransfer, [interactionSid, channelSid, transferSid], params)
