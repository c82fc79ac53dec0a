import * as InteractionChannel from "@effect-flex/core/InteractionChannel"
import * as Participant from "@effect-flex/core/Participant"
import * as Sid from "@effect-flex/core/Sid"
import * as Transfer from "@effect-flex/core/Transfer"
import type * as HttpApp from "@effect/platform/HttpApp"
import * as HttpMiddleware from "@effect/platform/HttpMiddleware"
import * as HttpRouter from "@effect/platform/HttpRouter"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import type * as Schema from "effect/Schema"
import type * as FlexSimulator from "../FlexSimulator.js"
import * as Faults from "./faults.js"
import * as Limits from "./limits.js"
import * as Pagination from "./pagination.js"
import { Prng } from "./random.js"
import * as Store from "./store.js"
import { Transport } from "./transport.js"
import * as Wire from "./wire.js"

/** @internal */
export interface Env {
  readonly credentials: FlexSimulator.Credentials
  readonly state: Ref.Ref<Store.State>
  readonly faults: Ref.Ref<ReadonlyArray<Faults.Scheduled>>
  readonly journal: Ref.Ref<Chunk.Chunk<FlexSimulator.JournalEntry>>
  readonly limits: Ref.Ref<Limits.State>
}

/** A response before encoding: status, JSON body (`undefined`: none, a 204), extra headers. */
interface Reply {
  readonly status: number
  readonly body: unknown
  readonly headers?: { readonly [name: string]: string } | undefined
}

const reply = (status: number, body: unknown, headers?: { readonly [name: string]: string }): Reply =>
  headers === undefined ? { status, body } : { status, body, headers }

const error = (body: Wire.TwilioErrorBody, headers?: { readonly [name: string]: string }): Reply =>
  reply(body.status, body, headers)

// -----------------------------------------------------------------------------
// auth, CORS, request ids
// -----------------------------------------------------------------------------

const decodeBase64 = (text: string): string | undefined => {
  try {
    const binary = atob(text)
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
  } catch {
    return undefined
  }
}

const authorized = (header: string | undefined, credentials: FlexSimulator.Credentials): boolean => {
  if (header === undefined) return false
  const found = /^Basic\s+(\S+)\s*$/i.exec(header.trim())
  if (found === null) return false
  const decoded = decodeBase64(found[1]!)
  if (decoded === undefined) return false
  const colon = decoded.indexOf(":")
  if (colon < 0) return false
  const user = decoded.slice(0, colon)
  const password = decoded.slice(colon + 1)
  return (user === credentials.accountSid && password === Redacted.value(credentials.authToken)) ||
    (user === credentials.apiKey && password === Redacted.value(credentials.apiSecret))
}

/**
 * CORS as Twilio answers it: any origin (reflected, with credentials), the headers a client sends
 * and reads. A preflight is answered here, before auth and limits (Twilio does not limit it).
 */
const cors = HttpMiddleware.cors({
  // A request without an Origin is not a CORS request: it gets no Access-Control-Allow-Origin.
  allowedOrigins: (origin) => typeof origin === "string",
  allowedMethods: ["GET", "POST", "DELETE", "OPTIONS"],
  allowedHeaders: [
    "Accept",
    "Authorization",
    "Content-Type",
    "If-Match",
    "If-Modified-Since",
    "If-None-Match",
    "If-Unmodified-Since",
    "User-Agent",
    "X-Twilio-Webhook-Enabled"
  ],
  exposedHeaders: ["ETag", "Twilio-Request-Id", "Twilio-Request-Duration", "Twilio-Concurrent-Requests", "Retry-After"],
  maxAge: 86400,
  credentials: true
})

/**
 * The simulator's own origin, as the client sees it: the absolute URL of a web request
 * (in-process), otherwise the `Host` header (a socket).
 */
const originOf = (request: HttpServerRequest.HttpServerRequest): string => {
  const original = request.originalUrl
  if (/^https?:\/\//i.test(original)) {
    try {
      return new URL(original).origin
    } catch {
      // fall through
    }
  }
  const host = request.headers.host ?? "localhost"
  const proto = request.headers["x-forwarded-proto"] === "https" ? "https" : "http"
  return `${proto}://${host}`
}

const redactedHeaders = new Set(["authorization", "proxy-authorization", "cookie"])

const redact = (headers: { readonly [name: string]: string }): { readonly [name: string]: string } => {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (redactedHeaders.has(name)) {
      const scheme = /^\s*(\w+)\s/.exec(value)
      out[name] = scheme ? `${scheme[1]} [REDACTED]` : "[REDACTED]"
    } else {
      out[name] = value
    }
  }
  return out
}

// -----------------------------------------------------------------------------
// the operations
// -----------------------------------------------------------------------------

type Query = Pagination.PageQuery

const parseQuery = (params: URLSearchParams): Query | Wire.TwilioErrorBody => {
  const rawSize = params.get("PageSize")
  let pageSize = Pagination.defaultPageSize
  if (rawSize !== null) {
    const size = /^\d{1,9}$/.test(rawSize) ? Number(rawSize) : NaN
    if (!(size >= 1 && size <= Pagination.maxPageSize)) {
      return Wire.invalidParameter(
        `Invalid PageSize: ${JSON.stringify(rawSize)}. PageSize must be an integer between 1 and 1000`
      )
    }
    pageSize = size
  }
  const rawPage = params.get("Page")
  let page = 0
  if (rawPage !== null) {
    if (!/^\d{1,9}$/.test(rawPage)) {
      return Wire.invalidParameter(`Invalid Page: ${JSON.stringify(rawPage)}. Page must be an integer >= 0`)
    }
    page = Number(rawPage)
  }
  const rawToken = params.get("PageToken")
  let cursor: Pagination.Cursor | undefined
  if (rawToken !== null) {
    cursor = Pagination.decodeToken(rawToken)
    if (cursor === undefined) {
      return Wire.invalidParameter(`Invalid PageToken: ${JSON.stringify(rawToken)}`)
    }
  }
  return { pageSize, page, cursor }
}

const isError = (u: Query | Wire.TwilioErrorBody): u is Wire.TwilioErrorBody => "code" in u

