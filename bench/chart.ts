/**
 * The benchmark's chart, an SVG drawn from a results file (no dependency): client CPU relative
 * to raw fetch and peak V8 heap per scenario and contender, with the issue #7 targets marked;
 * the fan-out and latency scenarios' wall time relative to their ideal (issue #8); and the
 * startup line-up. `pnpm bench` writes it next to `results/latest.json`;
 * `pnpm --filter @effect-flex/bench chart [results.json] [out.svg]` redraws it from a results file.
 */
import * as Fs from "node:fs"
import * as Path from "node:path"
import * as Url from "node:url"
import { baseline, cpuTargets, fanoutIdealTarget, heapTargetMiB, reference, type Summary } from "./report.js"
import type { Scenario } from "./shared.js"

/** What `results/latest.json` holds (the part the chart reads). */
export interface Results {
  readonly environment: {
    readonly date: string
    readonly node: string
    readonly cores: number
    readonly cpu: string
    readonly commit: string
    readonly label: string
  }
  readonly scenarios: ReadonlyArray<
    Scenario & { readonly runs: number; readonly loadAverage?: ReadonlyArray<number> }
  >
  readonly results: ReadonlyArray<Summary>
}

const colors: { readonly [contender: string]: string } = {
  "effect-flex": "#6d28d9",
  "effect-flex ESM": "#6d28d9",
  "effect-flex ESM subpaths": "#a78bfa",
  "effect-flex bundled": "#4c1d95",
  twilio: "#e11d48",
  "twilio bundled": "#fb7185",
  "raw fetch": "#6b7280",
  "twilio Promise.all": "#e11d48",
  "twilio Promise.all, no socket cap": "#9f1239",
  "twilio pool 20": "#fb7185",
  "raw fetch pool 20": "#6b7280"
}
const colorOf = (contender: string) => colors[contender] ?? "#9ca3af"

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
const text = (x: number, y: number, s: string, attrs = "") =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${escape(s)}</text>`
const rect = (x: number, y: number, w: number, h: number, fill: string) =>
  `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(w, 0.5).toFixed(1)}" height="${h}" fill="${fill}"/>`
const vline = (x: number, y0: number, y1: number, attrs: string) =>
  `<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${y0.toFixed(1)}" y2="${y1.toFixed(1)}" ${attrs}/>`

/** A scale ending on a round number at or above `max`, with its tick step. */
const niceScale = (max: number) => {
  const raw = max / 5
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw)!
  return { max: Math.ceil(max / step) * step, step }
}

interface Panel {
  readonly title: string
  readonly x: number
  readonly width: number
  readonly value: (s: Summary) => number
  readonly format: (v: number) => string
  /** A bar's label, when more than its value. */
  readonly label?: (s: Summary) => string
  /** Reference lines drawn across the whole panel. */
  readonly lines: ReadonlyArray<{ readonly at: number; readonly label: string; readonly dashed: boolean }>
  /** Per-group marks (a target of effect-flex in one scenario). */
  readonly marks?: (scenario: string) => number | undefined
}

const barHeight = 11
const barGap = 2
const groupGap = 16

