// Shared by lint-packages.mjs and pack-smoke.mjs: the published packages, and packing them with
// `pnpm pack` (which builds through each package's `prepack`, applies `publishConfig` and turns
// `workspace:` ranges into versions, as `pnpm publish` does).
import { spawnSync } from "node:child_process"
import console from "node:console"
import * as Fs from "node:fs"
import * as Path from "node:path"
import process from "node:process"
import { fileURLToPath } from "node:url"
import { gunzipSync } from "node:zlib"

export const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")

/** packages/* that are not private: `{ name, version, dir, manifest }`. */
export const publishedPackages = () =>
  Fs.readdirSync(Path.join(root, "packages")).sort().flatMap((name) => {
    const dir = Path.join(root, "packages", name)
    const file = Path.join(dir, "package.json")
    if (!Fs.existsSync(file)) return []
    const manifest = JSON.parse(Fs.readFileSync(file, "utf8"))
    return manifest.private ? [] : [{ name: manifest.name, version: manifest.version, dir, manifest }]
  })

/** `.` and one subpath per public module (src/*.ts): what `exports` promises. */
export const entrypoints = (pkg) => [
  ".",
  ...Fs.readdirSync(Path.join(pkg.dir, "src"))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts") && file !== "index.ts")
    .sort()
    .map((file) => `./${file.slice(0, -3)}`)
]

/** A deadline shared by the steps of a script: each child gets the time that is left. */
export const deadline = (seconds) => {
  const end = Date.now() + seconds * 1000
  return () => {
    const left = end - Date.now()
    if (left <= 0) throw new Error(`time limit of ${seconds} s reached`)
    return left
  }
}

/**
 * Runs a command (stdio inherited unless `capture`), throws when it fails or times out. `pnpm`
 * as the command goes through scripts/bootstrap.mjs (any pnpm, even on a machine with npm only).
 */
export const run = (command, args, { cwd = root, timeLeft, capture = false, env = process.env } = {}) => {
  const [file, argv] = command === "pnpm"
    ? [process.execPath, [Path.join(root, "scripts", "bootstrap.mjs"), ...args]]
    : [command, args]
  const shown = `${command} ${args.join(" ")}`
  console.log(`$ ${shown}${cwd === root ? "" : `   (in ${cwd})`}`)
  const result = spawnSync(file, argv, {
    cwd,
    env,
    stdio: capture ? ["ignore", "pipe", "inherit"] : "inherit",
    encoding: "utf8",
    timeout: timeLeft?.(),
    killSignal: "SIGKILL",
    shell: process.platform === "win32" && !file.endsWith(".exe"),
    maxBuffer: 64 * 1024 * 1024
  })
  if (result.error) throw new Error(`${shown}: ${result.error.message}`)
  if (result.status !== 0) throw new Error(`${shown}: exit ${result.status ?? result.signal}`)
  return result.stdout
}

/**
 * Packs every published package into `dest` (each package's `prepack` builds dist/ from scratch)
 * and returns them with their tarballs.
 */
export const buildAndPack = (dest, timeLeft) => {
  Fs.mkdirSync(dest, { recursive: true })
  return publishedPackages().map((pkg) => {
    const before = new Set(Fs.readdirSync(dest))
    // (the file list it prints is checked by pack-smoke.mjs instead)
    run("pnpm", ["--dir", pkg.dir, "pack", "--pack-destination", dest], { timeLeft, capture: true })
    const created = Fs.readdirSync(dest).filter((file) => file.endsWith(".tgz") && !before.has(file))
    if (created.length !== 1) throw new Error(`pnpm pack of ${pkg.name}: expected one new .tgz in ${dest}`)
    return { ...pkg, tarball: Path.join(dest, created[0]) }
  })
}

/** The files of a .tgz (name → contents), read with zlib and a minimal ustar reader. */
export const readTarball = (file) => {
  const data = gunzipSync(Fs.readFileSync(file))
  const files = new Map()
  const text = (start, length) => data.subarray(start, start + length).toString("utf8").replace(/\0.*$/s, "")
  let offset = 0
  let longName
  while (offset + 512 <= data.length && data[offset] !== 0) {
    const size = parseInt(text(offset + 124, 12).trim() || "0", 8)
    const type = String.fromCharCode(data[offset + 156] || 48)
    const prefix = text(offset + 345, 155)
    const name = longName ?? (prefix ? `${prefix}/${text(offset, 100)}` : text(offset, 100))
    const body = data.subarray(offset + 512, offset + 512 + size)
    longName = undefined
    if (type === "L") longName = body.toString("utf8").replace(/\0.*$/s, "")
    else if (type === "0" || type === "\0") files.set(name, body)
    offset += 512 + Math.ceil(size / 512) * 512
  }
  return files
}
