/**
 * A Twilio-faithful Flex API (v1) for tests, examples and demos.
 *
 * The simulator is an `@effect/platform` `HttpApp` over an in-memory store of Flex chat channels,
 * interactions, interaction channels, participants, invites and transfers. It implements the
 * operations of this library the way Twilio does: HTTP Basic auth, Twilio error bodies and codes,
 * SID validation, required parameters, opaque key-set page tokens with absolute page URLs on its
 * own origin, creates, updates and deletes that change the store (creating an interaction creates
 * its channel; closing a channel wraps up its participants' tasks unless the routing closes
 * them), CORS headers and a `Twilio-Request-Id` on every response.
 *
 * It also injects faults on demand (rate limits, 5xx, latency, dropped connections, malformed
 * bodies, hostile pagination, unknown enum values and extra fields), can enforce Twilio's limits
 * (a concurrency limit and a per-endpoint rate, see {@link Limits}) and keeps a journal of the
 * requests it served, with credentials redacted.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Layer } from "effect"
 *
 * // FlexClient over an in-process simulator (no sockets), on the simulator's own origin
 * const TestLayer = FlexClient.layer({
 *   accountSid: FlexSimulator.defaultCredentials.accountSid,
 *   authToken: FlexSimulator.defaultCredentials.authToken,
 *   baseUrl: FlexSimulator.origin
 * }).pipe(Layer.provideMerge(FlexSimulator.layer({ seed: { interactions: 2, channelsPerInteraction: 3 } })))
 * ```
 *
 * @since 0.1.0
 */
import type * as ChatChannel from "@effect-flex/core/ChatChannel"
import * as FlexClient from "@effect-flex/core/FlexClient"
import type * as FlexConfig from "@effect-flex/core/FlexConfig"
import type { FlexInvalidInput } from "@effect-flex/core/FlexError"
import type * as Interaction from "@effect-flex/core/Interaction"
import type * as InteractionChannel from "@effect-flex/core/InteractionChannel"
import type * as Invite from "@effect-flex/core/Invite"
import type * as Participant from "@effect-flex/core/Participant"
import type {
  AccountSid,
  ApiKeySid,
  ChatChannelSid,
  InteractionChannelSid,
  InteractionSid,
  ParticipantSid
} from "@effect-flex/core/Sid"
import type * as Transfer from "@effect-flex/core/Transfer"
import type * as HttpApp from "@effect/platform/HttpApp"
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import type * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import type * as Brand from "effect/Brand"
import type * as Context from "effect/Context"
import * as Data from "effect/Data"
import type * as DateTime from "effect/DateTime"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import type * as Schema from "effect/Schema"
import * as internalClient from "./internal/client.js"
import * as internal from "./internal/simulator.js"
import * as internalTransport from "./internal/transport.js"

// -----------------------------------------------------------------------------
// wire records
// -----------------------------------------------------------------------------

/**
 * A record as Twilio sends it: the `Encoded` side of core's schema, so the simulator's records
 * follow the client's (and the spec's) fields instead of repeating them.
 */
type Wire<S extends Schema.Schema.Any> = Schema.Schema.Encoded<S>

/** The documented values of one of core's open enums (an undocumented value is a branded string). */
type Known<A> = A extends Brand.Brand<any> ? never : A

