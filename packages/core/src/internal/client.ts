/**
 * The FlexClient's operations, each a plain function of the client's {@link Request.Transport}:
 * read the arguments once, validate them, run the request (or the listing), and let errors out
 * only through {@link traced}, the one place where they are scrubbed of secrets.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Stream from "effect/Stream"
import { ChatChannel } from "../ChatChannel.js"
import type * as FlexClient from "../FlexClient.js"
import type * as FlexConfig from "../FlexConfig.js"
import type { FlexInvalidInput } from "../FlexError.js"
import { type FlexError } from "../FlexError.js"
import { Interaction } from "../Interaction.js"
import * as InteractionChannel from "../InteractionChannel.js"
import type * as Page from "../Page.js"
import * as Participant from "../Participant.js"
import type * as Sid from "../Sid.js"
import * as Config from "./config.js"
import * as Decode from "./decode.js"
import * as Input from "./input.js"
import * as PageUrl from "./pageUrl.js"
import * as Pagination from "./pagination.js"
import * as Request from "./request.js"
import { traced, tracedStream } from "./traced.js"
// --- list calls -----------------------------------------------------------------------------------

/** A list endpoint: how to name it, find its path from validated arguments, and decode a page. */
interface ListEndpoint<Args extends ReadonlyArray<string>, A> {
  readonly operation: string
  readonly path: (operation: string, args: Args) => Either.Either<string, FlexInvalidInput>
  readonly attributes: (args: Args) => Readonly<Record<string, unknown>>
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
      endpoint.path(operation, args),
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
    endpoint.attributes(args),
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
      endpoint.attributes(args),
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
      endpoint.attributes(args),
      Effect.flatMap(
        startOf(transport, endpoint, operation, args, options),
        ({ demand, fetch, first }) => Pagination.collect(first, fetch, demand)
      )
    )
  }
})

/** Span attributes of SID arguments: only strings are recorded (scrubbed), never objects. */
const sidAttribute = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined)

/** The path of an interaction channel, from SID arguments read once and validated. */
const channelPath = (
  operation: string,
  interactionSid: unknown,
  channelSid: unknown
): Either.Either<string, FlexInvalidInput> =>
  Either.gen(function*() {
    const interaction = yield* Input.sid<Sid.InteractionSid>(operation, "interactionSid", "KD", interactionSid)
    const channel = yield* Input.sid<Sid.InteractionChannelSid>(operation, "channelSid", "UO", channelSid)
    return `/v1/Interactions/${interaction}/Channels/${channel}`
  })

const chatChannels: ListEndpoint<[], ChatChannel> = {
  operation: "channels",
  path: () => Either.right("/v1/Channels"),
  attributes: () => ({}),
  decode: Decode.page("flex_chat_channels", ChatChannel)
}

const interactionChannels: ListEndpoint<[interactionSid: string], InteractionChannel.InteractionChannel> = {
  operation: "interactionChannels",
  path: (operation, [interactionSid]) =>
    Either.map(
      Input.sid<Sid.InteractionSid>(operation, "interactionSid", "KD", interactionSid),
      (sid) => `/v1/Interactions/${sid}/Channels`
    ),
  attributes: ([interactionSid]) => ({ "flex.interaction_sid": sidAttribute(interactionSid) }),
  decode: Decode.page("channels", InteractionChannel.InteractionChannel)
}

const participants: ListEndpoint<[interactionSid: string, channelSid: string], Participant.Participant> = {
  operation: "participants",
  path: (operation, [interactionSid, channelSid]) =>
    Either.map(channelPath(operation, interactionSid, channelSid), (path) => `${path}/Participants`),
  attributes: ([interactionSid, channelSid]) => ({
    "flex.interaction_sid": sidAttribute(interactionSid),
    "flex.channel_sid": sidAttribute(channelSid)
  }),
  decode: Decode.page("participants", Participant.Participant)
}

// --- single-record calls --------------------------------------------------------------------------

/**
 * One request for one record: the request is built inside the effect (arguments read once and
 * validated there), sent, and its record decoded; errors leave through {@link traced}.
 */
const call = <A>(
  transport: Request.Transport,
  operation: string,
  attributes: Readonly<Record<string, unknown>>,
  request: () => Either.Either<Request.RequestSpec, FlexInvalidInput>,
  decode: Decode.Decoder<A>
): Effect.Effect<A, FlexError> =>
  traced(
    transport,
    operation,
    attributes,
    Effect.suspend(request).pipe(
      Effect.tap((spec) =>
        spec.form === undefined ? Effect.void : Effect.annotateCurrentSpan("flex.status", spec.form.Status)
      ),
      Effect.flatMap((spec) => Request.execute(transport, spec, decode)),
      Effect.map(({ value }) => value)
    )
  )

const get = (transport: Request.Transport, operation: string) => (path: string): Request.RequestSpec => ({
  operation,
  method: "GET",
  url: `${transport.config.origin}${path}`
})

const decodeChatChannel = Decode.resource(ChatChannel)
const decodeInteractionChannel = Decode.resource(InteractionChannel.InteractionChannel)
const decodeParticipant = Decode.resource(Participant.Participant)
const decodeInteraction = Decode.resource(Interaction)

const fetchChannel = (transport: Request.Transport, sid: string): Effect.Effect<ChatChannel, FlexError> => {
  const operation = "channels.fetch"
  return call(
    transport,
    operation,
    { "flex.chat_channel_sid": sidAttribute(sid) },
    () =>
      Either.map(
        Input.sid<Sid.ChatChannelSid>(operation, "sid", "CH", sid),
        (sid) => get(transport, operation)(`/v1/Channels/${sid}`)
      ),
    decodeChatChannel
  )
}

