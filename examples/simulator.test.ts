/**
 * `pnpm simulator` as a user runs it: a child process (`pnpm` → `node`), on loopback only. It
 * prints the variables to export; with them the quickstart and `NodeFlexClient.layerConfig()` run
 * against it over its port; SIGINT, SIGTERM (even SIGKILL) sent to the PID of the top `pnpm`
 * stop the server, leaving no listener behind.
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import * as NodeFlexClient from "@effect-flex/node/NodeFlexClient"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import { type ChildProcess, execFile, spawn } from "node:child_process"
import * as Fs from "node:fs"
import * as Net from "node:net"
import * as Os from "node:os"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { afterEach, describe, expect, it } from "vitest"

const run = promisify(execFile)
const root = fileURLToPath(new URL("..", import.meta.url))
const examples = fileURLToPath(new URL(".", import.meta.url))

/** The environment without TWILIO_* and FLEX_* variables. */
const cleanEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(TWILIO|FLEX)_/.test(key)))

/** pnpm, as a command line prefix: on PATH, else the copy `scripts/bootstrap.mjs` installs. */
const pnpm = (): ReadonlyArray<string> => {
  const names = process.platform === "win32" ? ["pnpm.cmd", "pnpm.exe"] : ["pnpm"]
  for (const dir of (process.env.PATH ?? "").split(Path.delimiter)) {
    for (const name of names) {
      if (dir !== "" && Fs.existsSync(Path.join(dir, name))) return [Path.join(dir, name)]
    }
  }
  const version = /^pnpm@(.+)$/.exec(
    (JSON.parse(Fs.readFileSync(Path.join(root, "package.json"), "utf8")) as { packageManager: string })
      .packageManager
  )![1]
  const home = process.env.EFFECT_FLEX_PNPM_HOME ??
    Path.join(process.env.XDG_CACHE_HOME ?? Path.join(Os.homedir(), ".cache"), "effect-flex", `pnpm-${version}`)
  const entry = Path.join(home, "node_modules", "pnpm", "bin", "pnpm.cjs")
  if (Fs.existsSync(entry)) return [process.execPath, entry]
  throw new Error("pnpm is neither on PATH nor installed by scripts/bootstrap.mjs")
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = Net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as Net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/** Whether something accepts connections on 127.0.0.1:port. */
const isListening = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = Net.connect({ port, host: "127.0.0.1" })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })

/** Whether a process runs (a zombie, dead but not yet reaped, does not). */
const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = Fs.readFileSync(`/proc/${pid}/stat`, "utf8")
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z"
  } catch {
    return !Fs.existsSync("/proc/self/stat")
  }
}

const waitUntil = async (condition: () => boolean | Promise<boolean>, millis: number, what: () => string) => {
  const deadline = Date.now() + millis
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${millis} ms waiting for ${what()}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

interface Simulator {
  readonly child: ChildProcess
  readonly stdout: () => string
  readonly stderr: () => string
  readonly exit: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null }>
  readonly url: string
  readonly port: number
  /** The `export NAME=value` lines, as printed. */
  readonly exports: Readonly<Record<string, string>>
  /** The simulator's own process (the `node` at the bottom of the chain). */
  readonly pid: number
}

const children: Array<ChildProcess> = []

afterEach(() => {
  // a failed test must not leave a simulator behind: the whole process group goes
  for (const child of children.splice(0)) {
    try {
      process.kill(-child.pid!, "SIGKILL")
    } catch {
      // already gone
    }
  }
})

