/**
 * `pnpm bench`: effect-flex vs Twilio's Node SDK vs a raw fetch loop, against the project's
 * simulator on a loopback port. See docs/BENCHMARKS.md for the method and how to read the table.
 *
 * 1. Bundles the simulator and the three contenders with esbuild into `bench/build/` (only the
 *    workspace's TypeScript is compiled in; `effect`, `twilio` and every other package load from
 *    node_modules, as they would in an app).
 * 2. Forks the simulator into its own process (seeded: 1 interaction with 5,000 channels, 100
 *    chat channels).
 * 3. For each scenario: a warm-up round if its operation was not exercised yet (one rep of each
 *    contender, discarded: it warms the simulator and the file cache), then BENCH_RUNS rounds; a
 *    round runs each contender once, in a fresh process, the order rotating from round to round.
 *    A process runs the scenario `reps` times (shared.ts, or BENCH_REPS): the first rep is "cold"
 *    (fresh process), the others "warm".
 * 4. Prints a markdown table and writes bench/results/latest.json.
 *
 * Environment: BENCH_RUNS (default 5), BENCH_REPS (default: 5 for the list scenarios, 2 for the
 * fetch ones, see shared.ts), BENCH_ONLY (comma-separated
 * scenario ids), BENCH_CPU_PROF=1 (every contender process writes a V8 CPU profile to
 * bench/build/profiles/), BENCH_EFFECT_TRACER=off (experiment: effect-flex with Effect's tracer
 * disabled, to measure what its spans cost).
 */
import * as esbuild from "esbuild"
import * as ChildProcess from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import type { ServerMessage, ServerStats } from "./server.js"
import { type Measurement, type Scenario, scenarios } from "./shared.js"

const here = import.meta.dirname
const buildDir = Path.join(here, "build", "bundle")
const profileDir = Path.join(here, "build", "profiles")
const resultsDir = Path.join(here, "results")
const targetFile = Path.join(buildDir, "target.json")