/** Horizontal grouped bars, appended to `out`: one group per scenario, one bar per summary of the group. */
const drawPanel = (
  out: Array<string>,
  panel: Panel,
  groups: ReadonlyArray<ReadonlyArray<Summary>>,
  top: number,
  height: number
) => {
  const { max, step } = niceScale(
    Math.max(...groups.flat().map(panel.value), ...panel.lines.map((l) => l.at)) * 1.08
  )
  const xOf = (v: number) => panel.x + (v / max) * panel.width
  out.push(text(panel.x, top - 22, panel.title, `font-weight="600" font-size="13"`))
  for (let v = 0; v <= max + 1e-9; v += step) {
    out.push(vline(xOf(v), top - 6, top + height, `stroke="#e5e7eb"`))
    out.push(text(xOf(v), top - 9, panel.format(v), `font-size="9" fill="#6b7280" text-anchor="middle"`))
  }
  for (const line of panel.lines) {
    out.push(
      vline(
        xOf(line.at),
        top - 4,
        top + height,
        `stroke="#dc2626" stroke-width="1.2"${line.dashed ? ` stroke-dasharray="4 3"` : ""}`
      )
    )
    out.push(text(xOf(line.at) + 3, top + height + 12, line.label, `font-size="9" fill="#dc2626"`))
  }
  let y = top
  for (const group of groups) {
    // a target applies to effect-flex, the group's first bar: the mark crosses that bar only
    const mark = panel.marks?.(group[0]!.scenario)
    if (mark !== undefined) {
      out.push(vline(xOf(mark), y - 4, y + barHeight + 3, `stroke="#dc2626" stroke-width="2"`))
    }
    for (const s of group) {
      const v = panel.value(s)
      out.push(rect(panel.x, y, xOf(v) - panel.x, barHeight, colorOf(s.contender)))
      const label = panel.label?.(s) ?? panel.format(v)
      out.push(text(xOf(v) + 3, y + barHeight - 2, label, `font-size="9" fill="#111827"`))
      y += barHeight + barGap
    }
    y += groupGap
  }
}

const groupHeight = (group: ReadonlyArray<Summary>) => group.length * (barHeight + barGap) + groupGap

