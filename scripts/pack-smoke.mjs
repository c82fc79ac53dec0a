#!/usr/bin/env node
// `pnpm test:pack`: the published packages as a user gets them. Builds and packs each one, checks
// what each tarball holds, installs the tarballs with npm (plus Effect from the registry, at the
// versions the README names) into a new project outside the workspace, type-checks
// scripts/pack-smoke/*.ts and each package README's TypeScript example against them, then runs
// smoke.ts (one call to the in-process simulator, one over loopback; `./internal/*` not importable)
// and the core README's example, and bundles the installed core for a browser, a Worker and Node
// to check where the published `#decoder` and `#runtime` resolve. Bounded by PACK_SMOKE_TIMEOUT_SECONDS
// (default 600).
//
//   node scripts/pack-smoke.mjs [--keep]     (--keep leaves the temp project for a look)
import { build } from "esbuild"
import console from "node:console"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import process from "node:process"
import { buildAndPack, deadline, readTarball, root, run } from "./packages.mjs"

/** Installed from the registry beside the tarballs: the versions README's Install section names. */
const registryDependencies = {
  "effect": "3.22.4",
  "@effect/platform": "0.97.2",
  "@effect/platform-node": "0.108.2",
  "@effect/platform-browser": "0.77.1",
  "@types/node": "20.19.43"
}

const started = Date.now()
const timeLeft = deadline(Number(process.env.PACK_SMOKE_TIMEOUT_SECONDS ?? 600))
const keep = process.argv.includes("--keep")
const work = Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-flex-pack-"))
const app = Path.join(work, "app")

// The npm started below is a user's npm, not a child of a pnpm script: drop what pnpm passes down.
const npmEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) =>
    !/^(npm_config_user_agent|npm_config_verify_deps_before_run|npm_command|npm_execpath|npm_node_execpath)$/i.test(key)
    && !/^(npm_lifecycle_|npm_package_|pnpm_)/i.test(key)
  )
)

/** Asserts what a tarball holds: docs, licence, built files with types, no tests, no workspace: ranges. */
const checkTarball = (pkg) => {
  const files = readTarball(pkg.tarball)
  const problems = []
  for (const file of ["package.json", "README.md", "LICENSE", "CHANGELOG.md", "dist/index.js", "dist/index.d.ts"]) {
    if (!files.has(`package/${file}`)) problems.push(`missing ${file}`)
  }
  for (const name of files.keys()) {
    if (/^package\/(test|build|node_modules)\//.test(name) || /\.test\.[cm]?[jt]s$/.test(name)) {
      problems.push(`ships ${name}`)
    }
  }
  const manifest = JSON.parse(files.get("package/package.json")?.toString("utf8") ?? "{}")
  if (manifest.exports?.["./internal/*"] !== null) problems.push(`exports do not block ./internal/*`)
  if (typeof manifest.exports?.["."] !== "object") problems.push(`exports are not publishConfig.exports`)
  if (/workspace:/.test(JSON.stringify(manifest.dependencies ?? {}))) problems.push("a workspace: range is left")
  if (!manifest.engines?.node) problems.push("no engines.node")
  if (problems.length > 0) throw new Error(`${Path.basename(pkg.tarball)}: ${problems.join("; ")}`)
  console.log(`${Path.basename(pkg.tarball)}: ${files.size} files, README, LICENSE, CHANGELOG, dist with types`)
}

/** The ```ts blocks of a package's README, each as its own module. */
const readmeExamples = (pkg) => {
  const readme = Fs.readFileSync(Path.join(pkg.dir, "README.md"), "utf8")
  return [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1])
}