const pageUrl = (base: string, pageSize: number, page: number, cursor: Pagination.Cursor | undefined) =>
  `${base}?PageSize=${pageSize}&Page=${page}` +
  (cursor === undefined ? "" : `&PageToken=${Pagination.encodeToken(cursor)}`)

const listReply = <A>(
  key: string,
  base: string,
  entries: ReadonlyArray<Store.Entry<A>>,
  query: Query,
  render: (a: A) => unknown
): Reply => {
  const page = Pagination.slice(entries, query)
  return reply(200, {
    [key]: page.items.map((entry) => render(entry.record)),
    meta: {
      page: query.page,
      page_size: query.pageSize,
      first_page_url: pageUrl(base, query.pageSize, 0, undefined),
      previous_page_url: page.previous === undefined ?
        null :
        pageUrl(base, query.pageSize, Math.max(0, query.page - 1), page.previous),
      url: pageUrl(base, query.pageSize, query.page, query.cursor),
      next_page_url: page.next === undefined ? null : pageUrl(base, query.pageSize, query.page + 1, page.next),
      key
    }
  })
}

interface Context {
  readonly env: Env
  readonly origin: string
  readonly pathname: string
  readonly search: URLSearchParams
  readonly form: { readonly [name: string]: string } | null
  /** The parsed body of a JSON request; {@link unparsable} when it is not JSON; `undefined` for none. */
  readonly json: unknown
}

/** The body of a request sent as JSON that does not parse. */
const unparsable: unique symbol = Symbol("unparsable")

/**
 * A handler's atomic step: it validates and writes on a draft of the store, which is committed
 * only when the reply is a success (a refused request changes nothing).
 */
const transact = (ctx: Context, f: (draft: Store.Draft) => Reply): Effect.Effect<Reply> =>
  Effect.flatMap(Clock.currentTimeMillis, (now) =>
    Ref.modify(ctx.env.state, (state): readonly [Reply, Store.State] => {
      const draft = new Store.Draft(state, now, ctx.env.credentials.accountSid)
      const result = f(draft)
      return [result, result.status < 400 ? draft.freeze() : state]
    }))

type Form = { readonly [name: string]: string }
type JsonObject = { readonly [key: string]: unknown }

const isJsonObject = (u: unknown): u is JsonObject => typeof u === "object" && u !== null && !Array.isArray(u)

/** A form parameter that must hold a JSON object: the object, `undefined` when absent, or Twilio's 400. */
const jsonParameter = (
  form: Form | null,
  name: string,
  required: boolean
): JsonObject | undefined | Wire.TwilioErrorBody => {
  const raw = form?.[name]
  if (raw === undefined || raw === "") return required ? Wire.missingParameter(name) : undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    parsed = undefined
  }
  return isJsonObject(parsed) ? parsed : Wire.invalidParameter(`Invalid ${name}: ${name} must be a JSON object`)
}

/** An optional form parameter holding a SID of `prefix`: the SID, `undefined`, or Twilio's 400. */
const sidParameter = (
  form: Form | null,
  name: string,
  prefix: Sid.Prefix
): string | undefined | Wire.TwilioErrorBody => {
  const raw = form?.[name]
  if (raw === undefined) return undefined
  return sidPattern(prefix).test(raw)
    ? raw
    : Wire.invalidParameter(`Invalid ${name}: ${JSON.stringify(raw)} is not a valid ${prefix} SID`)
}

const isErrorBody = (u: unknown): u is Wire.TwilioErrorBody =>
  isJsonObject(u) && typeof u.code === "number" && typeof u.more_info === "string"

const withQuery = (ctx: Context, f: (query: Query) => Effect.Effect<Reply>): Effect.Effect<Reply> => {
  const query = parseQuery(ctx.search)
  return isError(query) ? Effect.succeed(error(query)) : f(query)
}

const listChannel = (ctx: Context) =>
  withQuery(ctx, (query) =>
    Effect.map(Ref.get(ctx.env.state), (state) =>
      listReply(
        "flex_chat_channels",
        ctx.origin + "/v1/Channels",
        state.chatChannels,
        query,
        (record) => Wire.renderChatChannel(record, ctx.origin)
      )))

/** A record found in the store and rendered, or Twilio's 404. */
const fetchReply = <R>(
  ctx: Context,
  find: (state: Store.State) => R | undefined,
  render: (record: R, origin: string) => unknown
) =>
  Effect.map(Ref.get(ctx.env.state), (state) => {
    const record = find(state)
    return record === undefined ? error(Wire.notFound(ctx.pathname)) : reply(200, render(record, ctx.origin))
  })

const fetchChannel = (ctx: Context, sid: string) =>
  fetchReply(ctx, (state) => {
    const index = state.chatChannelIndex.get(sid)
    return index === undefined ? undefined : state.chatChannels[index]?.record
  }, Wire.renderChatChannel)

const fetchInteraction = (ctx: Context, sid: string) =>
  fetchReply(ctx, (state) => {
    const index = state.interactionIndex.get(sid)
    return index === undefined ? undefined : state.interactions[index]?.record
  }, Wire.renderInteraction)

const fetchInteractionChannel = (ctx: Context, interactionSid: string, sid: string) =>
  fetchReply(ctx, (state) => {
    const position = state.channelIndex.get(sid)
    return position === undefined || position.interactionSid !== interactionSid ?
      undefined :
      state.channels.get(interactionSid)?.[position.index]?.record
  }, Wire.renderInteractionChannel)

const listInteractionChannel = (ctx: Context, interactionSid: string) =>
  withQuery(ctx, (query) =>
    Effect.map(Ref.get(ctx.env.state), (state) => {
      const channels = state.channels.get(interactionSid)
      if (channels === undefined) return error(Wire.notFound(ctx.pathname))
      return listReply(
        "channels",
        ctx.origin + `/v1/Interactions/${interactionSid}/Channels`,
        channels,
        query,
        (record) => Wire.renderInteractionChannel(record, ctx.origin)
      )
    }))

