/**
 * The Flex API's tree as Twilio's paths have it, and every operation on it as data: its name (spans,
 * metrics, errors), method, path, parameters and response (see ./operation.ts for how one runs).
 * Each description is a pure value, so a bundle keeps only the ones its calls reach, and the
 * schemas only those reach.
 */
import * as Either from "effect/Either"
import * as ChatChannel from "../ChatChannel.js"
import * as Interaction from "../Interaction.js"
import * as InteractionChannel from "../InteractionChannel.js"
import * as Invite from "../Invite.js"
import * as Participant from "../Participant.js"
import * as Transfer from "../Transfer.js"
import * as Decode from "./decode.js"
import * as Input from "./input.js"
import * as Operation from "./operation.js"

// --- paths --------------------------------------------------------------------------------------

// A SID argument is written in place: an argument read from an object would keep these pure
// values in every bundle (a property read may have effects, for a bundler).
const chatChannels = /* @__PURE__ */ Operation.root("v1", "Channels")
const chatChannel = /* @__PURE__ */ Operation.member(chatChannels, {
  argument: "sid",
  prefix: "CH",
  attribute: "flex.chat_channel_sid"
})
const interactions = /* @__PURE__ */ Operation.root("v1", "Interactions")
const interaction = /* @__PURE__ */ Operation.member(interactions, {
  argument: "interactionSid",
  prefix: "KD",
  attribute: "flex.interaction_sid"
})
const interactionChannels = /* @__PURE__ */ Operation.collection(interaction, "Channels")
const interactionChannel = /* @__PURE__ */ Operation.member(interactionChannels, {
  argument: "channelSid",
  prefix: "UO",
  attribute: "flex.channel_sid"
})
const participants = /* @__PURE__ */ Operation.collection(interactionChannel, "Participants")
const participant = /* @__PURE__ */ Operation.member(participants, {
  argument: "participantSid",
  prefix: "UT",
  attribute: "flex.participant_sid"
})
const invites = /* @__PURE__ */ Operation.collection(interactionChannel, "Invites")
const transfers = /* @__PURE__ */ Operation.collection(interactionChannel, "Transfers")
const transfer = /* @__PURE__ */ Operation.member(transfers, {
  argument: "transferSid",
  prefix: "UX",
  attribute: "flex.transfer_sid"
})

// --- list endpoints ---------------------------------------------------------------------------

export const listChatChannels: Operation.ListEndpoint<[], ChatChannel.ChatChannel> = {
  operation: "channels",
  path: chatChannels,
  decode: /* @__PURE__ */ Decode.page(ChatChannel.listKey, ChatChannel.ChatChannel)
}

export const listInteractionChannels: Operation.ListEndpoint<[string], InteractionChannel.InteractionChannel> = {
  operation: "interactionChannels",
  path: interactionChannels,
  decode: /* @__PURE__ */ Decode.page(InteractionChannel.listKey, InteractionChannel.InteractionChannel)
}

export const listParticipants: Operation.ListEndpoint<[string, string], Participant.Participant> = {
  operation: "participants",
  path: participants,
  decode: /* @__PURE__ */ Decode.page(Participant.listKey, Participant.Participant)
}

export const listInvites: Operation.ListEndpoint<[string, string], Invite.Invite> = {
  operation: "invites",
  path: invites,
  decode: /* @__PURE__ */ Decode.page(Invite.listKey, Invite.Invite)
}

// --- single-record endpoints ------------------------------------------------------------------

const chatChannelRecord = /* @__PURE__ */ Decode.resource(ChatChannel.ChatChannel)
const interactionRecord = /* @__PURE__ */ Decode.resource(Interaction.Interaction)
const interactionChannelRecord = /* @__PURE__ */ Decode.resource(InteractionChannel.InteractionChannel)
const participantRecord = /* @__PURE__ */ Decode.resource(Participant.Participant)
const inviteRecord = /* @__PURE__ */ Decode.resource(Invite.Invite)
const transferRecord = /* @__PURE__ */ Decode.resource(Transfer.Transfer)

export const fetchChatChannel: Operation.Endpoint<[string], never, ChatChannel.ChatChannel> = {
  operation: "channels.fetch",
  method: "GET",
  path: chatChannel,
  response: chatChannelRecord
}

