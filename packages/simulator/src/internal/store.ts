import type { ChatChannelSid, InteractionChannelSid, InteractionSid, ParticipantSid } from "@effect-flex/core/Sid"
import type * as FlexSimulator from "../FlexSimulator.js"
import { Prng } from "./random.js"
import * as Wire from "./wire.js"

/**
 * A record and its insertion sequence number. Lists are ordered by `seq`, and page tokens are
 * positions in that order (key-set pagination): records added later always sort after every
 * existing record, so a client walking the pages sees each record once.
 *
 * @internal
 */
export interface Entry<A> {
  readonly seq: number
  readonly record: A
}

/**
 * The store: immutable between transactions. Records are kept wire-shaped, with URLs on the
 * default origin (responses re-render the URLs on the request's origin).
 *
 * @internal
 */
export interface State {
  readonly seq: number
  readonly rng: number
  readonly chatChannels: ReadonlyArray<Entry<FlexSimulator.ChatChannelRecord>>
  readonly chatChannelIndex: ReadonlyMap<string, number>
  readonly interactions: ReadonlyArray<Entry<FlexSimulator.InteractionRecord>>
  readonly interactionIndex: ReadonlyMap<string, number>
  /** Interaction SID to its channels. */
  readonly channels: ReadonlyMap<string, ReadonlyArray<Entry<FlexSimulator.InteractionChannelRecord>>>
  /** Channel SID to its position. */
  readonly channelIndex: ReadonlyMap<string, { readonly interactionSid: string; readonly index: number }>
  /** Channel SID to its participants. */
  readonly participants: ReadonlyMap<string, ReadonlyArray<Entry<FlexSimulator.ParticipantRecord>>>
  readonly participantSids: ReadonlySet<string>
  /**
   * Participant SID to the status the last update set. Twilio's participant record has no
   * `status` field, so it is kept beside the wire-shaped records, never rendered.
   */
  readonly participantStatuses: ReadonlyMap<string, FlexSimulator.ParticipantStatus>
  /** Channel SID to its invites. */
  readonly invites: ReadonlyMap<string, ReadonlyArray<Entry<FlexSimulator.InviteRecord>>>
  /** Channel SID to its transfers. */
  readonly transfers: ReadonlyMap<string, ReadonlyArray<Entry<FlexSimulator.TransferRecord>>>
  /** The SIDs of the invites and transfers (a fresh SID is never one of them). */
  readonly otherSids: ReadonlySet<string>
}

/** @internal */
export const empty: State = {
  seq: 0,
  rng: 0x5eed,
  chatChannels: [],
  chatChannelIndex: new Map(),
  interactions: [],
  interactionIndex: new Map(),
  channels: new Map(),
  channelIndex: new Map(),
  participants: new Map(),
  participantSids: new Set(),
  participantStatuses: new Map(),
  invites: new Map(),
  transfers: new Map(),
  otherSids: new Set()
}

/**
 * A mutable working copy of the state for one transaction. Top-level containers are copied when
 * the draft is made, nested lists on first write.
 *
 * @internal
 */
export class Draft {
  seq: number
  readonly rng: Prng
  readonly chatChannels: Array<Entry<FlexSimulator.ChatChannelRecord>>
  readonly chatChannelIndex: Map<string, number>
  readonly interactions: Array<Entry<FlexSimulator.InteractionRecord>>
  readonly interactionIndex: Map<string, number>
  readonly channels: Map<string, ReadonlyArray<Entry<FlexSimulator.InteractionChannelRecord>>>
  readonly channelIndex: Map<string, { readonly interactionSid: string; readonly index: number }>
  readonly participants: Map<string, ReadonlyArray<Entry<FlexSimulator.ParticipantRecord>>>
  readonly participantSids: Set<string>
  participantStatuses: ReadonlyMap<string, FlexSimulator.ParticipantStatus>
  readonly invites: Map<string, ReadonlyArray<Entry<FlexSimulator.InviteRecord>>>
  readonly transfers: Map<string, ReadonlyArray<Entry<FlexSimulator.TransferRecord>>>
  readonly otherSids: Set<string>
  private readonly touched = new Set<string>()

  constructor(state: State, readonly now: number, readonly accountSid: string) {
    this.seq = state.seq
    this.rng = new Prng(state.rng)
    this.chatChannels = [...state.chatChannels]
    this.chatChannelIndex = new Map(state.chatChannelIndex)
    this.interactions = [...state.interactions]
    this.interactionIndex = new Map(state.interactionIndex)
    this.channels = new Map(state.channels)
    this.channelIndex = new Map(state.channelIndex)
    this.participants = new Map(state.participants)
    this.participantSids = new Set(state.participantSids)
    this.participantStatuses = state.participantStatuses
    this.invites = new Map(state.invites)
    this.transfers = new Map(state.transfers)
    this.otherSids = new Set(state.otherSids)
  }

