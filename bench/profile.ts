/**
 * `pnpm --filter @effect-flex/bench profile <file.cpuprofile>…`: the hot spots of V8 CPU profiles
 * (written by `BENCH_CPU_PROF=1 pnpm bench` into bench/build/profiles/): self time by package and
 * by function, and the total (inclusive) time of the heaviest frames of the given packages.
 */
import * as Fs from "node:fs"
import * as Path from "node:path"

interface CallFrame {
  readonly functionName: string
  readonly url: string
  readonly lineNumber: number
  readonly columnNumber: number
}
interface ProfileNode {
  readonly id: number
  readonly callFrame: CallFrame
  readonly children?: ReadonlyArray<number>
}
interface Profile {
  readonly nodes: ReadonlyArray<ProfileNode>
  readonly samples: ReadonlyArray<number>
  readonly timeDeltas: ReadonlyArray<number>
}

/** `effect`, `@effect/platform`, `undici`, `twilio`, `axios`, `bench` (our bundles), `node:` internals… */
const packageOf = (url: string) => {
  if (url === "") return "(native/vm)"
  if (url.startsWith("node:")) return "node:internal"
  const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (match !== null) return match[1]!
  if (url.includes("/bench/build/bundle/")) return `bench:${Path.basename(url)}`
  return url
}

/** The package and the file inside it: `effect/dist/esm/internal/schema/parser.js`. */
const fileOf = (url: string) => {
  const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(.+)$/.exec(url)
  return match !== null ? match[1]! : packageOf(url)
}

const top = (map: Map<string, number>, total: number, n: number) =>
  [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, us]) =>
    `${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`
  )

const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us)

// `pnpm --filter … profile` runs in bench/: paths are the caller's, relative to where pnpm was started
for (const arg of process.argv.slice(2)) {
  const file = Path.resolve(process.env.INIT_CWD ?? process.cwd(), arg)
  const profile = JSON.parse(Fs.readFileSync(file, "utf8")) as Profile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const selfById = new Map<number, number>()
  profile.samples.forEach((id, i) => selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  let total = 0
  const byPackage = new Map<string, number>()
  const byFunction = new Map<string, number>()
  const inclusive = new Map<string, number>()
  for (const [id, us] of selfById) {
    const node = byId.get(id)!
    const { columnNumber, functionName, lineNumber, url } = node.callFrame
    if (functionName === "(idle)" || functionName === "(program)") continue
    total += us
    add(byPackage, packageOf(url), us)
    add(byFunction, `${functionName || "(anonymous)"}  ${fileOf(url)}:${lineNumber + 1}:${columnNumber + 1}`, us)
    // inclusive time: count each distinct frame once per stack
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame
      const key = `${frame.functionName || "(anonymous)"}  ${fileOf(frame.url)}:${frame.lineNumber + 1}`
      if (seen.has(key)) continue
      seen.add(key)
      add(inclusive, key, us)
    }
  }
  const lines = [
    `== ${Path.basename(file)}: ${(total / 1000).toFixed(0)} ms of CPU samples (idle and (program) excluded)`,
    "-- self time by package",
    ...top(byPackage, total, 12),
    "-- self time by function",
    ...top(byFunction, total, 30),
    "-- total (inclusive) time by function",
    ...top(inclusive, total, 40)
  ]
  process.stdout.write(lines.join("\n") + "\n\n")
}
