/**
 * `pnpm bench`: effect-flex vs Twilio's Node SDK vs a raw fetch loop, each contender run in its
 * own process. See docs/BENCHMARKS.md for the method and how to read the tables.
 *
 * 1. Builds with esbuild into `bench/build/`: the servers and the three contenders for the speed
 *    scenarios (`bundle/`: only the workspace's TypeScript is compiled in; `effect`, `twilio` and
 *    every other package load from node_modules, as they would in an app). For the startup
 *    scenario also: the packages as published (`pnpm build` of core and node, `pnpm pack`, the
 *    tarballs unpacked into `published/node_modules/`) with contenders that import them
 *    unbundled (`published/`), and one-file minified app bundles (`app/`).
 * 2. Forks the servers, each into its own process: the project's simulator (seeded: 1
 *    interaction with 5,000 channels, 100 chat channels, and the fan-out scenario's interaction:
 *    2,000 channels of 2 participants) and, for the stream scenarios, `pages-server.ts`
 *    (precomputed pages: 100k, 200k, 1M channels).
 * 3. For each scenario: the simulator's limits and latency for it (`setup` over IPC; none but for
 *    the fan-out and latency scenarios), a warm-up round if its operation was not exercised yet
 *    (one rep of each contender, discarded: it warms the server and the file cache; not for the
 *    fan-out and latency scenarios), then BENCH_RUNS rounds; a round runs each contender once, in
 *    a fresh process, the order rotating from round to round. A process runs the scenario `reps`
 *    times (shared.ts, or BENCH_REPS): the first rep is "cold" (fresh process), the others "warm".
 * 4. Prints markdown tables (speed, fan-out and latency, startup, the issue #7 and #8 targets)
 *    and writes bench/results/latest.json and the chart bench/results/latest.svg.
 *
 * Environment: BENCH_RUNS (default 5; 10 for startup, 3 for fanout, 1 for latency), BENCH_REPS
 * (default: see shared.ts), BENCH_ONLY (comma-separated scenario ids), BENCH_LABEL (a note for
 * the report and the chart, e.g. "before the data-path rebuild"), BENCH_CPU_PROF=1 (every
 * contender process writes a V8 CPU profile to bench/build/profiles/), BENCH_EFFECT_TRACER=off
 * (experiment: effect-flex with Effect's tracer disabled, to measure what its spans cost).
 */
import * as esbuild from "esbuild"
import * as ChildProcess from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import { renderChart, type Results } from "./chart.js"
import {
  checkTargets,
  loadTable,
  round,
  type Sample,
  speedTable,
  startupTable,
  summarize,
  type Summary,
  targetsTable,
  type Variant
} from "./report.js"
import {
  fanoutWorkers,
  type Measurement,
  type Scenario,
  scenarios,
  type ServerMessage,
  type ServerRequest,
  type ServerSetup,
  type ServerStats,
  streamSizes
} from "./shared.js"

const here = import.meta.dirname
const root = Path.dirname(here)
const buildDirs = {
  dev: Path.join(here, "build", "bundle"),
  published: Path.join(here, "build", "published"),
  app: Path.join(here, "build", "app")
} as const
const profileDir = Path.join(here, "build", "profiles")
const resultsDir = Path.join(here, "results")
const targetFiles = {
  simulator: Path.join(buildDirs.dev, "target.json"),
  pages: Path.join(buildDirs.dev, "pages-target.json")
} as const

