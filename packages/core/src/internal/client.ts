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

const pageOf = <Args extends ReadonlyArray<string>, A>(
  transport: Request.Transport,
  endpoint: ListEndpoint<Args, A>,
  args: Args,
  options: unknown
): Effect.Effect<Page.Page<A>, FlexError> => {
  const operation = `${endpoint.operation}.page`
  return traced(
    transport,
    operation,
    endpoint.attributes(args),
    Effect.suspend(() =>
      Either.flatMap(
        endpoint.path(operation, args),
        (path) => Either.map(listStart(transport, operation, path, options), ({ first }) => ({ first, path }))
      )
    ).pipe(
      Effect.flatMap(({ first, path }) =>
        Pagination.fetchPage(transport, endpoint.operation, path, endpoint.decode, first)
      ),
      Effect.flatMap((fetched) =>
        Effect.map(fetched.next, (cursor): Page.Page<A> => ({ items: fetched.items, meta: fetched.meta, cursor }))
      )
    )
  )
}

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
      Effect.suspend(() =>
        Either.flatMap(
          endpoint.path(operation, args),
          (path) =>
            Either.map(listStart(transport, operation, path, options), ({ demand, first }) =>
              stream(
                first,
                (url) => Pagination.fetchPage(transport, endpoint.operation, path, endpoint.decode, url),
                demand
              ) as Stream.Stream<B, FlexError>)
        )
      )
    )
  )
}

/** The four list calls of an endpoint. Arguments are only read inside the returned effects. */
const listCalls = <Args extends ReadonlyArray<string>, A>(
  transport: Request.Transport,
  endpoint: ListEndpoint<Args, A>
) => ({
  page: (args: Args, options: unknown) => pageOf(transport, endpoint, args, options),
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
      Effect.suspend(() =>
        Either.flatMap(
          endpoint.path(operation, args),
          (path) => Either.map(listStart(transport, operation, path, options), (start) => ({ ...start, path }))
        )
      ).pipe(
        Effect.flatMap(({ demand, first, path }) =>
          Pagination.collect(
            first,
            (url) => Pagination.fetchPage(transport, endpoint.operation, path, endpoint.decode, url),
            demand
          )
        )
      )
    )
  }
})

/** Span attributes of SID arguments: only strings are recorded (scrubbed), never objects. */
const sidAttribute = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined)

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
    Either.gen(function*() {
      const interaction = yield* Input.sid<Sid.InteractionSid>(operation, "interactionSid", "KD", interactionSid)
      const channel = yield* Input.sid<Sid.InteractionChannelSid>(operation, "channelSid", "UO", channelSid)
      return `/v1/Interactions/${interaction}/Channels/${channel}/Participants`
    }),
  attributes: ([interactionSid, channelSid]) => ({
    "flex.interaction_sid": sidAttribute(interactionSid),
    "flex.channel_sid": sidAttribute(channelSid)
  }),
  decode: Decode.page("participants", Participant.Participant)
}

// --- single-record calls --------------------------------------------------------------------------

const decodeChatChannel = Decode.resource(ChatChannel)
const decodeInteractionChannel = Decode.resource(InteractionChannel.InteractionChannel)
const decodeParticipant = Decode.resource(Participant.Participant)
const decodeInteraction = Decode.resource(Interaction)

const fetchChannel = (transport: Request.Transport, sid: string): Effect.Effect<ChatChannel, FlexError> =>
  traced(
    transport,
    "channels.fetch",
    { "flex.chat_channel_sid": sidAttribute(sid) },
    Effect.suspend(() => Input.sid<Sid.ChatChannelSid>("channels.fetch", "sid", "CH", sid)).pipe(
      Effect.flatMap((sid) =>
        Request.execute(
          transport,
          { operation: "channels.fetch", method: "GET", url: `${transport.config.origin}/v1/Channels/${sid}` },
          decodeChatChannel
        )
      ),
      Effect.map(({ value }) => value)
    )
  )

const fetchInteraction = (
  transport: Request.Transport,
  interactionSid: string
): Effect.Effect<Interaction, FlexError> =>
  traced(
    transport,
    "interactions.fetch",
    { "flex.interaction_sid": sidAttribute(interactionSid) },
    Effect.suspend(() => Input.sid<Sid.InteractionSid>("interactions.fetch", "interactionSid", "KD", interactionSid))
      .pipe(
        Effect.flatMap((sid) =>
          Request.execute(
            transport,
            {
              operation: "interactions.fetch",
              method: "GET",
              url: `${transport.config.origin}/v1/Interactions/${sid}`
            },
            decodeInteraction
          )
        ),
        Effect.map(({ value }) => value)
      )
  )