const listParticipants = (ctx: Context, interactionSid: string, channelSid: string) =>
  withQuery(ctx, (query) =>
    Effect.map(Ref.get(ctx.env.state), (state) => {
      const position = state.channelIndex.get(channelSid)
      const participants = state.participants.get(channelSid)
      if (position === undefined || position.interactionSid !== interactionSid || participants === undefined) {
        return error(Wire.notFound(ctx.pathname))
      }
      return listReply(
        "participants",
        ctx.origin + `/v1/Interactions/${interactionSid}/Channels/${channelSid}/Participants`,
        participants,
        query,
        (record) => Wire.renderParticipant(record, ctx.origin)
      )
    }))

const updateStatuses = InteractionChannel.UpdateStatus.literals
// The spec: "Allowed Value for routing status is `closed`" (UpdateInteractionChannel, Routing).
const routingStatuses = InteractionChannel.Routing.fields.status.literals

type UpdateParams = {
  readonly status: FlexSimulator.InteractionChannelStatus
  readonly routing: { readonly [key: string]: unknown } | undefined
}

const parseUpdate = (form: { readonly [name: string]: string } | null): UpdateParams | Wire.TwilioErrorBody => {
  const status = form?.Status
  if (status === undefined || status === "") {
    return Wire.invalidParameter("Missing required parameter Status in the post body")
  }
  if (!(updateStatuses as ReadonlyArray<string>).includes(status)) {
    return Wire.invalidParameter(
      `Invalid Status: ${JSON.stringify(status)}. Status must be one of ${updateStatuses.join(", ")}`
    )
  }
  const rawRouting = form?.Routing
  let routing: { readonly [key: string]: unknown } | undefined
  if (rawRouting !== undefined) {
    let parsed: unknown
    try {
      parsed = JSON.parse(rawRouting)
    } catch {
      parsed = undefined
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      return Wire.invalidParameter("Invalid Routing: Routing must be a JSON object, e.g. {\"status\":\"closed\"}")
    }
    routing = parsed as { readonly [key: string]: unknown }
    if (routing.status !== undefined && !(routingStatuses as ReadonlyArray<unknown>).includes(routing.status)) {
      return Wire.invalidParameter(
        `Invalid Routing: routing status ${JSON.stringify(routing.status)} is not one of ${routingStatuses.join(", ")}`
      )
    }
  }
  if (status === "inactive" && routing?.status !== "closed") {
    return Wire.invalidParameter(
      "Invalid Routing: Routing with status closed is required when Status is inactive"
    )
  }
  return { status: status as FlexSimulator.InteractionChannelStatus, routing }
}

/**
 * Validation and the write happen in one atomic step: a concurrent update sees either the old
 * or the new status, never a half-applied one.
 */
const updateInteractionChannel = (ctx: Context, interactionSid: string, sid: string) =>
  Ref.modify(ctx.env.state, (state): readonly [Reply, Store.State] => {
    const position = state.channelIndex.get(sid)
    const list = state.channels.get(interactionSid)
    const entry = position === undefined || position.interactionSid !== interactionSid ?
      undefined :
      list?.[position.index]
    if (position === undefined || list === undefined || entry === undefined) {
      return [error(Wire.notFound(ctx.pathname)), state]
    }
    const params = parseUpdate(ctx.form)
    if ("code" in params) return [error(params), state]
    const updated: FlexSimulator.InteractionChannelRecord = { ...entry.record, status: params.status }
    const nextList = [...list]
    nextList[position.index] = { seq: entry.seq, record: updated }
    const channels = new Map(state.channels)
    channels.set(interactionSid, nextList)
    // The spec: closing a channel sets its tasks to wrapping, unless the routing's status is closed.
    const settled = Store.settleTasks(
      { ...state, channels },
      sid,
      params.routing?.status === "closed" ? "closed" : "wrapup"
    )
    return [reply(200, Wire.renderInteractionChannel(updated, ctx.origin)), settled]
  })

// The spec's `interaction_channel_participant_enum_status`.
const participantStatuses: ReadonlyArray<FlexSimulator.ParticipantStatus> = Participant.UpdateStatus.literals

const parseParticipantUpdate = (
  form: { readonly [name: string]: string } | null
): FlexSimulator.ParticipantStatus | Wire.TwilioErrorBody => {
  const status = form?.Status
  if (status === undefined || status === "") {
    return Wire.invalidParameter("Missing required parameter Status in the post body")
  }
  if (!(participantStatuses as ReadonlyArray<string>).includes(status)) {
    return Wire.invalidParameter(
      `Invalid Status: ${JSON.stringify(status)}. Status must be one of ${participantStatuses.join(", ")}`
    )
  }
  return status as FlexSimulator.ParticipantStatus
}

/**
 * Like {@link updateInteractionChannel}: an unknown interaction, channel or participant (or one
 * that belongs elsewhere) is a 404, then a bad Status a 400; validation and the write are one
 * atomic step. The status is stored beside the record (Twilio's participant has no `status`
 * field), and the record is returned as it is.
 */
const updateParticipant = (ctx: Context, interactionSid: string, channelSid: string, sid: string) =>
  Ref.modify(ctx.env.state, (state): readonly [Reply, Store.State] => {
    const found = Store.findParticipant(state, interactionSid, channelSid, sid)
    if (found === undefined) return [error(Wire.notFound(ctx.pathname)), state]
    const status = parseParticipantUpdate(ctx.form)
    if (typeof status !== "string") return [error(status), state]
    return [
      reply(200, Wire.renderParticipant(found.record, ctx.origin)),
      Store.setParticipantStatus(state, sid, status)
    ]
  })

// --- chat channels: create and delete ------------------------------------------

const createChannelRequired = ["FlexFlowSid", "Identity", "ChatUserFriendlyName", "ChatFriendlyName"] as const

