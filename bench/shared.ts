/**
 * Types and helpers shared by the orchestrator (`run.ts`), the server processes (`server.ts`,
 * `pages-server.ts`) and the contender processes (`contender-*.ts`).
 */
import * as Fs from "node:fs"
import * as V8 from "node:v8"

/** Where a contender sends its requests, and the credentials it sends. */
export interface Endpoint {
  readonly url: string
  readonly accountSid: string
  readonly authToken: string
}

/** What the simulator process serves, written to a file that every contender reads. */
export interface Target extends Endpoint {
  readonly server: "simulator"
  readonly interactionSid: string
  /** The interaction's channel SIDs, in list order. */
  readonly interactionChannelSids: ReadonlyArray<string>
  /** Chat channel SIDs, fetched round-robin by the fetch scenarios. */
  readonly chatChannelSids: ReadonlyArray<string>
}

/** One interaction of the pages server: `records` channels, served `pageSize` a page. */
export interface Dataset {
  readonly records: number
  readonly interactionSid: string
  readonly firstSid: string
  readonly lastSid: string
}

/** What the pages server (`pages-server.ts`) serves: one interaction per stream size. */
export interface PagesTarget extends Endpoint {
  readonly server: "pages"
  readonly pageSize: number
  readonly datasets: ReadonlyArray<Dataset>
}

export type ScenarioId =
  | "list-ps50"
  | "list-ps1000"
  | "first-10"
  | "fetch-seq"
  | "fetch-c16"
  | "stream-100k"
  | "stream-200k"
  | "stream-1m"
  | "startup"

export interface Scenario {
  readonly id: ScenarioId
  readonly title: string
  /** How many records (list) or calls (fetch) one run handles: the unit of the throughput column. */
  readonly units: number
  readonly unit: "records" | "calls"
  /**
   * What it exercises (a warm-up round runs before the first scenario of each): a Twilio
   * operation against the simulator, the stream of precomputed pages, or process startup.
   */
  readonly operation: "ListInteractionChannel" | "FetchChannel" | "StreamPages" | "Startup"
  /** The server it talks to: the project's simulator, or the precomputed pages (`pages-server.ts`). */
  readonly server: Target["server"] | PagesTarget["server"]
  /**
   * Which contenders run it: the three clients (built for speed measurements), or the startup
   * line-up (the same clients built as an installed app and as a bundled app, see run.ts).
   */
  readonly lineUp: "clients" | "startup"
  /**
   * Reps per process (the first cold, the others warm), unless BENCH_REPS says otherwise: more for
   * the short list scenarios, whose code paths need a few reps to be optimized by V8; one for the
   * streams (a process streams once, like an export job) and for startup (only the first call is
   * a first call).
   */
  readonly reps: number
  /** Rounds when BENCH_RUNS is not set (default 5): startup runs more, its processes are short and noisy. */
  readonly runs?: number
}

export const channelCount = 5_000
export const chatChannelCount = 100
export const fetchCount = 2_000
export const fetchConcurrency = 16
export const earlyStop = 10
/** The stream scenarios' page size (Twilio's maximum) and sizes (`stream-100k`, `stream-200k`, `stream-1m`). */
export const streamPageSize = 1000
export const streamSizes = { "stream-100k": 100_000, "stream-200k": 200_000, "stream-1m": 1_000_000 } as const

// no `toLocaleString` here: every contender loads this module, and ICU's start-up would count as theirs
const streamScenario = (id: keyof typeof streamSizes, runs?: number): Scenario => ({
  id,
  title: `stream ${id.slice("stream-".length)} interaction channels, PageSize ${streamPageSize}, precomputed pages`,
  units: streamSizes[id],
  unit: "records",
  operation: "StreamPages",
  server: "pages",
  lineUp: "clients",
  reps: 1,
  ...(runs === undefined ? {} : { runs })
})