/** The whole chart. */
export const renderChart = (results: Results): string => {
  const width = 1000
  const left = 200
  const speedIds = results.scenarios.filter((s) => s.lineUp === "clients").map((s) => s.id)
  const speed = speedIds.map((id) => results.results.filter((s) => s.scenario === id))
    .filter((group) => group.length > 0)
  const loadIds = results.scenarios.filter((s) => s.lineUp === "fanout" || s.lineUp === "latency").map((s) => s.id)
  const loadGroups = loadIds.map((id) => results.results.filter((s) => s.scenario === id))
    .filter((group) => group.length > 0)
  const startup = results.results.filter((s) => s.scenario === "startup")
  const scenarioOf = (id: string) => results.scenarios.find((s) => s.id === id)
  /** The scenarios' names left of their groups of bars. */
  const groupLabels = (groups: ReadonlyArray<ReadonlyArray<Summary>>, top: number) => {
    let gy = top
    for (const group of groups) {
      const scenario = scenarioOf(group[0]!.scenario)!
      const mid = gy + (group.length * (barHeight + barGap)) / 2
      out.push(text(16, mid, scenario.id, `font-size="12" font-weight="600"`))
      out.push(
        text(
          16,
          mid + 13,
          `${scenario.units.toLocaleString("en-US")} ${scenario.unit} · ${scenario.runs} runs`,
          `font-size="9" fill="#6b7280"`
        )
      )
      gy += groupHeight(group)
    }
  }
  const out: Array<string> = []
  const env = results.environment
  out.push(
    text(
      16,
      24,
      `effect-flex benchmark${env.label === "" ? "" : ` — ${env.label}`}`,
      `font-weight="700" font-size="16"`
    )
  )
  const load = results.scenarios.flatMap((s) => s.loadAverage ?? [])
  out.push(
    text(
      16,
      42,
      `${env.date.slice(0, 10)} · packages at ${env.commit} · node ${env.node} · ${env.cores} cores, shared` +
        (load.length === 0 ? "" : ` (load average ${Math.min(...load)}–${Math.max(...load)})`) +
        " · medians over runs, each a fresh process · lower is better",
      `font-size="10" fill="#4b5563"`
    )
  )
  // legend
  let lx = 16
  for (const name of ["effect-flex", reference, baseline]) {
    out.push(rect(lx, 54, 10, 10, colorOf(name)))
    out.push(text(lx + 14, 63, name, `font-size="11"`))
    lx += 110
  }
  let y = 110
  if (speed.length > 0) {
    const height = speed.reduce((h, g) => h + groupHeight(g), 0) - groupGap
    groupLabels(speed, y)
    drawPanel(
      out,
      {
        title: "client CPU (user + sys), × raw fetch",
        x: left,
        width: 330,
        value: (s) => s.cpuVsBaseline,
        format: (v) => `${v.toFixed(v >= 10 ? 0 : 1)}×`,
        lines: [],
        marks: (id) => cpuTargets[id as Scenario["id"]]
      },
      speed,
      y,
      height
    )
    drawPanel(
      out,
      {
        title: "peak V8 heap, MiB",
        x: left + 400,
        width: 330,
        value: (s) => s.peakHeapMiB,
        format: (v) => v.toFixed(0),
        lines: [{ at: heapTargetMiB, label: `target < ${heapTargetMiB} MiB`, dashed: true }]
      },
      speed,
      y,
      height
    )
    out.push(
      text(
        left,
        y + height + 26,
        `red: issue #7 targets for effect-flex (${
          Object.entries(cpuTargets).map(([id, limit]) => `${id} ≤ ${limit}× raw fetch`).join(", ")
        }; stream-200k and fetches ≤ twilio's bar; heap < ${heapTargetMiB} MiB)`,
        `font-size="9" fill="#dc2626"`
      )
    )
    y += height + 70
  }
  if (loadGroups.length > 0) {
    const height = loadGroups.reduce((h, g) => h + groupHeight(g), 0) - groupGap
    groupLabels(loadGroups, y)
    drawPanel(
      out,
      {
        title: "fan-out and latency (issue #8): wall time × the ideal the server's latency and limits allow",
        x: left,
        width: 560,
        value: (s) => s.warmVsIdeal,
        format: (v) => `${v.toFixed(1)}×`,
        label: (s) =>
          `${s.contender}: ${s.warmVsIdeal.toFixed(2)}× (${(s.warmMs / 1000).toFixed(1)} s)` +
          (s.failedCallsPerRep > 0 ? `, ${s.failedCallsPerRep} calls failed` : ""),
        lines: [{ at: 1, label: "ideal", dashed: true }],
        marks: (id) => (id === "fanout" ? fanoutIdealTarget : undefined)
      },
      loadGroups,
      y,
      height
    )
    out.push(
      text(
        left,
        y + height + 26,
        `red: issue #8 targets for effect-flex (fanout ≤ ${fanoutIdealTarget}× ideal, no failed call; ` +
          "latency ≤ 0.7× twilio's wall time)",
        `font-size="9" fill="#dc2626"`
      )
    )
    y += height + 70
  }
  if (startup.length > 0) {
    const twilio = startup.find((s) => s.contender === reference)
    let sy = y
    for (const s of startup) {
      out.push(text(left - 6, sy + barHeight - 2, s.contender, `font-size="10" text-anchor="end"`))
      sy += barHeight + barGap
    }
    const height = startup.length * (barHeight + barGap)
    drawPanel(
      out,
      {
        title:
          "startup: process start → client ready, wall ms (CPU ms) · installed packages, unbundled ESM; bundled apps",
        x: left,
        width: 730,
        value: (s) => s.startupMs,
        format: (v) => v.toFixed(0),
        label: (s) => `${s.startupMs.toFixed(0)} (CPU ${s.startupCpuMs.toFixed(0)})`,
        lines: twilio === undefined ? [] : [{ at: 1.5 * twilio.startupMs, label: "1.5× twilio", dashed: true }]
      },
      [startup],
      y,
      height
    )
    y += height + 30
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" ` +
    `font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
    `<rect width="${width}" height="${y}" fill="#ffffff"/>`,
    ...out,
    "</svg>",
    ""
  ].join("\n")
}

if (process.argv[1] !== undefined && import.meta.url === Url.pathToFileURL(process.argv[1]).href) {
  // `pnpm --filter … chart` runs in bench/: paths are the caller's, relative to where pnpm was started
  const resolve = (path: string) => Path.resolve(process.env.INIT_CWD ?? process.cwd(), path)
  const input = process.argv[2] === undefined
    ? Path.join(import.meta.dirname, "results", "latest.json")
    : resolve(process.argv[2])
  const output = process.argv[3] === undefined ? input.replace(/\.json$/, ".svg") : resolve(process.argv[3])
  Fs.writeFileSync(output, renderChart(JSON.parse(Fs.readFileSync(input, "utf8")) as Results))
  process.stdout.write(`wrote ${output}\n`)
}