/** `CreateChannel`: the four required parameters, SIDs of their kinds, then a new channel (201). */
const createChannel = (ctx: Context) =>
  transact(ctx, (draft) => {
    const form = ctx.form ?? {}
    for (const name of createChannelRequired) {
      if (form[name] === undefined || form[name] === "") return error(Wire.missingParameter(name))
    }
    const flexFlowSid = sidParameter(form, "FlexFlowSid", "FO")
    if (isErrorBody(flexFlowSid)) return error(flexFlowSid)
    const taskSid = sidParameter(form, "TaskSid", "WT")
    if (isErrorBody(taskSid)) return error(taskSid)
    if (form.LongLived !== undefined && !/^(true|false)$/i.test(form.LongLived)) {
      return error(Wire.invalidParameter(`Invalid LongLived: ${JSON.stringify(form.LongLived)} is not true or false`))
    }
    const record = draft.insertChatChannel({ flex_flow_sid: flexFlowSid, task_sid: taskSid })
    return reply(201, Wire.renderChatChannel(record, ctx.origin))
  })

/** `DeleteChannel`: 204 and no body, or Twilio's 404. */
const deleteChannel = (ctx: Context, sid: string) =>
  transact(ctx, (draft) => draft.removeChatChannel(sid) ? reply(204, undefined) : error(Wire.notFound(ctx.pathname)))

// --- interactions: create and update ------------------------------------------

/** The documented values of one of core's open enums: the literals of its first member. */
const knownValues = (schema: { readonly members: readonly [Schema.Schema.Any, ...Array<Schema.Schema.Any>] }) => {
  const ast = schema.members[0].ast
  return (ast._tag === "Union" ? ast.types : [ast]).flatMap((type) =>
    type._tag === "Literal" ? [String(type.literal)] : []
  )
}

const channelTypes: ReadonlyArray<string> = knownValues(InteractionChannel.Type)

/**
 * `CreateInteraction`: `Channel` (a JSON object with a documented `type`) is required, `Routing` a
 * JSON object, `InteractionContextSid` an `HQ` SID. Twilio sets the media channel up
 * asynchronously; here it is ready at once: the interaction, its channel (active) and a customer
 * participant per `channel.participants` entry are created together, and the routing is answered
 * as Twilio does once the task exists (pending, with its SID).
 */
const createInteraction = (ctx: Context) =>
  transact(ctx, (draft) => {
    const channel = jsonParameter(ctx.form, "Channel", true)
    if (channel === undefined || isErrorBody(channel)) return error(channel ?? Wire.missingParameter("Channel"))
    const type = channel.type
    if (typeof type !== "string" || !channelTypes.includes(type)) {
      return error(
        Wire.invalidParameter(`Invalid Channel: type ${JSON.stringify(type)} is not one of ${channelTypes.join(", ")}`)
      )
    }
    const routing = jsonParameter(ctx.form, "Routing", false)
    if (isErrorBody(routing)) return error(routing)
    const contextSid = sidParameter(ctx.form, "InteractionContextSid", "HQ")
    if (isErrorBody(contextSid)) return error(contextSid)
    const created = draft.insertInteraction({
      routing: routing === undefined ? null : draft.pendingTask(routing),
      interaction_context_sid: contextSid ?? null,
      webhook_ttid: ctx.form?.WebhookTtid ?? null
    })
    const media = draft.insertInteractionChannel({
      interaction_sid: created.sid,
      type: type as FlexSimulator.InteractionChannelType,
      status: "active"
    })
    for (const participant of Array.isArray(channel.participants) ? channel.participants : []) {
      if (isJsonObject(participant)) {
        draft.insertParticipant({ interaction_sid: created.sid, channel_sid: media.sid, type: "customer" })
      }
    }
    // As Twilio's example answers: the channel's type, and the SID of the channel it set up.
    const record = draft.updateInteraction(created.sid, (record) => ({ ...record, channel: { type, sid: media.sid } }))!
    return reply(200, Wire.renderInteraction(record, ctx.origin))
  })

/** `UpdateInteraction`: sets `webhook_ttid` when `WebhookTtid` is given; Twilio's 404 for an unknown one. */
const updateInteraction = (ctx: Context, sid: string) =>
  transact(ctx, (draft) => {
    const webhookTtid = ctx.form?.WebhookTtid
    const record = draft.updateInteraction(
      sid,
      (record) => webhookTtid === undefined ? record : { ...record, webhook_ttid: webhookTtid }
    )
    return record === undefined
      ? error(Wire.notFound(ctx.pathname))
      : reply(200, Wire.renderInteraction(record, ctx.origin))
  })

// --- participants: create -------------------------------------------------------

const participantTypes: ReadonlyArray<string> = Participant.CreateType.literals

/**
 * `CreateInteractionChannelParticipant`: 404 for an unknown channel, then `Type` (the spec's
 * enum) and `MediaProperties` (a JSON object) are required, `RoutingProperties` a JSON object.
 */
const createParticipant = (ctx: Context, interactionSid: string, channelSid: string) =>
  transact(ctx, (draft) => {
    if (Store.findChannel(draft.freeze(), interactionSid, channelSid) === undefined) {
      return error(Wire.notFound(ctx.pathname))
    }
    const type = ctx.form?.Type
    if (type === undefined || type === "") return error(Wire.missingParameter("Type"))
    if (!participantTypes.includes(type)) {
      return error(
        Wire.invalidParameter(
          `Invalid Type: ${JSON.stringify(type)}. Type must be one of ${participantTypes.join(", ")}`
        )
      )
    }
    const media = jsonParameter(ctx.form, "MediaProperties", true)
    if (isErrorBody(media)) return error(media)
    const routing = jsonParameter(ctx.form, "RoutingProperties", false)
    if (isErrorBody(routing)) return error(routing)
    const record = draft.insertParticipant({
      interaction_sid: interactionSid,
      channel_sid: channelSid,
      type: type as FlexSimulator.ParticipantType,
      routing_properties: routing ?? null
    })
    return reply(200, Wire.renderParticipant(record, ctx.origin))
  })

// --- invites ---------------------------------------------------------------------

const listInvites = (ctx: Context, interactionSid: string, channelSid: string) =>
  withQuery(
    ctx,
    (query) =>
      Effect.map(Ref.get(ctx.env.state), (state) =>
        Store.findChannel(state, interactionSid, channelSid) === undefined
          ? error(Wire.notFound(ctx.pathname))
          : listReply(
            "invites",
            ctx.origin + `${Wire.interactionChannelPath(interactionSid, channelSid)}/Invites`,
            state.invites.get(channelSid) ?? [],
            query,
            (record) => Wire.renderInvite(record, ctx.origin)
          ))
  )