/** Starts `command` in its own process group and waits for the simulator's banner. */
const start = async (
  command: ReadonlyArray<string>,
  options: { readonly cwd?: string; readonly env?: NodeJS.ProcessEnv } = {}
): Promise<Simulator> => {
  const [file, ...args] = command
  const child = spawn(file!, args, {
    cwd: options.cwd ?? root,
    env: options.env ?? cleanEnv(),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"]
  })
  children.push(child)
  let stdout = ""
  let stderr = ""
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()))
  let exited = false
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      exited = true
      resolve({ code, signal })
    })
  )
  await waitUntil(
    () => {
      if (exited) throw new Error(`exited before listening\nstdout:\n${stdout}\nstderr:\n${stderr}`)
      return /^Stop it with Ctrl-C.*$/m.test(stdout)
    },
    40_000,
    () => `the banner\nstdout:\n${stdout}\nstderr:\n${stderr}`
  )
  const url = /^Flex simulator listening on (http:\/\/127\.0\.0\.1:(\d+))$/m.exec(stdout)
  expect(url, stdout).not.toBeNull()
  const exports = Object.fromEntries(
    [...stdout.matchAll(/^export ([A-Z_]+)=(\S+)$/gm)].map((match) => [match[1]!, match[2]!])
  )
  const pid = Number(/its PID (\d+)/.exec(stdout)![1])
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exit,
    url: url![1]!,
    port: Number(url![2]),
    exports,
    pid
  }
}

/** Sends `signal` to the top process only, then checks that everything stopped and the port is free. */
const stopWith = async (simulator: Simulator, signal: NodeJS.Signals) => {
  expect(await isListening(simulator.port)).toBe(true)
  process.kill(simulator.child.pid!, signal)
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 5_000))
  expect(await Promise.race([simulator.exit, timeout]), "the top process exits").not.toBe("timeout")
  await waitUntil(async () => !(await isListening(simulator.port)), 5_000, () => `port ${simulator.port} to be free`)
  await waitUntil(() => !isRunning(simulator.pid), 5_000, () => `the simulator's process ${simulator.pid} to end`)
  expect(simulator.stdout()).toMatch(/\nFlex simulator stopped\.\n$/)
}

const basic = (exports: Readonly<Record<string, string>>) =>
  `Basic ${Buffer.from(`${exports.TWILIO_ACCOUNT_SID}:${exports.TWILIO_AUTH_TOKEN}`).toString("base64")}`

