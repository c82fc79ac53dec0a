/**
 * The FlexClient: every operation (see ./endpoints.ts) bound to one transport, as the service's
 * namespaces of methods. Each method is the same function the per-resource modules run with the
 * transport from the context (see ./operation.ts).
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Effect from "effect/Effect"
import type * as FlexClient from "../FlexClient.js"
import type * as FlexConfig from "../FlexConfig.js"
import type { FlexInvalidInput } from "../FlexError.js"
import * as Endpoints from "./endpoints.js"
import * as Operation from "./operation.js"
import type * as Request from "./request.js"
import * as Transport from "./transport.js"

/** The four list calls of an endpoint on one transport. */
const listCalls = <Args extends ReadonlyArray<string>, A>(
  transport: Request.Transport,
  endpoint: Operation.ListEndpoint<Args, A>
) => ({
  page: (args: Args, options: unknown) => Operation.page(transport, endpoint, args, options),
  pages: (args: Args, options: unknown) => Operation.pages(transport, endpoint, args, options),
  stream: (args: Args, options: unknown) => Operation.stream(transport, endpoint, args, options),
  list: (args: Args, options: unknown) => Operation.list(transport, endpoint, args, options)
})

/** The FlexClient of a transport. */
export const fromTransport = (transport: Request.Transport): FlexClient.FlexClient => {
  const { call } = Operation
  const chatChannelList = listCalls(transport, Endpoints.listChatChannels)
  const channelList = listCalls(transport, Endpoints.listInteractionChannels)
  const participantList = listCalls(transport, Endpoints.listParticipants)
  const inviteList = listCalls(transport, Endpoints.listInvites)
  return {
    channels: {
      fetch: (sid) => call(transport, Endpoints.fetchChatChannel, [sid]),
      create: (params) => call(transport, Endpoints.createChatChannel, [], params),
      delete: (sid) => call(transport, Endpoints.deleteChatChannel, [sid]),
      page: (options) => chatChannelList.page([], options),
      pages: (options) => chatChannelList.pages([], options),
      stream: (options) => chatChannelList.stream([], options),
      list: (options) => chatChannelList.list([], options)
    },
    interactions: {
      fetch: (interactionSid) => call(transport, Endpoints.fetchInteraction, [interactionSid]),
      create: (params) => call(transport, Endpoints.createInteraction, [], params),
      update: (interactionSid, params) => call(transport, Endpoints.updateInteraction, [interactionSid], params)
    },
    interactionChannels: {
      fetch: (interactionSid, channelSid) =>
        call(transport, Endpoints.fetchInteractionChannel, [interactionSid, channelSid]),
      page: (interactionSid, options) => channelList.page([interactionSid], options),
      pages: (interactionSid, options) => channelList.pages([interactionSid], options),
      stream: (interactionSid, options) => channelList.stream([interactionSid], options),
      list: (interactionSid, options) => channelList.list([interactionSid], options),
      update: (interactionSid, channelSid, params) =>
        call(transport, Endpoints.updateInteractionChannel, [interactionSid, channelSid], params)
    },
    participants: {
      page: (interactionSid, channelSid, options) => participantList.page([interactionSid, channelSid], options),
      pages: (interactionSid, channelSid, options) => participantList.pages([interactionSid, channelSid], options),
      stream: (interactionSid, channelSid, options) => participantList.stream([interactionSid, channelSid], options),
      list: (interactionSid, channelSid, options) => participantList.list([interactionSid, channelSid], options),
      create: (interactionSid, channelSid, params) =>
        call(transport, Endpoints.createParticipant, [interactionSid, channelSid], params),
      update: (interactionSid, channelSid, participantSid, params) =>
        call(transport, Endpoints.updateParticipant, [interactionSid, channelSid, participantSid], params)
    },
    invites: {
      page: (interactionSid, channelSid, options) => inviteList.page([interactionSid, channelSid], options),
      pages: (interactionSid, channelSid, options) => inviteList.pages([interactionSid, channelSid], options),
      stream: (interactionSid, channelSid, options) => inviteList.stream([interactionSid, channelSid], options),
      list: (interactionSid, channelSid, options) => inviteList.list([interactionSid, channelSid], options),
      create: (interactionSid, channelSid, params) =>
        call(transport, Endpoints.createInvite, [interactionSid, channelSid], params)
    },
    transfers: {
      create: (interactionSid, channelSid, params) =>
        call(transport, Endpoints.createTransfer, [interactionSid, channelSid], params),
      fetch: (interactionSid, channelSid, transferSid) =>
        call(transport, Endpoints.fetchTransfer, [interactionSid, channelSid, transferSid]),
      update: (interactionSid, channelSid, transferSid, params) =>
        call(transport, Endpoints.updateTransfer, [interactionSid, channelSid, transferSid], params)
    }
  }
}

/** Builds a FlexClient from its options and the HttpClient in context. */
export const make = (
  options: FlexConfig.Options
): Effect.Effect<FlexClient.FlexClient, FlexInvalidInput, HttpClient.HttpClient> =>
  Effect.map(Transport.make(options), fromTransport)