/**
 * A Flex chat channel as Twilio sends it (`GET /v1/Channels/{Sid}`).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect } from "effect"
 *
 * // the chat channels the simulator holds, as Twilio would send them
 * const sids = Effect.flatMap(FlexSimulator.FlexSimulator, (sim) => sim.listChatChannels).pipe(
 *   Effect.map((records: ReadonlyArray<FlexSimulator.ChatChannelRecord>) => records.map((record) => record.sid))
 * )
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface ChatChannelRecord
  extends Omit<Wire<typeof ChatChannel.ChatChannel>, "account_sid" | "url" | "date_created" | "date_updated">
{
  // The fields the simulator always sets (nullable in the spec).
  readonly account_sid: string
  readonly url: string
  readonly date_created: string
  readonly date_updated: string
}

/**
 * An Interaction (the parent of interaction channels), as `FetchInteraction` returns it
 * (`flex.v1.interaction`).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect } from "effect"
 *
 * const interaction: Effect.Effect<FlexSimulator.InteractionRecord, never, FlexSimulator.FlexSimulator> = Effect
 *   .flatMap(FlexSimulator.FlexSimulator, (sim) => sim.insertInteraction())
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface InteractionRecord extends Omit<Wire<typeof Interaction.Interaction>, "url" | "links"> {
  readonly url: string
  readonly links: { readonly channels: string }
}

/**
 * The `type` of an interaction channel, as documented by Twilio.
 *
 * @example
 * ```ts
 * import type { FlexSimulator } from "@effect-flex/simulator"
 *
 * const type: FlexSimulator.InteractionChannelType = "whatsapp"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type InteractionChannelType = Known<InteractionChannel.Type>

/**
 * The `status` of an interaction channel, as documented by Twilio.
 *
 * @example
 * ```ts
 * import type { FlexSimulator } from "@effect-flex/simulator"
 *
 * const status: FlexSimulator.InteractionChannelStatus = "active"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type InteractionChannelStatus = Known<InteractionChannel.Status>

/**
 * An interaction channel as Twilio sends it.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect, Option } from "effect"
 *
 * // what the store says after an update, without going through the API
 * const statusOf = (interactionSid: string, channelSid: string) =>
 *   Effect.flatMap(FlexSimulator.FlexSimulator, (sim) => sim.getInteractionChannel(interactionSid, channelSid)).pipe(
 *     Effect.map(Option.map((record: FlexSimulator.InteractionChannelRecord) => record.status))
 *   )
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface InteractionChannelRecord extends
  Omit<
    Wire<typeof InteractionChannel.InteractionChannel>,
    "interaction_sid" | "type" | "status" | "url" | "links"
  >
{
  readonly interaction_sid: string
  readonly type: InteractionChannelType
  readonly status: InteractionChannelStatus
  readonly url: string
  readonly links: {
    readonly participants: string
    readonly invites: string
    readonly transfers: string
  }
}

/**
 * The `type` of an interaction channel participant, as documented by Twilio.
 *
 * @example
 * ```ts
 * import type { FlexSimulator } from "@effect-flex/simulator"
 *
 * const type: FlexSimulator.ParticipantType = "agent"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type ParticipantType = Known<Participant.Type>

/**
 * An interaction channel participant as Twilio sends it.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect } from "effect"
 *
 * const agents = (interactionSid: string, channelSid: string) =>
 *   Effect.flatMap(FlexSimulator.FlexSimulator, (sim) => sim.listParticipants(interactionSid, channelSid)).pipe(
 *     Effect.map((records: ReadonlyArray<FlexSimulator.ParticipantRecord>) => records.filter((p) => p.type === "agent"))
 *   )
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface ParticipantRecord extends
  Omit<
    Wire<typeof Participant.Participant>,
    "type" | "interaction_sid" | "channel_sid" | "url" | "routing_properties"
  >
{
  readonly type: ParticipantType
  readonly interaction_sid: string
  readonly channel_sid: string
  readonly url: string
  readonly routing_properties: { readonly [key: string]: unknown } | null
}

/**
 * The `status` an update may give an interaction channel participant, as documented by Twilio.
 *
 * @example
 * ```ts
 * import type { FlexSimulator } from "@effect-flex/simulator"
 *
 * const status: FlexSimulator.ParticipantStatus = "wrapup"
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type ParticipantStatus = Participant.UpdateStatus

/**
 * A participant as the simulator holds it: its wire record, and the status the last
 * `UpdateInteractionChannelParticipant` set (`null` until one does). Twilio's participant record
 * has no `status` field, so the status is never sent on the wire; tests read it here.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect, Option } from "effect"
 *
 * // the status the last update set (Twilio's participant record has no status field)
 * const statusOf = (interactionSid: string, channelSid: string, participantSid: string) =>
 *   Effect.flatMap(FlexSimulator.FlexSimulator, (sim) => sim.getParticipant(interactionSid, channelSid, participantSid))
 *     .pipe(Effect.map(Option.flatMapNullable((state: FlexSimulator.ParticipantState) => state.status)))
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export interface ParticipantState {
  readonly record: ParticipantRecord
  readonly status: ParticipantStatus | null
}

/**
 * An interaction channel invite as Twilio sends it (`flex.v1.interaction.interaction_channel.interaction_channel_invite`).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect } from "effect"
 *
 * const invited = (interactionSid: string, channelSid: string) =>
 *   Effect.flatMap(FlexSimulator.FlexSimulator, (sim) => sim.listInvites(interactionSid, channelSid)).pipe(
 *     Effect.map((records: ReadonlyArray<FlexSimulator.InviteRecord>) => records.length)
 *   )
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export interface InviteRecord
  extends Omit<Wire<typeof Invite.Invite>, "interaction_sid" | "channel_sid" | "routing" | "url">
{
  readonly interaction_sid: string
  readonly channel_sid: string
  readonly routing: { readonly [key: string]: unknown }
  readonly url: string
}

/**
 * The `type` of a transfer, as documented by Twilio.
 *
 * @example
 * ```ts
 * import type { FlexSimulator } from "@effect-flex/simulator"
 *
 * const type: FlexSimulator.TransferType = "warm"
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type TransferType = Known<Transfer.Type>

/**
 * The `status` of a transfer, as documented by Twilio.
 *
 * @example
 * ```ts
 * import type { FlexSimulator } from "@effect-flex/simulator"
 *
 * const status: FlexSimulator.TransferStatus = "completed"
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type TransferStatus = Known<Transfer.Status>

/**
 * An interaction transfer as Twilio sends it (`flex.v1.interaction.interaction_channel.interaction_transfer`).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect, Option } from "effect"
 *
 * const statusOf = (interactionSid: string, channelSid: string, transferSid: string) =>
 *   Effect.flatMap(FlexSimulator.FlexSimulator, (sim) => sim.getTransfer(interactionSid, channelSid, transferSid)).pipe(
 *     Effect.map(Option.map((record: FlexSimulator.TransferRecord) => record.status))
 *   )
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export interface TransferRecord extends
  Omit<
    Wire<typeof Transfer.Transfer>,
    "account_sid" | "interaction_sid" | "channel_sid" | "type" | "status" | "url" | "date_created" | "date_updated"
  >
{
  readonly account_sid: string
  readonly interaction_sid: string
  readonly channel_sid: string
  readonly type: TransferType
  readonly status: TransferStatus
  readonly url: string
  readonly date_created: string
  readonly date_updated: string
}

/**
 * Fixture input of an invite. The channel must exist; the routing defaults to a pending task's.
 *
 * @example
 * ```ts
 * import type { FlexSimulator } from "@effect-flex/simulator"
 *
 * const invite: FlexSimulator.InviteInput = {
 *   interaction_sid: "KD0123456789abcdef0123456789abcdef",
 *   channel_sid: "UO0123456789abcdef0123456789abcdef",
 *   routing: { properties: { queue_name: "Support" } }
 * }
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export interface InviteInput {
  readonly interaction_sid: string
  readonly channel_sid: string
  readonly sid?: string | undefined
  readonly routing?: { readonly [key: string]: unknown } | undefined
}

/**
 * Fixture input of a transfer. The channel must exist; the rest gets defaults (a cold, active
 * transfer, fresh SIDs, the current time).
 *
 * @example
 * ```ts
 * import type { FlexSimulator } from "@effect-flex/simulator"
 *
 * const transfer: FlexSimulator.TransferInput = {
 *   interaction_sid: "KD0123456789abcdef0123456789abcdef",
 *   channel_sid: "UO0123456789abcdef0123456789abcdef",
 *   type: "warm",
 *   status: "completed"
 * }
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export interface TransferInput {
  readonly interaction_sid: string
  readonly channel_sid: string
  readonly sid?: string | undefined
  readonly type?: TransferType | undefined
  readonly status?: TransferStatus | undefined
  readonly from?: string | null | undefined
  readonly to?: string | null | undefined
}

/**
 * Fixture input of a chat channel: every field is optional and gets a sensible default (a fresh
 * SID, the simulator's account, the current time, URLs on `https://flex-api.twilio.com`).
 *
 * @example
 * ```ts
 * import type { FlexSimulator } from "@effect-flex/simulator"
 *
 * const unassigned: FlexSimulator.ChatChannelInput = { user_sid: null, task_sid: null }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type ChatChannelInput = { readonly [K in keyof ChatChannelRecord]?: ChatChannelRecord[K] | undefined }

/**
 * Fixture input of an interaction.
 *
 * @example
 * ```ts
 * import type { FlexSimulator } from "@effect-flex/simulator"
 *
 * const interaction: FlexSimulator.InteractionInput = { sid: "KD00000000000000000000000000000001" }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface InteractionInput {
  readonly sid?: string | undefined
  readonly channel?: { readonly [key: string]: unknown } | null | undefined
  readonly routing?: { readonly [key: string]: unknown } | null | undefined
  readonly interaction_context_sid?: string | null | undefined
  readonly webhook_ttid?: string | null | undefined
}

/**
 * Fixture input of an interaction channel. Without `interaction_sid` a new interaction is created;
 * an unknown `interaction_sid` is created on the fly.
 *
 * @example
 * ```ts
 * import type { FlexSimulator } from "@effect-flex/simulator"
 *
 * const failed: FlexSimulator.InteractionChannelInput = { type: "sms", status: "failed", error_code: 30008 }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface InteractionChannelInput {
  readonly sid?: string | undefined
  readonly interaction_sid?: string | undefined
  readonly type?: InteractionChannelType | undefined
  readonly status?: InteractionChannelStatus | undefined
  readonly error_code?: number | null | undefined
  readonly error_message?: string | null | undefined
}

/**
 * Fixture input of a participant. The channel must exist (inserting a participant of an unknown
 * channel is a defect of the test fixture).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect } from "effect"
 *
 * const addCustomer = (interactionSid: string, channelSid: string) =>
 *   Effect.flatMap(FlexSimulator.FlexSimulator, (sim) => {
 *     const input: FlexSimulator.ParticipantInput = {
 *       interaction_sid: interactionSid,
 *       channel_sid: channelSid,
 *       type: "customer"
 *     }
 *     return sim.insertParticipant(input)
 *   })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface ParticipantInput {
  readonly interaction_sid: string
  readonly channel_sid: string
  readonly sid?: string | undefined
  readonly type?: ParticipantType | undefined
  readonly routing_properties?: { readonly [key: string]: unknown } | null | undefined
}

// -----------------------------------------------------------------------------
// seeding
// -----------------------------------------------------------------------------

/**
 * Options of the deterministic generator. The same options (and the same `seed`) always produce
 * the same records and SIDs.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * const seed: FlexSimulator.SeedOptions = { interactions: 2, channelsPerInteraction: 3, participantsPerChannel: 2, seed: 42 }
 * const TestFlex = FlexSimulator.layerClient({ seed })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface SeedOptions {
  readonly interactions?: number | undefined
  readonly channelsPerInteraction?: number | undefined
  readonly participantsPerChannel?: number | undefined
  readonly chatChannels?: number | undefined
  /** Seed of the pseudo-random generator (default `1`). */
  readonly seed?: number | undefined
}

