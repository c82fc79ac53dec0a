#!/usr/bin/env node
// `npm start` / `npm test` on a machine that has only Node.js and npm:
//
//   node scripts/bootstrap.mjs <pnpm arguments…>     (e.g. `exec vitest run`)
//
// 1. finds the pnpm this workspace pins (`packageManager` in package.json): the pnpm running this
//    script, else that version on PATH, else a copy installed once with npm into a cache directory
//    ($EFFECT_FLEX_PNPM_HOME, default ~/.cache/effect-flex/pnpm-<version>, %LOCALAPPDATA% on Windows);
// 2. runs `pnpm install --frozen-lockfile` unless the last install of this script matches the
//    lockfile and every manifest of the workspace (a hash kept in node_modules/), so a second run
//    costs milliseconds;
// 3. runs `pnpm <arguments…>` and exits with its status (signals are passed on to it).
//
// No dependencies: Node.js 20 and npm are enough, on Linux, macOS and Windows.
import { spawn, spawnSync } from "node:child_process"
import console from "node:console"
import { createHash } from "node:crypto"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import process from "node:process"
import { fileURLToPath } from "node:url"

const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")
const rootManifest = JSON.parse(Fs.readFileSync(Path.join(root, "package.json"), "utf8"))
const pinned = /^pnpm@(\d+\.\d+\.\d+)/.exec(rootManifest.packageManager ?? "")?.[1]
if (pinned === undefined) fail(`package.json has no "packageManager": "pnpm@x.y.z"`)
const isWindows = process.platform === "win32"

function log(message) {
  console.error(`[bootstrap] ${message}`)
}

function fail(message) {
  console.error(`[bootstrap] ${message}`)
  process.exit(1)
}

/** The version of the pnpm package whose CLI entry is `entry` (…/pnpm/bin/pnpm.cjs), if it is one. */
function pnpmVersionOf(entry) {
  try {
    const manifest = JSON.parse(Fs.readFileSync(Path.join(Path.dirname(entry), "..", "package.json"), "utf8"))
    return manifest.name === "pnpm" ? manifest.version : undefined
  } catch {
    return undefined
  }
}

/** The pinned pnpm's JavaScript entry already on this machine, if any (no process is started). */
function findPnpm() {
  // `pnpm start`: the pnpm running us.
  const execPath = process.env.npm_execpath
  if (
    execPath && (process.env.npm_config_user_agent ?? "").startsWith(`pnpm/${pinned} `)
    && pnpmVersionOf(execPath) === pinned
  ) return execPath
  // A global install on PATH: a symlink to …/pnpm/bin/pnpm.cjs (npm on POSIX), or a shim beside
  // node_modules/pnpm (npm on Windows).
  for (const dir of (process.env.PATH ?? "").split(Path.delimiter)) {
    if (dir === "") continue
    const candidates = [Path.join(dir, "node_modules", "pnpm", "bin", "pnpm.cjs")]
    if (!isWindows) {
      try {
        candidates.unshift(Fs.realpathSync(Path.join(dir, "pnpm")))
      } catch {
        // not in this directory
      }
    }
    for (const candidate of candidates) {
      if (/\.c?js$/.test(candidate) && Fs.existsSync(candidate) && pnpmVersionOf(candidate) === pinned) {
        return candidate
      }
    }
  }
  return undefined
}

function cacheDir() {
  if (process.env.EFFECT_FLEX_PNPM_HOME) return Path.resolve(process.env.EFFECT_FLEX_PNPM_HOME)
  const base = isWindows
    ? process.env.LOCALAPPDATA ?? Path.join(Os.homedir(), "AppData", "Local")
    : process.platform === "darwin"
    ? Path.join(Os.homedir(), "Library", "Caches")
    : process.env.XDG_CACHE_HOME ?? Path.join(Os.homedir(), ".cache")
  return Path.join(base, "effect-flex", `pnpm-${pinned}`)
}

/** npm, as the running npm if npm started us, else from PATH. */
function npmCommand(args) {
  const execPath = process.env.npm_execpath
  if (execPath && /npm-cli\.c?js$/.test(execPath)) return [process.execPath, [execPath, ...args]]
  return [isWindows ? "npm.cmd" : "npm", args]
}