/** `CreateInteractionChannelInvite`: 404 for an unknown channel, then `Routing` (a JSON object) is required. */
const createInvite = (ctx: Context, interactionSid: string, channelSid: string) =>
  transact(ctx, (draft) => {
    if (Store.findChannel(draft.freeze(), interactionSid, channelSid) === undefined) {
      return error(Wire.notFound(ctx.pathname))
    }
    const routing = jsonParameter(ctx.form, "Routing", true)
    if (routing === undefined || isErrorBody(routing)) return error(routing ?? Wire.missingParameter("Routing"))
    const record = draft.insertInvite({ interaction_sid: interactionSid, channel_sid: channelSid, routing })
    return reply(200, Wire.renderInvite(record, ctx.origin))
  })

// --- transfers (JSON bodies) -----------------------------------------------------

const transferTypes: ReadonlyArray<string> = knownValues(Transfer.Type)
const transferStatuses: ReadonlyArray<string> = knownValues(Transfer.Status)

/** The JSON object a transfer call sends, or Twilio's 400. */
const jsonBody = (ctx: Context): JsonObject | Wire.TwilioErrorBody =>
  isJsonObject(ctx.json)
    ? ctx.json
    : Wire.invalidParameter("Invalid request body: a JSON object is required (Content-Type: application/json)")

/**
 * `CreateInteractionTransfer` (201): 404 for an unknown channel; the body must be a JSON object,
 * whose `from` (if given) is a participant of the channel and whose `type` (if given) one the
 * spec documents. The transfer starts `active`.
 */
const createTransfer = (ctx: Context, interactionSid: string, channelSid: string) =>
  transact(ctx, (draft) => {
    const state = draft.freeze()
    if (Store.findChannel(state, interactionSid, channelSid) === undefined) return error(Wire.notFound(ctx.pathname))
    const body = jsonBody(ctx)
    if (isErrorBody(body)) return error(body)
    const { from, to, type } = body
    if (
      from !== undefined &&
      (typeof from !== "string" || !Store.findParticipant(state, interactionSid, channelSid, from))
    ) {
      return error(Wire.invalidParameter(`Invalid from: ${JSON.stringify(from)} is not a participant of the channel`))
    }
    if (to !== undefined && to !== null && typeof to !== "string") {
      return error(Wire.invalidParameter(`Invalid to: ${JSON.stringify(to)} is not a string`))
    }
    if (type !== undefined && (typeof type !== "string" || !transferTypes.includes(type))) {
      return error(
        Wire.invalidParameter(`Invalid type: ${JSON.stringify(type)}. type must be one of ${transferTypes.join(", ")}`)
      )
    }
    const record = draft.insertTransfer({
      interaction_sid: interactionSid,
      channel_sid: channelSid,
      from: from ?? null,
      to: (to as string | null | undefined) ?? null,
      type: type as FlexSimulator.TransferType | undefined
    })
    return reply(201, Wire.renderTransfer(record, ctx.origin))
  })

const fetchTransfer = (ctx: Context, interactionSid: string, channelSid: string, sid: string) =>
  fetchReply(ctx, (state) => Store.findTransfer(state, interactionSid, channelSid, sid), Wire.renderTransfer)

/** `UpdateInteractionTransfer`: 404 for an unknown transfer; a JSON object whose `status` (if given) the spec documents. */
const updateTransfer = (ctx: Context, interactionSid: string, channelSid: string, sid: string) =>
  transact(ctx, (draft) => {
    if (Store.findTransfer(draft.freeze(), interactionSid, channelSid, sid) === undefined) {
      return error(Wire.notFound(ctx.pathname))
    }
    const body = jsonBody(ctx)
    if (isErrorBody(body)) return error(body)
    const status = body.status
    if (status !== undefined && (typeof status !== "string" || !transferStatuses.includes(status))) {
      return error(
        Wire.invalidParameter(
          `Invalid status: ${JSON.stringify(status)}. status must be one of ${transferStatuses.join(", ")}`
        )
      )
    }
    const record = draft.updateTransfer(channelSid, sid, (record) =>
      status === undefined ? record : {
        ...record,
        status: status as FlexSimulator.TransferStatus,
        date_updated: Wire.formatDate(draft.now)
      })!
    return reply(200, Wire.renderTransfer(record, ctx.origin))
  })

// -----------------------------------------------------------------------------
// the app
// -----------------------------------------------------------------------------

const encoder = new TextEncoder()

const htmlPage = (status: number, requestId: string) =>
  `<!DOCTYPE html>\n<html>\n<head><title>${status} ${Wire.statusText(status)}</title></head>\n<body>\n` +
  `<h1>${status} ${Wire.statusText(status)}</h1>\n<p>The server encountered a temporary error.</p>\n` +
  `<p>Request ${requestId}</p>\n</body>\n</html>\n`

/** A request's body: its form fields, or (sent as JSON) its parsed value or {@link unparsable}. */
const readBody = (
  request: HttpServerRequest.HttpServerRequest
): Effect.Effect<{ readonly form: Form | null; readonly json: unknown }> =>
  request.text.pipe(
    Effect.map((text) => {
      if (/^application\/json\b/i.test(request.headers["content-type"] ?? "")) {
        try {
          return { form: null, json: JSON.parse(text) as unknown }
        } catch {
          return { form: null, json: unparsable }
        }
      }
      const out: Record<string, string> = {}
      for (const [name, value] of new URLSearchParams(text)) out[name] = value
      return { form: out as Form, json: undefined }
    }),
    Effect.orElseSucceed(() => ({ form: {}, json: undefined }))
  )

/** What is known of a request when it arrives. */
interface Arrival {
  readonly request: HttpServerRequest.HttpServerRequest
  readonly transport: FlexSimulator.Transport
  readonly id: string
  readonly origin: string
  readonly url: URL
  readonly method: string
  readonly millis: number
  readonly timestamp: DateTime.Utc
}