/**
 * The SIDs created by {@link FlexSimulator.seed}, in creation (and list) order.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect } from "effect"
 *
 * const firstChannel = Effect.gen(function*() {
 *   const sim = yield* FlexSimulator.FlexSimulator
 *   const seeded: FlexSimulator.SeedResult = yield* sim.seed({ interactions: 1, channelsPerInteraction: 2 })
 *   return seeded.interactions[0]?.channels[0]?.sid
 * })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface SeedResult {
  readonly chatChannels: ReadonlyArray<ChatChannelSid>
  readonly interactions: ReadonlyArray<{
    readonly sid: InteractionSid
    readonly channels: ReadonlyArray<{
      readonly sid: InteractionChannelSid
      readonly participants: ReadonlyArray<ParticipantSid>
    }>
  }>
}

// -----------------------------------------------------------------------------
// faults
// -----------------------------------------------------------------------------

/**
 * The Twilio `operationId`s of the simulated operations.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * const route: FlexSimulator.OperationId = "UpdateInteractionChannel"
 * const fault = FlexSimulator.dropConnection({ route })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type OperationId =
  | "ListChannel"
  | "FetchChannel"
  | "CreateChannel"
  | "DeleteChannel"
  | "CreateInteraction"
  | "FetchInteraction"
  | "UpdateInteraction"
  | "ListInteractionChannel"
  | "FetchInteractionChannel"
  | "UpdateInteractionChannel"
  | "ListInteractionChannelParticipant"
  | "CreateInteractionChannelParticipant"
  | "UpdateInteractionChannelParticipant"
  | "ListInteractionChannelInvite"
  | "CreateInteractionChannelInvite"
  | "CreateInteractionTransfer"
  | "FetchInteractionTransfer"
  | "UpdateInteractionTransfer"

/**
 * Which requests a fault applies to.
 *
 * - `route`: the operation it matches (default: any operation).
 * - `after`: the number of matching requests to let through first (default `0`).
 * - `times`: how many requests it applies to (default `1`).
 *
 * Faults only apply to authenticated requests that reach one of the operations.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * // the third and fourth ListInteractionChannel requests
 * const selector: FlexSimulator.FaultSelector = { route: "ListInteractionChannel", after: 2, times: 2 }
 * const fault = FlexSimulator.status(500, selector)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface FaultSelector {
  readonly route?: OperationId | undefined
  readonly after?: number | undefined
  readonly times?: number | undefined
}

/**
 * A fault to inject. Faults are data: the simulator keeps them in a list, in order. For each
 * request, the first fault of the list that matches the route, has let its `after` requests
 * through and still has `times` left is applied (one fault per request); exhausted faults stay
 * in the list but no longer match.
 *
 * - `Status`: an error response (e.g. 429, 500, 502, 503) with a Twilio error body; `retryAfter`
 *   is the raw `Retry-After` header value (seconds, an HTTP date, or anything else to test).
 * - `Latency`: the response is delayed by `duration` (`Effect.sleep`, so `TestClock` drives it).
 * - `DropConnection`: the connection is lost before a response.
 * - `DropMidBody`: the status and headers are sent, then the connection is lost mid-body.
 * - `TruncatedJson`: a complete response whose JSON body is cut (`bytes` kept, default half).
 * - `HtmlError`: an HTML error page (default 502) with `Content-Type: text/html`.
 * - `ForeignNextPageUrl`: `meta.next_page_url` on another origin (default `https://evil.example.com`).
 * - `StuckNextPageUrl`: `meta.next_page_url` equal to the current page's URL.
 * - `UnknownEnumValues`: enum fields (`status`, `type`) carry values Twilio might add one day.
 * - `ExtraFields`: unknown fields in the envelope, `meta` and every record.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * const faults: ReadonlyArray<FlexSimulator.Fault> = [FlexSimulator.rateLimited(), FlexSimulator.extraFields()]
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Fault = Data.TaggedEnum<{
  Status: FaultSelector & {
    readonly status: number
    readonly retryAfter?: string | undefined
    readonly code?: number | undefined
    readonly message?: string | undefined
  }
  Latency: FaultSelector & { readonly duration: Duration.DurationInput }
  DropConnection: FaultSelector
  DropMidBody: FaultSelector & { readonly bytes?: number | undefined }
  TruncatedJson: FaultSelector & { readonly bytes?: number | undefined }
  HtmlError: FaultSelector & { readonly status?: number | undefined }
  ForeignNextPageUrl: FaultSelector & { readonly origin?: string | undefined }
  StuckNextPageUrl: FaultSelector
  UnknownEnumValues: FaultSelector & { readonly value?: string | undefined }
  ExtraFields: FaultSelector
}>

/**
 * Constructors and matchers of {@link Fault} (`Fault.Status({ status: 503 })`, `Fault.$match`).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * const fault = FlexSimulator.Fault.Status({ status: 502, route: "FetchChannel" })
 * console.log(FlexSimulator.Fault.$is("Status")(fault)) // true
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const Fault = Data.taggedEnum<Fault>()

/**
 * A Twilio error response (`429` gets code 20429, `503` 20503, others `20000 + status`).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * // the second ListChannel request gets a 503 (code 20503)
 * const TestFlex = FlexSimulator.layerClient({
 *   seed: { chatChannels: 120 },
 *   faults: [FlexSimulator.status(503, { route: "ListChannel", after: 1 })]
 * })
 * ```
 *
 * @since 0.1.0
 * @category faults
 */
