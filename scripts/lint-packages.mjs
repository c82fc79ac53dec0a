#!/usr/bin/env node
// `pnpm lint:packages`: builds and packs each published package as `pnpm publish` would, then lints
// the tarball with publint (--strict: warnings fail too) and with Are the Types Wrong
// (`attw --profile esm-only`: the packages are ESM only, so CommonJS `require` resolution under
// `node16` is not reported), over `.` and every public subpath.
import console from "node:console"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import process from "node:process"
import { buildAndPack, deadline, entrypoints, run } from "./packages.mjs"

const timeLeft = deadline(Number(process.env.LINT_PACKAGES_TIMEOUT_SECONDS ?? 300))
const dest = Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-flex-lint-"))
const failed = []
try {
  for (const pkg of buildAndPack(dest, timeLeft)) {
    console.log(`\n--- ${pkg.name} (${Path.basename(pkg.tarball)})`)
    const checks = [
      ["publint", ["exec", "publint", "run", pkg.tarball, "--strict"]],
      ["attw", [
        "exec",
        "attw",
        pkg.tarball,
        "--profile",
        "esm-only",
        "--format",
        "table-flipped",
        "--no-emoji",
        "--no-color",
        "--entrypoints",
        ...entrypoints(pkg)
      ]]
    ]
    for (const [tool, args] of checks) {
      try {
        run("pnpm", args, { timeLeft })
      } catch (error) {
        console.error(String(error.message))
        failed.push(`${pkg.name}: ${tool}`)
      }
    }
  }
} finally {
  Fs.rmSync(dest, { recursive: true, force: true })
}
if (failed.length > 0) {
  console.error(`\nlint:packages failed: ${failed.join(", ")}`)
  process.exit(1)
}
console.log("\nlint:packages: publint and attw clean on every published package")
