/**
 * Types and helpers shared by the orchestrator (`run.ts`), the simulator process (`server.ts`)
 * and the contender processes (`contender-*.ts`).
 */
import * as Fs from "node:fs"
import * as V8 from "node:v8"

/** What the simulator process serves, written to a file that every contender reads. */
export interface Target {
  readonly url: string
  readonly accountSid: string
  readonly authToken: string
  readonly interactionSid: string
  /** The interaction's channel SIDs, in list order. */
  readonly interactionChannelSids: ReadonlyArray<string>
  /** Chat channel SIDs, fetched round-robin by the fetch scenarios. */
  readonly chatChannelSids: ReadonlyArray<string>
}

export type ScenarioId = "list-ps50" | "list-ps1000" | "first-10" | "fetch-seq" | "fetch-c16"

export interface Scenario {
  readonly id: ScenarioId
  readonly title: string
  /** How many records (list) or calls (fetch) one run handles: the unit of the throughput column. */
  readonly units: number
  readonly unit: "records" | "calls"
  /** The Twilio operation it exercises (a warm-up round runs before the first scenario of each). */
  readonly operation: "ListInteractionChannel" | "FetchChannel"
  /**
   * Reps per process (the first cold, the others warm), unless BENCH_REPS says otherwise: more for
   * the short list scenarios, whose code paths need a few reps to be optimized by V8.
   */
  readonly reps: number
}

export const channelCount = 5_000
export const chatChannelCount = 100
export const fetchCount = 2_000
export const fetchConcurrency = 16
export const earlyStop = 10

export const scenarios: ReadonlyArray<Scenario> = [
  {
    id: "list-ps50",
    title: `list ${channelCount} interaction channels, PageSize 50`,
    units: channelCount,
    unit: "records",
    operation: "ListInteractionChannel",
    reps: 5
  },
  {
    id: "list-ps1000",
    title: `list ${channelCount} interaction channels, PageSize 1000`,
    units: channelCount,
    unit: "records",
    operation: "ListInteractionChannel",
    reps: 5
  },
  {
    id: "first-10",
    title: `stream the first ${earlyStop} (PageSize 50), then stop`,
    units: earlyStop,
    unit: "records",
    operation: "ListInteractionChannel",
    reps: 5
  },
  {
    id: "fetch-seq",
    title: `fetch a chat channel ×${fetchCount}, sequential`,
    units: fetchCount,
    unit: "calls",
    operation: "FetchChannel",
    reps: 2
  },
  {
    id: "fetch-c16",
    title: `fetch a chat channel ×${fetchCount}, concurrency ${fetchConcurrency}`,
    units: fetchCount,
    unit: "calls",
    operation: "FetchChannel",
    reps: 2
  }
]

/** What a contender must provide: each call resolves to what it got (records carry a `sid`). */
export interface Contender {
  readonly list: (interactionSid: string, pageSize: number) => Promise<ReadonlyArray<{ readonly sid: string }>>
  readonly first: (
    interactionSid: string,
    pageSize: number,
    n: number
  ) => Promise<ReadonlyArray<{ readonly sid: string }>>
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
  /** Wall time of each rep (the first is cold). */
  readonly wallMs: ReadonlyArray<number>
  /** CPU time (user + system) of the contender process during each rep. */
  readonly cpuMs: ReadonlyArray<number>
  /** RSS after setup, before the first rep. */
  readonly baselineRssMiB: number
  /** `process.resourceUsage().maxRSS` at the end. */
  readonly peakRssMiB: number
  /** Highest V8 `used_heap_size` seen by a 5 ms sampler (and at the end of every rep). */
  readonly peakHeapMiB: number
}

export const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

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

/** The SIDs the fetch scenarios request, round-robin over the chat channels. */
const fetchSids = (target: Target) =>
  Array.from({ length: fetchCount }, (_, i) => target.chatChannelSids[i % target.chatChannelSids.length]!)

/**
 * One run of a scenario. It resolves to its check (run after the clock stops), which throws
 * unless the contender returned the right records in the right order.
 */
const runScenario = async (scenario: ScenarioId, target: Target, contender: Contender): Promise<() => void> => {
  switch (scenario) {
    case "list-ps50":
    case "list-ps1000": {
      const pageSize = scenario === "list-ps50" ? 50 : 1000
      const records = await contender.list(target.interactionSid, pageSize)
      return () => checkSids(scenario, records, target.interactionChannelSids)
    }
    case "first-10": {
      const records = await contender.first(target.interactionSid, 50, earlyStop)
      return () => checkSids(scenario, records, target.interactionChannelSids.slice(0, earlyStop))
    }
    case "fetch-seq":
    case "fetch-c16": {
      const sids = fetchSids(target)
      const got = await contender.fetchMany(sids, scenario === "fetch-seq" ? 1 : fetchConcurrency)
      return () => checkSids(scenario, got.map((sid) => ({ sid })), sids)
    }
  }
}

/**
 * The body of a contender process: reads the job, builds the contender (timed as startup), runs
 * the scenario `reps` times while sampling memory, prints one JSON line and exits.
 */
export const main = async (name: string, make: (target: Target) => Promise<Contender>): Promise<void> => {
  const job = JSON.parse(process.env.BENCH_JOB ?? "null") as Job | null
  if (job === null) throw new Error("BENCH_JOB is not set: run the benchmark with `pnpm bench`")
  const target = JSON.parse(Fs.readFileSync(job.targetFile, "utf8")) as Target
  const contender = await make(target)
  // performance.now() counts from the start of the process: boot and module loading included
  const startupMs = performance.now()
  let peakHeap = 0
  const sample = () => {
    const heap = V8.getHeapStatistics().used_heap_size
    if (heap > peakHeap) peakHeap = heap
  }
  const sampler = setInterval(sample, 5)
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
    sample()
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