export const status = (
  status: number,
  options?: FaultSelector & {
    readonly retryAfter?: string | undefined
    readonly code?: number | undefined
    readonly message?: string | undefined
  }
): Fault => Fault.Status({ ...options, status })

/**
 * A `429 Too Many Requests` (code 20429), with a raw `Retry-After` header value when given.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect } from "effect"
 *
 * // the next two requests get a 429 with `Retry-After: 1`
 * const throttle = Effect.flatMap(
 *   FlexSimulator.FlexSimulator,
 *   (sim) => sim.injectFaults([FlexSimulator.rateLimited({ retryAfter: "1", times: 2 })])
 * )
 * ```
 *
 * @since 0.1.0
 * @category faults
 */
export const rateLimited = (
  options?: FaultSelector & { readonly retryAfter?: string | undefined }
): Fault => Fault.Status({ ...options, status: 429 })

/**
 * Delays the response.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * // every FetchChannel answer takes 5 seconds (drive it with TestClock.adjust in tests)
 * const Slow = FlexSimulator.layerClient({
 *   faults: [FlexSimulator.latency("5 seconds", { route: "FetchChannel", times: Infinity })]
 * })
 * ```
 *
 * @since 0.1.0
 * @category faults
 */
export const latency = (duration: Duration.DurationInput, options?: FaultSelector): Fault =>
  Fault.Latency({ ...options, duration })

/**
 * Loses the connection before any response.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * // the first update is lost before any response (it is never retried)
 * const fault = FlexSimulator.dropConnection({ route: "UpdateInteractionChannel" })
 * ```
 *
 * @since 0.1.0
 * @category faults
 */
export const dropConnection = (options?: FaultSelector): Fault => Fault.DropConnection({ ...options })

