#!/usr/bin/env node
/**
 * `pnpm size`: the bundle budget. Bundles with esbuild (minified, ESM, for browsers) the browser
 * example's entry (examples/browser/src/main.ts), the Worker example (examples/worker/worker.ts)
 * and, for each, a baseline: the same program with the Flex calls written by hand on
 * @effect/platform and effect's Schema, no effect-flex code (scripts/size/baseline-*.ts, the
 * calls in scripts/size/byHand.ts).
 *
 * The baseline is "a bare Effect program using the same Effect modules" as the example uses
 * through effect-flex, so that Effect's own code is not charged to effect-flex. It contains, in
 * their plain documented forms: HttpClient with `prependUrl`, `basicAuth`, `filterStatusOk`,
 * `retryTransient`; `HttpClientResponse.schemaBodyJson`; records and page meta as `Schema.Class`
 * (SIDs as `String` + `pattern` + `brand`, open enums as `Union(Literal…, branded String)`,
 * nullable renamed fields as `optionalWith(NullOr, { default })` + `fromKey`, `Schema.Record`
 * links; no dates: an Interaction channel has none, and effect-flex's date schema, a pure value,
 * is left out of a bundle that decodes none); errors as `Schema.TaggedError`s,
 * a decode failure's message from `ParseResult.TreeFormatter`; `Effect.withSpan` per call and
 * `Stream.withSpan`; `Metric.counter`, `Metric.gauge`, `Metric.histogram` on
 * `MetricBoundaries.exponential`; `Effect.timeoutFail` per call; `Stream.paginateChunkEffect`.
 * It reproduces none of effect-flex's logic (option validation, error mapping, scrubbing,
 * Retry-After, the governor, origin checks, prefetch). The report lists the package code only the
 * example has (what effect-flex alone calls) and only the baseline has (kept small: where
 * effect-flex uses a lower-level primitive, the baseline keeps the plain combinator).
 * Reports raw and gzip sizes (node:zlib, level 9), effect-flex's own share (example minus
 * baseline), and for every @effect-flex/* file its minified bytes (esbuild's metafile) and its
 * gzip cost in the bundle (the gzip saved without its bytes, located with the source map), writes
 * the report to build/size.json, and fails when
 *   - the browser example is over 100 KB gzip, or effect-flex's share of it over 12 KB gzip
 *     (1 KB = 1,000 bytes): issue #9's budget;
 *   - a bundle holds a Node built-in, fast-check, or simulator code.
 */
import { build, version as esbuildVersion } from "esbuild"
import { Buffer } from "node:buffer"
import console from "node:console"
import * as Fs from "node:fs"
import { builtinModules } from "node:module"
import * as Path from "node:path"
import process from "node:process"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")
const KB = 1000
const budget = { exampleGzip: 100 * KB, ownShareGzip: 12 * KB }

const bundles = [
  {
    name: "browser example",
    entry: "examples/browser/src/main.ts",
    baseline: "scripts/size/baseline-browser.ts",
    budget: true
  },
  {
    name: "worker",
    entry: "examples/worker/worker.ts",
    baseline: "scripts/size/baseline-worker.ts",
    budget: false,
    // what wrangler resolves for a Worker
    conditions: ["workerd", "worker", "browser"]
  }
]

/** One minified bundle, with its metafile's per-input bytes, and which input each byte came from. */
const bundle = async (entry, conditions) => {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions,
    legalComments: "none",
    // keep Node built-ins out of the way of the build, so that the check below can name them
    external: ["node:*", ...builtinModules],
    write: false,
    metafile: true,
    // not written: the name only places the source map's paths (relative to the root)
    outfile: "bundle.js",
    sourcemap: "external",
    logLevel: "error"
  })
  const code = result.outputFiles.find((file) => file.path.endsWith(".js")).text
  const map = JSON.parse(result.outputFiles.find((file) => file.path.endsWith(".map")).text)
  const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith(".js"))[1]
  const bytes = Buffer.from(code)
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    inputs: Object.fromEntries(Object.entries(output.inputs).map(([path, { bytesInOutput }]) => [path, bytesInOutput])),
    imports: output.imports,
    code,
    sources: map.sources.map((source) => Path.relative(root, Path.resolve(root, source)).split(Path.sep).join("/")),
    owners: byteOwners(code, map.mappings)
  }
}

const base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

/** The numbers of one source map segment (base64 VLQ). */
const segmentFields = (segment) => {
  const fields = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = base64.indexOf(char)
    value += (digit & 31) << shift
    if (digit & 32) shift += 5
    else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return fields
}

