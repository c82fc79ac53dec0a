/**
 * The FlexClient's operations, each a plain function of the client's {@link Request.Transport}:
 * read the arguments once, validate them, run the request (or the listing), and let errors out
 * only through {@link traced}, the one place where they are scrubbed of secrets.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as ChatChannel from "../ChatChannel.js"
import type * as FlexClient from "../FlexClient.js"
import type * as FlexConfig from "../FlexConfig.js"
import type { FlexError, FlexInvalidInput } from "../FlexError.js"
import * as Interaction from "../Interaction.js"
import * as InteractionChannel from "../InteractionChannel.js"
import * as Invite from "../Invite.js"
import type * as Page from "../Page.js"
import * as Participant from "../Participant.js"
import type * as Sid from "../Sid.js"
import * as Transfer from "../Transfer.js"
import * as Config from "./config.js"
import * as Decode from "./decode.js"
import * as Input from "./input.js"
import * as PageUrl from "./pageUrl.js"
import * as Pagination from "./pagination.js"
import * as Request from "./request.js"
import { traced, tracedStream } from "./traced.js"

// --- paths --------------------------------------------------------------------------------------

/** A SID argument of a call: its name in errors, its kind, and its span attribute. */
interface SidArgument {
  readonly argument: string
  readonly prefix: Sid.Prefix
  readonly attribute: string
}

/**
 * The path of a resource, as its segments: names, and the SID arguments in their places (`Args`,
 * the arguments' types, is only for the calls' signatures). A valid SID is exactly one segment
 * (see {@link Input.sid}).
 */
interface ResourcePath<Args extends ReadonlyArray<string>> {
  readonly segments: ReadonlyArray<string | SidArgument>
  readonly sids: ReadonlyArray<SidArgument>
  readonly _args?: Args
}

const root = (...names: ReadonlyArray<string>): ResourcePath<[]> => ({ segments: names, sids: [] })

/** A collection under a resource: `…/Channels`. */
const collection = <Args extends ReadonlyArray<string>>(
  parent: ResourcePath<Args>,
  name: string
): ResourcePath<Args> => ({ segments: [...parent.segments, name], sids: parent.sids })

/** One member of a collection, named by a SID argument: `…/Channels/{Sid}`. */
const member = <Args extends ReadonlyArray<string>>(
  parent: ResourcePath<Args>,
  sid: SidArgument
): ResourcePath<[...Args, string]> => ({ segments: [...parent.segments, sid], sids: [...parent.sids, sid] })

const sids = {
  chatChannel: { argument: "sid", prefix: "CH", attribute: "flex.chat_channel_sid" },
  interaction: { argument: "interactionSid", prefix: "KD", attribute: "flex.interaction_sid" },
  channel: { argument: "channelSid", prefix: "UO", attribute: "flex.channel_sid" },
  participant: { argument: "participantSid", prefix: "UT", attribute: "flex.participant_sid" },
  transfer: { argument: "transferSid", prefix: "UX", attribute: "flex.transfer_sid" }
} as const satisfies Record<string, SidArgument>

// The API's tree, as Twilio's paths have it.
const chatChannels = root("v1", "Channels")
const chatChannel = member(chatChannels, sids.chatChannel)
const interactions = root("v1", "Interactions")
const interaction = member(interactions, sids.interaction)
const interactionChannels = collection(interaction, "Channels")
const interactionChannel = member(interactionChannels, sids.channel)
const participants = collection(interactionChannel, "Participants")
const participant = member(participants, sids.participant)
const invites = collection(interactionChannel, "Invites")
const transfers = collection(interactionChannel, "Transfers")
const transfer = member(transfers, sids.transfer)

/** The path of a call, from its SID arguments read once and validated in order. */
const pathOf = <Args extends ReadonlyArray<string>>(
  operation: string,
  path: ResourcePath<Args>,
  args: Args
): Either.Either<string, FlexInvalidInput> => {
  // Plain loops: this runs on every call.
  let url = ""
  let i = 0
  for (const segment of path.segments) {
    if (typeof segment === "string") {
      url += `/${segment}`
      continue
    }
    const valid = Input.sid<string>(operation, segment.argument, segment.prefix, args[i++])
    if (Either.isLeft(valid)) return Either.left(valid.left)
    url += `/${valid.right}`
  }
  return Either.right(url)
}