const envInt = (name: string, fallback: number, min: number) => {
  const raw = process.env[name]
  const value = raw === undefined || raw === "" ? fallback : Number(raw)
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got ${raw}`)
  return value
}
const runsOverride = process.env.BENCH_RUNS === undefined ? undefined : envInt("BENCH_RUNS", 0, 1)
const runsOf = (scenario: Scenario) => runsOverride ?? scenario.runs ?? 5
const repsOverride = process.env.BENCH_REPS === undefined ? undefined : envInt("BENCH_REPS", 0, 1)
const repsOf = (scenario: Scenario) => repsOverride ?? scenario.reps
const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim()).filter((s) => s !== "")
const cpuProf = process.env.BENCH_CPU_PROF === "1"
const label = process.env.BENCH_LABEL ?? ""
const selected = only === undefined ? scenarios : scenarios.filter((s) => only.includes(s.id))
if (selected.length === 0) throw new Error(`BENCH_ONLY matches no scenario (ids: ${scenarios.map((s) => s.id)})`)

/** The speed scenarios' contenders. */
const clients: ReadonlyArray<Variant> = [
  { name: "effect-flex", entry: "contender-effect", build: "dev", note: "" },
  { name: "twilio", entry: "contender-twilio", build: "dev", note: "" },
  { name: "raw fetch", entry: "contender-fetch", build: "dev", note: "" }
]

/**
 * The startup scenario's contenders: the same programs loaded as an installed app would load them
 * (unbundled ESM from node_modules, effect-flex from its published `dist/`), and as one-file
 * minified bundles (everything in, `effect` and `twilio` included).
 */
const startupLineUp: ReadonlyArray<Variant> = [
  {
    name: "effect-flex ESM",
    entry: "contender-effect-readme",
    build: "published",
    note: "published dist, unbundled; imports as in the README (`effect`, `@effect-flex/node` index modules)"
  },
  {
    name: "effect-flex ESM subpaths",
    entry: "contender-effect",
    build: "published",
    note: "published dist, unbundled; per-module imports (`effect/Effect`, `@effect-flex/node/NodeFlexClient`)"
  },
  {
    name: "effect-flex bundled",
    entry: "contender-effect-readme",
    build: "app",
    note: "esbuild, minified, one file (effect included)"
  },
  { name: "twilio", entry: "contender-twilio", build: "published", note: "installed `twilio` (CommonJS), unbundled" },
  {
    name: "twilio bundled",
    entry: "contender-twilio",
    build: "app",
    note: "esbuild, minified, one file (twilio and axios included)"
  },
  { name: "raw fetch", entry: "contender-fetch", build: "published", note: "no library: Node's own startup" }
]
/**
 * The fan-out scenario: the naive program of each client, all 2,000 calls at once, and the
 * Promise clients' worker pool. effect-flex runs with its defaults (the governor's 20 requests in
 * flight, adaptive); twilio with `autoRetry: true` (its README's way to handle 429s: up to 3
 * retries, full-jitter backoff 100 ms × 2^n, at most 3 s; it does not read `Retry-After`) and, as
 * against https://flex-api.twilio.com, its agent's 20 sockets (see `contender-twilio.ts`), or
 * without that cap, as the SDK runs behind `HTTP_PROXY`; raw fetch retries nothing.
 */
const fanoutLineUp: ReadonlyArray<Variant> = [
  {
    name: "effect-flex",
    entry: "contender-effect",
    build: "dev",
    note: "defaults; `Effect.forEach(channels, list, { concurrency: \"unbounded\" })`"
  },
  {
    name: "twilio Promise.all",
    entry: "contender-twilio",
    build: "dev",
    note: "`autoRetry: true`; `Promise.all(channels.map(list))`",
    mode: "all"
  },
  {
    name: "twilio Promise.all, no socket cap",
    entry: "contender-twilio",
    build: "dev",
    note: "the same over Node's default agent (no socket cap, as behind `HTTP_PROXY`: `https-proxy-agent` 5)",
    mode: "all-uncapped"
  },
  {
    name: `twilio pool ${fanoutWorkers}`,
    entry: "contender-twilio",
    build: "dev",
    note: `\`autoRetry: true\`; ${fanoutWorkers} workers pulling from a shared index`,
    mode: "pool"
  },
  {
    name: `raw fetch pool ${fanoutWorkers}`,
    entry: "contender-fetch",
    build: "dev",
    note: `no retries; ${fanoutWorkers} workers pulling from a shared index`,
    mode: "pool"
  }
]

/** The latency scenario: a page at a time with awaited work per page. */
const latencyLineUp: ReadonlyArray<Variant> = [
  {
    name: "effect-flex",
    entry: "contender-effect",
    build: "dev",
    note: "`pages(sid, { pageSize: 50, prefetch: 1 })`, `Stream.runForEach` with `Effect.sleep` per page"
  },
  {
    name: "twilio",
    entry: "contender-twilio",
    build: "dev",
    note: "`page({ pageSize: 50 })`, then per page: await the work, `await page.nextPage()`"
  }
]

const lineUps = {
  clients,
  startup: startupLineUp,
  fanout: fanoutLineUp,
  latency: latencyLineUp
} as const satisfies Record<Scenario["lineUp"], ReadonlyArray<Variant>>
const lineUpOf = (scenario: Scenario) => lineUps[scenario.lineUp]

// -----------------------------------------------------------------------------
// build
// -----------------------------------------------------------------------------

/** Bare imports stay external (node_modules), except the workspace packages (TypeScript sources). */
const externalPackages: esbuild.Plugin = {
  name: "external-packages",
  setup(build) {
    // Package names only: `#…` subpath imports (core's `#decoder`) belong to the package
    // importing them and are bundled with it.
    build.onResolve(
      { filter: /^[^./#]/ },
      (args) => args.path.startsWith("@effect-flex/") ? undefined : { path: args.path, external: true }
    )
  }
}

const entries = (names: ReadonlyArray<string>) => [...new Set(names)].map((name) => Path.join(here, `${name}.ts`))

const common: esbuild.BuildOptions = {
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning"
}

const run = (command: string, args: ReadonlyArray<string>, cwd: string) =>
  ChildProcess.execFileSync(command, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" })

/**
 * The packages as an app installs them: built by their own `build` script (tsc to `dist/`),
 * packed by `pnpm pack` (which applies `publishConfig`: `exports` point at `dist/`) and unpacked
 * into `published/node_modules/@effect-flex/`. Their dependencies (`effect`, `@effect/*`) resolve
 * from bench/node_modules, one directory up, like hoisted dependencies.
 */
const publishPackages = () => {
  run("pnpm", ["--filter", "@effect-flex/core", "--filter", "@effect-flex/node", "build"], root)
  const tarballs = Path.join(buildDirs.published, "tarballs")
  Fs.mkdirSync(tarballs, { recursive: true })
  for (const name of ["core", "node"]) {
    const output = run("pnpm", ["pack", "--json", "--pack-destination", tarballs], Path.join(root, "packages", name))
    // the package's `prepack` script prints its own lines first: the JSON is the last top-level object
    const packed = JSON.parse(output.slice(output.startsWith("{") ? 0 : output.lastIndexOf("\n{") + 1)) as {
      readonly filename: string
    }
    const into = Path.join(buildDirs.published, "node_modules", "@effect-flex", name)
    Fs.mkdirSync(into, { recursive: true })
    run("tar", ["-xzf", packed.filename, "-C", into, "--strip-components=1"], root)
  }
}

const build = async () => {
  for (const dir of Object.values(buildDirs)) Fs.rmSync(dir, { recursive: true, force: true })
  await esbuild.build({
    ...common,
    entryPoints: entries(["server", "pages-server", ...clients.map((c) => c.entry)]),
    outdir: buildDirs.dev,
    sourcemap: "linked",
    plugins: [externalPackages]
  })
  if (!selected.some((s) => s.lineUp === "startup")) return
  publishPackages()
  await esbuild.build({
    ...common,
    entryPoints: entries(startupLineUp.filter((v) => v.build === "published").map((v) => v.entry)),
    outdir: buildDirs.published,
    packages: "external"
  })
  await esbuild.build({
    ...common,
    entryPoints: entries(startupLineUp.filter((v) => v.build === "app").map((v) => v.entry)),
    outdir: buildDirs.app,
    minify: true,
    // bundled CommonJS (twilio, axios, undici) calls `require` for Node's built-in modules
    banner: {
      js: `import { createRequire as __benchRequire } from "node:module";` +
        "const require = __benchRequire(import.meta.url);"
    }
  })
}

// -----------------------------------------------------------------------------
// processes
// -----------------------------------------------------------------------------

interface Server {
  readonly stats: () => Promise<ServerStats>
  /** Replaces the simulator's limits and latency (the pages server has none). */
  readonly setup: (setup: ServerSetup | undefined) => Promise<void>
  readonly stop: () => void
}

/** Forks a server process (`server.mjs` or `pages-server.mjs`) and resolves once it says `ready`. */
const startServer = (name: string, args: ReadonlyArray<string>): Promise<Server> =>
  new Promise((resolve) => {
    const child = ChildProcess.fork(Path.join(buildDirs.dev, `${name}.mjs`), args, { stdio: "inherit" })
    // the server answers requests in order
    const waiting: Array<(message: ServerMessage) => void> = []
    const ask = (request: ServerRequest) =>
      new Promise<ServerMessage>((resolveReply) => {
        waiting.push(resolveReply)
        child.send(request)
      })
    let stopping = false
    child.on("message", (message: ServerMessage) => {
      if (message.type === "ready") {
        resolve({
          stats: async () => {
            const reply = await ask({ type: "stats" })
            if (reply.type !== "stats") throw new Error(`the ${name} process answered stats with ${reply.type}`)
            return reply.stats
          },
          setup: async (setup) => {
            await ask({ type: "setup", setup })
          },
          stop: () => {
            stopping = true
            child.disconnect()
          }
        })
      } else {
        waiting.shift()?.(message)
      }
    })
    child.on("exit", (code) => {
      if (stopping) return
      process.stderr.write(`\nbenchmark failed: the ${name} process exited (${code})\n`)
      process.exit(1)
    })
  })

const runContender = (variant: Variant, scenario: Scenario, repCount: number): Promise<Measurement> =>
  new Promise((resolve, reject) => {
    const build = variant.build === "dev" ? "" : `.${variant.build}`
    const flags = cpuProf
      ? [
        "--cpu-prof",
        "--cpu-prof-dir",
        profileDir,
        "--cpu-prof-name",
        `${variant.entry}${build}.${scenario.id}.${Date.now()}.cpuprofile`
      ]
      : []
    const job = {
      scenario: scenario.id,
      targetFile: targetFiles[scenario.server],
      reps: repCount,
      ...(variant.mode === undefined ? {} : { mode: variant.mode })
    }
    const child = ChildProcess.spawn(
      process.execPath,
      [...flags, Path.join(buildDirs[variant.build], `${variant.entry}.mjs`)],
      { env: { ...process.env, BENCH_JOB: JSON.stringify(job) }, stdio: ["ignore", "pipe", "inherit"] }
    )
    let stdout = ""
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk))
    child.on("error", reject)
    child.on("close", (code) => {
      const last = stdout.trim().split("\n").at(-1)
      if (code !== 0 || last === undefined || last === "") {
        return reject(new Error(`${variant.name} failed on ${scenario.id} (exit code ${code}); see its stderr above`))
      }
      resolve(JSON.parse(last) as Measurement)
    })
  })

// -----------------------------------------------------------------------------
// main
// -----------------------------------------------------------------------------

const packageVersion = (name: string) => {
  const file = Path.join(here, "node_modules", name, "package.json")
  return (JSON.parse(Fs.readFileSync(file, "utf8")) as { readonly version: string }).version
}

/** The last commit that changed packages/ (the code measured), `+` when packages/ has uncommitted changes. */
const commit = () => {
  try {
    const head = run("git", ["log", "-1", "--format=%h", "--", "packages"], root).trim()
    return run("git", ["status", "--porcelain", "--", "packages"], root).trim() === "" ? head : `${head}+`
  } catch {
    return "unknown"
  }
}

const main = async () => {
  const started = Date.now()
  const loadBefore = Os.loadavg()
  await build()
  if (cpuProf) Fs.mkdirSync(profileDir, { recursive: true })
  const sizes = selected.flatMap((s) => (s.server === "pages" ? [streamSizes[s.id as keyof typeof streamSizes]] : []))
  const [simulator, pages] = await Promise.all([
    selected.some((s) => s.server === "simulator") ? startServer("server", [targetFiles.simulator]) : undefined,
    sizes.length > 0 ? startServer("pages-server", [targetFiles.pages, sizes.join(",")]) : undefined
  ])
  const servers = { simulator, pages }
  const progress = (text: string) => process.stderr.write(text)
  const summaries: Array<Summary> = []
  /** The 1-minute load average when each scenario started and ended: how busy the shared machine was. */
  const load = new Map<Scenario["id"], ReadonlyArray<number>>()
  const warmed = new Set<Scenario["operation"]>()
  try {
    // resets the journals after seeding
    for (const server of Object.values(servers)) await server?.stats()
    for (const scenario of selected) {
      progress(`${scenario.id}:`)
      const loadBefore = round(Os.loadavg()[0]!, 2)
      const server = servers[scenario.server]!
      const lineUp = lineUpOf(scenario)
      await server.setup(scenario.setup)
      if (scenario.warmUp !== false && !warmed.has(scenario.operation)) {
        progress(" warm-up")
        for (const variant of lineUp) {
          await runContender(variant, scenario, 1)
          await server.stats()
        }
        warmed.add(scenario.operation)
      }
      const samples = new Map<string, Array<Sample>>(lineUp.map((v) => [v.name, []]))
      for (let round = 0; round < runsOf(scenario); round++) {
        progress(` · ${round + 1}`)
        for (let i = 0; i < lineUp.length; i++) {
          const variant = lineUp[(round + i) % lineUp.length]!
          const measurement = await runContender(variant, scenario, repsOf(scenario))
          const stats = await server.stats()
          const failed = Object.keys(stats.statuses).filter((status) =>
            status !== "200" && !(scenario.rateLimited === true && status === "429")
          )
          if (failed.length > 0) {
            throw new Error(
              `${variant.name} got non-200 responses on ${scenario.id}: ${JSON.stringify(stats.statuses)}`
            )
          }
          samples.get(variant.name)!.push({ measurement, server: stats })
        }
      }
      progress("\n")
      load.set(scenario.id, [loadBefore, round(Os.loadavg()[0]!, 2)])
      for (const summary of summarize(scenario, lineUp, samples)) summaries.push(summary)
    }
  } finally {
    for (const server of Object.values(servers)) server?.stop()
  }
  const finished = Date.now()
  const environment = {
    date: new Date(started).toISOString(),
    label,
    commit: commit(),
    durationSeconds: round((finished - started) / 1000),
    node: process.version,
    platform: `${Os.platform()} ${Os.arch()}`,
    cpu: Os.cpus()[0]?.model ?? "unknown",
    cores: Os.availableParallelism(),
    loadAverageBefore: loadBefore.map((x) => round(x, 2)),
    loadAverageAfter: Os.loadavg().map((x) => round(x, 2)),
    versions: { twilio: packageVersion("twilio"), effect: packageVersion("effect") },
    cpuProfiles: cpuProf,
    effectTracer: process.env.BENCH_EFFECT_TRACER === "off" ? "off" : "on"
  }
  const targets = checkTargets(summaries)
  const lineUpIs = (kinds: ReadonlyArray<Scenario["lineUp"]>) => (s: Summary) =>
    kinds.includes(selected.find((scenario) => scenario.id === s.scenario)!.lineUp)
  const speed = summaries.filter(lineUpIs(["clients"]))
  const loadRows = summaries.filter(lineUpIs(["fanout", "latency"]))
  const startup = summaries.filter(lineUpIs(["startup"]))
  const noteOf = (s: Summary) =>
    lineUpOf(selected.find((scenario) => scenario.id === s.scenario)!).find((v) => v.name === s.contender)?.note ?? ""
  const report = [
    `effect-flex benchmark${
      label === "" ? "" : ` (${label})`
    } · ${environment.date} · packages at ${environment.commit} · ` +
    `node ${environment.node} · ${environment.cores} cores (${environment.cpu})`,
    "Each run is a fresh process that runs the scenario \"reps\" times (the first rep cold, the others warm); " +
    `medians over the runs. Took ${environment.durationSeconds} s.`,
    "",
    ...selected.map((s) =>
      `- \`${s.id}\`: ${s.title} (runs: ${runsOf(s)}, reps per process: ${repsOf(s)}; ` +
      `load average ${load.get(s.id)?.join(" → ")})`
    ),
    ...(speed.length > 0 ? ["", speedTable(speed)] : []),
    ...(loadRows.length > 0 ? ["", loadTable(loadRows, noteOf)] : []),
    ...(startup.length > 0 ? ["", startupTable(startup, startupLineUp)] : []),
    ...(targets.length > 0 ? ["", targetsTable(targets)] : [])
  ].join("\n")
  process.stdout.write(report + "\n")
  const results: Results & { readonly targets: typeof targets } = {
    environment,
    scenarios: selected.map((s) => ({ ...s, runs: runsOf(s), reps: repsOf(s), loadAverage: load.get(s.id) ?? [] })),
    results: summaries,
    targets
  }
  Fs.mkdirSync(resultsDir, { recursive: true })
  const out = Path.join(resultsDir, "latest.json")
  Fs.writeFileSync(`${out}.tmp`, JSON.stringify(results, null, 2) + "\n")
  Fs.writeFileSync(Path.join(resultsDir, "latest.svg"), renderChart(results))
  Fs.renameSync(`${out}.tmp`, out)
  process.stderr.write(`\nwrote ${Path.relative(process.cwd(), out)} and latest.svg\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`\nbenchmark failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