/** Installs the pinned pnpm with npm into the cache directory (once) and returns its entry. */
function installPnpm() {
  const dir = cacheDir()
  const entry = Path.join(dir, "node_modules", "pnpm", "bin", "pnpm.cjs")
  if (pnpmVersionOf(entry) === pinned && Fs.existsSync(entry)) return entry
  log(`installing pnpm ${pinned} with npm into ${dir} (once)`)
  const staging = `${dir}.${process.pid}.tmp`
  Fs.rmSync(staging, { recursive: true, force: true })
  Fs.mkdirSync(staging, { recursive: true })
  const [command, args] = npmCommand([
    "install",
    "--prefix",
    staging,
    "--no-save",
    "--no-package-lock",
    "--ignore-scripts",
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
    `pnpm@${pinned}`
  ])
  const result = spawnSync(command, args, { stdio: "inherit", shell: isWindows && command === "npm.cmd" })
  const staged = Path.join(staging, "node_modules", "pnpm", "bin", "pnpm.cjs")
  if (result.status !== 0 || pnpmVersionOf(staged) !== pinned) {
    Fs.rmSync(staging, { recursive: true, force: true })
    fail(`could not install pnpm ${pinned} with npm (${result.error?.message ?? `exit ${result.status}`})`)
  }
  Fs.rmSync(dir, { recursive: true, force: true })
  try {
    Fs.renameSync(staging, dir)
  } catch (error) {
    // another bootstrap won the race: use its copy
    Fs.rmSync(staging, { recursive: true, force: true })
    if (pnpmVersionOf(entry) !== pinned) throw error
  }
  return entry
}

/** The workspace's projects, from the `packages:` list of pnpm-workspace.yaml (`dir` or `dir/*`). */
function workspaceProjects() {
  const yaml = Fs.readFileSync(Path.join(root, "pnpm-workspace.yaml"), "utf8")
  const projects = ["."]
  let inPackages = false
  for (const line of yaml.split(/\r?\n/)) {
    if (/^\S/.test(line)) inPackages = /^packages:\s*$/.test(line)
    const pattern = inPackages ? /^\s+-\s+["']?([^"'#\s]+)["']?/.exec(line)?.[1] : undefined
    if (pattern === undefined) continue
    if (pattern.endsWith("/*")) {
      const parent = Path.join(root, pattern.slice(0, -2))
      if (!Fs.existsSync(parent)) continue
      for (const name of Fs.readdirSync(parent).sort()) projects.push(Path.join(pattern.slice(0, -2), name))
    } else {
      projects.push(pattern)
    }
  }
  return projects
}

/** What an install depends on: the pnpm version, the platform, the lockfile and every manifest. */
function installHash() {
  const hash = createHash("sha256")
  hash.update(`${pinned} ${process.platform} ${process.arch} ${process.versions.modules}\n`)
  const files = ["pnpm-lock.yaml", "pnpm-workspace.yaml", ".npmrc"]
  for (const project of workspaceProjects()) files.push(Path.join(project, "package.json"))
  for (const file of files) {
    const path = Path.join(root, file)
    hash.update(`${file.split(Path.sep).join("/")}\n`)
    hash.update(Fs.existsSync(path) ? Fs.readFileSync(path) : "(none)")
    hash.update("\n")
  }
  return hash.digest("hex")
}

const stampFile = Path.join(root, "node_modules", ".effect-flex-install")

// pnpm is pinned: its "Update available!" box would only mislead.
const childEnv = { npm_config_update_notifier: "false", ...process.env }

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", cwd: root, env: childEnv, ...options })
    // Pass termination signals on (a terminal's Ctrl-C reaches the whole group anyway); wait for
    // the child to finish before leaving.
    const forward = (signal) => child.kill(signal)
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"]
    for (const signal of signals) process.on(signal, forward)
    child.on("error", (error) => {
      for (const signal of signals) process.off(signal, forward)
      resolve({ code: 1, signal: null, error })
    })
    child.on("exit", (code, signal) => {
      for (const signal of signals) process.off(signal, forward)
      resolve({ code, signal })
    })
  })
}

function exitLike({ code, signal, error }) {
  if (error) fail(error.message)
  if (signal) {
    process.kill(process.pid, signal)
    return
  }
  process.exit(code ?? 1)
}

const pnpmArgs = process.argv.slice(2)
const pnpmEntry = findPnpm() ?? installPnpm()
const pnpm = (args) => run(process.execPath, [pnpmEntry, ...args])

const wanted = installHash()
const current = Fs.existsSync(Path.join(root, "node_modules", ".modules.yaml")) && Fs.existsSync(stampFile)
  ? Fs.readFileSync(stampFile, "utf8").trim()
  : undefined
if (current !== wanted) {
  log(`pnpm install --frozen-lockfile (pnpm ${pinned})`)
  const result = await pnpm(["install", "--frozen-lockfile"])
  if (result.code !== 0 || result.signal) {
    if (!result.signal) log("pnpm install failed")
    exitLike(result)
  }
  Fs.writeFileSync(stampFile, `${wanted}\n`)
}

if (pnpmArgs.length > 0) exitLike(await pnpm(pnpmArgs))