/** Span attributes of SID arguments: only strings are recorded (scrubbed), never objects. */
const attributesOf = <Args extends ReadonlyArray<string>>(
  path: ResourcePath<Args>,
  args: Args
): Readonly<Record<string, unknown>> => {
  const attributes: Record<string, unknown> = {}
  for (let i = 0; i < path.sids.length; i++) {
    attributes[path.sids[i]!.attribute] = typeof args[i] === "string" ? args[i] : undefined
  }
  return attributes
}

// --- list calls -----------------------------------------------------------------------------------

/** A list endpoint: its name, its path, and how a page decodes. */
interface ListEndpoint<Args extends ReadonlyArray<string>, A> {
  readonly operation: string
  readonly path: ResourcePath<Args>
  readonly decode: Decode.Decoder<Decode.PageBody<A>>
}

const listOptionKeys = ["pageSize", "from", "limit", "prefetch"] as const

/** The options of a list call, read once and validated. */
const listStart = (
  transport: Request.Transport,
  operation: string,
  path: string,
  raw: unknown
): Either.Either<{ readonly first: Page.PageCursor; readonly demand: Pagination.Demand }, FlexInvalidInput> =>
  Either.gen(function*() {
    const options = yield* Input.snapshot(operation, "options", raw, listOptionKeys)
    const { config } = transport
    const pageSize = yield* Input.intOption(operation, "options.pageSize", options?.pageSize, 1, 1000)
    const limit = yield* Input.intOption(operation, "options.limit", options?.limit, 1, Number.MAX_SAFE_INTEGER)
    const prefetch = yield* Input.intOption(operation, "options.prefetch", options?.prefetch, 0, 16)
    const demand: Pagination.Demand = {
      limit: limit ?? Number.POSITIVE_INFINITY,
      prefetch: prefetch ?? 1,
      maxEmptyPages: config.maxEmptyPages
    }
    // A cursor carries its own page size: a valid pageSize beside it is ignored.
    if (options?.from !== undefined) {
      return { first: yield* PageUrl.checkCursor(config, operation, options.from, path), demand }
    }
    // Without an explicit page size, a small limit asks for no more records than it needs.
    const size = pageSize ?? Math.min(limit ?? config.pageSize, config.pageSize)
    return { first: `${config.origin}${path}?PageSize=${size}` as Page.PageCursor, demand }
  })

/** Where a list call starts, from its arguments and options read once and validated. */
interface ListStart<A> {
  readonly first: Page.PageCursor
  readonly demand: Pagination.Demand
  readonly fetch: (url: Page.PageCursor) => Effect.Effect<Pagination.FetchedPage<A>, FlexError>
}

const startOf = <Args extends ReadonlyArray<string>, A>(
  transport: Request.Transport,
  endpoint: ListEndpoint<Args, A>,
  operation: string,
  args: Args,
  options: unknown
): Effect.Effect<ListStart<A>, FlexInvalidInput> =>
  Effect.suspend(() =>
    Either.flatMap(
      pathOf(operation, endpoint.path, args),
      (path) =>
        Either.map(listStart(transport, operation, path, options), ({ demand, first }): ListStart<A> => ({
          first,
          demand,
          fetch: (url) => Pagination.fetchPage(transport, endpoint.operation, path, endpoint.decode, url)
        }))
    )
  )

const listing = <Args extends ReadonlyArray<string>, A, B>(
  transport: Request.Transport,
  endpoint: ListEndpoint<Args, A>,
  call: string,
  args: Args,
  options: unknown,
  stream: typeof Pagination.items<A> | typeof Pagination.pages<A>
): Stream.Stream<B, FlexError> => {
  const operation = `${endpoint.operation}.${call}`
  return tracedStream(
    transport,
    operation,
    attributesOf(endpoint.path, args),
    Stream.unwrap(
      Effect.map(
        startOf(transport, endpoint, operation, args, options),
        ({ demand, fetch, first }) => stream(first, fetch, demand) as Stream.Stream<B, FlexError>
      )
    )
  )
}