/**
 * Sends status and headers, then loses the connection in the middle of the body.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * // headers and the first 100 bytes of the page, then the connection is lost
 * const fault = FlexSimulator.dropMidBody({ route: "ListChannel", bytes: 100 })
 * ```
 *
 * @since 0.1.0
 * @category faults
 */
export const dropMidBody = (options?: FaultSelector & { readonly bytes?: number | undefined }): Fault =>
  Fault.DropMidBody({ ...options })

/**
 * A complete response with a cut JSON body.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * const fault = FlexSimulator.truncatedJson({ route: "ListInteractionChannelParticipant" })
 * ```
 *
 * @since 0.1.0
 * @category faults
 */
export const truncatedJson = (options?: FaultSelector & { readonly bytes?: number | undefined }): Fault =>
  Fault.TruncatedJson({ ...options })

/**
 * An HTML error page (default status 502).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * // a proxy's HTML error page instead of Twilio's JSON
 * const fault = FlexSimulator.htmlError({ status: 504 })
 * ```
 *
 * @since 0.1.0
 * @category faults
 */
export const htmlError = (options?: FaultSelector & { readonly status?: number | undefined }): Fault =>
  Fault.HtmlError({ ...options })

/**
 * A `meta.next_page_url` on a foreign origin (list operations).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * // the client must refuse to send credentials to another origin
 * const fault = FlexSimulator.foreignNextPageUrl({ route: "ListChannel", origin: "https://attacker.example" })
 * ```
 *
 * @since 0.1.0
 * @category faults
 */
export const foreignNextPageUrl = (options?: FaultSelector & { readonly origin?: string | undefined }): Fault =>
  Fault.ForeignNextPageUrl({ ...options })

/**
 * A `meta.next_page_url` that does not advance (list operations).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * const fault = FlexSimulator.stuckNextPageUrl({ route: "ListInteractionChannel" })
 * ```
 *
 * @since 0.1.0
 * @category faults
 */
export const stuckNextPageUrl = (options?: FaultSelector): Fault => Fault.StuckNextPageUrl({ ...options })

/**
 * Enum values Twilio does not document (yet).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * // channels come back with `status: "archived"`, which decoding must keep
 * const fault = FlexSimulator.unknownEnumValues({ route: "ListInteractionChannel", value: "archived" })
 * ```
 *
 * @since 0.1.0
 * @category faults
 */
export const unknownEnumValues = (options?: FaultSelector & { readonly value?: string | undefined }): Fault =>
  Fault.UnknownEnumValues({ ...options })

/**
 * Unknown fields in the envelope, `meta` and records.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * const fault = FlexSimulator.extraFields({ times: Infinity })
 * ```
 *
 * @since 0.1.0
 * @category faults
 */
export const extraFields = (options?: FaultSelector): Fault => Fault.ExtraFields({ ...options })

// -----------------------------------------------------------------------------
// limits
// -----------------------------------------------------------------------------

/**
 * A per-endpoint rate, as Twilio enforces on the Flex Interactions API (about 20 requests per
 * second per endpoint per account): a token bucket per operation, refilled continuously with
 * `perSecond` tokens per second up to `burst`. A request that finds no token in its operation's
 * bucket is refused with `429`, code 45780 and `Retry-After`, and is not processed.
 *
 * - `perSecond`: the refill rate (tokens per second, `>= 0`).
 * - `burst`: the bucket's capacity, i.e. how many requests may arrive at once (default
 *   `perSecond`). Buckets start full.
 * - `routes`: the operations it applies to, each with its own bucket (default: all of them).
 *
 * Time is Effect's `Clock`: under `TestClock`, `TestClock.adjust` refills the buckets.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect } from "effect"
 *
 * const rate: FlexSimulator.RateLimit = { perSecond: 20, burst: 5, routes: ["UpdateInteractionChannel"] }
 * const enforce = Effect.flatMap(FlexSimulator.FlexSimulator, (sim) => sim.setLimits({ rate }))
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export interface RateLimit {
  readonly perSecond: number
  readonly burst?: number | undefined
  readonly routes?: ReadonlyArray<OperationId> | undefined
}

/**
 * Twilio's limits, enforced on authenticated requests before routing and faults (preflights and
 * requests with bad credentials are never limited nor counted). A refused request gets a `429`
 * with a Twilio error body and a `Retry-After` header; it is not processed (no fault is taken,
 * the store is untouched) and it appears in the journal with the `limit` that refused it.
 *
 * - `concurrency`: the maximum number of requests handled at once (an integer `>= 0`). A request
 *   counts from its admission until its handler ends: while its body is read, while a `latency`
 *   fault holds it, while its response is built (not while a server writes it to a socket); and
 *   never longer, however it ends (response, dropped connection, interruption). The request that
 *   would exceed it gets code 20429. When set, every response carries `Twilio-Concurrent-Requests`:
 *   the requests in flight when it arrived, itself included. It is checked first: a request it
 *   refuses takes no rate token.
 * - `rate`: a token bucket per operation (see {@link RateLimit}), code 45780.
 * - `retryAfter`: the raw `Retry-After` value of the refusals (default `"1"`).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * const limits: FlexSimulator.Limits = { concurrency: 4, rate: { perSecond: 20 }, retryAfter: "2" }
 * const TestFlex = FlexSimulator.layerClient({ limits })
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export interface Limits {
  readonly concurrency?: number | undefined
  readonly rate?: RateLimit | undefined
  readonly retryAfter?: string | undefined
}

// -----------------------------------------------------------------------------
// journal
// -----------------------------------------------------------------------------

/**
 * One request served by the simulator. Credentials are never stored: the `authorization` header
 * is kept as `Basic [REDACTED]` (scheme only), cookies likewise.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect } from "effect"
 *
 * const refused = Effect.flatMap(FlexSimulator.FlexSimulator, (sim) => sim.journal).pipe(
 *   Effect.map((entries: ReadonlyArray<FlexSimulator.JournalEntry>) => entries.filter((entry) => entry.status === 429))
 * )
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface JournalEntry {
  readonly requestId: string
  readonly method: string
  /** Path and query, as requested. */
  readonly url: string
  /** The operation the request reached, or `null` (unknown path, malformed SID, preflight). */
  readonly route: OperationId | null
  /** Lower-cased request headers, credentials redacted. */
  readonly headers: { readonly [name: string]: string }
  /** Form fields of a POST body, or `null` (no body, or a JSON one). */
  readonly body: { readonly [name: string]: string } | null
  /**
   * The parsed body of a request sent as JSON (the transfers), or `undefined` (none, a form, or
   * a body that is not JSON).
   *
   * @since 0.2.0
   */
  readonly json: unknown
  /** The response status; `null` when the connection was dropped, or the client gave up, before a response. */
  readonly status: number | null
  /** The fault applied to this request, if any. */
  readonly fault: Fault["_tag"] | null
  /**
   * The limit that refused this request (status `429`), or `null` when it was admitted (or not
   * subject to limits: a preflight, bad credentials).
   *
   * @since 0.2.0
   */
  readonly limit: "concurrency" | "rate" | null
  /**
   * The number of requests in flight when this one arrived, itself included (whether or not a
   * limit is configured). Preflights and requests with bad credentials see the others but are
   * not counted by them.
   *
   * @since 0.2.0
   */
  readonly inFlight: number
  readonly timestamp: DateTime.Utc
}

