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
  /**
   * The `fanout` scenario's interaction: its channels, in list order, each with its participants'
   * SIDs (what one `ListInteractionChannelParticipant` call must return).
   */
  readonly fanout: {
    readonly interactionSid: string
    readonly channels: ReadonlyArray<{ readonly sid: string; readonly participants: ReadonlyArray<string> }>
  }
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
  | "fanout"
  | "latency"

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
  readonly operation:
    | "ListInteractionChannel"
    | "FetchChannel"
    | "StreamPages"
    | "Startup"
    | "ListInteractionChannelParticipant"
  /** The server it talks to: the project's simulator, or the precomputed pages (`pages-server.ts`). */
  readonly server: Target["server"] | PagesTarget["server"]
  /**
   * Which contenders run it: the three clients (built for speed measurements), the startup
   * line-up (the same clients built as an installed app and as a bundled app), or the fan-out and
   * latency line-ups (the clients run several ways); see run.ts.
   */
  readonly lineUp: "clients" | "startup" | "fanout" | "latency"
  /**
   * Reps per process (the first cold, the others warm), unless BENCH_REPS says otherwise: more for
   * the short list scenarios, whose code paths need a few reps to be optimized by V8; one for the
   * streams (a process streams once, like an export job) and for startup (only the first call is
   * a first call).
   */
  readonly reps: number
  /**
   * Rounds when BENCH_RUNS is not set (default 5): startup runs more, its processes are short and
   * noisy; the fan-out and latency scenarios fewer, their rounds are long.
   */
  readonly runs?: number
  /**
   * Whether a discarded warm-up round runs first when the scenario's operation was not exercised
   * yet (default true). The fan-out and latency scenarios skip it: their wall time is the
   * server's latency and limits, not JIT warm-up, and a round costs 10–15 s.
   */
  readonly warmUp?: boolean
  /** The simulator's limits and latency during the scenario (none by default). */
  readonly setup?: ServerSetup
  /** The best wall time the server's latency and limits allow a rep (the fan-out and latency scenarios). */
  readonly idealMs?: number
  /** Whether the server may answer 429 (the fan-out scenario); any other non-200 still stops the benchmark. */
  readonly rateLimited?: boolean
}

/**
 * What the simulator process is told before a scenario (`setup` over IPC, see `server.ts`): the
 * simulator's `limits` (`FlexSimulator.Limits`) and a latency on one route (a `latency` fault
 * that applies to every request of the route), in place of the previous scenario's.
 */
export interface ServerSetup {
  readonly limits?: { readonly concurrency?: number; readonly retryAfter?: string }
  readonly latency?: {
    readonly route: "ListInteractionChannel" | "ListInteractionChannelParticipant"
    readonly millis: number
  }
}

export const channelCount = 5_000
export const chatChannelCount = 100
export const fetchCount = 2_000
export const fetchConcurrency = 16
export const earlyStop = 10
/** The stream scenarios' page size (Twilio's maximum) and sizes (`stream-100k`, `stream-200k`, `stream-1m`). */
export const streamPageSize = 1000
export const streamSizes = { "stream-100k": 100_000, "stream-200k": 200_000, "stream-1m": 1_000_000 } as const

/**
 * The `fanout` scenario: one `ListInteractionChannelParticipant` call per channel of an
 * interaction of `fanoutChannels` channels (`fanoutParticipants` participants each), against a
 * simulator that allows `fanoutServerConcurrency` requests in flight and answers each call after
 * `fanoutLatencyMs`. Refusals carry `Retry-After: 1` (whole seconds: effect-flex reads
 * delta-seconds as RFC 9110 defines them, so `0.2` would be ignored), so the latency is sized for
 * an ideal time of a few seconds (2,000 × 30 ms / 20 = 3 s), in which a 1-second pause shows
 * without taking over.
 */
export const fanoutChannels = 2_000
export const fanoutParticipants = 2
export const fanoutServerConcurrency = 20
export const fanoutLatencyMs = 30
/** The worker pools of the Promise contenders: as many workers as the server's bound. */
export const fanoutWorkers = 20
/**
 * The `latency` scenario: the 5,000 channels of the simulator's interaction, `latencyPageSize` a
 * page (100 pages), each page answered after `latencyServerMs`, and `latencyWorkMs` of awaited
 * async work per page in the consumer.
 */