/** A request being answered: its arrival, its form, what the limits made of it, the common headers. */
interface Exchange extends Arrival {
  readonly form: Form | null
  readonly json: unknown
  readonly admission: Limits.Admission
  readonly headers: { readonly [name: string]: string }
}

const exchange = (arrival: Arrival, admission: Limits.Admission): Effect.Effect<Exchange> =>
  Effect.map(
    arrival.method === "POST" ? readBody(arrival.request) : Effect.succeed({ form: null, json: undefined }),
    ({ form, json }) => {
      const headers: Record<string, string> = { "twilio-request-id": arrival.id }
      if (admission.reportConcurrency) headers["twilio-concurrent-requests"] = String(admission.inFlight)
      return { ...arrival, form, json, admission, headers }
    }
  )

const record = (
  env: Env,
  ex: Exchange,
  status: number | null,
  route: FlexSimulator.OperationId | null,
  fault: FlexSimulator.Fault | undefined
) =>
  Ref.update(env.journal, (journal) =>
    Chunk.append(journal, {
      requestId: ex.id,
      method: ex.method,
      url: ex.url.pathname + ex.url.search,
      route,
      headers: redact(ex.request.headers),
      body: ex.form,
      json: ex.json === unparsable ? undefined : ex.json,
      status,
      fault: fault === undefined ? null : fault._tag,
      limit: ex.admission.refused,
      inFlight: ex.admission.inFlight,
      timestamp: ex.timestamp
    }))

const send = (
  env: Env,
  ex: Exchange,
  r: Reply,
  route: FlexSimulator.OperationId | null,
  fault?: FlexSimulator.Fault
): Effect.Effect<HttpServerResponse.HttpServerResponse> => {
  let body = r.body
  if (fault !== undefined) {
    switch (fault._tag) {
      case "UnknownEnumValues":
        body = Faults.unknownEnumValues(body, fault.value)
        break
      case "ExtraFields":
        body = Faults.extraFields(body)
        break
      case "ForeignNextPageUrl":
        body = Faults.foreignNextPageUrl(body, fault.origin)
        break
      case "StuckNextPageUrl":
        body = Faults.stuckNextPageUrl(body)
        break
    }
  }
  if (body === undefined && fault?._tag !== "DropMidBody") {
    // No content (a delete's 204): no body, no content type.
    return Effect.as(
      record(env, ex, r.status, route, fault),
      HttpServerResponse.empty({ status: r.status, headers: { ...ex.headers, ...r.headers } })
    )
  }
  let bytes = body === undefined ? new Uint8Array(0) : encoder.encode(JSON.stringify(body))
  const responseHeaders = { ...ex.headers, ...r.headers, "content-type": "application/json" }
  if (fault?._tag === "TruncatedJson") {
    bytes = bytes.slice(0, Math.min(bytes.length - 1, Math.max(0, fault.bytes ?? Math.floor(bytes.length / 2))))
  } else if (fault?._tag === "DropMidBody") {
    const cut = Math.max(0, Math.min(bytes.length - 1, fault.bytes ?? Math.floor(bytes.length / 2)))
    return Effect.zipRight(
      record(env, ex, r.status, route, fault),
      ex.transport.dropMidBody(ex.request, { status: r.status, headers: responseHeaders, partial: bytes.slice(0, cut) })
    )
  }
  return Effect.as(
    record(env, ex, r.status, route, fault),
    HttpServerResponse.uint8Array(bytes, {
      status: r.status,
      headers: responseHeaders,
      contentType: "application/json"
    })
  )
}

/** What a request asks for, once routed: an operation and its handler, or a routing error. */
interface Target {
  readonly route: FlexSimulator.OperationId | null
  readonly handle: (ctx: Context) => Effect.Effect<Reply>
}

/** A request a limit refused: 429, not processed (no fault taken, the store untouched). */
const refuse = (env: Env, arrival: Arrival, target: Target, admission: Limits.Admission) =>
  Effect.flatMap(exchange(arrival, admission), (ex) =>
    send(
      env,
      ex,
      error(admission.refused === "rate" ? Wire.tooManyConcurrentApiRequests : Wire.tooManyRequests, {
        "retry-after": admission.retryAfter
      }),
      target.route
    ))

/** An admitted request: the fault its operation takes, if any, then the operation. */
const serve = (env: Env, arrival: Arrival, target: Target, admission: Limits.Admission) =>
  Effect.gen(function*() {
    const ex = yield* exchange(arrival, admission)
    const { route } = target
    const ctx: Context = {
      env,
      origin: ex.origin,
      pathname: ex.url.pathname,
      search: ex.url.searchParams,
      form: ex.form,
      json: ex.json
    }
    // Faults are taken by operations only: a routing error is never a fault's target.
    const fault = route === null
      ? undefined
      : yield* Ref.modify(env.faults, (scheduled) => Faults.take(scheduled, route))
    if (fault !== undefined) {
      switch (fault._tag) {
        case "Status": {
          const status = fault.status
          const code = fault.code ?? (status >= 400 && status < 1000 ? 20000 + status : 20500)
          const message = fault.message ?? Wire.statusText(status)
          const extra: Record<string, string> = fault.retryAfter === undefined
            ? {}
            : { "retry-after": fault.retryAfter }
          return yield* send(env, ex, reply(status, Wire.errorBody(status, code, message), extra), route, fault)
        }
        case "HtmlError": {
          const status = fault.status ?? 502
          yield* record(env, ex, status, route, fault)
          return HttpServerResponse.uint8Array(encoder.encode(htmlPage(status, ex.id)), {
            status,
            headers: { ...ex.headers, "content-type": "text/html; charset=utf-8" },
            contentType: "text/html; charset=utf-8"
          })
        }
        case "DropConnection": {
          yield* record(env, ex, null, route, fault)
          return yield* ex.transport.dropConnection(ex.request)
        }
        case "Latency": {
          // Interruptible even inside a server's uninterruptible handler: a client that gives up
          // (timeout, interruption) ends the wait instead of leaving the request fiber asleep.
          yield* Effect.interruptible(Effect.sleep(fault.duration)).pipe(
            // A client that gave up still asked: the journal shows the request, without a status.
            Effect.onInterrupt(() => record(env, ex, null, route, fault))
          )
        }
      }
    }
    return yield* send(env, ex, yield* target.handle(ctx), route, fault)
  })