/** The four list calls of an endpoint. Arguments are only read inside the returned effects. */
const listCalls = <Args extends ReadonlyArray<string>, A>(
  transport: Request.Transport,
  endpoint: ListEndpoint<Args, A>
) => ({
  page: (args: Args, options: unknown): Effect.Effect<Page.Page<A>, FlexError> => {
    const operation = `${endpoint.operation}.page`
    return traced(
      transport,
      operation,
      attributesOf(endpoint.path, args),
      startOf(transport, endpoint, operation, args, options).pipe(
        Effect.flatMap(({ fetch, first }) => fetch(first)),
        Effect.flatMap((fetched) =>
          Effect.map(fetched.next, (cursor): Page.Page<A> => ({ items: fetched.items, meta: fetched.meta, cursor }))
        )
      )
    )
  },
  pages: (args: Args, options: unknown): Stream.Stream<Page.Page<A>, FlexError> =>
    listing(transport, endpoint, "pages", args, options, Pagination.pages),
  stream: (args: Args, options: unknown): Stream.Stream<A, FlexError> =>
    listing(transport, endpoint, "stream", args, options, Pagination.items),
  list: (args: Args, options: unknown): Effect.Effect<ReadonlyArray<A>, FlexError> => {
    const operation = `${endpoint.operation}.list`
    return traced(
      transport,
      operation,
      attributesOf(endpoint.path, args),
      Effect.flatMap(
        startOf(transport, endpoint, operation, args, options),
        ({ demand, fetch, first }) => Pagination.collect(first, fetch, demand)
      )
    )
  }
})

const listChatChannels: ListEndpoint<[], ChatChannel.ChatChannel> = {
  operation: "channels",
  path: chatChannels,
  decode: Decode.page(ChatChannel.listKey, ChatChannel.ChatChannel)
}

const listInteractionChannels: ListEndpoint<[string], InteractionChannel.InteractionChannel> = {
  operation: "interactionChannels",
  path: interactionChannels,
  decode: Decode.page(InteractionChannel.listKey, InteractionChannel.InteractionChannel)
}

const listParticipants: ListEndpoint<[string, string], Participant.Participant> = {
  operation: "participants",
  path: participants,
  decode: Decode.page(Participant.listKey, Participant.Participant)
}

const listInvites: ListEndpoint<[string, string], Invite.Invite> = {
  operation: "invites",
  path: invites,
  decode: Decode.page(Invite.listKey, Invite.Invite)
}

// --- single-record calls --------------------------------------------------------------------------

/** How a call's parameters are read once, validated, and sent. */
interface Params<P> {
  readonly read: (operation: string, params: unknown) => Either.Either<P, FlexInvalidInput>
  readonly body: (valid: P) => Request.RequestBody
  /** Span attributes of valid parameters (the status an update sets). */
  readonly attributes?: (valid: P) => Readonly<Record<string, unknown>>
}

/**
 * A call on one record: its name (spans, metrics, errors), method and path, its parameters if it
 * takes any, and what a successful response holds (a record to decode, or nothing).
 */
interface Endpoint<Args extends ReadonlyArray<string>, P, A> {
  readonly operation: string
  readonly method: Request.RequestSpec["method"]
  readonly path: ResourcePath<Args>
  readonly params?: Params<P>
  readonly response: Request.Expect<A>
}

/** Parameters sent as a form: the schema's fields read, `json` ones copied as plain JSON. */
const formParams = <P, I, K extends string>(
  schema: Schema.Schema<P, I> & { readonly fields: { readonly [key in K]: unknown } },
  toForm: (valid: P) => Readonly<Record<string, string>>,
  json: ReadonlyArray<K> = []
): Params<P> => {
  const keys = Object.keys(schema.fields) as Array<K>
  return {
    read: (operation, value) => Input.params(operation, value, schema, keys, json),
    body: (valid) => ({ _tag: "Form", fields: toForm(valid) })
  }
}

/** Parameters that are the JSON body itself: copied as plain JSON, checked, and sent. */
const jsonParams = <P, I>(schema: Schema.Schema<P, I>): Params<P> => ({
  read: (operation, value) =>
    Either.flatMap(Input.json(operation, "params", value), (copy) => Input.validate(operation, "params", schema, copy)),
  body: (valid) => ({ _tag: "Json", value: valid })
})

/** The span attribute of the status an update sets. */
const statusAttribute = (valid: { readonly status: string }) => ({ "flex.status": valid.status })

/** The request of a call, from its arguments read once and validated. */
const request = <Args extends ReadonlyArray<string>, P, A>(
  transport: Request.Transport,
  endpoint: Endpoint<Args, P, A>,
  args: Args,
  params: unknown
): Either.Either<
  { readonly spec: Request.RequestSpec; readonly attributes: Readonly<Record<string, unknown>> | undefined },
  FlexInvalidInput
> => {
  const { method, operation } = endpoint
  const path = pathOf(operation, endpoint.path, args)
  if (Either.isLeft(path)) return Either.left(path.left)
  const spec: Request.RequestSpec = { operation, method, url: `${transport.config.origin}${path.right}` }
  if (endpoint.params === undefined) return Either.right({ spec, attributes: undefined })
  const { attributes, body, read } = endpoint.params
  return Either.map(read(operation, params), (valid) => ({
    spec: { ...spec, body: body(valid) },
    attributes: attributes?.(valid)
  }))
}