  freeze(): State {
    return {
      seq: this.seq,
      rng: this.rng.state,
      chatChannels: this.chatChannels,
      chatChannelIndex: this.chatChannelIndex,
      interactions: this.interactions,
      interactionIndex: this.interactionIndex,
      channels: this.channels,
      channelIndex: this.channelIndex,
      participants: this.participants,
      participantSids: this.participantSids,
      participantStatuses: this.participantStatuses,
      invites: this.invites,
      transfers: this.transfers,
      otherSids: this.otherSids
    }
  }

  private writable<A>(map: Map<string, ReadonlyArray<A>>, kind: string, key: string): Array<A> {
    const id = `${kind}:${key}`
    const current = map.get(key) ?? []
    if (this.touched.has(id)) return current as Array<A>
    const copy = [...current]
    map.set(key, copy)
    this.touched.add(id)
    return copy
  }

  exists(sid: string): boolean {
    return this.chatChannelIndex.has(sid) || this.interactionIndex.has(sid) || this.channelIndex.has(sid) ||
      this.participantSids.has(sid) || this.otherSids.has(sid)
  }

  freshSid(prefix: string, rng: Prng = this.rng): string {
    let sid = rng.sid(prefix)
    while (this.exists(sid)) sid = rng.sid(prefix)
    return sid
  }

  private claim(sid: string | undefined, prefix: string): string {
    if (sid === undefined) return this.freshSid(prefix)
    if (this.exists(sid)) throw new Error(`FlexSimulator: a record with SID ${sid} already exists`)
    return sid
  }

  insertChatChannel(input: FlexSimulator.ChatChannelInput, rng?: Prng): FlexSimulator.ChatChannelRecord {
    const sid = input.sid === undefined && rng ? this.freshSid("CH", rng) : this.claim(input.sid, "CH")
    const created = input.date_created ?? Wire.formatDate(this.now)
    const record: FlexSimulator.ChatChannelRecord = {
      account_sid: input.account_sid ?? this.accountSid,
      flex_flow_sid: input.flex_flow_sid === undefined ? this.freshSid("FO", rng) : input.flex_flow_sid,
      sid,
      user_sid: input.user_sid === undefined ? this.freshSid("US", rng) : input.user_sid,
      task_sid: input.task_sid === undefined ? this.freshSid("WT", rng) : input.task_sid,
      url: Wire.defaultOrigin + Wire.chatChannelPath(sid),
      date_created: created,
      date_updated: input.date_updated ?? created
    }
    this.chatChannelIndex.set(sid, this.chatChannels.length)
    this.chatChannels.push({ seq: ++this.seq, record })
    return record
  }

  insertInteraction(input: FlexSimulator.InteractionInput, rng?: Prng): FlexSimulator.InteractionRecord {
    const sid = input.sid === undefined && rng ? this.freshSid("KD", rng) : this.claim(input.sid, "KD")
    const record = Wire.renderInteraction({
      sid,
      channel: input.channel === undefined ? { type: "chat" } : input.channel,
      routing: input.routing === undefined ? null : input.routing,
      interaction_context_sid: input.interaction_context_sid ?? null,
      webhook_ttid: input.webhook_ttid ?? null,
      url: "",
      links: { channels: "" }
    }, Wire.defaultOrigin)
    this.interactionIndex.set(sid, this.interactions.length)
    this.interactions.push({ seq: ++this.seq, record })
    this.channels.set(sid, this.channels.get(sid) ?? [])
    return record
  }

  insertInteractionChannel(
    input: FlexSimulator.InteractionChannelInput,
    rng?: Prng
  ): FlexSimulator.InteractionChannelRecord {
    const interactionSid = input.interaction_sid === undefined
      ? this.insertInteraction({}, rng).sid
      : this.interactionIndex.has(input.interaction_sid)
      ? input.interaction_sid
      : this.insertInteraction({ sid: input.interaction_sid }).sid
    const sid = input.sid === undefined && rng ? this.freshSid("UO", rng) : this.claim(input.sid, "UO")
    const status = input.status ?? "active"
    const failed = status === "failed"
    const record = Wire.renderInteractionChannel({
      sid,
      interaction_sid: interactionSid,
      type: input.type ?? "chat",
      status,
      error_code: input.error_code === undefined ? (failed ? 19025 : null) : input.error_code,
      error_message: input.error_message === undefined
        ? (failed ? "Channel validation error" : null)
        : input.error_message,
      url: "",
      links: { participants: "", invites: "", transfers: "" }
    }, Wire.defaultOrigin)
    const list = this.writable(this.channels, "channels", interactionSid)
    this.channelIndex.set(sid, { interactionSid, index: list.length })
    list.push({ seq: ++this.seq, record })
    this.participants.set(sid, this.participants.get(sid) ?? [])
    return record
  }