/**
 * The one path every authenticated request takes, routed or not: the limits first (before
 * routing errors and faults), then {@link serve}. An admitted request holds its slot until its
 * handler ends, however it ends (a response, a dropped connection, an interruption by a client
 * that gave up): acquireUseRelease guarantees the release.
 */
const answer = (env: Env, arrival: Arrival, target: Target) =>
  Effect.acquireUseRelease(
    Ref.modify(env.limits, (state) => Limits.admit(state, target.route, arrival.millis)),
    (admission) =>
      admission.refused === null ? serve(env, arrival, target, admission) : refuse(env, arrival, target, admission),
    (admission) => admission.refused === null ? Ref.update(env.limits, Limits.release) : Effect.void
  )

// -----------------------------------------------------------------------------
// routing
// -----------------------------------------------------------------------------

/** The request in flight, for the route handlers. */
class CurrentArrival extends Context.Tag("@effect-flex/simulator/internal/app/CurrentArrival")<
  CurrentArrival,
  { readonly env: Env; readonly arrival: Arrival }
>() {}

/** One operation of the Flex API: where it answers, the SID kind of each path parameter, what it does. */
interface Operation {
  readonly id: FlexSimulator.OperationId
  readonly method: "GET" | "POST" | "DELETE"
  readonly path: HttpRouter.PathInput
  readonly sids: ReadonlyArray<readonly [param: string, prefix: Sid.Prefix]>
  readonly handle: (ctx: Context, sids: ReadonlyArray<string>) => Effect.Effect<Reply>
}

const operations: ReadonlyArray<Operation> = [
  { id: "ListChannel", method: "GET", path: "/v1/Channels", sids: [], handle: listChannel },
  { id: "CreateChannel", method: "POST", path: "/v1/Channels", sids: [], handle: createChannel },
  {
    id: "FetchChannel",
    method: "GET",
    path: "/v1/Channels/:sid",
    sids: [["sid", "CH"]],
    handle: (ctx, [sid]) => fetchChannel(ctx, sid!)
  },
  {
    id: "DeleteChannel",
    method: "DELETE",
    path: "/v1/Channels/:sid",
    sids: [["sid", "CH"]],
    handle: (ctx, [sid]) => deleteChannel(ctx, sid!)
  },
  { id: "CreateInteraction", method: "POST", path: "/v1/Interactions", sids: [], handle: createInteraction },
  {
    id: "FetchInteraction",
    method: "GET",
    path: "/v1/Interactions/:sid",
    sids: [["sid", "KD"]],
    handle: (ctx, [sid]) => fetchInteraction(ctx, sid!)
  },
  {
    id: "UpdateInteraction",
    method: "POST",
    path: "/v1/Interactions/:sid",
    sids: [["sid", "KD"]],
    handle: (ctx, [sid]) => updateInteraction(ctx, sid!)
  },
  {
    id: "ListInteractionChannel",
    method: "GET",
    path: "/v1/Interactions/:interactionSid/Channels",
    sids: [["interactionSid", "KD"]],
    handle: (ctx, [interactionSid]) => listInteractionChannel(ctx, interactionSid!)
  },
  {
    id: "FetchInteractionChannel",
    method: "GET",
    path: "/v1/Interactions/:interactionSid/Channels/:sid",
    sids: [["interactionSid", "KD"], ["sid", "UO"]],
    handle: (ctx, [interactionSid, sid]) => fetchInteractionChannel(ctx, interactionSid!, sid!)
  },
  {
    id: "UpdateInteractionChannel",
    method: "POST",
    path: "/v1/Interactions/:interactionSid/Channels/:sid",
    sids: [["interactionSid", "KD"], ["sid", "UO"]],
    handle: (ctx, [interactionSid, sid]) => updateInteractionChannel(ctx, interactionSid!, sid!)
  },
  {
    id: "ListInteractionChannelParticipant",
    method: "GET",
    path: "/v1/Interactions/:interactionSid/Channels/:channelSid/Participants",
    sids: [["interactionSid", "KD"], ["channelSid", "UO"]],
    handle: (ctx, [interactionSid, channelSid]) => listParticipants(ctx, interactionSid!, channelSid!)
  },
  {
    id: "CreateInteractionChannelParticipant",
    method: "POST",
    path: "/v1/Interactions/:interactionSid/Channels/:channelSid/Participants",
    sids: [["interactionSid", "KD"], ["channelSid", "UO"]],
    handle: (ctx, [interactionSid, channelSid]) => createParticipant(ctx, interactionSid!, channelSid!)
  },
  {
    id: "UpdateInteractionChannelParticipant",
    method: "POST",
    path: "/v1/Interactions/:interactionSid/Channels/:channelSid/Participants/:sid",
    sids: [["interactionSid", "KD"], ["channelSid", "UO"], ["sid", "UT"]],
    handle: (ctx, [interactionSid, channelSid, sid]) => updateParticipant(ctx, interactionSid!, channelSid!, sid!)
  },
  {
    id: "ListInteractionChannelInvite",
    method: "GET",
    path: "/v1/Interactions/:interactionSid/Channels/:channelSid/Invites",
    sids: [["interactionSid", "KD"], ["channelSid", "UO"]],
    handle: (ctx, [interactionSid, channelSid]) => listInvites(ctx, interactionSid!, channelSid!)
  },
  {
    id: "CreateInteractionChannelInvite",
    method: "POST",
    path: "/v1/Interactions/:interactionSid/Channels/:channelSid/Invites",
    sids: [["interactionSid", "KD"], ["channelSid", "UO"]],
    handle: (ctx, [interactionSid, channelSid]) => createInvite(ctx, interactionSid!, channelSid!)
  },
  {
    id: "CreateInteractionTransfer",
    method: "POST",
    path: "/v1/Interactions/:interactionSid/Channels/:channelSid/Transfers",
    sids: [["interactionSid", "KD"], ["channelSid", "UO"]],
    handle: (ctx, [interactionSid, channelSid]) => createTransfer(ctx, interactionSid!, channelSid!)
  },
  {
    id: "FetchInteractionTransfer",
    method: "GET",
    path: "/v1/Interactions/:interactionSid/Channels/:channelSid/Transfers/:sid",
    sids: [["interactionSid", "KD"], ["channelSid", "UO"], ["sid", "UX"]],
    handle: (ctx, [interactionSid, channelSid, sid]) => fetchTransfer(ctx, interactionSid!, channelSid!, sid!)
  },
  {
    id: "UpdateInteractionTransfer",
    method: "POST",
    path: "/v1/Interactions/:interactionSid/Channels/:channelSid/Transfers/:sid",
    sids: [["interactionSid", "KD"], ["channelSid", "UO"], ["sid", "UX"]],
    handle: (ctx, [interactionSid, channelSid, sid]) => updateTransfer(ctx, interactionSid!, channelSid!, sid!)
  }
]