// -----------------------------------------------------------------------------
// service
// -----------------------------------------------------------------------------

/**
 * The credentials the simulator accepts: `accountSid:authToken`, or `apiKey:apiSecret` (the API
 * key belongs to the account).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Redacted } from "effect"
 *
 * const credentials: Partial<FlexSimulator.Credentials> = { authToken: Redacted.make("another-test-token") }
 * const Simulator = FlexSimulator.layer({ credentials })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Credentials {
  readonly accountSid: AccountSid
  readonly authToken: Redacted.Redacted<string>
  readonly apiKey: ApiKeySid
  readonly apiSecret: Redacted.Redacted<string>
}

/**
 * Fixed, documented and obviously fake test credentials (the default of every simulator):
 * account `AC00000000000000000000000000000000`, auth token `simulator-auth-token`,
 * API key `SK00000000000000000000000000000000`, API secret `simulator-api-secret`.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Layer } from "effect"
 *
 * const TestLayer = FlexClient.layer({
 *   accountSid: FlexSimulator.defaultCredentials.accountSid,
 *   authToken: FlexSimulator.defaultCredentials.authToken,
 *   baseUrl: FlexSimulator.origin
 * }).pipe(Layer.provide(FlexSimulator.layer()))
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultCredentials: Credentials = internal.defaultCredentials

/**
 * Explicit fixtures, inserted in order (chat channels, interactions, interaction channels,
 * participants, invites, transfers) after the seed.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * const interaction_sid = "KD00000000000000000000000000000001"
 * const fixtures: FlexSimulator.Fixtures = {
 *   interactions: [{ sid: interaction_sid }],
 *   interactionChannels: [{ interaction_sid, type: "chat", status: "active" }, { interaction_sid, status: "closed" }]
 * }
 * const TestFlex = FlexSimulator.layerClient({ fixtures })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Fixtures {
  readonly chatChannels?: ReadonlyArray<ChatChannelInput> | undefined
  readonly interactions?: ReadonlyArray<InteractionInput> | undefined
  readonly interactionChannels?: ReadonlyArray<InteractionChannelInput> | undefined
  readonly participants?: ReadonlyArray<ParticipantInput> | undefined
  /** @since 0.2.0 */
  readonly invites?: ReadonlyArray<InviteInput> | undefined
  /** @since 0.2.0 */
  readonly transfers?: ReadonlyArray<TransferInput> | undefined
}

/**
 * Options of {@link make} and {@link layer}.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 *
 * const options: FlexSimulator.Options = {
 *   seed: { interactions: 1, channelsPerInteraction: 3 },
 *   faults: [FlexSimulator.rateLimited({ retryAfter: "1" })],
 *   limits: { concurrency: 10 }
 * }
 * const TestFlex = FlexSimulator.layerClient(options)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Overrides of {@link defaultCredentials}. */
  readonly credentials?: Partial<Credentials> | undefined
  /** Seeds the store with the deterministic generator. */
  readonly seed?: SeedOptions | undefined
  readonly fixtures?: Fixtures | undefined
  /** The initial fault schedule. */
  readonly faults?: ReadonlyArray<Fault> | undefined
  /**
   * Twilio's concurrency and per-endpoint rate limits (none by default). A limit that makes no
   * sense (a negative or fractional `concurrency`, a negative `perSecond`) is a defect.
   *
   * @since 0.2.0
   */
  readonly limits?: Limits | undefined
}

