/**
 * From measurements to figures: the per-scenario summaries (medians over the runs, ratios), the
 * issue #7 and #8 targets they are checked against, and the markdown tables `pnpm bench` prints.
 * Pure functions over plain data, shared by `run.ts` and `chart.ts`.
 */
import type { Measurement, Scenario, ServerStats } from "./shared.js"

/** A contender of a line-up: who it is, which entry point, built how (see `run.ts`). */
export interface Variant {
  readonly name: string
  readonly entry: string
  readonly build: "dev" | "published" | "app"
  /** What the startup and load tables say it is. */
  readonly note: string
  /** Passed to the contender process in its job: which way to run the client (see `run.ts`). */
  readonly mode?: string
}

/**
 * The floor (ratios "× raw fetch") and the reference ("× twilio"): every line-up but the load
 * scenarios' has both (their ratios are NaN, `null` in the JSON, when a line-up has not).
 */
export const baseline = "raw fetch"
export const reference = "twilio"

export const median = (xs: ReadonlyArray<number>) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

export interface Sample {
  readonly measurement: Measurement
  readonly server: ServerStats
}

export interface Summary {
  readonly scenario: Scenario["id"]
  readonly contender: string
  readonly build: Variant["build"]
  readonly runs: number
  /** Median over runs of the first rep of each process. */
  readonly coldMs: number
  /** Median over runs of the median of the warm reps of each process (= coldMs with one rep). */
  readonly warmMs: number
  readonly warmPerSecond: number
  /** warmMs / the baseline's warmMs. */
  readonly warmVsBaseline: number
  readonly coldVsBaseline: number
  /** Client CPU time (user + system) of a warm rep (of the only rep, with one). */
  readonly warmCpuMs: number
  /** warmCpuMs / the baseline's, and / twilio's. */
  readonly cpuVsBaseline: number
  readonly cpuVsReference: number
  /** Process start → client ready: wall, CPU, and ratio of the wall time to twilio's. */
  readonly startupMs: number
  readonly startupCpuMs: number
  readonly startupVsReference: number
  readonly readyHeapMiB: number
  readonly requestsPerRep: number
  readonly serverCpuMsPerRep: number
  readonly baselineRssMiB: number
  readonly peakRssMiB: number
  readonly peakHeapMiB: number
  readonly allWallMs: ReadonlyArray<ReadonlyArray<number>>
  readonly allCpuMs: ReadonlyArray<ReadonlyArray<number>>
  readonly allPeakHeapMiB: ReadonlyArray<number>
  readonly allStartupMs: ReadonlyArray<number>
  /** warmMs / twilio's warmMs. */
  readonly warmVsReference: number
  /** The scenario's ideal wall time (the load scenarios; NaN elsewhere) and warmMs relative to it. */
  readonly idealMs: number
  readonly warmVsIdeal: number
  /** Calls that ended in an error, per rep (medians over the runs), and every run's count. */
  readonly failedCallsPerRep: number
  readonly allFailedCalls: ReadonlyArray<number>
  /** 429s the server sent per rep, and every run's count. */
  readonly rateLimitedPerRep: number
  readonly allRateLimited: ReadonlyArray<number>
  readonly allRequests: ReadonlyArray<number>
  /** The most requests the server handled at once (median over the runs of each run's maximum). */
  readonly serverMaxInFlight: number
}

const warmOf = (xs: ReadonlyArray<number>) => (xs.length > 1 ? median(xs.slice(1)) : xs[0]!)

