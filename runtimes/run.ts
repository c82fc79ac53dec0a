/**
 * `pnpm test:runtimes`: the same program (src/program.ts) on Bun, Deno and Cloudflare Workers
 * (workerd, through miniflare), against the Flex simulator on 127.0.0.1, each over
 * `FetchFlexClient`, bundled by esbuild for no platform in particular (a Node built-in anywhere
 * in the graph fails the build). For each runtime: its version, what it did, and checks of the
 * result against the simulator's store and journal (the update really happened; the requests
 * really came from that runtime, by their User-Agent). The binaries come from the npm registry
 * (`bun`, `deno`, `miniflare` → `workerd`, each with a platform package); one that is missing or
 * cannot start fails the run with a message saying so. Nothing is skipped.
 *
 * Every step of a runtime (a process, a Worker) is bounded in time (RUNTIME_TIMEOUT_MS, default
 * 60 s); the run prints one line per runtime and exits non-zero if any failed.
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as esbuild from "esbuild"
import { Miniflare } from "miniflare"
import { spawn } from "node:child_process"
import * as Fs from "node:fs"
import { createRequire } from "node:module"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import type { Failure, Input, Result } from "./src/program.js"
import { pageSize, wrongToken } from "./src/program.js"

const here = Path.dirname(fileURLToPath(import.meta.url))
const buildDir = Path.join(here, "build", "bundle")
const require = createRequire(import.meta.url)
const timeoutMillis = Number(process.env.RUNTIME_TIMEOUT_MS ?? 60_000)

/** A runtime that could not run the program, or whose result is wrong: the reason, for the report. */
class RuntimeFailure extends Error {}

const fail = (message: string): never => {
  throw new RuntimeFailure(message)
}

/** Rejects with a RuntimeFailure after `timeoutMillis`, running `onTimeout` (to kill what runs). */
const bounded = <A>(what: string, promise: Promise<A>, onTimeout: () => void = () => {}): Promise<A> => {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout()
      reject(new RuntimeFailure(`${what} did not finish within ${timeoutMillis} ms`))
    }, timeoutMillis)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

// -----------------------------------------------------------------------------------------------
// binaries: each registry package ships its binary in a package per platform (an optional
// dependency pnpm installs for this machine only); their postinstall scripts, which only copy or
// link it, do not run (pnpm's default), so the binary is taken from that package directly.
// -----------------------------------------------------------------------------------------------