  insertParticipant(input: FlexSimulator.ParticipantInput, rng?: Prng): FlexSimulator.ParticipantRecord {
    const position = this.channelIndex.get(input.channel_sid)
    if (position === undefined || position.interactionSid !== input.interaction_sid) {
      throw new Error(
        `FlexSimulator: cannot insert a participant: no channel ${input.channel_sid} in interaction ${input.interaction_sid}`
      )
    }
    const sid = input.sid === undefined && rng ? this.freshSid("UT", rng) : this.claim(input.sid, "UT")
    const type = input.type ?? "customer"
    const record = Wire.renderParticipant({
      sid,
      type,
      interaction_sid: input.interaction_sid,
      channel_sid: input.channel_sid,
      url: "",
      routing_properties: input.routing_properties === undefined
        ? (type === "agent" ? this.agentRouting(rng ?? this.rng) : null)
        : input.routing_properties
    }, Wire.defaultOrigin)
    this.writable(this.participants, "participants", input.channel_sid).push({ seq: ++this.seq, record })
    this.participantSids.add(sid)
    return record
  }

  /** The channel must be in the interaction: a fixture that says otherwise is a defect of the test. */
  private requireChannel(what: string, interactionSid: string, channelSid: string): void {
    const position = this.channelIndex.get(channelSid)
    if (position === undefined || position.interactionSid !== interactionSid) {
      throw new Error(
        `FlexSimulator: cannot insert ${what}: no channel ${channelSid} in interaction ${interactionSid}`
      )
    }
  }

  insertInvite(input: FlexSimulator.InviteInput, rng?: Prng): FlexSimulator.InviteRecord {
    this.requireChannel("an invite", input.interaction_sid, input.channel_sid)
    const sid = input.sid === undefined && rng ? this.freshSid("KG", rng) : this.claim(input.sid, "KG")
    const record = Wire.renderInvite({
      sid,
      interaction_sid: input.interaction_sid,
      channel_sid: input.channel_sid,
      routing: this.pendingTask(input.routing ?? {}, rng),
      url: ""
    }, Wire.defaultOrigin)
    this.writable(this.invites, "invites", input.channel_sid).push({ seq: ++this.seq, record })
    this.otherSids.add(sid)
    return record
  }

  /**
   * A routing as Twilio answers it once it created the task: the given keys, no reservation yet,
   * and the task's properties (a fresh task SID, pending) under the given ones.
   */
  pendingTask(routing: { readonly [key: string]: unknown }, rng?: Prng): { readonly [key: string]: unknown } {
    const properties = typeof routing.properties === "object" && routing.properties !== null ? routing.properties : {}
    return {
      ...routing,
      reservation: null,
      properties: {
        account_sid: this.accountSid,
        sid: this.freshSid("WT", rng),
        assignment_status: "pending",
        date_created: Math.floor(this.now / 1000),
        ...properties
      }
    }
  }

  insertTransfer(input: FlexSimulator.TransferInput, rng?: Prng): FlexSimulator.TransferRecord {
    this.requireChannel("a transfer", input.interaction_sid, input.channel_sid)
    const sid = input.sid === undefined && rng ? this.freshSid("UX", rng) : this.claim(input.sid, "UX")
    const now = Wire.formatDate(this.now)
    const record = Wire.renderTransfer({
      sid,
      account_sid: this.accountSid,
      instance_sid: this.freshSid("GO", rng),
      interaction_sid: input.interaction_sid,
      channel_sid: input.channel_sid,
      execution_sid: this.freshSid("QW", rng),
      type: input.type ?? "cold",
      status: input.status ?? "active",
      from: input.from ?? null,
      to: input.to ?? null,
      note_sid: null,
      summary_sid: null,
      url: "",
      date_created: now,
      date_updated: now
    }, Wire.defaultOrigin)
    this.writable(this.transfers, "transfers", input.channel_sid).push({ seq: ++this.seq, record })
    this.otherSids.add(sid)
    return record
  }