export const summarize = (
  scenario: Scenario,
  lineUp: ReadonlyArray<Variant>,
  samples: ReadonlyMap<string, ReadonlyArray<Sample>>
): ReadonlyArray<Summary> => {
  const of = (name: string) => {
    const list = samples.get(name)!
    const m = (f: (s: Measurement) => number) => median(list.map((s) => f(s.measurement)))
    return {
      list,
      m,
      coldMs: m((s) => s.wallMs[0]!),
      warmMs: m((s) => warmOf(s.wallMs)),
      warmCpuMs: m((s) => warmOf(s.cpuMs)),
      startupMs: m((s) => s.startupMs)
    }
  }
  const missing = { coldMs: NaN, warmMs: NaN, warmCpuMs: NaN, startupMs: NaN }
  const floor = samples.has(baseline) ? of(baseline) : missing
  const ref = samples.has(reference) ? of(reference) : missing
  const idealMs = scenario.idealMs ?? NaN
  return lineUp.map(({ build, name }) => {
    const { coldMs, list, m, startupMs, warmCpuMs, warmMs } = of(name)
    const server = (f: (s: Sample) => number) => median(list.map(f))
    const perRep = (s: Sample, n: number) => n / s.measurement.wallMs.length
    const rateLimited = (s: Sample) => perRep(s, s.server.statuses["429"] ?? 0)
    const failed = (s: Sample) => perRep(s, s.measurement.failedCalls.reduce((a, b) => a + b, 0))
    return {
      scenario: scenario.id,
      contender: name,
      build,
      runs: list.length,
      coldMs: round(coldMs),
      warmMs: round(warmMs),
      warmPerSecond: Math.round(scenario.units / (warmMs / 1000)),
      warmVsBaseline: round(warmMs / floor.warmMs, 2),
      coldVsBaseline: round(coldMs / floor.coldMs, 2),
      warmCpuMs: round(warmCpuMs),
      cpuVsBaseline: round(warmCpuMs / floor.warmCpuMs, 2),
      cpuVsReference: round(warmCpuMs / ref.warmCpuMs, 2),
      startupMs: round(startupMs),
      startupCpuMs: round(m((s) => s.startupCpuMs)),
      startupVsReference: round(startupMs / ref.startupMs, 2),
      readyHeapMiB: m((s) => s.readyHeapMiB),
      requestsPerRep: round(server((s) => s.server.requests / s.measurement.wallMs.length), 1),
      serverCpuMsPerRep: round(server((s) => s.server.cpuMs / s.measurement.wallMs.length)),
      baselineRssMiB: m((s) => s.baselineRssMiB),
      peakRssMiB: m((s) => s.peakRssMiB),
      peakHeapMiB: m((s) => s.peakHeapMiB),
      allWallMs: list.map((s) => s.measurement.wallMs.map((x) => round(x))),
      allCpuMs: list.map((s) => s.measurement.cpuMs.map((x) => round(x))),
      allPeakHeapMiB: list.map((s) => s.measurement.peakHeapMiB),
      allStartupMs: list.map((s) => round(s.measurement.startupMs)),
      warmVsReference: round(warmMs / ref.warmMs, 2),
      idealMs,
      warmVsIdeal: round(warmMs / idealMs, 2),
      failedCallsPerRep: server(failed),
      allFailedCalls: list.map(failed),
      rateLimitedPerRep: server(rateLimited),
      allRateLimited: list.map(rateLimited),
      allRequests: list.map((s) => perRep(s, s.server.requests)),
      serverMaxInFlight: server((s) => s.server.maxInFlight)
    }
  })
}

// -----------------------------------------------------------------------------
// targets (issues #7 and #8)
// -----------------------------------------------------------------------------

export interface TargetResult {
  /** The issue that set it. */
  readonly issue: string
  readonly target: string
  /** The measured figure, as shown. */
  readonly measured: string
  readonly met: boolean
}

const find = (summaries: ReadonlyArray<Summary>, scenario: Scenario["id"], contender: string) =>
  summaries.find((s) => s.scenario === scenario && s.contender === contender)

/** A target is checked only when the run has the scenarios it needs. */
type Check = (summaries: ReadonlyArray<Summary>) => TargetResult | undefined

const cpuRatio = (scenario: Scenario["id"], versus: string, limit: number): Check => (summaries) => {
  const s = find(summaries, scenario, "effect-flex")
  if (s === undefined) return undefined
  const ratio = versus === baseline ? s.cpuVsBaseline : s.cpuVsReference
  return {
    issue: "#7",
    target: `${scenario}: effect-flex client CPU ≤ ${limit.toFixed(1)}× ${versus}`,
    measured: `${ratio.toFixed(2)}× (${s.warmCpuMs.toFixed(0)} ms vs ${
      find(summaries, scenario, versus)!.warmCpuMs.toFixed(0)
    } ms)`,
    met: ratio <= limit
  }
}

const heapBelow = (scenario: Scenario["id"], limit: number): Check => (summaries) => {
  const s = find(summaries, scenario, "effect-flex")
  return s === undefined ? undefined : {
    issue: "#7",
    target: `${scenario}: effect-flex peak heap < ${limit} MiB`,
    measured: `${s.peakHeapMiB.toFixed(1)} MiB`,
    met: s.peakHeapMiB < limit
  }
}

