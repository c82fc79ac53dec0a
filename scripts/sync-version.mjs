#!/usr/bin/env node
// After `changeset version` (`pnpm version-packages`): writes @effect-flex/core's new version into
// packages/core/src/internal/version.ts (sent in the User-Agent; a test keeps the two equal).
import console from "node:console"
import * as Fs from "node:fs"
import * as Path from "node:path"
import process from "node:process"
import { fileURLToPath } from "node:url"

const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")
const { version } = JSON.parse(Fs.readFileSync(Path.join(root, "packages/core/package.json"), "utf8"))
const file = Path.join(root, "packages/core/src/internal/version.ts")
const source = Fs.readFileSync(file, "utf8")
const pattern = /export const version = "[^"]*"/
if (!pattern.test(source)) {
  console.error(`${file}: no \`export const version = "…"\` to update`)
  process.exit(1)
}
const updated = source.replace(pattern, `export const version = ${JSON.stringify(version)}`)
if (updated !== source) {
  Fs.writeFileSync(file, updated)
  console.log(`version.ts: ${version}`)
}