export const latencyPageSize = 50
export const latencyServerMs = 50
export const latencyWorkMs = 30
const latencyPages = Math.ceil(channelCount / latencyPageSize)

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
    id: "fanout",
    title: `participants of ${fanoutChannels} interaction channels, one call each, all at once; ` +
      `server: ${fanoutServerConcurrency} requests in flight at most, ${fanoutLatencyMs} ms a call, Retry-After 1`,
    units: fanoutChannels,
    unit: "calls",
    operation: "ListInteractionChannelParticipant",
    server: "simulator",
    lineUp: "fanout",
    reps: 1,
    // a round takes about 22 s
    runs: 3,
    warmUp: false,
    setup: {
      limits: { concurrency: fanoutServerConcurrency, retryAfter: "1" },
      latency: { route: "ListInteractionChannelParticipant", millis: fanoutLatencyMs }
    },
    // the server's bound, kept busy from the first call to the last
    idealMs: (fanoutChannels * fanoutLatencyMs) / fanoutServerConcurrency,
    rateLimited: true
  },
  {
    id: "latency",
    title: `list ${channelCount} interaction channels, PageSize ${latencyPageSize} (${latencyPages} pages), ` +
      `${latencyServerMs} ms a page, ${latencyWorkMs} ms of async work per page`,
    units: channelCount,
    unit: "records",
    operation: "ListInteractionChannel",
    server: "simulator",
    lineUp: "latency",
    reps: 1,
    // timers make nearly all of its wall time (runs vary by 1–3 %), and a round takes 15 s
    runs: 1,
    warmUp: false,
    setup: { latency: { route: "ListInteractionChannel", millis: latencyServerMs } },
    // the requests back to back, each page's work done while the next is on its way, then the last page's
    idealMs: latencyPages * latencyServerMs + latencyWorkMs
  },
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
  /**
   * The `fanout` scenario: the participants of each channel, one list call per channel, all
   * started at once (or through a pool, as the contender's mode says); `undefined` for a call
   * that ended in an error. Every call runs to its end (a failure does not stop the others), so
   * that the failed calls can be counted.
   */
  readonly fanout: (
    interactionSid: string,
    channelSids: ReadonlyArray<string>
  ) => Promise<ReadonlyArray<ReadonlyArray<{ readonly sid: string }> | undefined>>
  /**
   * The `latency` scenario: the whole list, a page at a time, with `workMs` of awaited async work
   * per page (a `setTimeout`, or `Effect.sleep`) before the consumer asks for the next page.
   */
  readonly pagesWithWork: (
    interactionSid: string,
    pageSize: number,
    workMs: number
  ) => Promise<ReadonlyArray<{ readonly sid: string }>>
  readonly close: () => Promise<void>
}