const fetchInteraction = (
  transport: Request.Transport,
  interactionSid: string
): Effect.Effect<Interaction, FlexError> => {
  const operation = "interactions.fetch"
  return call(
    transport,
    operation,
    { "flex.interaction_sid": sidAttribute(interactionSid) },
    () =>
      Either.map(
        Input.sid<Sid.InteractionSid>(operation, "interactionSid", "KD", interactionSid),
        (sid) => get(transport, operation)(`/v1/Interactions/${sid}`)
      ),
    decodeInteraction
  )
}

const fetchInteractionChannel = (
  transport: Request.Transport,
  interactionSid: string,
  channelSid: string
): Effect.Effect<InteractionChannel.InteractionChannel, FlexError> => {
  const operation = "interactionChannels.fetch"
  return call(
    transport,
    operation,
    { "flex.interaction_sid": sidAttribute(interactionSid), "flex.channel_sid": sidAttribute(channelSid) },
    () => Either.map(channelPath(operation, interactionSid, channelSid), get(transport, operation)),
    decodeInteractionChannel
  )
}

const updateInteractionChannel = (
  transport: Request.Transport,
  interactionSid: string,
  channelSid: string,
  params: InteractionChannel.UpdateParams
): Effect.Effect<InteractionChannel.InteractionChannel, FlexError> => {
  const operation = "interactionChannels.update"
  return call(
    transport,
    operation,
    { "flex.interaction_sid": sidAttribute(interactionSid), "flex.channel_sid": sidAttribute(channelSid) },
    () =>
      Either.gen(function*() {
        const path = yield* channelPath(operation, interactionSid, channelSid)
        const copy = yield* Input.updateParams(operation, params)
        const valid = yield* Input.decode(operation, "params", InteractionChannel.UpdateParams, copy)
        return {
          operation,
          method: "POST" as const,
          url: `${transport.config.origin}${path}`,
          form: InteractionChannel.toFormBody(valid)
        }
      }),
    decodeInteractionChannel
  )
}

const participantUpdateKeys = ["status"] as const

const updateParticipant = (
  transport: Request.Transport,
  interactionSid: string,
  channelSid: string,
  participantSid: string,
  params: Participant.UpdateParams
): Effect.Effect<Participant.Participant, FlexError> => {
  const operation = "participants.update"
  return call(
    transport,
    operation,
    {
      "flex.interaction_sid": sidAttribute(interactionSid),
      "flex.channel_sid": sidAttribute(channelSid),
      "flex.participant_sid": sidAttribute(participantSid)
    },
    () =>
      Either.gen(function*() {
        const path = yield* channelPath(operation, interactionSid, channelSid)
        const participant = yield* Input.sid<Sid.ParticipantSid>(operation, "participantSid", "UT", participantSid)
        const copy = yield* Input.snapshot(operation, "params", params, participantUpdateKeys)
        const valid = yield* Input.decode(operation, "params", Participant.UpdateParams, copy)
        return {
          operation,
          method: "POST" as const,
          url: `${transport.config.origin}${path}/Participants/${participant}`,
          form: Participant.toFormBody(valid)
        }
      }),
    decodeParticipant
  )
}

// --- the client -----------------------------------------------------------------------------------

/** Builds a FlexClient from its options and the HttpClient in context. */
export const make = (
  options: FlexConfig.Options
): Effect.Effect<FlexClient.FlexClient, FlexInvalidInput, HttpClient.HttpClient> =>
  Effect.gen(function*() {
    const config = yield* Config.resolve(options)
    const transport = Request.make(config, yield* HttpClient.HttpClient)
    const channels = listCalls(transport, chatChannels)
    const channelsOf = listCalls(transport, interactionChannels)
    const participantsOf = listCalls(transport, participants)
    return {
      channels: {
        fetch: (sid) => fetchChannel(transport, sid),
        page: (options) => channels.page([], options),
        pages: (options) => channels.pages([], options),
        stream: (options) => channels.stream([], options),
        list: (options) => channels.list([], options)
      },
      interactions: {
        fetch: (interactionSid) => fetchInteraction(transport, interactionSid)
      },
      interactionChannels: {
        fetch: (interactionSid, channelSid) => fetchInteractionChannel(transport, interactionSid, channelSid),
        page: (interactionSid, options) => channelsOf.page([interactionSid], options),
        pages: (interactionSid, options) => channelsOf.pages([interactionSid], options),
        stream: (interactionSid, options) => channelsOf.stream([interactionSid], options),
        list: (interactionSid, options) => channelsOf.list([interactionSid], options),
        update: (interactionSid, channelSid, params) =>
          updateInteractionChannel(transport, interactionSid, channelSid, params)
      },
      participants: {
        page: (interactionSid, channelSid, options) => participantsOf.page([interactionSid, channelSid], options),
        pages: (interactionSid, channelSid, options) => participantsOf.pages([interactionSid, channelSid], options),
        stream: (interactionSid, channelSid, options) => participantsOf.stream([interactionSid, channelSid], options),
        list: (interactionSid, channelSid, options) => participantsOf.list([interactionSid, channelSid], options),
        update: (interactionSid, channelSid, participantSid, params) =>
          updateParticipant(transport, interactionSid, channelSid, participantSid, params)
      }
    }
  })