describe.skipIf(process.platform === "win32")("pnpm simulator", () => {
  it("--port: prints what to export; the quickstart and layerConfig run over the port; SIGTERM stops it", async () => {
    const port = await freePort()
    const simulator = await start([...pnpm(), "simulator", "--port", String(port)])
    const out = simulator.stdout()
    expect(simulator.url).toBe(`http://127.0.0.1:${port}`)
    expect(out).toContain("Twilio's limits: off")
    // exactly these, in this order: the base URL first, so the credentials never reach Twilio
    expect(Object.keys(simulator.exports)).toEqual([
      "FLEX_BASE_URL",
      "TWILIO_ACCOUNT_SID",
      "TWILIO_AUTH_TOKEN",
      "FLEX_INTERACTION_SID"
    ])
    expect(simulator.exports).toMatchObject({
      FLEX_BASE_URL: `http://127.0.0.1:${port}`,
      TWILIO_ACCOUNT_SID: "AC00000000000000000000000000000000",
      TWILIO_AUTH_TOKEN: "simulator-auth-token"
    })
    const interactionSid = simulator.exports.FLEX_INTERACTION_SID!
    expect(interactionSid).toMatch(/^KD[0-9a-f]{32}$/)
    expect(out).toMatch(new RegExp(`^  interactions: +${interactionSid}( KD[0-9a-f]{32}){2}$`, "m"))
    expect(out).toMatch(/^ {2}a chat channel: +CH[0-9a-f]{32}$/m)
    expect(out).toMatch(/^ {2}a channel of the first one: +UO[0-9a-f]{32} \(active\)$/m)

    // the second terminal: the printed exports, then the quickstart (read-only, then --allow-update)
    const env = { ...cleanEnv(), ...simulator.exports }
    const readOnly = await run(process.execPath, ["--import", "tsx", "quickstart.ts"], {
      cwd: examples,
      env,
      timeout: 40_000
    })
    expect(readOnly.stderr).toBe("")
    expect(readOnly.stdout).toMatch(
      new RegExp(`^effect-flex quickstart against http://127\\.0\\.0\\.1:${port} \\(FLEX_BASE_URL\\)\\n`)
    )
    expect(readOnly.stdout).toContain(`Interaction ${interactionSid}: 8 channels`)
    const wouldClose = /Would close (UO[0-9a-f]{32}); pass --allow-update/.exec(readOnly.stdout)
    expect(wouldClose, readOnly.stdout).not.toBeNull()
    expect(readOnly.stdout).toContain(
      "Operations run: ListChannel, FetchChannel, ListInteractionChannel, ListInteractionChannelParticipant."
    )

    const updating = await run(process.execPath, ["--import", "tsx", "quickstart.ts", "--allow-update"], {
      cwd: examples,
      env,
      timeout: 40_000
    })
    expect(updating.stderr).toBe("")
    expect(updating.stdout).toContain(`Closed ${wouldClose![1]}: status is now closed`)
    // the update reached this simulator: its store says so
    const response = await fetch(`${simulator.url}/v1/Interactions/${interactionSid}/Channels?PageSize=50`, {
      headers: { authorization: basic(simulator.exports) }
    })
    const { channels } = (await response.json()) as { channels: Array<{ sid: string; status: string }> }
    expect(channels.find((channel) => channel.sid === wouldClose![1])?.status).toBe("closed")

    // NodeFlexClient.layerConfig() reads the same variables
    const chatChannels = await Effect.runPromise(
      Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list()).pipe(
        Effect.provide(NodeFlexClient.layerConfig()),
        Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(simulator.exports))))
      )
    )
    expect(chatChannels).toHaveLength(25)
    expect(chatChannels[0]!.url?.startsWith(`${simulator.url}/v1/Channels/CH`)).toBe(true)

    await stopWith(simulator, "SIGTERM")
  })

  it("FLEX_SIMULATOR_PORT picks the port; SIGINT to the top pnpm stops it", async () => {
    const port = await freePort()
    const simulator = await start([...pnpm(), "simulator"], {
      env: { ...cleanEnv(), FLEX_SIMULATOR_PORT: String(port) }
    })
    expect(simulator.url).toBe(`http://127.0.0.1:${port}`)
    await stopWith(simulator, "SIGINT")
  })

  it("--limits (in examples/): Twilio's 429s with code 45780 and Retry-After; SIGTERM stops it", async () => {
    const port = await freePort()
    const simulator = await start([...pnpm(), "simulator", "--port", String(port), "--limits"], { cwd: examples })
    expect(simulator.stdout()).toContain("Twilio's limits: on")
    const url = `${simulator.url}/v1/Interactions/${simulator.exports.FLEX_INTERACTION_SID}/Channels`
    const responses = await Promise.all(
      Array.from({ length: 30 }, async () => {
        const response = await fetch(url, { headers: { authorization: basic(simulator.exports) } })
        const body = (await response.json()) as { code?: number }
        return { status: response.status, retryAfter: response.headers.get("retry-after"), code: body.code }
      })
    )
    const refused = responses.filter((response) => response.status === 429)
    expect(refused.length).toBeGreaterThan(0)
    expect(responses.filter((response) => response.status === 200).length).toBeGreaterThan(0)
    expect(refused[0]).toEqual({ status: 429, retryAfter: "1", code: 45780 })
    await stopWith(simulator, "SIGTERM")
  })

  it("--port wins over FLEX_SIMULATOR_PORT; SIGKILL to the top pnpm: the simulator sees it gone and stops", async () => {
    const [port, other] = [await freePort(), await freePort()]
    const simulator = await start([...pnpm(), "simulator", "--port", String(port)], {
      env: { ...cleanEnv(), FLEX_SIMULATOR_PORT: String(other) }
    })
    expect(simulator.url).toBe(`http://127.0.0.1:${port}`)
    expect(simulator.stdout()).toMatch(/or to the PID of the pnpm that started it \(\d+\)\.$/m)
    await stopWith(simulator, "SIGKILL")
    expect(simulator.stdout()).toMatch(/\nStopping: pnpm \(pid \d+\), which started it, is gone\.\n/)
  })

  it("--large-interaction N: one more interaction with N channels, and the browser example's URL for it", async () => {
    const port = await freePort()
    const simulator = await start([...pnpm(), "simulator", "--port", String(port), "--large-interaction", "1500"])
    const out = simulator.stdout()
    const large = /^Large interaction: (KD[0-9a-f]{32}), with 1500 channels \(no participants\)\./m.exec(out)
    expect(large, out).not.toBeNull()
    const interactionSid = large![1]!
    const page = new URL(/^ {2}(http:\/\/127\.0\.0\.1:5173\/\?\S+)$/m.exec(out)![1]!)
    expect(Object.fromEntries(page.searchParams)).toEqual({ baseUrl: simulator.url, interaction: interactionSid })
    // the default seed is as it was: FLEX_INTERACTION_SID is still its first interaction
    expect(simulator.exports.FLEX_INTERACTION_SID).not.toBe(interactionSid)
    expect(out).toMatch(/^ {2}interactions: +(KD[0-9a-f]{32} ?){3}$/m)
    const channels = await Effect.runPromise(
      Effect.flatMap(FlexClient.FlexClient, (flex) => flex.interactionChannels.list(interactionSid, { pageSize: 1000 }))
        .pipe(
          Effect.provide(NodeFlexClient.layerConfig()),
          Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(simulator.exports))))
        )
    )
    expect(channels).toHaveLength(1500)
    await stopWith(simulator, "SIGTERM")

    const bad = await run(process.execPath, ["--import", "tsx", "simulator.ts", "--large-interaction", "0"], {
      cwd: examples,
      env: cleanEnv(),
      timeout: 40_000
    }).then(() => undefined, (error: { code: number; stderr: string }) => error)
    expect(bad?.code).toBe(2)
    expect(bad?.stderr).toMatch(/^--large-interaction must be a number of channels, 1\.\.100000 \(got "0"\)\n/)
  })

  it("listens on 4010 by default", async (context) => {
    if (await isListening(4010)) return context.skip("port 4010 is in use on this machine")
    const simulator = await start([...pnpm(), "simulator"])
    expect(simulator.url).toBe("http://127.0.0.1:4010")
    expect(simulator.exports.FLEX_BASE_URL).toBe("http://127.0.0.1:4010")
    await stopWith(simulator, "SIGTERM")
  })

  it("a port in use: exit 1 with a message; a bad --port: exit 2 with the usage", async () => {
    const server = Net.createServer()
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const { port } = server.address() as Net.AddressInfo
    try {
      const inUse = await run(process.execPath, ["--import", "tsx", "simulator.ts", "--port", String(port)], {
        cwd: examples,
        env: cleanEnv(),
        timeout: 40_000
      }).then(() => undefined, (error: { code: number; stdout: string; stderr: string }) => error)
      expect(inUse?.code).toBe(1)
      expect(inUse?.stderr).toContain(`Port ${port} on 127.0.0.1 is in use`)
      expect(inUse?.stdout).toBe("")
    } finally {
      server.close()
    }
    const bad = await run(process.execPath, ["--import", "tsx", "simulator.ts", "--port", "x"], {
      cwd: examples,
      env: cleanEnv(),
      timeout: 40_000
    }).then(() => undefined, (error: { code: number; stderr: string }) => error)
    expect(bad?.code).toBe(2)
    expect(bad?.stderr).toMatch(/^--port must be a port number, 0\.\.65535 \(got "x"\)\n\nUsage: pnpm simulator/)
  })
})

describe("pnpm start with FLEX_BASE_URL", () => {
  it("without credentials: says what is missing and exits 1, instead of running elsewhere", async () => {
    const result = await run(process.execPath, ["--import", "tsx", "quickstart.ts"], {
      cwd: examples,
      env: { ...cleanEnv(), FLEX_BASE_URL: "http://127.0.0.1:9" },
      timeout: 40_000
    }).then(() => undefined, (error: { code: number; stdout: string; stderr: string }) => error)
    expect(result?.code).toBe(1)
    expect(result?.stdout).toBe("")
    expect(result?.stderr).toContain("FLEX_BASE_URL is set (http://127.0.0.1:9) but no credentials are")
  })
})