/** Awaitable async work: a timer of `ms`. */
export const work = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** The job a contender process runs, passed in `BENCH_JOB`. */
export interface Job {
  readonly scenario: ScenarioId
  readonly targetFile: string
  /** Runs in the process: the first is cold (fresh process), the others warm. */
  readonly reps: number
  /** A variant of the contender, for line-ups that run one client several ways (see run.ts). */
  readonly mode?: string
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
  /** Calls that ended in an error, per rep (the fan-out scenario; 0 elsewhere: errors stop the others). */
  readonly failedCalls: ReadonlyArray<number>
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

/** What one run of a scenario leaves: its check (run after the clock stops) and the calls that failed. */
interface Outcome {
  /** Throws unless the contender returned the right records in the right order. */
  readonly check: () => void
  readonly failed: number
}

const checked = (check: () => void): Outcome => ({ check, failed: 0 })

/** One run of a scenario. */
const runScenario = async (
  scenario: ScenarioId,
  target: Target | PagesTarget,
  contender: Contender
): Promise<Outcome> => {
  switch (scenario) {
    case "list-ps50":
    case "list-ps1000": {
      const { interactionChannelSids, interactionSid } = simulatorOf(target)
      const records = await contender.list(interactionSid, scenario === "list-ps50" ? 50 : 1000)
      return checked(() => checkSids(scenario, records, interactionChannelSids))
    }
    case "first-10": {
      const { interactionChannelSids, interactionSid } = simulatorOf(target)
      const records = await contender.first(interactionSid, 50, earlyStop)
      return checked(() => checkSids(scenario, records, interactionChannelSids.slice(0, earlyStop)))
    }
    case "fetch-seq":
    case "fetch-c16":
    case "startup": {
      const all = fetchSids(simulatorOf(target))
      const sids = scenario === "startup" ? all.slice(0, 1) : all
      const got = await contender.fetchMany(sids, scenario === "fetch-c16" ? fetchConcurrency : 1)
      return checked(() => checkSids(scenario, got.map((sid) => ({ sid })), sids))
    }
    case "stream-100k":
    case "stream-200k":
    case "stream-1m": {
      const dataset = datasetOf(target, streamSizes[scenario])
      const tally = await contender.stream(dataset.interactionSid, streamPageSize)
      return checked(() => checkTally(scenario, tally, dataset))
    }
    case "fanout": {
      const { channels, interactionSid } = simulatorOf(target).fanout
      const got = await contender.fanout(interactionSid, channels.map((channel) => channel.sid))
      return {
        check: () => {
          if (got.length !== channels.length) fail(`${scenario}: ${got.length} results, expected ${channels.length}`)
          got.forEach((participants, i) => {
            if (participants !== undefined) checkSids(`${scenario} #${i}`, participants, channels[i]!.participants)
          })
        },
        failed: got.filter((participants) => participants === undefined).length
      }
    }
    case "latency": {
      const { interactionChannelSids, interactionSid } = simulatorOf(target)
      const records = await contender.pagesWithWork(interactionSid, latencyPageSize, latencyWorkMs)
      return checked(() => checkSids(scenario, records, interactionChannelSids))
    }
  }
}

/**
 * The body of a contender process: reads the job, builds the contender (timed as startup), runs
 * the scenario `reps` times while sampling memory, prints one JSON line and exits.
 */
export const main = async (
  name: string,
  make: (target: Endpoint, job: Job) => Promise<Contender>
): Promise<void> => {
  const job = JSON.parse(process.env.BENCH_JOB ?? "null") as Job | null
  if (job === null) throw new Error("BENCH_JOB is not set: run the benchmark with `pnpm bench`")
  const target = JSON.parse(Fs.readFileSync(job.targetFile, "utf8")) as Target | PagesTarget
  const contender = await make(target, job)
  // performance.now() counts from the start of the process: boot and module loading included
  const startupMs = performance.now()
  const startupCpu = process.cpuUsage()
  const readyHeap = V8.getHeapStatistics().used_heap_size
  const sampler = setInterval(sampleHeap, 5)
  sampler.unref()
  const baselineRss = process.memoryUsage.rss()
  const wallMs: Array<number> = []
  const cpuMs: Array<number> = []
  const failedCalls: Array<number> = []
  for (let rep = 0; rep < job.reps; rep++) {
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    const { check, failed } = await runScenario(job.scenario, target, contender)
    const t1 = performance.now()
    const cpu = process.cpuUsage(cpu0)
    sampleHeap()
    check()
    wallMs.push(t1 - t0)
    cpuMs.push((cpu.user + cpu.system) / 1000)
    failedCalls.push(failed)
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
    peakHeapMiB: mib(peakHeap),
    failedCalls
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
  /** Requests refused by the simulator's limits (429, not processed), by limit. */
  readonly refused: { readonly [limit: string]: number }
  /**
   * The most requests in flight an admitted request saw when it arrived, itself included: what the
   * server handled at once at most (0: not recorded, the pages server).
   */
  readonly maxInFlight: number
}

/** One request a server served, as it reports it to {@link serveStats}. */
export interface Served {
  /** The response status; `null` when the connection was lost before a response. */
  readonly status: number | null
  /** The simulator's limit that refused it (`null`: admitted, or a server without limits). */
  readonly limit?: string | null
  /** Requests in flight when it arrived, itself included (the simulator's journal). */
  readonly inFlight?: number
}

/** What the orchestrator sends a server process. */
export type ServerRequest =
  | { readonly type: "stats" }
  | { readonly type: "setup"; readonly setup: ServerSetup | undefined }

export type ServerMessage =
  | { readonly type: "ready" }
  | { readonly type: "stats"; readonly stats: ServerStats }
  | { readonly type: "setup" }

/**
 * The IPC side of a server process (forked by `run.ts`): says `ready`, then answers each `stats`
 * message with what it served since the last one (`drain` returns and forgets it) and the CPU
 * time used meanwhile, and each `setup` message once `setup` has applied it (the pages server
 * has nothing to set up); exits when the orchestrator disconnects. Without an IPC channel
 * (started by hand, for experiments) it just logs.
 */
export const serveStats = (
  name: string,
  drain: () => ReadonlyArray<Served>,
  setup: (setup: ServerSetup | undefined) => Promise<void> = async () => {}
): void => {
  const send = (message: ServerMessage): void => {
    if (process.send === undefined) console.error(`${name}: ${JSON.stringify(message)}`)
    else process.send(message)
  }
  let cpu = process.cpuUsage()
  // one message at a time, answered in order; a failed setup ends the process (and the benchmark)
  let queue = Promise.resolve()
  process.on("message", (message: ServerRequest) => {
    queue = queue.then(async () => {
      if (message.type === "setup") {
        await setup(message.setup)
        return send({ type: "setup" })
      }
      const served = drain()
      const used = process.cpuUsage(cpu)
      cpu = process.cpuUsage()
      const statuses: Record<string, number> = {}
      const refused: Record<string, number> = {}
      let maxInFlight = 0
      for (const { inFlight, limit, status } of served) {
        statuses[String(status)] = (statuses[String(status)] ?? 0) + 1
        if (limit !== undefined && limit !== null) refused[limit] = (refused[limit] ?? 0) + 1
        // a refused request saw the others and itself: count the admitted ones only
        if ((limit === undefined || limit === null) && inFlight !== undefined && inFlight > maxInFlight) {
          maxInFlight = inFlight
        }
      }
      send({
        type: "stats",
        stats: { requests: served.length, cpuMs: (used.user + used.system) / 1000, statuses, refused, maxInFlight }
      })
    }).catch((error: unknown) => {
      console.error(`${name}:`, error)
      process.exit(1)
    })
  })
  process.on("disconnect", () => process.exit(0))
  send({ type: "ready" })
}