/** For each character of the output, the index of the source it came from (-1: none). */
const byteOwners = (code, mappings) => {
  const owners = new Int32Array(code.length).fill(-1)
  let lineStart = 0
  let source = 0
  for (const line of mappings.split(";")) {
    const newline = code.indexOf("\n", lineStart)
    const lineEnd = newline === -1 ? code.length : newline
    let column = 0
    let previous
    for (const segment of line.split(",")) {
      if (segment === "") continue
      const fields = segmentFields(segment)
      column += fields[0]
      if (previous !== undefined) owners.fill(previous.source, lineStart + previous.column, lineStart + column)
      if (fields.length > 1) source += fields[1]
      previous = { column, source: fields.length > 1 ? source : -1 }
    }
    if (previous !== undefined) owners.fill(previous.source, lineStart + previous.column, lineEnd)
    lineStart = lineEnd + 1
  }
  return owners
}

/** The gzip bytes the bundle would lose without the code of the sources `picked` selects. */
const gzipCost = ({ code, gzip, owners, sources }, picked) => {
  const chosen = sources.map(picked)
  const isChosen = (i) => owners[i] >= 0 && chosen[owners[i]]
  const kept = []
  let start = 0
  for (let i = 1; i <= code.length; i++) {
    if (i < code.length && isChosen(i) === isChosen(start)) continue
    if (!isChosen(start)) kept.push(code.slice(start, i))
    start = i
  }
  return gzip - gzipSync(Buffer.from(kept.join("")), { level: 9 }).length
}

/** `@effect-flex/core/internal/compile.ts` for `packages/core/src/internal/compile.ts`, else `undefined`. */
const effectFlexName = (path) => {
  const match = /^packages\/([^/]+)\/src\/(.+)$/.exec(path)
  return match === null ? undefined : `@effect-flex/${match[1]}/${match[2]}`
}

/** `effect/Schema.js`, `@effect/platform/internal/httpClient.js`: a package file's short name. */
const packageFileName = (path) => {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/dist\/esm\/(.+)$/.exec(path)
  return match === null ? undefined : `${match[1]}/${match[2]}`
}

const builtins = new Set(builtinModules)
const isBuiltin = (path) => path.startsWith("node:") || builtins.has(path) || builtins.has(path.split("/")[0])

