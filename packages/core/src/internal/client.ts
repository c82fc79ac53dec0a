import * as HttpClient from "@effect/platform/HttpClient"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { ChatChannel } from "../ChatChannel.js"
import type * as FlexClient from "../FlexClient.js"
import type * as FlexConfig from "../FlexConfig.js"
import { type FlexError, FlexInvalidInput } from "../FlexError.js"
import * as InteractionChannel from "../InteractionChannel.js"
import type * as Page from "../Page.js"
import { Participant } from "../Participant.js"
import type * as Sid from "../Sid.js"
import * as Config from "./config.js"
import * as Decode from "./decode.js"
import * as Input from "./input.js"
import * as Pagination from "./pagination.js"
import * as Request from "./request.js"

/** The list calls of one resource, once its path is known and its arguments are valid. */
interface ListCalls<A> {
  readonly page: (options: Page.PageOptions | undefined) => Effect.Effect<Page.Page<A>, FlexError>
  readonly pages: (options: Page.StreamOptions | undefined) => Stream.Stream<Page.Page<A>, FlexError>
  readonly items: (options: Page.StreamOptions | undefined) => Stream.Stream<A, FlexError>
}

/** Builds a FlexClient from validated configuration and an HttpClient. */
export const make = (
  options: FlexConfig.Options
): Effect.Effect<FlexClient.FlexClient, FlexInvalidInput, HttpClient.HttpClient> =>
  Effect.gen(function*() {
    const config = yield* Config.resolve(options)
    const httpClient = yield* HttpClient.HttpClient
    const executor = Request.makeExecutor(config, httpClient)

    // A secret passed by mistake as an argument (a token where a SID goes) must not come back in
    // the error message or a span attribute.
    const scrubError = (error: FlexError): FlexError =>
      error._tag === "FlexInvalidInput"
        ? new FlexInvalidInput({
          operation: error.operation,
          argument: error.argument,
          message: executor.scrub(error.message)
        })
        : error
    const spanOptions = (attributes: Record<string, unknown>) => ({
      kind: "client" as const,
      // A stack trace per call costs more than the call's own work on a fast link.
      captureStackTrace: false,
      attributes: Object.fromEntries(
        Object.entries(attributes).map((
          [key, value]
        ) => [key, typeof value === "string" ? executor.scrub(value) : value])
      )
    })
    /** Every public call: one span, and errors scrubbed of secrets. */
    const traced = (name: string, attributes: Record<string, unknown>) => <A>(effect: Effect.Effect<A, FlexError>) =>
      effect.pipe(Effect.mapError(scrubError), Effect.withSpan(`FlexClient.${name}`, spanOptions(attributes)))
    const tracedStream = (name: string, attributes: Record<string, unknown>) =>
    <A>(
      stream: Stream.Stream<A, FlexError>
    ) => stream.pipe(Stream.mapError(scrubError), Stream.withSpan(`FlexClient.${name}`, spanOptions(attributes)))

    const listCalls = <A>(
      operation: string,
      decodePage: Decode.Decoder<Decode.PageBody<A>>,
      listPath: string,
      attributes: Readonly<Record<string, string>>
    ): ListCalls<A> => {
      const fetchPage = (url: Page.PageCursor): Effect.Effect<Pagination.FetchedPage<A>, FlexError> =>
        executor.execute({ method: "GET", url }, decodePage).pipe(
          Effect.map(({ value }): Pagination.FetchedPage<A> => {
            const self = Pagination.selfOf(config, value.meta, listPath)
            return {
              items: value.items,
              meta: value.meta,
              url,
              aliases: [url, ...Option.toArray(self)],
              next: Pagination.nextOf(config, value.meta, url, self, listPath, "GET")
            }
          }),
          Effect.withSpan(`FlexClient.${operation}.fetchPage`, spanOptions({ ...attributes, "flex.page_url": url }))
        )

      const firstUrl = (
        options: Page.ListOptions | undefined,
        limit: number | undefined
      ): Either.Either<Page.PageCursor, FlexInvalidInput> => {
        const pageSize = Input.intOption(operation, "options.pageSize", options?.pageSize, 1, 1000)
        // A cursor carries its own page size: a valid pageSize beside it is ignored, an invalid one
        // is still an error (the caller meant something that cannot be).
        if (options?.from !== undefined) {
          return Either.flatMap(pageSize, () => Pagination.checkCursor(config, operation, options.from, listPath))
        }
        return Either.map(pageSize, (pageSize) => {
          // Without an explicit page size, a small limit asks for no more records than it needs.
          const size = pageSize ?? Math.min(limit ?? config.pageSize, config.pageSize)
          return `${config.origin}${listPath}?PageSize=${size}` as Page.PageCursor
        })
      }

      const checkOptions = (options: unknown): Either.Either<Page.StreamOptions | undefined, FlexInvalidInput> =>
        options === undefined || (typeof options === "object" && options !== null && !Array.isArray(options))
          ? Either.right(options as Page.StreamOptions | undefined)
          : Either.left(new FlexInvalidInput({ operation, argument: "options", message: "options must be an object" }))

      /** Validates the options of a listing: where it starts, and how far ahead it may fetch. */
      const start = (options: Page.StreamOptions | undefined) =>
        Either.gen(function*() {
          const checked = yield* checkOptions(options)
          const limit = yield* Input.intOption(operation, "options.limit", checked?.limit, 1, Number.MAX_SAFE_INTEGER)
          const prefetch = yield* Input.intOption(operation, "options.prefetch", checked?.prefetch, 0, 16)
          const first = yield* firstUrl(checked, limit)
          const demand: Pagination.Demand = { limit: limit ?? Number.POSITIVE_INFINITY, prefetch: prefetch ?? 1 }
          return { first, demand }
        })

      return {
        page: (options) =>
          checkOptions(options).pipe(
            Either.flatMap((options) => firstUrl(options, undefined)),
            Effect.flatMap(fetchPage),
            Effect.flatMap((fetched) =>
              Effect.map(fetched.next, (cursor): Page.Page<A> => ({ items: fetched.items, meta: fetched.meta, cursor }))
            )
          ),
        pages: (options) =>
          Stream.unwrap(Either.map(start(options), ({ demand, first }) => Pagination.pages(first, fetchPage, demand))),
        items: (options) =>
          Stream.unwrap(Either.map(start(options), ({ demand, first }) => Pagination.items(first, fetchPage, demand)))
      }
    }

    /** Turns validated list calls into the public page/pages/stream/list quartet. */
    const listApi = <Args extends ReadonlyArray<unknown>, A>(
      operation: string,
      resolve: (...args: Args) => Either.Either<ListCalls<A>, FlexInvalidInput>,
      spanAttributes: (...args: Args) => Record<string, unknown>
    ) => {
      const listing = <B>(
        args: Args,
        call: string,
        stream: (calls: ListCalls<A>) => Stream.Stream<B, FlexError>
      ): Stream.Stream<B, FlexError> =>
        Stream.unwrap(Either.map(resolve(...args), stream)).pipe(
          tracedStream(`${operation}.${call}`, spanAttributes(...args))
        )
      return {
        page: (args: Args, options: Page.PageOptions | undefined) =>
          Effect.flatMap(resolve(...args), (calls) => calls.page(options)).pipe(
            traced(`${operation}.page`, spanAttributes(...args))
          ),
        pages: (args: Args, options: Page.StreamOptions | undefined) =>
          listing(args, "pages", (calls) => calls.pages(options)),
        stream: (args: Args, options: Page.StreamOptions | undefined) =>
          listing(args, "stream", (calls) => calls.items(options)),
        list: (args: Args, options: Page.ListOptions | undefined) =>
          Stream.runCollect(listing(args, "list", (calls) => calls.items(options))).pipe(
            Effect.map((chunk): ReadonlyArray<A> => Chunk.toReadonlyArray(chunk))
          )
      }
    }

    // --- Flex chat channels ---------------------------------------------------------------------

    const channelLists = listApi(
      "channels",
      () => Either.right(listCalls("channels", chatChannelPage, "/v1/Channels", {})),
      () => ({})
    )

    const fetchChannel = (sid: string): Effect.Effect<ChatChannel, FlexError> =>
      Input.sid<Sid.ChatChannelSid>("channels.fetch", "sid", "CH", sid).pipe(
        Effect.flatMap((sid) =>
          executor.execute({ method: "GET", url: `${config.origin}/v1/Channels/${sid}` }, decodeChatChannel)
        ),
        Effect.map(({ value }) => value),
        traced("channels.fetch", { "flex.chat_channel_sid": sid })
      )

    // --- Interaction channels -------------------------------------------------------------------

    const interactionChannelLists = listApi(
      "interactionChannels",
      (interactionSid: string) =>
        Either.map(
          Input.sid<Sid.InteractionSid>("interactionChannels.list", "interactionSid", "KD", interactionSid),
          (sid) =>
            listCalls("interactionChannels", interactionChannelPage, `/v1/Interactions/${sid}/Channels`, {
              "flex.interaction_sid": sid
            })
        ),
      (interactionSid: string) => ({ "flex.interaction_sid": interactionSid })
    )

    const updateInteractionChannel = (
      interactionSid: string,
      channelSid: string,
      params: InteractionChannel.UpdateParams
    ): Effect.Effect<InteractionChannel.InteractionChannel, FlexError> => {
      const operation = "interactionChannels.update"
      return Either.gen(function*() {
        const interaction = yield* Input.sid<Sid.InteractionSid>(operation, "interactionSid", "KD", interactionSid)
        const channel = yield* Input.sid<Sid.InteractionChannelSid>(operation, "channelSid", "UO", channelSid)
        const valid = yield* Input.decode(operation, "params", InteractionChannel.UpdateParams, params)
        // Routing is arbitrary JSON: a BigInt or a cycle makes JSON.stringify throw.
        const form = yield* Either.try({
          try: () => InteractionChannel.toFormBody(valid),
          catch: () =>
            new FlexInvalidInput({
              operation,
              argument: "params.routing",
              message: "params.routing must be serialisable as JSON (no BigInt, no cycles)"
            })
        })
        return {
          method: "POST" as const,
          url: `${config.origin}/v1/Interactions/${interaction}/Channels/${channel}`,
          form
        }
      }).pipe(
        Effect.flatMap((spec) => executor.execute(spec, decodeInteractionChannel)),
        Effect.map(({ value }) => value),
        traced("interactionChannels.update", {
          "flex.interaction_sid": interactionSid,
          "flex.channel_sid": channelSid,
          "flex.status": typeof params === "object" && params !== null ? params.status : undefined
        })
      )
    }

    // --- Participants ---------------------------------------------------------------------------

    const participantLists = listApi(
      "participants",
      (interactionSid: string, channelSid: string) =>
        Either.gen(function*() {
          const interaction = yield* Input.sid<Sid.InteractionSid>(
            "participants.list",
            "interactionSid",
            "KD",
            interactionSid
          )
          const channel = yield* Input.sid<Sid.InteractionChannelSid>(
            "participants.list",
            "channelSid",
            "UO",
            channelSid
          )
          return listCalls(
            "participants",
            participantPage,
            `/v1/Interactions/${interaction}/Channels/${channel}/Participants`,
            { "flex.interaction_sid": interaction, "flex.channel_sid": channel }
          )
        }),
      (interactionSid: string, channelSid: string) => ({
        "flex.interaction_sid": interactionSid,
        "flex.channel_sid": channelSid
      })
    )

    return {
      channels: {
        fetch: fetchChannel,
        page: (options) => channelLists.page([], options),
        pages: (options) => channelLists.pages([], options),
        stream: (options) => channelLists.stream([], options),
        list: (options) => channelLists.list([], options)
      },
      interactionChannels: {
        page: (interactionSid, options) => interactionChannelLists.page([interactionSid], options),
        pages: (interactionSid, options) => interactionChannelLists.pages([interactionSid], options),
        stream: (interactionSid, options) => interactionChannelLists.stream([interactionSid], options),
        list: (interactionSid, options) => interactionChannelLists.list([interactionSid], options),
        update: updateInteractionChannel
      },
      participants: {
        page: (interactionSid, channelSid, options) => participantLists.page([interactionSid, channelSid], options),
        pages: (interactionSid, channelSid, options) => participantLists.pages([interactionSid, channelSid], options),
        stream: (interactionSid, channelSid, options) => participantLists.stream([interactionSid, channelSid], options),
        list: (interactionSid, channelSid, options) => participantLists.list([interactionSid, channelSid], options)
      }
    }
  })

const decodeChatChannel = Decode.resource(ChatChannel)
const decodeInteractionChannel = Decode.resource(InteractionChannel.InteractionChannel)
const chatChannelPage = Decode.page("flex_chat_channels", ChatChannel)
const interactionChannelPage = Decode.page("channels", InteractionChannel.InteractionChannel)
const participantPage = Decode.page("participants", Participant)
