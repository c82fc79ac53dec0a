import type * as FlexSimulator from "../FlexSimulator.js"

/**
 * A fault of the schedule and how far it got.
 *
 * @internal
 */
export interface Scheduled {
  readonly fault: FlexSimulator.Fault
  /** Matching requests it has seen (while not exhausted). */
  readonly seen: number
  /** Requests it was applied to. */
  readonly applied: number
}

/** @internal */
export const schedule = (faults: ReadonlyArray<FlexSimulator.Fault>): ReadonlyArray<Scheduled> =>
  faults.map((fault) => ({ fault, seen: 0, applied: 0 }))

const times = (fault: FlexSimulator.Fault) => Math.max(0, Math.floor(fault.times ?? 1))
const after = (fault: FlexSimulator.Fault) => Math.max(0, Math.floor(fault.after ?? 0))

/**
 * Walks the schedule in order: each live fault whose route matches sees the request; the first one
 * past its `after` takes it (one fault per request).
 *
 * @internal
 */
export const take = (
  scheduled: ReadonlyArray<Scheduled>,
  route: FlexSimulator.OperationId
): readonly [FlexSimulator.Fault | undefined, ReadonlyArray<Scheduled>] => {
  let taken: FlexSimulator.Fault | undefined
  const next = scheduled.map((entry) => {
    if (taken !== undefined) return entry
    const fault = entry.fault
    if (entry.applied >= times(fault)) return entry
    if (fault.route !== undefined && fault.route !== route) return entry
    const seen = entry.seen + 1
    if (seen <= after(fault)) return { ...entry, seen }
    taken = fault
    return { ...entry, seen, applied: entry.applied + 1 }
  })
  return [taken, next]
}

const defaultUnknownStatus = "paused_v2"
const defaultUnknownType = "carrier_pigeon"

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

const mapRecords = (body: unknown, f: (record: Record<string, unknown>) => Record<string, unknown>): unknown => {
  if (!isObject(body)) return body
  const meta = body.meta
  if (isObject(meta) && typeof meta.key === "string" && Array.isArray(body[meta.key])) {
    return { ...body, [meta.key]: (body[meta.key] as Array<unknown>).map((r) => (isObject(r) ? f(r) : r)) }
  }
  return "sid" in body ? f(body) : body
}

/** @internal */
export const unknownEnumValues = (body: unknown, value: string | undefined): unknown =>
  mapRecords(body, (record) => {
    const out: Record<string, unknown> = { ...record }
    if ("status" in out) out.status = value ?? defaultUnknownStatus
    if ("type" in out) out.type = value ?? defaultUnknownType
    return out
  })

/** @internal */
export const extraFields = (body: unknown): unknown => {
  const withRecords = mapRecords(body, (record) => ({
    ...record,
    date_archived: null,
    x_simulator_extra: { nested: [1, "two", { three: 3 }] },
    friendly_name: "Added by the simulator's ExtraFields fault"
  }))
  if (!isObject(withRecords) || !isObject(withRecords.meta)) return withRecords
  return {
    ...withRecords,
    x_envelope_extra: true,
    meta: { ...withRecords.meta, total_count: null, next_page_token: null, x_meta_extra: "extra" }
  }
}

/** @internal */
export const foreignNextPageUrl = (body: unknown, origin: string | undefined): unknown => {
  if (!isObject(body) || !isObject(body.meta)) return body
  const meta = body.meta
  const source = typeof meta.next_page_url === "string" ? meta.next_page_url : meta.url
  if (typeof source !== "string") return body
  const url = new URL(source)
  const foreign = new URL(url.pathname + url.search, origin ?? "https://evil.example.com")
  if (meta.next_page_url === null || meta.next_page_url === undefined) {
    foreign.searchParams.set("Page", String(Number(url.searchParams.get("Page") ?? "0") + 1))
  }
  return { ...body, meta: { ...meta, next_page_url: foreign.toString() } }
}

/** @internal */
export const stuckNextPageUrl = (body: unknown): unknown => {
  if (!isObject(body) || !isObject(body.meta)) return body
  return { ...body, meta: { ...body.meta, next_page_url: body.meta.url } }
}