/** Modules that must never be in a client bundle, by input path or external import. */
const forbidden = ({ inputs, imports }) => {
  const found = []
  for (const [path, bytes] of Object.entries(inputs)) {
    if (bytes === 0) continue // imported, but nothing of it is in the bundle
    if (/(^|\/)node_modules\/fast-check\//.test(path)) found.push(`fast-check: ${path}`)
    if (/FlexSimulator|\/internal\/simulator\/|(^|\/)packages\/simulator\/|@effect-flex\/simulator/.test(path)) {
      found.push(`simulator: ${path}`)
    }
    if (/(^|\/)@effect\/platform-node(-shared)?\//.test(path)) found.push(`Node platform: ${path}`)
    if (isBuiltin(path)) found.push(`Node built-in: ${path}`)
  }
  for (const { path, external } of imports) {
    if (external && isBuiltin(path)) found.push(`Node built-in (import): ${path}`)
  }
  return [...new Set(found)]
}

const sum = (values) => values.reduce((a, b) => a + b, 0)
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`

const measure = async (spec) => {
  const example = await bundle(spec.entry, spec.conditions)
  const baseline = await bundle(spec.baseline, spec.conditions)
  const effectFlexFiles = Object.entries(example.inputs)
    .filter(([path, bytes]) => effectFlexName(path) !== undefined && bytes > 0)
    .map((
      [path, bytes]
    ) => [effectFlexName(path), { raw: bytes, gzip: gzipCost(example, (source) => source === path) }])
    .sort((a, b) => b[1].gzip - a[1].gzip)
  const packagesOf = (inputs) =>
    new Map(
      Object.entries(inputs).map(([path, bytes]) => [packageFileName(path), bytes]).filter(([name]) => name)
    )
  const examplePackages = packagesOf(example.inputs)
  const baselinePackages = packagesOf(baseline.inputs)
  // effect and @effect/platform code in the example beyond the baseline's: pulled in by effect-flex
  const packageDelta = [...examplePackages]
    .map(([name, bytes]) => [name, bytes - (baselinePackages.get(name) ?? 0)])
    .filter(([, delta]) => delta >= 200)
    .sort((a, b) => b[1] - a[1])
  return {
    name: spec.name,
    entry: spec.entry,
    baselineEntry: spec.baseline,
    example: { raw: example.raw, gzip: example.gzip },
    baseline: { raw: baseline.raw, gzip: baseline.gzip },
    ownShare: {
      raw: example.raw - baseline.raw,
      gzip: example.gzip - baseline.gzip,
      effectFlexFiles: {
        raw: sum(effectFlexFiles.map(([, file]) => file.raw)),
        gzip: gzipCost(example, (source) => effectFlexName(source) !== undefined)
      }
    },
    effectFlexFiles: Object.fromEntries(effectFlexFiles),
    packageCodeOnlyInExample: Object.fromEntries(packageDelta),
    packageCodeOnlyInBaseline: Object.fromEntries(
      [...baselinePackages].filter(([name, bytes]) => bytes > 0 && !examplePackages.has(name)).sort((a, b) =>
        b[1] - a[1]
      )
    ),
    forbidden: forbidden(example),
    budget: spec.budget
  }
}

const results = []
for (const spec of bundles) results.push(await measure(spec))

const failures = []
for (const r of results) {
  if (r.forbidden.length > 0) failures.push(`${r.name}: must not contain ${r.forbidden.join(", ")}`)
  if (!r.budget) continue
  const checks = [
    ["", r.example.gzip, "exampleGzip"],
    ["effect-flex's share ", r.ownShare.gzip, "ownShareGzip"]
  ]
  for (const [what, size, key] of checks) {
    if (size > budget[key]) failures.push(`${r.name}: ${what}${kb(size)} gzip, over the budget of ${kb(budget[key])}`)
  }
}

// -----------------------------------------------------------------------------------------------
// report
// -----------------------------------------------------------------------------------------------

const pad = (text, width) => String(text).padStart(width)
const lines = [
  `bundle sizes (esbuild ${esbuildVersion}, minified ESM, gzip level 9; 1 KB = 1,000 bytes)`,
  ""
]
lines.push(`${"".padEnd(26)}${pad("raw", 12)}${pad("gzip", 12)}`)
for (const r of results) {
  lines.push(`${r.name.padEnd(26)}${pad(r.example.raw, 12)}${pad(r.example.gzip, 12)}   ${r.entry}`)
  lines.push(
    `${"  baseline (no effect-flex)".padEnd(26)}${pad(r.baseline.raw, 12)}${
      pad(r.baseline.gzip, 12)
    }   ${r.baselineEntry}`
  )
  lines.push(
    `${"  effect-flex's share".padEnd(26)}${pad(r.ownShare.raw, 12)}${pad(r.ownShare.gzip, 12)}   example − baseline`
  )
}
for (const r of results) {
  lines.push(
    "",
    `${r.name}: @effect-flex/* files in the bundle: ${r.ownShare.effectFlexFiles.raw} minified bytes (esbuild` +
      ` metafile), ${r.ownShare.effectFlexFiles.gzip} gzip bytes (what the bundle's gzip loses without them);` +
      (r.budget ? " per file (minified, gzip):" : " (per file: build/size.json)")
  )
  if (r.budget) {
    for (const [name, file] of Object.entries(r.effectFlexFiles)) {
      lines.push(`  ${pad(file.raw, 7)}${pad(file.gzip, 7)}  ${name}`)
    }
  }
  lines.push(`${r.name}: effect / @effect/platform code beyond the baseline's (minified bytes, ≥ 200):`)
  for (const [name, bytes] of Object.entries(r.packageCodeOnlyInExample)) lines.push(`  ${pad(bytes, 7)}  ${name}`)
  const baselineOnly = Object.entries(r.packageCodeOnlyInBaseline)
  if (baselineOnly.length > 0) {
    lines.push(
      `${r.name}: package files only the baseline has: ${baselineOnly.map(([n, b]) => `${n} (${b})`).join(", ")}`
    )
  }
  lines.push(
    `${r.name}: Node built-ins, fast-check, simulator: ${r.forbidden.length === 0 ? "none" : r.forbidden.join(", ")}`
  )
}
const [browser] = results
lines.push(
  "",
  `budget: browser example ${kb(browser.example.gzip)} gzip (max ${kb(budget.exampleGzip)}),` +
    ` effect-flex's share ${kb(browser.ownShare.gzip)} gzip (max ${kb(budget.ownShareGzip)})`
)

const reportPath = Path.join(root, "build", "size.json")
Fs.mkdirSync(Path.dirname(reportPath), { recursive: true })
Fs.writeFileSync(
  reportPath,
  JSON.stringify(
    {
      unit: "bytes",
      kb: KB,
      gzipLevel: 9,
      budget,
      results,
      failures
    },
    null,
    2
  ) + "\n"
)
lines.push(`report: ${Path.relative(process.cwd(), reportPath) || reportPath}`)
console.log(lines.join("\n"))

if (failures.length > 0) {
  console.error(`\nsize budget FAILED:\n${failures.map((f) => `  - ${f}`).join("\n")}`)
  process.exitCode = 1
} else {
  console.log("size budget: ok")
}