export const scenarios: ReadonlyArray<Scenario> = [
  {
    id: "list-ps50",
    title: `list ${channelCount} interaction channels, PageSize 50`,
    units: channelCount,
    unit: "records",
    operation: "ListInteractionChannel",
    server: "simulator",
    lineUp: "clients",
    reps: 5
  },
  {
    id: "list-ps1000",
    title: `list ${channelCount} interaction channels, PageSize 1000`,
    units: channelCount,
    unit: "records",
    operation: "ListInteractionChannel",
    server: "simulator",
    lineUp: "clients",
    reps: 5
  },
  {
    id: "first-10",
    title: `stream the first ${earlyStop} (PageSize 50), then stop`,
    units: earlyStop,
    unit: "records",
    operation: "ListInteractionChannel",
    server: "simulator",
    lineUp: "clients",
    reps: 5
  },
  {
    id: "fetch-seq",
    title: `fetch a chat channel ×${fetchCount}, sequential`,
    units: fetchCount,
    unit: "calls",
    operation: "FetchChannel",
    server: "simulator",
    lineUp: "clients",
    reps: 2
  },
  {
    id: "fetch-c16",
    title: `fetch a chat channel ×${fetchCount}, concurrency ${fetchConcurrency}`,
    units: fetchCount,
    unit: "calls",
    operation: "FetchChannel",
    server: "simulator",
    lineUp: "clients",
    reps: 2
  },
  streamScenario("stream-100k"),
  streamScenario("stream-200k"),
  streamScenario("stream-1m"),
  {
    id: "startup",
    title: "process start → client ready, then one FetchChannel (installed packages and bundled apps)",
    units: 1,
    unit: "calls",
    operation: "Startup",
    server: "simulator",
    lineUp: "startup",
    reps: 1,
    runs: 10
  }
]

/**
 * What a streamed list leaves behind: the count and the first and last SIDs, not the records
 * (so that the peak heap is the client's own, not the benchmark's array). Every contender folds
 * its stream into one of these.
 */
export class Tally {
  count = 0
  first: string | undefined = undefined
  last: string | undefined = undefined
  add(sid: string): this {
    if (this.count === 0) this.first = sid
    this.last = sid
    // one heap sample per 1,000 records, the same in every contender (the 5 ms timer may not
    // get a turn while a big page is being decoded)
    if (++this.count % 1000 === 0) sampleHeap()
    return this
  }
}

/** What a contender must provide: each call resolves to what it got (records carry a `sid`). */
export interface Contender {
  readonly list: (interactionSid: string, pageSize: number) => Promise<ReadonlyArray<{ readonly sid: string }>>
  readonly first: (
    interactionSid: string,
    pageSize: number,
    n: number
  ) => Promise<ReadonlyArray<{ readonly sid: string }>>
  /** Streams the whole list, one record at a time, into a {@link Tally} (nothing is collected). */
  readonly stream: (interactionSid: string, pageSize: number) => Promise<Tally>
  readonly fetchMany: (sids: ReadonlyArray<string>, concurrency: number) => Promise<ReadonlyArray<string>>
  readonly close: () => Promise<void>
}

/** The job a contender process runs, passed in `BENCH_JOB`. */
export interface Job {
  readonly scenario: ScenarioId
  readonly targetFile: string
  /** Runs in the process: the first is cold (fresh process), the others warm. */
  readonly reps: number
}

/** The last line a contender process prints on stdout. */
export interface Measurement {
  readonly contender: string
  readonly scenario: ScenarioId
  /** From the start of the process (node boot, module loading) to a ready client. */
  readonly startupMs: number
  /** CPU time (user + system) of the process from its start to a ready client. */
  readonly startupCpuMs: number
  /** V8 `used_heap_size` when the client is ready. */
  readonly readyHeapMiB: number
  /** Wall time of each rep (the first is cold). */
  readonly wallMs: ReadonlyArray<number>
  /** CPU time (user + system) of the contender process during each rep. */
  readonly cpuMs: ReadonlyArray<number>
  /** RSS after setup, before the first rep. */
  readonly baselineRssMiB: number
  /** `process.resourceUsage().maxRSS` at the end. */
  readonly peakRssMiB: number
  /**
   * Highest V8 `used_heap_size` seen by a 5 ms sampler, every 1,000 streamed records and at the
   * end of every rep.
   */
  readonly peakHeapMiB: number
}

