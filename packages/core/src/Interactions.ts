/**
 * Interactions (`/v1/Interactions`): the calls of `FlexClient`'s `interactions`, as functions of the
 * {@link FlexTransport.FlexTransport} in context.
 *
 * @example
 * ```ts
 * import { Interactions } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const channelOf = (interactionSid: string) =>
 *   Interactions.fetch(interactionSid).pipe(Effect.map((interaction) => interaction.channel))
 * ```
 *
 * @since 0.2.0
 */
import type * as Effect from "effect/Effect"
import type { FlexError } from "./FlexError.js"
import type * as FlexTransport from "./FlexTransport.js"
import type * as Interaction from "./Interaction.js"
import * as Endpoints from "./internal/endpoints.js"
import * as Operation from "./internal/operation.js"

/**
 * `GET /v1/Interactions/{Sid}`: one Interaction, with its `channel` and `routing`.
 *
 * @example
 * ```ts
 * import { Interactions } from "@effect-flex/core"
 * import { Effect } from "effect"
 *
 * const channelOf = Interactions.fetch("KD0123456789abcdef0123456789abcdef").pipe(Effect.map((interaction) => interaction.channel))
 * ```
 *
 * @since 0.2.0
 * @category operations
 */
export const fetch = (
  interactionSid: string
): Effect.Effect<Interaction.Interaction, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextCall(Endpoints.fetchInteraction, [interactionSid])

/**
 * `POST /v1/Interactions` (`CreateInteraction`): a new Interaction, from its channel and routing
 * (see {@link Interaction.CreateParams}). Never retried after a transport failure.
 *
 * @example
 * ```ts
 * import { Interactions } from "@effect-flex/core"
 *
 * const interaction = Interactions.create({
 *   channel: { type: "sms", initiated_by: "customer", participants: [{ address: "+13115552368" }] },
 *   routing: { properties: { task_channel_unique_name: "sms" } }
 * })
 * ```
 *
 * @since 0.2.0
 * @category operations
 */
export const create = (
  params: Interaction.CreateParams
): Effect.Effect<Interaction.Interaction, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextCall(Endpoints.createInteraction, [], params)

/**
 * `POST /v1/Interactions/{Sid}` (`UpdateInteraction`): sets the Interaction's `webhookTtid`. Never
 * retried after a transport failure.
 *
 * @example
 * ```ts
 * import { Interactions } from "@effect-flex/core"
 *
 * const updated = Interactions.update("KD0123456789abcdef0123456789abcdef", { webhookTtid: "flex_interactionwebhook_03" })
 * ```
 *
 * @since 0.2.0
 * @category operations
 */
export const update = (
  interactionSid: string,
  params: Interaction.UpdateParams
): Effect.Effect<Interaction.Interaction, FlexError, FlexTransport.FlexTransport> =>
  Operation.contextCall(Endpoints.updateInteraction, [interactionSid], params)