const envInt = (name: string, fallback: number, min: number) => {
  const raw = process.env[name]
  const value = raw === undefined || raw === "" ? fallback : Number(raw)
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got ${raw}`)
  return value
}
const runs = envInt("BENCH_RUNS", 5, 1)
const repsOverride = process.env.BENCH_REPS === undefined ? undefined : envInt("BENCH_REPS", 0, 1)
const repsOf = (scenario: Scenario) => repsOverride ?? scenario.reps
const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim()).filter((s) => s !== "")
const cpuProf = process.env.BENCH_CPU_PROF === "1"
const selected = only === undefined ? scenarios : scenarios.filter((s) => only.includes(s.id))
if (selected.length === 0) throw new Error(`BENCH_ONLY matches no scenario (ids: ${scenarios.map((s) => s.id)})`)

const contenders = [
  { name: "effect-flex", entry: "contender-effect" },
  { name: "twilio", entry: "contender-twilio" },
  { name: "raw fetch", entry: "contender-fetch" }
] as const
type ContenderName = typeof contenders[number]["name"]
const baseline: ContenderName = "raw fetch"

// -----------------------------------------------------------------------------
// build
// -----------------------------------------------------------------------------

/** Bare imports stay external (node_modules), except the workspace packages (TypeScript sources). */
const externalPackages: esbuild.Plugin = {
  name: "external-packages",
  setup(build) {
    build.onResolve(
      { filter: /^[^./]/ },
      (args) => args.path.startsWith("@effect-flex/") ? undefined : { path: args.path, external: true }
    )
  }
}

const bundle = async () => {
  Fs.rmSync(buildDir, { recursive: true, force: true })
  await esbuild.build({
    entryPoints: ["server", ...contenders.map((c) => c.entry)].map((entry) => Path.join(here, `${entry}.ts`)),
    outdir: buildDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    plugins: [externalPackages],
    logLevel: "warning"
  })
}

// -----------------------------------------------------------------------------
// processes
// -----------------------------------------------------------------------------

interface Server {
  readonly stats: () => Promise<ServerStats>
  readonly stop: () => void
}

const startServer = (): Promise<Server> =>
  new Promise((resolve) => {
    const child = ChildProcess.fork(Path.join(buildDir, "server.mjs"), [targetFile], { stdio: "inherit" })
    const waiting: Array<(stats: ServerStats) => void> = []
    let stopping = false
    child.on("message", (message: ServerMessage) => {
      if (message.type === "ready") {
        resolve({
          stats: () =>
            new Promise((resolveStats) => {
              waiting.push(resolveStats)
              child.send({ type: "stats" })
            }),
          stop: () => {
            stopping = true
            child.disconnect()
          }
        })
      } else {
        waiting.shift()?.(message.stats)
      }
    })
    child.on("exit", (code) => {
      if (stopping) return
      process.stderr.write(`\nbenchmark failed: the simulator process exited (${code})\n`)
      process.exit(1)
    })
  })

const runContender = (entry: string, scenario: Scenario, repCount: number): Promise<Measurement> =>
  new Promise((resolve, reject) => {
    const flags = cpuProf
      ? [
        "--cpu-prof",
        "--cpu-prof-dir",
        profileDir,
        "--cpu-prof-name",
        `${entry}.${scenario.id}.${Date.now()}.cpuprofile`
      ]
      : []
    const child = ChildProcess.spawn(process.execPath, [...flags, Path.join(buildDir, `${entry}.mjs`)], {
      env: { ...process.env, BENCH_JOB: JSON.stringify({ scenario: scenario.id, targetFile, reps: repCount }) },
      stdio: ["ignore", "pipe", "inherit"]
    })
    let stdout = ""
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk))
    child.on("error", reject)
    child.on("close", (code) => {
      const last = stdout.trim().split("\n").at(-1)
      if (code !== 0 || last === undefined || last === "") {
        return reject(new Error(`${entry} failed on ${scenario.id} (exit code ${code}); see its stderr above`))
      }
      resolve(JSON.parse(last) as Measurement)
    })
  })

// -----------------------------------------------------------------------------
// statistics and report
// -----------------------------------------------------------------------------

const median = (xs: ReadonlyArray<number>) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

interface Sample {
  readonly measurement: Measurement
  readonly server: ServerStats
}

interface Summary {
  readonly scenario: Scenario["id"]
  readonly contender: ContenderName
  readonly runs: number
  /** Median over runs of the first rep of each process. */
  readonly coldMs: number
  /** Median over runs of the median of the warm reps of each process (= coldMs when BENCH_REPS=1). */
  readonly warmMs: number
  readonly warmPerSecond: number
  /** warmMs / the baseline's warmMs. */
  readonly warmVsBaseline: number
  readonly coldVsBaseline: number
  /** Client CPU time (user + system) of a warm rep. */
  readonly warmCpuMs: number
  readonly startupMs: number
  readonly requestsPerRep: number
  readonly serverCpuMsPerRep: number
  readonly baselineRssMiB: number
  readonly peakRssMiB: number
  readonly peakHeapMiB: number
  readonly allWallMs: ReadonlyArray<ReadonlyArray<number>>
}

const summarize = (
  scenario: Scenario,
  samples: ReadonlyMap<ContenderName, ReadonlyArray<Sample>>
): ReadonlyArray<Summary> => {
  const base = (name: ContenderName) => {
    const list = samples.get(name)!
    const warm = (m: Measurement) => (m.wallMs.length > 1 ? median(m.wallMs.slice(1)) : m.wallMs[0]!)
    const warmCpu = (m: Measurement) => (m.cpuMs.length > 1 ? median(m.cpuMs.slice(1)) : m.cpuMs[0]!)
    return {
      list,
      coldMs: median(list.map((s) => s.measurement.wallMs[0]!)),
      warmMs: median(list.map((s) => warm(s.measurement))),
      warmCpuMs: median(list.map((s) => warmCpu(s.measurement)))
    }
  }
  const ref = base(baseline)
  return contenders.map(({ name }) => {
    const { coldMs, list, warmCpuMs, warmMs } = base(name)
    const m = (f: (s: Sample) => number) => median(list.map(f))
    return {
      scenario: scenario.id,
      contender: name,
      runs: list.length,
      coldMs: round(coldMs),
      warmMs: round(warmMs),
      warmPerSecond: Math.round(scenario.units / (warmMs / 1000)),
      warmVsBaseline: round(warmMs / ref.warmMs, 2),
      coldVsBaseline: round(coldMs / ref.coldMs, 2),
      warmCpuMs: round(warmCpuMs),
      startupMs: round(m((s) => s.measurement.startupMs)),
      requestsPerRep: round(m((s) => s.server.requests / s.measurement.wallMs.length), 1),
      serverCpuMsPerRep: round(m((s) => s.server.cpuMs / s.measurement.wallMs.length)),
      baselineRssMiB: m((s) => s.measurement.baselineRssMiB),
      peakRssMiB: m((s) => s.measurement.peakRssMiB),
      peakHeapMiB: m((s) => s.measurement.peakHeapMiB),
      allWallMs: list.map((s) => s.measurement.wallMs.map((x) => round(x)))
    }
  })
}

const table = (summaries: ReadonlyArray<Summary>) => {
  const header = [
    "scenario",
    "contender",
    "warm ms",
    "warm /s",
    "× raw fetch",
    "cold ms",
    "× raw fetch (cold)",
    "client CPU ms",
    "requests",
    "server CPU ms",
    "peak RSS MiB",
    "peak heap MiB"
  ]
  const rows = summaries.map((s) => [
    s.scenario,
    s.contender,
    s.warmMs.toFixed(1),
    s.warmPerSecond.toLocaleString("en-US"),
    s.warmVsBaseline.toFixed(2),
    s.coldMs.toFixed(1),
    s.coldVsBaseline.toFixed(2),
    s.warmCpuMs.toFixed(1),
    String(s.requestsPerRep),
    s.serverCpuMsPerRep.toFixed(1),
    s.peakRssMiB.toFixed(1),
    s.peakHeapMiB.toFixed(1)
  ])
  const line = (cells: ReadonlyArray<string>) => `| ${cells.join(" | ")} |`
  return [line(header), line(header.map((_, i) => (i < 2 ? "---" : "---:"))), ...rows.map(line)].join("\n")
}

/** Startup and idle footprint per contender: medians over every scenario's runs. */
const startupTable = (summaries: ReadonlyArray<Summary>) => {
  const rows = contenders.map(({ name }) => {
    const mine = summaries.filter((s) => s.contender === name)
    return `| ${name} | ${median(mine.map((s) => s.startupMs)).toFixed(1)} | ${
      median(mine.map((s) => s.baselineRssMiB)).toFixed(1)
    } |`
  })
  return [
    "| contender | startup ms (process start → client ready) | RSS at startup MiB |",
    "| --- | ---: | ---: |",
    ...rows
  ].join("\n")
}

const packageVersion = (name: string) => {
  const file = Path.join(here, "node_modules", name, "package.json")
  return (JSON.parse(Fs.readFileSync(file, "utf8")) as { readonly version: string }).version
}

// -----------------------------------------------------------------------------
// main
// -----------------------------------------------------------------------------

const main = async () => {
  const started = Date.now()
  const loadBefore = Os.loadavg()
  await bundle()
  if (cpuProf) Fs.mkdirSync(profileDir, { recursive: true })
  const server = await startServer()
  const progress = (text: string) => process.stderr.write(text)
  const summaries: Array<Summary> = []
  const warmed = new Set<Scenario["operation"]>()
  try {
    await server.stats() // resets the journal after seeding
    for (const scenario of selected) {
      progress(`${scenario.id}:`)
      if (!warmed.has(scenario.operation)) {
        progress(" warm-up")
        for (const { entry } of contenders) {
          await runContender(entry, scenario, 1)
          await server.stats()
        }
        warmed.add(scenario.operation)
      }
      const samples = new Map<ContenderName, Array<Sample>>(contenders.map((c) => [c.name, []]))
      for (let round = 0; round < runs; round++) {
        progress(` · ${round + 1}`)
        for (let i = 0; i < contenders.length; i++) {
          const contender = contenders[(round + i) % contenders.length]!
          const measurement = await runContender(contender.entry, scenario, repsOf(scenario))
          const stats = await server.stats()
          const failed = Object.keys(stats.statuses).filter((status) => status !== "200")
          if (failed.length > 0) {
            throw new Error(
              `${contender.name} got non-200 responses on ${scenario.id}: ${JSON.stringify(stats.statuses)}`
            )
          }
          samples.get(contender.name)!.push({ measurement, server: stats })
        }
      }
      progress("\n")
      for (const summary of summarize(scenario, samples)) summaries.push(summary)
    }
  } finally {
    server.stop()
  }
  const finished = Date.now()
  const environment = {
    date: new Date(started).toISOString(),
    durationSeconds: round((finished - started) / 1000),
    node: process.version,
    platform: `${Os.platform()} ${Os.arch()}`,
    cpu: Os.cpus()[0]?.model ?? "unknown",
    cores: Os.availableParallelism(),
    loadAverageBefore: loadBefore.map((x) => round(x, 2)),
    loadAverageAfter: Os.loadavg().map((x) => round(x, 2)),
    versions: { twilio: packageVersion("twilio"), effect: packageVersion("effect") },
    runs,
    reps: Object.fromEntries(selected.map((s) => [s.id, repsOf(s)])),
    cpuProfiles: cpuProf,
    effectTracer: process.env.BENCH_EFFECT_TRACER === "off" ? "off" : "on"
  }
  const report = [
    `effect-flex benchmark · ${environment.date} · node ${environment.node} · ${environment.cores} cores (${environment.cpu})`,
    `${runs} runs per contender and scenario, each in a fresh process that runs the scenario "reps" times ` +
    "(the first rep cold, the others warm); medians over the runs. " +
    `Took ${environment.durationSeconds} s.`,
    "",
    ...selected.map((s) => `- \`${s.id}\`: ${s.title} (${repsOf(s)} reps)`),
    "",
    table(summaries),
    "",
    startupTable(summaries)
  ].join("\n")
  process.stdout.write(report + "\n")
  Fs.mkdirSync(resultsDir, { recursive: true })
  const out = Path.join(resultsDir, "latest.json")
  Fs.writeFileSync(
    `${out}.tmp`,
    JSON.stringify({ environment, scenarios: selected, results: summaries }, null, 2) + "\n"
  )
  Fs.renameSync(`${out}.tmp`, out)
  process.stderr.write(`\nwrote ${Path.relative(process.cwd(), out)}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`\nbenchmark failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