try {
  // 1. Build, pack and inspect.
  const packed = buildAndPack(Path.join(work, "tarballs"), timeLeft)
  for (const pkg of packed) checkTarball(pkg)

  // 2. A new project outside the workspace: the tarballs from disk, the rest from the registry.
  Fs.mkdirSync(app)
  const tarballs = Object.fromEntries(packed.map((pkg) => [pkg.name, `file:${pkg.tarball}`]))
  Fs.writeFileSync(
    Path.join(app, "package.json"),
    JSON.stringify(
      {
        name: "effect-flex-pack-smoke",
        private: true,
        type: "module",
        dependencies: { ...tarballs, ...registryDependencies },
        // A dependency of one tarball on another (node -> core) resolves to the tarball, never the registry.
        overrides: Object.fromEntries(packed.map((pkg) => [pkg.name, `$${pkg.name}`]))
      },
      null,
      2
    ) + "\n"
  )
  const npm = process.platform === "win32" ? "npm.cmd" : "npm"
  run(npm, ["install", "--no-audit", "--no-fund", "--loglevel=error", "--save-exact"], {
    cwd: app,
    env: npmEnv,
    timeLeft
  })

  // 3. Type-check the smoke program, the must-not-resolve file and the READMEs' examples.
  for (const file of ["smoke.ts", "blocked.ts"]) {
    Fs.copyFileSync(Path.join(root, "scripts", "pack-smoke", file), Path.join(app, file))
  }
  const examples = []
  for (const pkg of packed) {
    readmeExamples(pkg).forEach((code, index) => {
      const file = `readme-${Path.basename(pkg.dir)}-${index + 1}.ts`
      Fs.writeFileSync(Path.join(app, file), code)
      examples.push({ pkg, file })
    })
  }
  Fs.writeFileSync(
    Path.join(app, "tsconfig.json"),
    JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          lib: ["ES2022", "DOM"],
          types: ["node"],
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: true,
          outDir: "out"
        },
        include: ["*.ts"]
      },
      null,
      2
    ) + "\n"
  )
  // the workspace's TypeScript; every import resolves from the app's node_modules
  run(process.execPath, [Path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], {
    cwd: app,
    timeLeft
  })
  console.log(`type-checked smoke.ts, blocked.ts and ${examples.map(({ file }) => file).join(", ")}`)

  // 4. Run: the smoke program, and the core README's example (in-process, no network).
  run(process.execPath, [Path.join("out", "smoke.js")], { cwd: app, timeLeft })
  for (const { pkg, file } of examples) {
    if (pkg.name === "@effect-flex/core") {
      run(process.execPath, [Path.join("out", file.replace(/\.ts$/, ".js"))], { cwd: app, timeLeft })
    }
  }

  // 5. The published `#decoder` and `#runtime` (publishConfig.imports): a browser or Worker
  // bundle of the installed core holds Schema's decoder and no compiler, a Node bundle the
  // compiled one; a browser bundle has no runtime probe, a Worker or Node bundle has it.
  for (
    const [label, platform, conditions, expected, absent] of [
      ["browser", "browser", [], ["schemaDecoder.js", "browserRuntime.js"], ["compile.js", "runtime.js"]],
      ["Worker", "neutral", ["workerd", "worker", "browser"], ["schemaDecoder.js", "runtime.js"], [
        "compile.js",
        "browserRuntime.js"
      ]],
      ["Node", "node", [], ["compiledDecoder.js", "runtime.js"], ["browserRuntime.js"]]
    ]
  ) {
    const result = await build({
      absWorkingDir: app,
      stdin: { contents: `export * from "@effect-flex/core/FlexClient"`, resolveDir: app, loader: "js" },
      bundle: true,
      write: false,
      metafile: true,
      format: "esm",
      platform,
      conditions,
      mainFields: ["module", "main"],
      external: ["effect", "effect/*", "@effect/*"],
      logLevel: "error"
    })
    const core = Object.keys(result.metafile.inputs).filter((path) => path.includes("@effect-flex/core/dist/internal/"))
    const has = (file) => core.some((path) => path.endsWith(`/${file}`))
    if (!expected.every(has) || absent.some(has)) {
      throw new Error(`the installed core's ${label} bundle resolves #decoder or #runtime wrongly: ${core.join(", ")}`)
    }
    console.log(`#decoder and #runtime in a ${label} bundle of the installed core: ${expected.join(", ")}`)
  }

  console.log(`\ntest:pack: ok (${((Date.now() - started) / 1000).toFixed(1)} s)`)
} catch (error) {
  console.error(`\ntest:pack failed: ${error.message}`)
  process.exitCode = 1
} finally {
  if (keep) console.log(`kept ${work}`)
  else Fs.rmSync(work, { recursive: true, force: true })
}