/**
 * The simulator: its HTTP app, and the handles to seed, inspect and break it.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect } from "effect"
 *
 * // a test helper taking the service
 * const activeChannels = (sim: FlexSimulator.FlexSimulator, interactionSid: string) =>
 *   Effect.map(sim.listInteractionChannels(interactionSid), (channels) => channels.filter((c) => c.status === "active"))
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface FlexSimulator {
  readonly credentials: Credentials
  /** The Twilio-faithful Flex API. Serve it (e.g. `NodeFlexSimulator`) or call it in-process. */
  readonly app: HttpApp.Default
  /** Adds generated records (deterministic for the same options) and returns their SIDs. */
  readonly seed: (options: SeedOptions) => Effect.Effect<SeedResult>
  readonly insertChatChannel: (input?: ChatChannelInput) => Effect.Effect<ChatChannelRecord>
  readonly insertInteraction: (input?: InteractionInput) => Effect.Effect<InteractionRecord>
  readonly insertInteractionChannel: (input?: InteractionChannelInput) => Effect.Effect<InteractionChannelRecord>
  readonly insertParticipant: (input: ParticipantInput) => Effect.Effect<ParticipantRecord>
  /** @since 0.2.0 */
  readonly insertInvite: (input: InviteInput) => Effect.Effect<InviteRecord>
  /** @since 0.2.0 */
  readonly insertTransfer: (input: TransferInput) => Effect.Effect<TransferRecord>
  readonly getChatChannel: (sid: string) => Effect.Effect<Option.Option<ChatChannelRecord>>
  readonly listChatChannels: Effect.Effect<ReadonlyArray<ChatChannelRecord>>
  readonly getInteraction: (sid: string) => Effect.Effect<Option.Option<InteractionRecord>>
  readonly listInteractions: Effect.Effect<ReadonlyArray<InteractionRecord>>
  readonly getInteractionChannel: (
    interactionSid: string,
    sid: string
  ) => Effect.Effect<Option.Option<InteractionChannelRecord>>
  readonly listInteractionChannels: (interactionSid: string) => Effect.Effect<ReadonlyArray<InteractionChannelRecord>>
  readonly listParticipants: (
    interactionSid: string,
    channelSid: string
  ) => Effect.Effect<ReadonlyArray<ParticipantRecord>>
  /**
   * A participant of a channel of an interaction, with the status the last update set (see
   * {@link ParticipantState}); `None` when no such participant exists there.
   *
   * @since 0.2.0
   */
  readonly getParticipant: (
    interactionSid: string,
    channelSid: string,
    sid: string
  ) => Effect.Effect<Option.Option<ParticipantState>>
  /**
   * The invites of a channel of an interaction, in creation order (none when no such channel).
   *
   * @since 0.2.0
   */
  readonly listInvites: (interactionSid: string, channelSid: string) => Effect.Effect<ReadonlyArray<InviteRecord>>
  /**
   * A transfer of a channel of an interaction; `None` when no such transfer exists there.
   *
   * @since 0.2.0
   */
  readonly getTransfer: (
    interactionSid: string,
    channelSid: string,
    sid: string
  ) => Effect.Effect<Option.Option<TransferRecord>>
  /** Appends faults to the schedule. */
  readonly injectFaults: (faults: ReadonlyArray<Fault>) => Effect.Effect<void>
  readonly clearFaults: Effect.Effect<void>
  /**
   * Replaces the limits (`undefined`: none) from the next request on, with full rate buckets.
   * Requests already in flight keep their slot and still count towards the new concurrency limit.
   *
   * @since 0.2.0
   */
  readonly setLimits: (limits: Limits | undefined) => Effect.Effect<void>
  readonly journal: Effect.Effect<ReadonlyArray<JournalEntry>>
  readonly clearJournal: Effect.Effect<void>
}

/**
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const sim = yield* FlexSimulator.FlexSimulator
 *   yield* sim.insertChatChannel()
 *   const channels = yield* sim.listChatChannels
 *   console.log(channels.length) // 1
 * })
 *
 * Effect.runPromise(Effect.provide(program, FlexSimulator.layer()))
 * ```
 *
 * @since 0.1.0
 * @category tags
 */
export const FlexSimulator: Context.Tag<FlexSimulator, FlexSimulator> = internal.tag

/**
 * Creates a simulator with its own store (nothing is shared between two simulators).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const sim = yield* FlexSimulator.make({ seed: { chatChannels: 2 } })
 *   const http = FlexSimulator.toHttpClient(sim.app)
 *   const response = yield* http.get(`${FlexSimulator.origin}/v1/Channels`)
 *   console.log(response.status) // 401: no credentials
 * })
 *
 * Effect.runPromise(program)
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: (options?: Options) => Effect.Effect<FlexSimulator> = internal.make

/**
 * An `HttpClient` that routes every request straight into an `HttpApp`, in the caller's fiber: no
 * sockets, the caller's `TestClock` drives latency, interrupting the caller interrupts the app.
 * Dropped connections fail with a `RequestError` (reason `"Transport"`); a body cut mid-way fails
 * when read, with a `ResponseError`.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { HttpClientRequest } from "@effect/platform"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const sim = yield* FlexSimulator.make({ seed: { chatChannels: 2 } })
 *   const { accountSid, authToken } = sim.credentials
 *   const response = yield* FlexSimulator.toHttpClient(sim.app).execute(
 *     HttpClientRequest.get(`${FlexSimulator.origin}/v1/Channels`).pipe(HttpClientRequest.basicAuth(accountSid, authToken))
 *   )
 *   const body = (yield* response.json) as { readonly flex_chat_channels: ReadonlyArray<unknown> }
 *   console.log(response.status, body.flex_chat_channels.length) // 200 2
 * })
 *
 * Effect.runPromise(program)
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const toHttpClient: (app: HttpApp.Default) => HttpClient.HttpClient = internalClient.make

/**
 * The origin the in-process simulator answers on: `http://flex-simulator.invalid`. The `.invalid`
 * top-level domain is reserved (RFC 2606) and never resolves, so it can never be a real host.
 * {@link layerClient} points its client there, so the URLs of its pages (`meta.url`,
 * `next_page_url`), records and errors name the simulator, never Twilio. With {@link layer},
 * give it as the client's `baseUrl`.
 *
 * The in-process `HttpClient` routes every request to the app, whatever its origin, and the app
 * answers on the origin it was called on: a client left on Twilio's default origin still works
 * in-process (nothing leaves the process), but its URLs read `https://flex-api.twilio.com`.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Layer } from "effect"
 *
 * const TestLayer = FlexClient.layer({
 *   accountSid: FlexSimulator.defaultCredentials.accountSid,
 *   authToken: FlexSimulator.defaultCredentials.authToken,
 *   baseUrl: FlexSimulator.origin // http://flex-simulator.invalid
 * }).pipe(Layer.provideMerge(FlexSimulator.layer({ seed: { chatChannels: 3 } })))
 * ```
 *
 * @since 0.2.0
 * @category constants
 */