/** "Flat in N": the peak heap at the largest stream at most `slack` times the smallest's. */
const heapFlat = (small: Scenario["id"], large: Scenario["id"], slack: number): Check => (summaries) => {
  const a = find(summaries, small, "effect-flex")
  const b = find(summaries, large, "effect-flex")
  return a === undefined || b === undefined ? undefined : {
    issue: "#7",
    target: `effect-flex peak heap flat in N: ${large} ≤ ${slack.toFixed(1)}× ${small}`,
    measured: `${round(b.peakHeapMiB / a.peakHeapMiB, 2).toFixed(2)}× (${b.peakHeapMiB.toFixed(1)} vs ${
      a.peakHeapMiB.toFixed(1)
    } MiB)`,
    met: b.peakHeapMiB <= slack * a.peakHeapMiB
  }
}

const startupRatio = (contender: string, limit: number): Check => (summaries) => {
  const s = find(summaries, "startup", contender)
  return s === undefined ? undefined : {
    issue: "#7",
    target: `startup: ${contender} process start → client ready ≤ ${limit.toFixed(1)}× ${reference}`,
    measured: `${s.startupVsReference.toFixed(2)}× (${s.startupMs.toFixed(0)} ms vs ${
      find(summaries, "startup", reference)!.startupMs.toFixed(0)
    } ms)`,
    met: s.startupVsReference <= limit
  }
}

/** No call of the naive fan-out fails, in any run. */
const noFailedCalls = (scenario: Scenario["id"]): Check => (summaries) => {
  const s = find(summaries, scenario, "effect-flex")
  if (s === undefined) return undefined
  const worst = Math.max(...s.allFailedCalls)
  return {
    issue: "#8",
    target: `${scenario}: effect-flex (defaults) 0 failed calls`,
    measured: `${worst} in the worst of ${s.runs} runs (${s.rateLimitedPerRep} 429s, median)`,
    met: worst === 0
  }
}

/** The median wall time at most `limit` times the scenario's ideal. */
const wallVsIdeal = (scenario: Scenario["id"], limit: number): Check => (summaries) => {
  const s = find(summaries, scenario, "effect-flex")
  return s === undefined ? undefined : {
    issue: "#8",
    target: `${scenario}: effect-flex ≤ ${limit.toFixed(1)}× ideal time`,
    measured: `${s.warmVsIdeal.toFixed(2)}× (${s.warmMs.toFixed(0)} ms vs ${s.idealMs.toFixed(0)} ms)`,
    met: s.warmVsIdeal <= limit
  }
}

/** The median wall time at most `limit` times twilio's. */
const wallVsReference = (scenario: Scenario["id"], limit: number): Check => (summaries) => {
  const s = find(summaries, scenario, "effect-flex")
  const ref = find(summaries, scenario, reference)
  return s === undefined || ref === undefined ? undefined : {
    issue: "#8",
    target: `${scenario}: effect-flex wall ≤ ${limit.toFixed(1)}× ${reference}`,
    measured: `${s.warmVsReference.toFixed(2)}× (${s.warmMs.toFixed(0)} ms vs ${ref.warmMs.toFixed(0)} ms)`,
    met: s.warmVsReference <= limit
  }
}

/** The targets on client CPU relative to raw fetch (the chart marks them too). */
export const cpuTargets: { readonly [id in Scenario["id"]]?: number } = { "stream-200k": 1.2, "list-ps50": 1.4 }
export const heapTargetMiB = 64
/** The fan-out target: effect-flex's wall time relative to the ideal (the chart marks it too). */
export const fanoutIdealTarget = 1.3

const checks: ReadonlyArray<Check> = [
  cpuRatio("stream-200k", baseline, cpuTargets["stream-200k"]!),
  cpuRatio("stream-200k", reference, 1.0),
  heapBelow("stream-200k", heapTargetMiB),
  heapBelow("stream-100k", heapTargetMiB),
  heapBelow("stream-1m", heapTargetMiB),
  heapFlat("stream-100k", "stream-1m", 1.1),
  cpuRatio("list-ps50", baseline, cpuTargets["list-ps50"]!),
  heapBelow("list-ps50", heapTargetMiB),
  cpuRatio("fetch-seq", reference, 1.0),
  cpuRatio("fetch-c16", reference, 1.0),
  startupRatio("effect-flex ESM", 1.5),
  startupRatio("effect-flex bundled", 1.0),
  noFailedCalls("fanout"),
  wallVsIdeal("fanout", fanoutIdealTarget),
  wallVsReference("latency", 0.7)
]