export const createChatChannel: Operation.Endpoint<[], ChatChannel.CreateParams, ChatChannel.ChatChannel> = {
  operation: "channels.create",
  method: "POST",
  path: chatChannels,
  params: /* @__PURE__ */ Operation.formParams(ChatChannel.CreateParams, ChatChannel.toCreateFormBody),
  response: chatChannelRecord
}

export const deleteChatChannel: Operation.Endpoint<[string], never, void> = {
  operation: "channels.delete",
  method: "DELETE",
  path: chatChannel,
  response: "NoContent"
}

export const fetchInteraction: Operation.Endpoint<[string], never, Interaction.Interaction> = {
  operation: "interactions.fetch",
  method: "GET",
  path: interaction,
  response: interactionRecord
}

export const createInteraction: Operation.Endpoint<[], Interaction.CreateParams, Interaction.Interaction> = {
  operation: "interactions.create",
  method: "POST",
  path: interactions,
  params: /* @__PURE__ */ Operation.formParams(Interaction.CreateParams, Interaction.toCreateFormBody, {
    json: [
      "channel",
      "routing"
    ]
  }),
  response: interactionRecord
}

export const updateInteraction: Operation.Endpoint<[string], Interaction.UpdateParams, Interaction.Interaction> = {
  operation: "interactions.update",
  method: "POST",
  path: interaction,
  params: /* @__PURE__ */ Operation.formParams(Interaction.UpdateParams, Interaction.toUpdateFormBody),
  response: interactionRecord
}

export const fetchInteractionChannel: Operation.Endpoint<
  [string, string],
  never,
  InteractionChannel.InteractionChannel
> = {
  operation: "interactionChannels.fetch",
  method: "GET",
  path: interactionChannel,
  response: interactionChannelRecord
}

export const updateInteractionChannel: Operation.Endpoint<
  [string, string],
  InteractionChannel.UpdateParams,
  InteractionChannel.InteractionChannel
> = {
  operation: "interactionChannels.update",
  method: "POST",
  path: interactionChannel,
  params: {
    // A union, not a struct: `status` decides which fields apply (see Input.updateParams). The
    // schema only checks, so the copy is sent as given (routing's keys in the caller's order).
    read: (operation, value) =>
      Either.flatMap(
        Input.updateParams(operation, value),
        (copy) => Input.validate(operation, "params", InteractionChannel.UpdateParams, copy)
      ),
    body: (valid) => ({ _tag: "Form", fields: InteractionChannel.toFormBody(valid) }),
    attributes: Operation.statusAttribute
  },
  response: interactionChannelRecord
}

export const createParticipant: Operation.Endpoint<
  [string, string],
  Participant.CreateParams,
  Participant.Participant
> = {
  operation: "participants.create",
  method: "POST",
  path: participants,
  params: /* @__PURE__ */ Operation.formParams(Participant.CreateParams, Participant.toCreateFormBody, {
    json: [
      "mediaProperties",
      "routingProperties"
    ]
  }),
  response: participantRecord
}

export const updateParticipant: Operation.Endpoint<
  [string, string, string],
  Participant.UpdateParams,
  Participant.Participant
> = {
  operation: "participants.update",
  method: "POST",
  path: participant,
  params: /* @__PURE__ */ Operation.formParams(Participant.UpdateParams, Participant.toFormBody, {
    attributes: Operation.statusAttribute
  }),
  response: participantRecord
}

export const createInvite: Operation.Endpoint<[string, string], Invite.CreateParams, Invite.Invite> = {
  operation: "invites.create",
  method: "POST",
  path: invites,
  params: /* @__PURE__ */ Operation.formParams(Invite.CreateParams, Invite.toCreateFormBody, { json: ["routing"] }),
  response: inviteRecord
}

export const createTransfer: Operation.Endpoint<[string, string], Transfer.CreateParams, Transfer.Transfer> = {
  operation: "transfers.create",
  method: "POST",
  path: transfers,
  params: /* @__PURE__ */ Operation.jsonParams(Transfer.CreateParams),
  response: transferRecord
}

export const fetchTransfer: Operation.Endpoint<[string, string, string], never, Transfer.Transfer> = {
  operation: "transfers.fetch",
  method: "GET",
  path: transfer,
  response: transferRecord
}

export const updateTransfer: Operation.Endpoint<[string, string, string], Transfer.UpdateParams, Transfer.Transfer> = {
  operation: "transfers.update",
  method: "POST",
  path: transfer,
  params: /* @__PURE__ */ Operation.jsonParams(Transfer.UpdateParams),
  response: transferRecord
}