export const origin: string = internalClient.origin

/**
 * Provides a fresh simulator and an `HttpClient` routed into it in-process. Put
 * `FlexClient.layer(...)` on top (with {@link defaultCredentials} and `baseUrl:`
 * {@link origin}) and the program under test talks to the simulator instead of Twilio.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Layer } from "effect"
 *
 * // the FlexClient under test, over an in-process simulator (the FlexSimulator service stays visible)
 * const TestLayer = FlexClient.layer({
 *   accountSid: FlexSimulator.defaultCredentials.accountSid,
 *   authToken: FlexSimulator.defaultCredentials.authToken,
 *   baseUrl: FlexSimulator.origin
 * }).pipe(Layer.provideMerge(FlexSimulator.layer({ seed: { interactions: 2, channelsPerInteraction: 3 } })))
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options?: Options): Layer.Layer<FlexSimulator | HttpClient.HttpClient> =>
  Layer.effectContext(internal.makeContext(options))

// -----------------------------------------------------------------------------
// transport
// -----------------------------------------------------------------------------

/**
 * How the app loses a connection. The default works for any server that turns a failing body
 * stream into an aborted response; `NodeFlexSimulator` and the in-process client provide their own
 * (destroying the socket, failing the request).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { HttpServerResponse } from "@effect/platform"
 * import { Effect } from "effect"
 *
 * // for a server that cannot lose a connection: answer a 502, or the partial body alone
 * const transport: FlexSimulator.Transport = {
 *   dropConnection: () => Effect.succeed(HttpServerResponse.empty({ status: 502 })),
 *   dropMidBody: (_request, { headers, partial, status }) =>
 *     Effect.succeed(HttpServerResponse.uint8Array(partial, { status, headers }))
 * }
 * ```
 *
 * @since 0.1.0
 * @category transport
 */
export interface Transport {
  /** Loses the connection before any response; the returned response is never delivered. */
  readonly dropConnection: (
    request: HttpServerRequest.HttpServerRequest
  ) => Effect.Effect<HttpServerResponse.HttpServerResponse>
  /** Sends `status`, `headers` and `partial` (a prefix of the body), then loses the connection. */
  readonly dropMidBody: (
    request: HttpServerRequest.HttpServerRequest,
    response: {
      readonly status: number
      readonly headers: { readonly [name: string]: string }
      readonly partial: Uint8Array
    }
  ) => Effect.Effect<HttpServerResponse.HttpServerResponse>
}

/**
 * The {@link Transport} the app uses (a `Context.Reference`: provide it to override the default).
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { HttpServerResponse } from "@effect/platform"
 * import { Effect } from "effect"
 *
 * const transport: FlexSimulator.Transport = {
 *   dropConnection: () => Effect.succeed(HttpServerResponse.empty({ status: 502 })),
 *   dropMidBody: (_request, { headers, partial, status }) =>
 *     Effect.succeed(HttpServerResponse.uint8Array(partial, { status, headers }))
 * }
 *
 * // the simulator's app, ready to serve with that transport
 * const app = Effect.map(
 *   FlexSimulator.make(),
 *   (sim) => Effect.provideService(sim.app, FlexSimulator.Transport, transport)
 * )
 * ```
 *
 * @since 0.1.0
 * @category transport
 */
export const Transport: Context.Reference<Transport, Transport> = internalTransport.Transport

/**
 * The one-line test setup: a `FlexClient` wired to an in-process simulator (authenticated with
 * the simulator's Account SID and Auth Token, on the simulator's own {@link origin} unless
 * `clientOptions.baseUrl` says otherwise), with the `FlexSimulator` service beside it to seed,
 * inject faults and read the journal.
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect } from "effect"
 *
 * const TestFlex = FlexSimulator.layerClient({ seed: { interactions: 1, channelsPerInteraction: 3 } })
 *
 * const program = Effect.gen(function*() {
 *   const flex = yield* FlexClient.FlexClient
 *   const sim = yield* FlexSimulator.FlexSimulator
 *   const [interaction] = yield* sim.listInteractions
 *   const channels = yield* flex.interactionChannels.list(interaction!.sid)
 *   console.log(channels.length) // 3
 * })
 *
 * Effect.runPromise(Effect.provide(program, TestFlex))
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerClient = (
  options?: Options,
  clientOptions?: Omit<FlexConfig.Options, "accountSid" | "authToken" | "apiKey" | "apiSecret">
): Layer.Layer<FlexClient.FlexClient | FlexSimulator | HttpClient.HttpClient, FlexInvalidInput> =>
  Layer.effect(
    FlexClient.FlexClient,
    Effect.flatMap(FlexSimulator, ({ credentials }) =>
      FlexClient.make({
        ...clientOptions,
        baseUrl: clientOptions?.baseUrl ?? origin,
        accountSid: credentials.accountSid,
        authToken: credentials.authToken
      }))
  ).pipe(Layer.provideMerge(layer(options)))