  updateTransfer(
    channelSid: string,
    sid: string,
    f: (record: FlexSimulator.TransferRecord) => FlexSimulator.TransferRecord
  ): FlexSimulator.TransferRecord | undefined {
    const index = this.transfers.get(channelSid)?.findIndex((entry) => entry.record.sid === sid) ?? -1
    if (index < 0) return undefined
    const list = this.writable(this.transfers, "transfers", channelSid)
    const entry = list[index]!
    const record = f(entry.record)
    list[index] = { seq: entry.seq, record }
    return record
  }

  updateInteraction(
    sid: string,
    f: (record: FlexSimulator.InteractionRecord) => FlexSimulator.InteractionRecord
  ): FlexSimulator.InteractionRecord | undefined {
    const index = this.interactionIndex.get(sid)
    if (index === undefined) return undefined
    const entry = this.interactions[index]!
    const record = f(entry.record)
    this.interactions[index] = { seq: entry.seq, record }
    return record
  }

  /** Removes a chat channel; later channels keep their order (and their page tokens stay valid). */
  removeChatChannel(sid: string): boolean {
    const index = this.chatChannelIndex.get(sid)
    if (index === undefined) return false
    this.chatChannels.splice(index, 1)
    this.chatChannelIndex.delete(sid)
    for (let i = index; i < this.chatChannels.length; i++) {
      this.chatChannelIndex.set(this.chatChannels[i]!.record.sid, i)
    }
    return true
  }

  setParticipantStatus(sid: string, status: FlexSimulator.ParticipantStatus): void {
    const statuses = new Map(this.participantStatuses)
    statuses.set(sid, status)
    this.participantStatuses = statuses
  }

  agentRouting(rng: Prng): { readonly [key: string]: unknown } {
    return {
      workspace_sid: rng.sid("WS"),
      task_sid: rng.sid("WT"),
      worker_sid: rng.sid("WK"),
      reservation_sid: rng.sid("WR"),
      queue_sid: rng.sid("WQ"),
      task_channel_unique_name: "chat",
      age: rng.nextInt(600)
    }
  }

  updateInteractionChannel(
    sid: string,
    f: (record: FlexSimulator.InteractionChannelRecord) => FlexSimulator.InteractionChannelRecord
  ): FlexSimulator.InteractionChannelRecord | undefined {
    const position = this.channelIndex.get(sid)
    if (position === undefined) return undefined
    const list = this.writable(this.channels, "channels", position.interactionSid)
    const entry = list[position.index]!
    const record = f(entry.record)
    list[position.index] = { seq: entry.seq, record }
    return record
  }

  updateParticipants(
    channelSid: string,
    f: (record: FlexSimulator.ParticipantRecord) => FlexSimulator.ParticipantRecord
  ): void {
    if (!this.participants.has(channelSid)) return
    const list = this.writable(this.participants, "participants", channelSid)
    for (let i = 0; i < list.length; i++) {
      const entry = list[i]!
      list[i] = { seq: entry.seq, record: f(entry.record) }
    }
  }
}

/**
 * The channel `sid` of interaction `interactionSid` (undefined when it is not in that interaction).
 *
 * @internal
 */
export const findChannel = (
  state: State,
  interactionSid: string,
  sid: string
): FlexSimulator.InteractionChannelRecord | undefined => {
  const position = state.channelIndex.get(sid)
  if (position === undefined || position.interactionSid !== interactionSid) return undefined
  return state.channels.get(interactionSid)?.[position.index]?.record
}

/**
 * A transfer of a channel of an interaction (undefined when it is not there).
 *
 * @internal
 */
export const findTransfer = (
  state: State,
  interactionSid: string,
  channelSid: string,
  sid: string
): FlexSimulator.TransferRecord | undefined =>
  findChannel(state, interactionSid, channelSid) === undefined
    ? undefined
    : state.transfers.get(channelSid)?.find((entry) => entry.record.sid === sid)?.record

/**
 * A participant as the store holds it: its wire record and the status the last update set.
 *
 * @internal
 */
export interface FoundParticipant {
  readonly record: FlexSimulator.ParticipantRecord
  readonly status: FlexSimulator.ParticipantStatus | null
}

/**
 * A participant of a channel of an interaction; `undefined` when the channel is not in that
 * interaction or has no such participant.
 *
 * @internal
 */
export const findParticipant = (
  state: State,
  interactionSid: string,
  channelSid: string,
  sid: string
): FoundParticipant | undefined => {
  const position = state.channelIndex.get(channelSid)
  if (position === undefined || position.interactionSid !== interactionSid) return undefined
  const entry = state.participants.get(channelSid)?.find((entry) => entry.record.sid === sid)
  return entry === undefined ? undefined : { record: entry.record, status: state.participantStatuses.get(sid) ?? null }
}