export const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

let peakHeap = 0
/** Records V8's `used_heap_size` if it is the highest seen so far. */
export const sampleHeap = () => {
  const heap = V8.getHeapStatistics().used_heap_size
  if (heap > peakHeap) peakHeap = heap
}

/** A pool of `concurrency` workers over `items`, results in input order (for the Promise contenders). */
export const pool = async <A, B>(
  items: ReadonlyArray<A>,
  concurrency: number,
  f: (a: A) => Promise<B>
): Promise<ReadonlyArray<B>> => {
  const out = new Array<B>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await f(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
  return out
}

const fail = (message: string): never => {
  throw new Error(`correctness check failed: ${message}`)
}

const checkSids = (what: string, got: ReadonlyArray<{ readonly sid: string }>, expected: ReadonlyArray<string>) => {
  if (got.length !== expected.length) fail(`${what}: ${got.length} records, expected ${expected.length}`)
  for (let i = 0; i < expected.length; i++) {
    if (got[i]!.sid !== expected[i]) fail(`${what}: record ${i} is ${got[i]!.sid}, expected ${expected[i]}`)
  }
}

const checkTally = (what: string, got: Tally, expected: Dataset) => {
  const want = `${expected.records} records, ${expected.firstSid} … ${expected.lastSid}`
  if (got.count !== expected.records || got.first !== expected.firstSid || got.last !== expected.lastSid) {
    fail(`${what}: ${got.count} records, ${got.first} … ${got.last}; expected ${want}`)
  }
}

/** The SIDs the fetch scenarios request, round-robin over the chat channels. */
const fetchSids = (target: Target) =>
  Array.from({ length: fetchCount }, (_, i) => target.chatChannelSids[i % target.chatChannelSids.length]!)

const simulatorOf = (target: Target | PagesTarget): Target =>
  target.server === "simulator" ? target : fail(`expected the simulator's target, got the ${target.server} server's`)

const datasetOf = (target: Target | PagesTarget, records: number): Dataset =>
  target.server === "pages"
    ? target.datasets.find((d) => d.records === records) ?? fail(`the pages server has no ${records}-record dataset`)
    : fail("expected the pages server's target, got the simulator's")

/**
 * One run of a scenario. It resolves to its check (run after the clock stops), which throws
 * unless the contender returned the right records in the right order.
 */
const runScenario = async (
  scenario: ScenarioId,
  target: Target | PagesTarget,
  contender: Contender
): Promise<() => void> => {
  switch (scenario) {
    case "list-ps50":
    case "list-ps1000": {
      const { interactionChannelSids, interactionSid } = simulatorOf(target)
      const records = await contender.list(interactionSid, scenario === "list-ps50" ? 50 : 1000)
      return () => checkSids(scenario, records, interactionChannelSids)
    }
    case "first-10": {
      const { interactionChannelSids, interactionSid } = simulatorOf(target)
      const records = await contender.first(interactionSid, 50, earlyStop)
      return () => checkSids(scenario, records, interactionChannelSids.slice(0, earlyStop))
    }
    case "fetch-seq":
    case "fetch-c16":
    case "startup": {
      const all = fetchSids(simulatorOf(target))
      const sids = scenario === "startup" ? all.slice(0, 1) : all
      const got = await contender.fetchMany(sids, scenario === "fetch-c16" ? fetchConcurrency : 1)
      return () => checkSids(scenario, got.map((sid) => ({ sid })), sids)
    }
    case "stream-100k":
    case "stream-200k":
    case "stream-1m": {
      const dataset = datasetOf(target, streamSizes[scenario])
      const tally = await contender.stream(dataset.interactionSid, streamPageSize)
      return () => checkTally(scenario, tally, dataset)
    }
  }
}

/**
 * The body of a contender process: reads the job, builds the contender (timed as startup), runs
 * the scenario `reps` times while sampling memory, prints one JSON line and exits.
 */
export const main = async (name: string, make: (target: Endpoint) => Promise<Contender>): Promise<void> => {
  const job = JSON.parse(process.env.BENCH_JOB ?? "null") as Job | null
  if (job === null) throw new Error("BENCH_JOB is not set: run the benchmark with `pnpm bench`")
  const target = JSON.parse(Fs.readFileSync(job.targetFile, "utf8")) as Target | PagesTarget
  const contender = await make(target)
  // performance.now() counts from the start of the process: boot and module loading included
  const startupMs = performance.now()
  const startupCpu = process.cpuUsage()
  const readyHeap = V8.getHeapStatistics().used_heap_size
  const sampler = setInterval(sampleHeap, 5)
  sampler.unref()
  const baselineRss = process.memoryUsage.rss()
  const wallMs: Array<number> = []
  const cpuMs: Array<number> = []
  for (let rep = 0; rep < job.reps; rep++) {
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    const check = await runScenario(job.scenario, target, contender)
    const t1 = performance.now()
    const cpu = process.cpuUsage(cpu0)
    sampleHeap()
    check()
    wallMs.push(t1 - t0)
    cpuMs.push((cpu.user + cpu.system) / 1000)
  }
  clearInterval(sampler)
  await contender.close()
  const measurement: Measurement = {
    contender: name,
    scenario: job.scenario,
    startupMs,
    startupCpuMs: (startupCpu.user + startupCpu.system) / 1000,
    readyHeapMiB: mib(readyHeap),
    wallMs,
    cpuMs,
    baselineRssMiB: mib(baselineRss),
    peakRssMiB: mib(process.resourceUsage().maxRSS * 1024),
    peakHeapMiB: mib(peakHeap)
  }
  // stdout is a pipe: writes are synchronous on Linux, so exiting right after is safe
  process.stdout.write(JSON.stringify(measurement) + "\n")
  process.exit(0)
}

// -----------------------------------------------------------------------------
// server processes
// -----------------------------------------------------------------------------

export interface ServerStats {
  readonly requests: number
  readonly cpuMs: number
  readonly statuses: { readonly [status: string]: number }
}

export type ServerMessage =
  | { readonly type: "ready" }
  | { readonly type: "stats"; readonly stats: ServerStats }

/**
 * The IPC side of a server process (forked by `run.ts`): says `ready`, then answers each `stats`
 * message with the statuses of the requests served since the last one (`drain` returns and
 * forgets them; `null` for a request that got no response) and the CPU time used meanwhile; exits when the orchestrator disconnects. Without
 * an IPC channel (started by hand, for experiments) it just logs.
 */
export const serveStats = (name: string, drain: () => ReadonlyArray<number | null>): void => {
  const send = (message: ServerMessage) =>
    process.send === undefined ? console.error(`${name}: ${JSON.stringify(message)}`) : process.send(message)
  let cpu = process.cpuUsage()
  process.on("message", (message: { readonly type: string }) => {
    if (message.type !== "stats") return
    const served = drain()
    const used = process.cpuUsage(cpu)
    cpu = process.cpuUsage()
    const statuses: Record<string, number> = {}
    for (const status of served) statuses[String(status)] = (statuses[String(status)] ?? 0) + 1
    send({ type: "stats", stats: { requests: served.length, cpuMs: (used.user + used.system) / 1000, statuses } })
  })
  process.on("disconnect", () => process.exit(0))
  send({ type: "ready" })
}