const isMusl = (): boolean =>
  process.platform === "linux" &&
  (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header
      ?.glibcVersionRuntime === undefined

/** The path of `file` inside the platform package `name`, a dependency of the registry package `owner`. */
const platformBinary = (owner: string, name: string | undefined, file: string): string => {
  const platform = `${process.platform}-${process.arch}${isMusl() ? " (musl)" : ""}`
  if (name === undefined) return fail(`${owner} ships no binary for ${platform}`)
  let manifest: string
  try {
    manifest = createRequire(require.resolve(`${owner}/package.json`)).resolve(`${name}/package.json`)
  } catch {
    return fail(
      `${name} is not installed: it is ${owner}'s binary for ${platform}, an optional dependency that ` +
        `\`pnpm install\` at the repository root installs (was it run with --no-optional?)`
    )
  }
  const binary = Path.join(Path.dirname(manifest), file)
  if (!Fs.existsSync(binary)) fail(`${binary} is missing (a broken install of ${name}?)`)
  return binary
}

const exe = process.platform === "win32" ? ".exe" : ""

const bunBinary = () => {
  const arch = process.arch === "arm64" ? "aarch64" : process.arch
  const os = process.platform === "win32" ? "windows" : process.platform
  const known = ["linux-x64", "linux-aarch64", "darwin-x64", "darwin-aarch64", "windows-x64", "windows-aarch64"]
  const name = known.includes(`${os}-${arch}`) ? `@oven/bun-${os}-${arch}${isMusl() ? "-musl" : ""}` : undefined
  return platformBinary("bun", name, `bin/bun${exe}`)
}

const denoBinary = () => {
  const known: Record<string, string> = {
    "linux-x64": "@deno/linux-x64-glibc",
    "linux-arm64": "@deno/linux-arm64-glibc",
    "darwin-x64": "@deno/darwin-x64",
    "darwin-arm64": "@deno/darwin-arm64",
    "win32-x64": "@deno/win32-x64",
    "win32-arm64": "@deno/win32-arm64"
  }
  return platformBinary("deno", isMusl() ? undefined : known[`${process.platform}-${process.arch}`], `deno${exe}`)
}

// -----------------------------------------------------------------------------------------------
// processes
// -----------------------------------------------------------------------------------------------

interface Finished {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs a binary to its end (bounded), with only the given environment. */
const exec = (what: string, binary: string, args: ReadonlyArray<string>, env: Record<string, string>) => {
  const child = spawn(binary, args, { cwd: buildDir, env, stdio: ["ignore", "pipe", "pipe"] })
  const finished = new Promise<Finished>((resolve, reject) => {
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk))
    child.on("error", (error) => reject(new RuntimeFailure(`${what} could not start ${binary}: ${error.message}`)))
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
  return bounded(what, finished, () => child.kill("SIGKILL"))
}

/** The one line of JSON a finished program printed, or a failure quoting what it wrote. */
const resultOf = (what: string, finished: Finished): Result => {
  const tail = (text: string) => text.trim().split("\n").slice(-15).join("\n")
  if (finished.code !== 0) {
    fail(
      `${what} exited with ${finished.signal ?? `code ${finished.code}`}\n` +
        `stderr:\n${tail(finished.stderr)}\nstdout:\n${tail(finished.stdout)}`
    )
  }
  const line = finished.stdout.trim().split("\n").at(-1) ?? ""
  try {
    return JSON.parse(line) as Result
  } catch {
    return fail(`${what} printed no result\nstdout:\n${tail(finished.stdout)}\nstderr:\n${tail(finished.stderr)}`)
  }
}

/** The first line a binary prints for `--version`. */
const versionOf = async (what: string, binary: string, args: ReadonlyArray<string>) => {
  const finished = await exec(`${what} --version`, binary, args, { PATH: process.env.PATH ?? "" })
  if (finished.code !== 0) fail(`${what} --version exited with code ${finished.code}: ${finished.stderr.trim()}`)
  return finished.stdout.trim().split("\n")[0]!
}

// -----------------------------------------------------------------------------------------------
// the runtimes
// -----------------------------------------------------------------------------------------------

interface Simulated {
  readonly url: string
  readonly port: number
  readonly accountSid: string
  readonly authToken: string
}

interface Runtime {
  readonly name: string
  /** The start of the User-Agent the runtime's requests must carry (after `effect-flex/x.y.z `). */
  readonly userAgent: (version: string) => string
  readonly version: () => Promise<string>
  readonly run: (simulator: Simulated, input: Input) => Promise<Result>
  /** More to run once the program's result is checked: a summary, or a RuntimeFailure. */
  readonly after?: (simulator: Simulated, interactionSid: string, channels: number) => Promise<string>
}

/** The variables `FetchFlexClient.layerConfig()` reads, for the simulator. */
const flexEnv = (simulator: Simulated) => ({
  TWILIO_ACCOUNT_SID: simulator.accountSid,
  TWILIO_AUTH_TOKEN: simulator.authToken,
  FLEX_BASE_URL: simulator.url
})

const bun: Runtime = {
  name: "bun",
  userAgent: (version) => `(${process.platform} ${process.arch}) bun/${version}`,
  version: () => versionOf("bun", bunBinary(), ["--version"]),
  run: async (simulator, input) => {
    const what = "bun"
    const finished = await exec(what, bunBinary(), ["--no-install", "cli.mjs", JSON.stringify(input)], {
      PATH: process.env.PATH ?? "",
      ...flexEnv(simulator)
    })
    return resultOf(what, finished)
  }
}

const deno: Runtime = {
  name: "deno",
  userAgent: (version) => `(${process.platform} ${process.arch}) deno/${version}`,
  version: async () => (await versionOf("deno", denoBinary(), ["--version"])).replace(/^deno (\S+).*$/, "$1"),
  run: async (simulator, input) => {
    const what = "deno"
    // Least privilege: the simulator's address, and the variables FlexConfig.fromEnv reads (Deno
    // refuses to read any other, and Config's provider asks only for those).
    const args = [
      "run",
      "--no-config",
      "--no-npm",
      "--no-remote",
      `--allow-net=127.0.0.1:${simulator.port}`,
      "--allow-env=TWILIO_*,FLEX_BASE_URL",
      "cli.mjs",
      JSON.stringify(input)
    ]
    const finished = await exec(what, denoBinary(), args, {
      PATH: process.env.PATH ?? "",
      DENO_NO_UPDATE_CHECK: "1",
      NO_COLOR: "1",
      DENO_DIR: Path.join(buildDir, "deno-cache"),
      ...flexEnv(simulator)
    })
    return resultOf(what, finished)
  }
}

const workerdPackage = () => {
  try {
    return createRequire(require.resolve("miniflare")).resolve("workerd/package.json")
  } catch {
    return fail("workerd (a dependency of miniflare) is not installed: run `pnpm install` at the repository root")
  }
}

/** Starts `script` (a bundled module Worker) on workerd, hands it to `use`, and stops it. */
const withWorker = async <A>(
  simulator: Simulated,
  script: string,
  use: (fetch: (url: string) => Promise<{ readonly status: number; readonly text: string }>) => Promise<A>
): Promise<A> => {
  const { compatibilityDate } = createRequire(workerdPackage())("workerd") as { compatibilityDate: string }
  const mf = new Miniflare({
    modules: true,
    scriptPath: Path.join(buildDir, script),
    // no nodejs_compat: the Worker has no Node APIs at all
    compatibilityDate,
    compatibilityFlags: [],
    bindings: flexEnv(simulator)
  })
  try {
    return await bounded(
      `workerd (${script})`,
      (async () => {
        await mf.ready.catch((error: unknown) => fail(`workerd could not start: ${String(error)}`))
        return use(async (url) => {
          const response = await mf.dispatchFetch(url)
          return { status: response.status, text: await response.text() }
        })
      })()
    )
  } finally {
    await mf.dispose()
  }
}

const workerd: Runtime = {
  name: "workerd",
  userAgent: () => "cloudflare-workers",
  version: async () => {
    const workerdVersion = JSON.parse(Fs.readFileSync(workerdPackage(), "utf8")).version as string
    const miniflareVersion = JSON.parse(Fs.readFileSync(require.resolve("miniflare/package.json"), "utf8"))
      .version as string
    return `${workerdVersion} (miniflare ${miniflareVersion})`
  },
  run: (simulator, input) =>
    withWorker(simulator, "worker.mjs", async (fetch) => {
      const { status, text } = await fetch(`http://worker.test/?input=${encodeURIComponent(JSON.stringify(input))}`)
      if (status !== 200) fail(`the Worker answered ${status}: ${text.slice(0, 2000)}`)
      return JSON.parse(text) as Result
    }),
  // README's Worker, as written there (a count, and its two typed errors as 404 and 400), and the
  // Worker of examples/worker (tested in Node there)
  after: async (simulator, interactionSid, channels) => {
    const readme = await withWorker(simulator, "readme-worker.mjs", async (fetch) => {
      const answers = [
        await fetch(`http://worker.test/?interaction=${interactionSid}`),
        await fetch(`http://worker.test/?interaction=KD${"0".repeat(31)}9`),
        await fetch(`http://worker.test/?interaction=not-a-sid`)
      ].map(({ status, text }) => `${status} ${text}`)
      check("README's Worker: a count", answers[0], `200 {"count":${channels}}`)
      check("README's Worker: an unknown interaction", answers[1], `404 {"error":"no such interaction"}`)
      if (!/^400 \{"error":".*interactionSid/.test(answers[2]!)) {
        fail(`README's Worker: an invalid SID: expected a 400 naming interactionSid, got ${answers[2]}`)
      }
      return answers.map((answer) => answer.slice(0, 3)).join(", ")
    })
    const example = await withWorker(simulator, "example-worker.mjs", async (fetch) => {
      const count = await fetch(`http://worker.test/?interaction=${interactionSid}`)
      check(
        "examples/worker: a count",
        `${count.status} ${count.text}`,
        `200 ${JSON.stringify({ interactionSid, channels })}`
      )
      const invalid = await fetch(`http://worker.test/?interaction=KD-nope`)
      check(
        "examples/worker: an invalid SID",
        `${invalid.status} ${JSON.parse(invalid.text).error}`,
        "400 FlexInvalidInput"
      )
      return `${count.status}, ${invalid.status}`
    })
    return `README's Worker: ${readme} (count ${channels}); examples/worker: ${example}`
  }
}

// -----------------------------------------------------------------------------------------------
// checks against the simulator
// -----------------------------------------------------------------------------------------------

const check = (what: string, actual: unknown, expected: unknown) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    fail(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }
}

/** The Worker of README.md's "Runtimes" section: the TypeScript block after `<!-- runtimes-test: worker -->`. */
const readmeWorker = (): string => {
  const readme = Fs.readFileSync(Path.join(here, "..", "README.md"), "utf8")
  const block = /<!-- runtimes-test: worker -->\s*\n```ts\n([\s\S]*?)\n```/.exec(readme)?.[1]
  return block ?? fail("README.md has no ts block after <!-- runtimes-test: worker -->")
}

const bundle = async () => {
  Fs.rmSync(buildDir, { recursive: true, force: true })
  Fs.mkdirSync(buildDir, { recursive: true })
  // resolved from here (runtimes/node_modules), as if it were a file of this package
  const readme = Path.join(here, "build", "readme-worker.ts")
  Fs.writeFileSync(readme, readmeWorker())
  // No platform: nothing of Node is provided, so a `node:` import (or any built-in) in the graph of
  // core, effect and @effect/platform's FetchHttpClient fails the build. The Workers are resolved
  // with wrangler's conditions (`workerd`, `worker`, `browser`), so they run core's `#decoder` for
  // Workers (Schema's own); the Bun and Deno program gets the default (the compiled decoder).
  const build = (entryPoints: Record<string, string>, conditions: Array<string>) =>
    esbuild.build({
      entryPoints,
      outdir: buildDir,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      conditions,
      target: "es2022",
      metafile: true,
      logLevel: "silent"
    }).catch((error: unknown) => fail(`esbuild could not bundle the program without Node built-ins:\n${String(error)}`))
  const cli = await build({ cli: Path.join(here, "src/cli.ts") }, [])
  const workers = await build({
    worker: Path.join(here, "src/worker.ts"),
    "readme-worker": readme,
    "example-worker": Path.join(here, "..", "examples", "worker", "worker.ts")
  }, ["workerd", "worker", "browser"])
  const decoders = (result: esbuild.BuildResult<{ metafile: true }>) =>
    Object.keys(result.metafile.inputs).filter((path) => /internal\/(compiledDecoder|schemaDecoder)\.ts$/.test(path))
  if (!decoders(cli).some((path) => path.endsWith("compiledDecoder.ts"))) {
    fail("the Bun/Deno bundle lacks the compiled decoder")
  }
  if (decoders(workers).some((path) => path.endsWith("compiledDecoder.ts"))) {
    fail("a Worker bundle holds the compiled decoder")
  }
  return [cli, workers].flatMap((result) => Object.entries(result.metafile.outputs))
    .filter(([file]) => file.endsWith(".mjs"))
    .map(([file, output]) => `${Path.basename(file)} ${Math.round(output.bytes / 1024)} KiB`)
    .join(", ")
}

/** Checks a runtime's result against the simulator's store and journal; a one-line summary. */
const verify = (runtime: Runtime, version: string, input: Input, result: Result) =>
  Effect.gen(function*() {
    const sim = yield* FlexSimulator.FlexSimulator
    const channels = yield* sim.listInteractionChannels(input.interactionSid)
    check("channels streamed", result.streamed, channels.length)
    check("chat channel fetched", result.fetched, input.chatChannelSid)
    check("update answered", result.closed, { sid: input.channelToClose, status: "closed" })
    const stored = yield* sim.getInteractionChannel(input.interactionSid, input.channelToClose)
    check("the channel's status in the simulator's store", Option.getOrUndefined(stored)?.status, "closed")
    const typed = ({ code, status, tag }: Failure) => ({ tag, status, code })
    check("a missing chat channel", typed(result.notFound), { tag: "FlexNotFound", status: 404, code: 20404 })
    check("a wrong token", typed(result.unauthorized), { tag: "FlexAuthenticationError", status: 401, code: 20003 })
    check("the wrong token in the error's message", result.unauthorized.message.includes(wrongToken), false)
    // What reached the simulator with this runtime's User-Agent: the runtime really sent them.
    const agent = `effect-flex/0.1.0 ${runtime.userAgent(version)}`
    const journal = (yield* sim.journal).filter((entry) => entry.headers["user-agent"] === agent)
    const pages = Math.ceil(channels.length / pageSize)
    check(
      `requests with User-Agent "${agent}"`,
      journal.map((entry) => `${entry.route ?? "(refused)"} ${entry.status}`),
      [
        ...Array.from({ length: pages }, () => "ListInteractionChannel 200"),
        "FetchChannel 200",
        "UpdateInteractionChannel 200",
        "FetchChannel 404",
        "(refused) 401"
      ]
    )
    return `streamed ${result.streamed} channels (${pages} pages), fetched ${result.fetched}, ` +
      `closed ${result.closed.sid}, ${result.notFound.tag} ${result.notFound.code}, ` +
      `${result.unauthorized.tag} ${result.unauthorized.code}; ${journal.length} requests as "${agent}"`
  })

const main = Effect.gen(function*() {
  const started = Date.now()
  const sim = yield* FlexSimulator.FlexSimulator
  const { port, url } = yield* NodeFlexSimulator.NodeFlexSimulator
  const simulator: Simulated = {
    url,
    port,
    accountSid: FlexSimulator.defaultCredentials.accountSid,
    authToken: Redacted.value(FlexSimulator.defaultCredentials.authToken)
  }
  const sizes = yield* Effect.promise(bundle)
  console.log(`simulator on ${url}; the program bundled without Node built-ins: ${sizes}\n`)
  const interactions = yield* sim.listInteractions
  const [chat] = yield* sim.listChatChannels
  const runtimes = [bun, deno, workerd]
  const failed: Array<string> = []
  for (const [index, runtime] of runtimes.entries()) {
    // each runtime its own interaction, so that each update is its own to check
    const interactionSid = interactions[index]!.sid
    const channels = yield* sim.listInteractionChannels(interactionSid)
    const input: Input = {
      interactionSid,
      channelToClose: channels.find((channel) => channel.status === "active")!.sid,
      chatChannelSid: chat!.sid,
      missingChatChannelSid: `CH${"0".repeat(31)}9`
    }
    const runStarted = Date.now()
    let version = "?"
    const outcome = yield* Effect.promise(() =>
      runtime.version().then((v) => {
        version = v
        return runtime.run(simulator, input)
      })
    ).pipe(
      Effect.flatMap((result) => verify(runtime, version, input, result)),
      Effect.flatMap((summary) =>
        runtime.after === undefined ?
          Effect.succeed(summary) :
          Effect.promise(() =>
            runtime.after!(simulator, interactionSid, channels.length).then((more) => `${summary}; ${more}`)
          )
      ),
      Effect.sandbox,
      Effect.either
    )
    const seconds = `${((Date.now() - runStarted) / 1000).toFixed(1)} s`
    if (outcome._tag === "Right") {
      console.log(`${runtime.name.padEnd(8)} ${version.padEnd(36)} ok      ${seconds.padStart(6)}  ${outcome.right}`)
    } else {
      failed.push(runtime.name)
      const error = Cause.squash(outcome.left)
      const message = error instanceof RuntimeFailure ? error.message : String(error)
      console.log(`${runtime.name.padEnd(8)} ${version.padEnd(36)} FAILED  ${seconds.padStart(6)}`)
      console.log(`  ${message.replaceAll("\n", "\n  ")}`)
    }
  }
  const total = `${((Date.now() - started) / 1000).toFixed(1)} s`
  if (failed.length > 0) {
    console.log(`\n${failed.length} of ${runtimes.length} runtimes FAILED (${failed.join(", ")}) in ${total}`)
    process.exitCode = 1
  } else {
    console.log(`\nall ${runtimes.length} runtimes passed in ${total}`)
  }
})

const runtime = ManagedRuntime.make(
  NodeFlexSimulator.layer({ port: 0, seed: { interactions: 3, channelsPerInteraction: 10, chatChannels: 3 } })
)
await runtime.runPromise(main).finally(() => runtime.dispose())