/**
 * The state after a channel closed: the task of each of its participants that has one (a
 * `routing_properties.task_sid`) moves to `status` (Twilio: wrapping, or closed when the update's
 * routing says so), which the store keeps as the participant's status.
 *
 * @internal
 */
export const settleTasks = (state: State, channelSid: string, status: FlexSimulator.ParticipantStatus): State => {
  const withTasks = (state.participants.get(channelSid) ?? []).filter((entry) =>
    typeof entry.record.routing_properties?.task_sid === "string"
  )
  if (withTasks.length === 0) return state
  const participantStatuses = new Map(state.participantStatuses)
  for (const entry of withTasks) participantStatuses.set(entry.record.sid, status)
  return { ...state, participantStatuses }
}

/**
 * The state with a participant's status set (the participant's record is unchanged: the status
 * is not one of its wire fields).
 *
 * @internal
 */
export const setParticipantStatus = (state: State, sid: string, status: FlexSimulator.ParticipantStatus): State => {
  const participantStatuses = new Map(state.participantStatuses)
  participantStatuses.set(sid, status)
  return { ...state, participantStatuses }
}

const channelTypes: ReadonlyArray<FlexSimulator.InteractionChannelType> = [
  "chat",
  "sms",
  "whatsapp",
  "voice",
  "email",
  "web",
  "messenger",
  "gbm"
]

const channelStatuses: ReadonlyArray<readonly [FlexSimulator.InteractionChannelStatus, number]> = [
  ["active", 0.5],
  ["setup", 0.1],
  ["closed", 0.15],
  ["failed", 0.08],
  ["inactive", 0.07],
  ["pause", 0.05],
  ["transfer", 0.05]
]

const participantTypes: ReadonlyArray<FlexSimulator.ParticipantType> = ["customer", "agent", "supervisor", "external"]

/**
 * The deterministic generator: everything it draws comes from a generator seeded with
 * `options.seed`, so the same options give the same records (dates are fixed too).
 *
 * @internal
 */
export const seed = (draft: Draft, options: FlexSimulator.SeedOptions): FlexSimulator.SeedResult => {
  const rng = new Prng(options.seed ?? 1)
  const count = (n: number | undefined) => Math.max(0, Math.floor(n ?? 0))
  const base = Date.UTC(2016, 7, 1, 22, 10, 40)
  const flows = [draft.freshSid("FO", rng), draft.freshSid("FO", rng), draft.freshSid("FO", rng)]
  const chatChannels: Array<ChatChannelSid> = []
  for (let i = 0; i < count(options.chatChannels); i++) {
    const created = base + i * 61_000
    const record = draft.insertChatChannel({
      flex_flow_sid: rng.pick(flows),
      user_sid: draft.freshSid("US", rng),
      task_sid: i % 4 === 3 ? null : draft.freshSid("WT", rng),
      date_created: Wire.formatDate(created),
      date_updated: Wire.formatDate(created + rng.nextInt(3_600) * 1000)
    }, rng)
    chatChannels.push(record.sid as ChatChannelSid)
  }
  const interactions: Array<FlexSimulator.SeedResult["interactions"][number]> = []
  for (let i = 0; i < count(options.interactions); i++) {
    const interaction = draft.insertInteraction({}, rng)
    const channels: Array<FlexSimulator.SeedResult["interactions"][number]["channels"][number]> = []
    for (let j = 0; j < count(options.channelsPerInteraction); j++) {
      const roll = rng.nextFloat()
      let acc = 0
      let status: FlexSimulator.InteractionChannelStatus = "active"
      for (const [candidate, weight] of channelStatuses) {
        acc += weight
        if (roll < acc) {
          status = candidate
          break
        }
      }
      const channel = draft.insertInteractionChannel({
        interaction_sid: interaction.sid,
        type: rng.pick(channelTypes),
        status
      }, rng)
      const participants: Array<ParticipantSid> = []
      for (let k = 0; k < count(options.participantsPerChannel); k++) {
        const type = k < participantTypes.length ? participantTypes[k]! : rng.pick(participantTypes)
        const participant = draft.insertParticipant({
          interaction_sid: interaction.sid,
          channel_sid: channel.sid,
          type,
          routing_properties: type === "agent" || type === "supervisor" ? draft.agentRouting(rng) : null
        }, rng)
        participants.push(participant.sid as ParticipantSid)
      }
      channels.push({ sid: channel.sid as InteractionChannelSid, participants })
    }
    interactions.push({ sid: interaction.sid as InteractionSid, channels })
  }
  return { chatChannels, interactions }
}