/**
 * One request for one record: the request is built inside the effect (arguments read once and
 * validated there), sent, and its record decoded; errors leave through {@link traced}.
 */
const call = <Args extends ReadonlyArray<string>, P, A>(
  transport: Request.Transport,
  endpoint: Endpoint<Args, P, A>,
  args: Args,
  params?: unknown
): Effect.Effect<A, FlexError> =>
  traced(
    transport,
    endpoint.operation,
    attributesOf(endpoint.path, args),
    Effect.suspend(() => request(transport, endpoint, args, params)).pipe(
      Effect.tap(({ attributes }) => attributes === undefined ? Effect.void : Effect.annotateCurrentSpan(attributes)),
      Effect.flatMap(({ spec }) => Request.execute(transport, spec, endpoint.response)),
      Effect.map(({ value }) => value)
    )
  )

const chatChannelRecord = Decode.resource(ChatChannel.ChatChannel)
const interactionRecord = Decode.resource(Interaction.Interaction)
const interactionChannelRecord = Decode.resource(InteractionChannel.InteractionChannel)
const participantRecord = Decode.resource(Participant.Participant)
const inviteRecord = Decode.resource(Invite.Invite)
const transferRecord = Decode.resource(Transfer.Transfer)

const fetchChatChannel: Endpoint<[string], never, ChatChannel.ChatChannel> = {
  operation: "channels.fetch",
  method: "GET",
  path: chatChannel,
  response: chatChannelRecord
}

const createChatChannel: Endpoint<[], ChatChannel.CreateParams, ChatChannel.ChatChannel> = {
  operation: "channels.create",
  method: "POST",
  path: chatChannels,
  params: formParams(ChatChannel.CreateParams, ChatChannel.toCreateFormBody),
  response: chatChannelRecord
}

const deleteChatChannel: Endpoint<[string], never, void> = {
  operation: "channels.delete",
  method: "DELETE",
  path: chatChannel,
  response: "NoContent"
}

const fetchInteraction: Endpoint<[string], never, Interaction.Interaction> = {
  operation: "interactions.fetch",
  method: "GET",
  path: interaction,
  response: interactionRecord
}

const createInteraction: Endpoint<[], Interaction.CreateParams, Interaction.Interaction> = {
  operation: "interactions.create",
  method: "POST",
  path: interactions,
  params: formParams(Interaction.CreateParams, Interaction.toCreateFormBody, ["channel", "routing"]),
  response: interactionRecord
}

const updateInteraction: Endpoint<[string], Interaction.UpdateParams, Interaction.Interaction> = {
  operation: "interactions.update",
  method: "POST",
  path: interaction,
  params: formParams(Interaction.UpdateParams, Interaction.toUpdateFormBody),
  response: interactionRecord
}

const fetchInteractionChannel: Endpoint<[string, string], never, InteractionChannel.InteractionChannel> = {
  operation: "interactionChannels.fetch",
  method: "GET",
  path: interactionChannel,
  response: interactionChannelRecord
}

const updateInteractionChannel: Endpoint<
  [string, string],
  InteractionChannel.UpdateParams,
  InteractionChannel.InteractionChannel
> = {
  operation: "interactionChannels.update",
  method: "POST",
  path: interactionChannel,
  params: {
    // A union, not a struct: `status` decides which fields apply (see Input.updateParams).
    read: (operation, value) =>
      Either.flatMap(
        Input.updateParams(operation, value),
        (copy) => Input.decode(operation, "params", InteractionChannel.UpdateParams, copy)
      ),
    body: (valid) => ({ _tag: "Form", fields: InteractionChannel.toFormBody(valid) }),
    attributes: statusAttribute
  },
  response: interactionChannelRecord
}

const createParticipant: Endpoint<[string, string], Participant.CreateParams, Participant.Participant> = {
  operation: "participants.create",
  method: "POST",
  path: participants,
  params: formParams(Participant.CreateParams, Participant.toCreateFormBody, ["mediaProperties", "routingProperties"]),
  response: participantRecord
}

const updateParticipant: Endpoint<[string, string, string], Participant.UpdateParams, Participant.Participant> = {
  operation: "participants.update",
  method: "POST",
  path: participant,
  params: { ...formParams(Participant.UpdateParams, Participant.toFormBody), attributes: statusAttribute },
  response: participantRecord
}