export const checkTargets = (summaries: ReadonlyArray<Summary>): ReadonlyArray<TargetResult> =>
  checks.flatMap((check) => check(summaries) ?? [])

// -----------------------------------------------------------------------------
// markdown
// -----------------------------------------------------------------------------

const markdownTable = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>, left = 2) => {
  const line = (cells: ReadonlyArray<string>) => `| ${cells.join(" | ")} |`
  return [line(header), line(header.map((_, i) => (i < left ? "---" : "---:"))), ...rows.map(line)].join("\n")
}

/** The speed scenarios: one row per scenario and contender. */
export const speedTable = (summaries: ReadonlyArray<Summary>) =>
  markdownTable(
    [
      "scenario",
      "contender",
      "warm ms",
      "warm /s",
      "× raw fetch",
      "cold ms",
      "client CPU ms",
      "CPU × raw fetch",
      "CPU × twilio",
      "requests",
      "server CPU ms",
      "peak RSS MiB",
      "peak heap MiB"
    ],
    summaries.map((s) => [
      s.scenario,
      s.contender,
      s.warmMs.toFixed(1),
      s.warmPerSecond.toLocaleString("en-US"),
      s.warmVsBaseline.toFixed(2),
      s.coldMs.toFixed(1),
      s.warmCpuMs.toFixed(1),
      s.cpuVsBaseline.toFixed(2),
      s.cpuVsReference.toFixed(2),
      String(s.requestsPerRep),
      s.serverCpuMsPerRep.toFixed(1),
      s.peakRssMiB.toFixed(1),
      s.peakHeapMiB.toFixed(1)
    ])
  )

/** The startup scenario: one row per contender of its line-up. */
export const startupTable = (summaries: ReadonlyArray<Summary>, lineUp: ReadonlyArray<Variant>) =>
  markdownTable(
    [
      "contender",
      "how it is loaded",
      "start → client ready ms",
      "× twilio",
      "CPU ms to ready",
      "first call ms",
      "heap at ready MiB",
      "RSS at ready MiB"
    ],
    summaries.map((s) => [
      s.contender,
      lineUp.find((v) => v.name === s.contender)?.note ?? "",
      s.startupMs.toFixed(1),
      s.startupVsReference.toFixed(2),
      s.startupCpuMs.toFixed(0),
      s.coldMs.toFixed(1),
      s.readyHeapMiB.toFixed(1),
      s.baselineRssMiB.toFixed(1)
    ])
  )

export const targetsTable = (results: ReadonlyArray<TargetResult>) =>
  markdownTable(
    ["target", "issue", "measured (medians)", "met"],
    results.map((r) => [r.target, r.issue, r.measured, r.met ? "yes" : "**no**"]),
    4
  )

const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : "")
const count = (x: number) => (Number.isInteger(x) ? x.toLocaleString("en-US") : x.toFixed(1))

/**
 * The load scenarios (fan-out, latency): wall time against the ideal the server's latency and
 * limits allow, what the server received and refused, what failed. One row per contender.
 */
export const loadTable = (summaries: ReadonlyArray<Summary>, noteOf: (s: Summary) => string) =>
  markdownTable(
    [
      "scenario",
      "contender",
      "what it runs",
      "wall ms",
      "ideal ms",
      "× ideal",
      "× twilio",
      "requests",
      "429s",
      "failed calls",
      "server max in flight",
      "client CPU ms",
      "server CPU ms",
      "peak heap MiB"
    ],
    summaries.map((s) => [
      s.scenario,
      s.contender,
      noteOf(s),
      s.warmMs.toFixed(1),
      fixed(s.idealMs, 0),
      fixed(s.warmVsIdeal, 2),
      fixed(s.warmVsReference, 2),
      count(s.requestsPerRep),
      count(s.rateLimitedPerRep),
      count(s.failedCallsPerRep),
      String(s.serverMaxInFlight),
      s.warmCpuMs.toFixed(1),
      s.serverCpuMsPerRep.toFixed(1),
      s.peakHeapMiB.toFixed(1)
    ]),
    3
  )