/** The interaction channel fetch's URL, from arguments read once and validated. */
const interactionChannelUrl = (
  transport: Request.Transport,
  operation: string,
  interactionSid: unknown,
  channelSid: unknown
): Either.Either<string, FlexInvalidInput> =>
  Either.gen(function*() {
    const interaction = yield* Input.sid<Sid.InteractionSid>(operation, "interactionSid", "KD", interactionSid)
    const channel = yield* Input.sid<Sid.InteractionChannelSid>(operation, "channelSid", "UO", channelSid)
    return `${transport.config.origin}/v1/Interactions/${interaction}/Channels/${channel}`
  })

const fetchInteractionChannel = (
  transport: Request.Transport,
  interactionSid: string,
  channelSid: string
): Effect.Effect<InteractionChannel.InteractionChannel, FlexError> =>
  traced(
    transport,
    "interactionChannels.fetch",
    { "flex.interaction_sid": sidAttribute(interactionSid), "flex.channel_sid": sidAttribute(channelSid) },
    Effect.suspend(() => interactionChannelUrl(transport, "interactionChannels.fetch", interactionSid, channelSid))
      .pipe(
        Effect.flatMap((url) =>
          Request.execute(
            transport,
            { operation: "interactionChannels.fetch", method: "GET", url },
            decodeInteractionChannel
          )
        ),
        Effect.map(({ value }) => value)
      )
  )

/** The update's request, from arguments read once and validated. */
const updateRequest = (
  transport: Request.Transport,
  interactionSid: unknown,
  channelSid: unknown,
  params: unknown
): Either.Either<Request.RequestSpec, FlexInvalidInput> => {
  const operation = "interactionChannels.update"
  return Either.gen(function*() {
    const interaction = yield* Input.sid<Sid.InteractionSid>(operation, "interactionSid", "KD", interactionSid)
    const channel = yield* Input.sid<Sid.InteractionChannelSid>(operation, "channelSid", "UO", channelSid)
    const copy = yield* Input.updateParams(operation, params)
    const valid = yield* Input.decode(operation, "params", InteractionChannel.UpdateParams, copy)
    return {
      operation,
      method: "POST" as const,
      url: `${transport.config.origin}/v1/Interactions/${interaction}/Channels/${channel}`,
      form: InteractionChannel.toFormBody(valid)
    }
  })
}

const updateInteractionChannel = (
  transport: Request.Transport,
  interactionSid: string,
  channelSid: string,
  params: InteractionChannel.UpdateParams
): Effect.Effect<InteractionChannel.InteractionChannel, FlexError> =>
  traced(
    transport,
    "interactionChannels.update",
    { "flex.interaction_sid": sidAttribute(interactionSid), "flex.channel_sid": sidAttribute(channelSid) },
    Effect.suspend(() => updateRequest(transport, interactionSid, channelSid, params)).pipe(
      Effect.tap((spec) => Effect.annotateCurrentSpan("flex.status", spec.form?.Status)),
      Effect.flatMap((spec) => Request.execute(transport, spec, decodeInteractionChannel)),
      Effect.map(({ value }) => value)
    )
  )

const participantUpdateKeys = ["status"] as const

/** The participant update's request, from arguments read once and validated. */
const participantUpdateRequest = (
  transport: Request.Transport,
  interactionSid: unknown,
  channelSid: unknown,
  participantSid: unknown,
  params: unknown
): Either.Either<Request.RequestSpec, FlexInvalidInput> => {
  const operation = "participants.update"
  return Either.gen(function*() {
    const interaction = yield* Input.sid<Sid.InteractionSid>(operation, "interactionSid", "KD", interactionSid)
    const channel = yield* Input.sid<Sid.InteractionChannelSid>(operation, "channelSid", "UO", channelSid)
    const participant = yield* Input.sid<Sid.ParticipantSid>(operation, "participantSid", "UT", participantSid)
    const copy = yield* Input.snapshot(operation, "params", params, participantUpdateKeys)
    const valid = yield* Input.decode(operation, "params", Participant.UpdateParams, copy)
    return {
      operation,
      method: "POST" as const,
      url: `${transport.config.origin}/v1/Interactions/${interaction}/Channels/${channel}/Participants/${participant}`,
      form: Participant.toFormBody(valid)
    }
  })
}

const updateParticipant = (
  transport: Request.Transport,
  interactionSid: string,
  channelSid: string,
  participantSid: string,
  params: Participant.UpdateParams
): Effect.Effect<Participant.Participant, FlexError> =>
  traced(
    transport,
    "participants.update",
    {
      "flex.interaction_sid": sidAttribute(interactionSid),
      "flex.channel_sid": sidAttribute(channelSid),
      "flex.participant_sid": sidAttribute(participantSid)
    },
    Effect.suspend(() => participantUpdateRequest(transport, interactionSid, channelSid, participantSid, params)).pipe(
      Effect.tap((spec) => Effect.annotateCurrentSpan("flex.status", spec.form?.Status)),
      Effect.flatMap((spec) => Request.execute(transport, spec, decodeParticipant)),
      Effect.map(({ value }) => value)
    )
  )

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