const createInvite: Endpoint<[string, string], Invite.CreateParams, Invite.Invite> = {
  operation: "invites.create",
  method: "POST",
  path: invites,
  params: formParams(Invite.CreateParams, Invite.toCreateFormBody, ["routing"]),
  response: inviteRecord
}

const createTransfer: Endpoint<[string, string], Transfer.CreateParams, Transfer.Transfer> = {
  operation: "transfers.create",
  method: "POST",
  path: transfers,
  params: jsonParams(Transfer.CreateParams),
  response: transferRecord
}

const fetchTransfer: Endpoint<[string, string, string], never, Transfer.Transfer> = {
  operation: "transfers.fetch",
  method: "GET",
  path: transfer,
  response: transferRecord
}

const updateTransfer: Endpoint<[string, string, string], Transfer.UpdateParams, Transfer.Transfer> = {
  operation: "transfers.update",
  method: "POST",
  path: transfer,
  params: jsonParams(Transfer.UpdateParams),
  response: transferRecord
}

// --- the client -----------------------------------------------------------------------------------

/** Builds a FlexClient from its options and the HttpClient in context. */
export const make = (
  options: FlexConfig.Options
): Effect.Effect<FlexClient.FlexClient, FlexInvalidInput, HttpClient.HttpClient> =>
  Effect.gen(function*() {
    const config = yield* Config.resolve(options)
    const transport = Request.make(config, yield* HttpClient.HttpClient)
    const chatChannelList = listCalls(transport, listChatChannels)
    const channelList = listCalls(transport, listInteractionChannels)
    const participantList = listCalls(transport, listParticipants)
    const inviteList = listCalls(transport, listInvites)
    return {
      channels: {
        fetch: (sid) => call(transport, fetchChatChannel, [sid]),
        create: (params) => call(transport, createChatChannel, [], params),
        delete: (sid) => call(transport, deleteChatChannel, [sid]),
        page: (options) => chatChannelList.page([], options),
        pages: (options) => chatChannelList.pages([], options),
        stream: (options) => chatChannelList.stream([], options),
        list: (options) => chatChannelList.list([], options)
      },
      interactions: {
        fetch: (interactionSid) => call(transport, fetchInteraction, [interactionSid]),
        create: (params) => call(transport, createInteraction, [], params),
        update: (interactionSid, params) => call(transport, updateInteraction, [interactionSid], params)
      },
      interactionChannels: {
        fetch: (interactionSid, channelSid) => call(transport, fetchInteractionChannel, [interactionSid, channelSid]),
        page: (interactionSid, options) => channelList.page([interactionSid], options),
        pages: (interactionSid, options) => channelList.pages([interactionSid], options),
        stream: (interactionSid, options) => channelList.stream([interactionSid], options),
        list: (interactionSid, options) => channelList.list([interactionSid], options),
        update: (interactionSid, channelSid, params) =>
          call(transport, updateInteractionChannel, [interactionSid, channelSid], params)
      },
      participants: {
        page: (interactionSid, channelSid, options) => participantList.page([interactionSid, channelSid], options),
        pages: (interactionSid, channelSid, options) => participantList.pages([interactionSid, channelSid], options),
        stream: (interactionSid, channelSid, options) => participantList.stream([interactionSid, channelSid], options),
        list: (interactionSid, channelSid, options) => participantList.list([interactionSid, channelSid], options),
        create: (interactionSid, channelSid, params) =>
          call(transport, createParticipant, [interactionSid, channelSid], params),
        update: (interactionSid, channelSid, participantSid, params) =>
          call(transport, updateParticipant, [interactionSid, channelSid, participantSid], params)
      },
      invites: {
        page: (interactionSid, channelSid, options) => inviteList.page([interactionSid, channelSid], options),
        pages: (interactionSid, channelSid, options) => inviteList.pages([interactionSid, channelSid], options),
        stream: (interactionSid, channelSid, options) => inviteList.stream([interactionSid, channelSid], options),
        list: (interactionSid, channelSid, options) => inviteList.list([interactionSid, channelSid], options),
        create: (interactionSid, channelSid, params) =>
          call(transport, createInvite, [interactionSid, channelSid], params)
      },
      transfers: {
        create: (interactionSid, channelSid, params) =>
          call(transport, createTransfer, [interactionSid, channelSid], params),
        fetch: (interactionSid, channelSid, transferSid) =>
          call(transport, fetchTransfer, [interactionSid, channelSid, transferSid]),
        update: (interactionSid, channelSid, transferSid, params) =>
          call(transport, updateTransfer, [interactionSid, channelSid, transferSid], params)
      }
    }
  })
