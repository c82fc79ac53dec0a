import type * as FlexSimulator from "../FlexSimulator.js"

/** @internal */
export const defaultOrigin = "https://flex-api.twilio.com"

/** @internal */
export const chatChannelPath = (sid: string) => `/v1/Channels/${sid}`

/** @internal */
export const interactionPath = (sid: string) => `/v1/Interactions/${sid}`

/** @internal */
export const interactionChannelPath = (interactionSid: string, sid: string) =>
  `/v1/Interactions/${interactionSid}/Channels/${sid}`

/** @internal */
export const participantPath = (interactionSid: string, channelSid: string, sid: string) =>
  `/v1/Interactions/${interactionSid}/Channels/${channelSid}/Participants/${sid}`

/** @internal */
export const invitePath = (interactionSid: string, channelSid: string, sid: string) =>
  `${interactionChannelPath(interactionSid, channelSid)}/Invites/${sid}`

/** @internal */
export const transferPath = (interactionSid: string, channelSid: string, sid: string) =>
  `${interactionChannelPath(interactionSid, channelSid)}/Transfers/${sid}`

/** @internal */
export const renderChatChannel = (
  record: FlexSimulator.ChatChannelRecord,
  origin: string
): FlexSimulator.ChatChannelRecord => ({ ...record, url: origin + chatChannelPath(record.sid) })

/** @internal */
export const renderInteraction = (
  record: FlexSimulator.InteractionRecord,
  origin: string
): FlexSimulator.InteractionRecord => {
  const url = origin + interactionPath(record.sid)
  return { ...record, url, links: { ...record.links, channels: `${url}/Channels` } }
}

/** @internal */
export const renderInteractionChannel = (
  record: FlexSimulator.InteractionChannelRecord,
  origin: string
): FlexSimulator.InteractionChannelRecord => {
  const url = origin + interactionChannelPath(record.interaction_sid, record.sid)
  return {
    ...record,
    url,
    links: { participants: `${url}/Participants`, invites: `${url}/Invites`, transfers: `${url}/Transfers` }
  }
}

/** @internal */
export const renderParticipant = (
  record: FlexSimulator.ParticipantRecord,
  origin: string
): FlexSimulator.ParticipantRecord => ({
  ...record,
  url: origin + participantPath(record.interaction_sid, record.channel_sid, record.sid)
})

/** @internal */
export const renderInvite = (record: FlexSimulator.InviteRecord, origin: string): FlexSimulator.InviteRecord => ({
  ...record,
  url: origin + invitePath(record.interaction_sid, record.channel_sid, record.sid)
})

/** @internal */
export const renderTransfer = (record: FlexSimulator.TransferRecord, origin: string): FlexSimulator.TransferRecord => ({
  ...record,
  url: origin + transferPath(record.interaction_sid, record.channel_sid, record.sid)
})

/**
 * ISO 8601 UTC without milliseconds, as Twilio's v1 APIs send dates (`2016-08-01T22:10:40Z`).
 *
 * @internal
 */
export const formatDate = (millis: number): string => new Date(millis).toISOString().replace(/\.\d{3}Z$/, "Z")

/** @internal */
export interface TwilioErrorBody {
  readonly code: number
  readonly message: string
  readonly more_info: string
  readonly status: number
}

/** @internal */
export const errorBody = (status: number, code: number, message: string): TwilioErrorBody => ({
  code,
  message,
  more_info: `https://www.twilio.com/docs/errors/${code}`,
  status
})

/**
 * The resource path Twilio names in a 404 message: the request path without the API version.
 *
 * @internal
 */
export const resourcePath = (pathname: string): string => {
  const stripped = pathname.replace(/^\/v1(?=\/|$)/, "")
  return stripped === "" ? "/" : stripped
}

/** @internal */
export const notFound = (pathname: string): TwilioErrorBody =>
  errorBody(404, 20404, `The requested resource ${resourcePath(pathname)} was not found`)

/** @internal */
export const authenticate: TwilioErrorBody = errorBody(401, 20003, "Authenticate")

/** @internal */
export const methodNotAllowed = (method: string): TwilioErrorBody =>
  errorBody(405, 20004, `Method ${method} not allowed`)

/**
 * The account's REST concurrency is exceeded; the request was not processed.
 *
 * @internal
 */
export const tooManyRequests: TwilioErrorBody = errorBody(429, 20429, "Too Many Requests")

/**
 * A Flex endpoint's rate is exceeded (e.g. the Interactions API's 20 requests per second per
 * endpoint per account); the request was not processed.
 *
 * @internal
 */
export const tooManyConcurrentApiRequests: TwilioErrorBody = errorBody(
  429,
  45780,
  "Operation failed: too many concurrent API requests"
)

/** @internal */
export const invalidParameter = (message: string): TwilioErrorBody => errorBody(400, 20001, message)

/** @internal */
export const missingParameter = (name: string): TwilioErrorBody =>
  invalidParameter(`Missing required parameter ${name} in the post body`)

/** @internal */
export const statusText = (status: number): string => {
  switch (status) {
    case 400:
      return "Bad Request"
    case 401:
      return "Unauthorized"
    case 403:
      return "Forbidden"
    case 404:
      return "Not Found"
    case 405:
      return "Method Not Allowed"
    case 429:
      return "Too Many Requests"
    case 500:
      return "Internal Server Error"
    case 502:
      return "Bad Gateway"
    case 503:
      return "Service Unavailable"
    case 504:
      return "Gateway Timeout"
    default:
      return status >= 500 ? "Server Error" : "Error"
  }
}