const notFound: Target = { route: null, handle: (ctx) => Effect.succeed(error(Wire.notFound(ctx.pathname))) }

const sidPatterns = new Map<Sid.Prefix, RegExp>()
const sidPattern = (prefix: Sid.Prefix): RegExp => {
  let pattern = sidPatterns.get(prefix)
  if (pattern === undefined) {
    pattern = Sid.pattern(prefix)
    sidPatterns.set(prefix, pattern)
  }
  return pattern
}

/**
 * Twilio's router only matches well-formed SIDs: a path with a malformed SID is an unknown
 * resource (404, code 20404, the path in the message), like any other unknown path.
 */
const routed = (operation: Operation, target: (arrival: Arrival, sids: ReadonlyArray<string>) => Target) =>
  Effect.gen(function*() {
    const { arrival, env } = yield* CurrentArrival
    const params = yield* HttpRouter.params
    const sids = operation.sids.map(([name]) => params[name] ?? "")
    const wellFormed = operation.sids.every(([, prefix], i) => sidPattern(prefix).test(sids[i]!))
    return yield* answer(env, arrival, wellFormed ? target(arrival, sids) : notFound)
  })

const handler = (operation: Operation) =>
  routed(operation, (_, sids) => ({ route: operation.id, handle: (ctx) => operation.handle(ctx, sids) }))

/** Any other method on an operation's path: 405 with the methods it has (unless a SID is malformed: 404). */
const methodNotAllowed = (operation: Operation, allow: string) =>
  routed(operation, (arrival) => ({
    route: null,
    handle: () => Effect.succeed(error(Wire.methodNotAllowed(arrival.method), { allow }))
  }))

const otherMethods = ["GET", "POST", "DELETE", "PUT", "PATCH"] as const

const router: HttpRouter.HttpRouter<never, CurrentArrival> = (() => {
  const byPath = new Map<HttpRouter.PathInput, Array<Operation>>()
  for (const operation of operations) byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation])
  let routes: HttpRouter.HttpRouter<never, CurrentArrival> = HttpRouter.empty
  for (const [path, ops] of byPath) {
    for (const operation of ops) routes = HttpRouter.route(operation.method)(path, handler(operation))(routes)
    const allow = `${ops.map((op) => op.method).join(", ")}, OPTIONS`
    for (const method of otherMethods) {
      if (!ops.some((op) => op.method === method)) {
        routes = HttpRouter.route(method)(path, methodNotAllowed(ops[0]!, allow))(routes)
      }
    }
  }
  return routes
})()

// -----------------------------------------------------------------------------
// the app
// -----------------------------------------------------------------------------

/** @internal */
export const make = (env: Env): HttpApp.Default => {
  // The simulator's own generator: in-process it runs in the caller's fiber, and drawing from
  // the caller's Random would shift the caller's own random sequence (e.g. retry jitter).
  const requestIds = new Prng(0x7e9a11)
  const routed = Effect.runSync(HttpRouter.toHttpApp(router))
  const authorizedApp = Effect.gen(function*() {
    const { arrival } = yield* CurrentArrival
    if (!authorized(arrival.request.headers.authorization, env.credentials)) {
      // Unauthenticated requests are not subject to limits (Twilio limits after authentication).
      const ex = yield* exchange(arrival, Limits.observe(yield* Ref.get(env.limits)))
      return yield* send(env, ex, error(Wire.authenticate, { "www-authenticate": "Basic realm=\"Twilio API\"" }), null)
    }
    return yield* routed.pipe(Effect.catchTag("RouteNotFound", () => answer(env, arrival, notFound)))
  }).pipe(cors)
  return Effect.gen(function*() {
    const request = yield* HttpServerRequest.HttpServerRequest
    const transport = yield* Transport
    const now = yield* Clock.currentTimeMillis
    const id = "RQ" + requestIds.hex(32)
    const origin = originOf(request)
    const arrival: Arrival = {
      request,
      transport,
      id,
      origin,
      url: new URL(request.url.startsWith("/") ? request.url : "/" + request.url, origin),
      method: request.method.toUpperCase(),
      millis: now,
      timestamp: DateTime.unsafeMake(now)
    }
    const response = yield* Effect.provideService(authorizedApp, CurrentArrival, { env, arrival })
    if (arrival.method !== "OPTIONS") return response
    // The preflight, answered by the CORS middleware: journaled and identified like any request.
    const ex = yield* exchange(arrival, Limits.observe(yield* Ref.get(env.limits)))
    yield* record(env, ex, response.status, null, undefined)
    return HttpServerResponse.setHeaders(response, ex.headers)
  }).pipe(
    Effect.catchAllCause((cause) =>
      Cause.isInterruptedOnly(cause) ?
        Effect.failCause(cause as Cause.Cause<never>) :
        Effect.succeed(
          HttpServerResponse.unsafeJson(Wire.errorBody(500, 20500, "Internal Server Error"), { status: 500 })
        )
    )
  )
}
