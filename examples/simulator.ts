/**
 * `pnpm simulator`: the Flex simulator as a tool. It serves a seeded, in-memory Flex API (v1) on
 * 127.0.0.1 in the foreground and prints the variables to export in another terminal, so that
 * `pnpm start` (or any program built on `NodeFlexClient.layerConfig()`) runs against it:
 *
 *   pnpm simulator                      # http://127.0.0.1:4010
 *   pnpm simulator --port 5000          # or FLEX_SIMULATOR_PORT=5000; --port 0 picks a free port
 *   pnpm simulator --limits             # or FLEX_SIMULATOR_LIMITS=true: enforce Twilio's limits
 *
 * `FLEX_BASE_URL` is among the printed variables: with it, the exported (fake) credentials go to
 * the simulator and never to Twilio.
 *
 * It stops on Ctrl-C, and on SIGINT or SIGTERM sent to its own PID or to the PID of the `pnpm`
 * that started it. pnpm passes a signal only to the process it started, and a `sh -c` there
 * would keep a SIGINT to itself (it waits for its child) and die of a SIGTERM without passing it
 * on: so the `simulator` scripts (root and examples/) `exec` node, and the chain is pnpm → node.
 * Node handles both signals (`NodeRuntime.runMain` interrupts the program, which closes the
 * server). And in case a signal never reaches it (`kill -9` of pnpm, a launcher that does not pass
 * signals on), it watches the processes that launched it (`pnpm`, `npm`, `sh -c`) and stops as
 * soon as one of them is gone: no listener is left behind on the port.
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Config from "effect/Config"
import * as Console from "effect/Console"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { execFileSync } from "node:child_process"
import * as Fs from "node:fs"
import * as Path from "node:path"

/** The port `pnpm simulator` listens on unless told otherwise. */
const defaultPort = 4010

const seed = { interactions: 3, channelsPerInteraction: 8, participantsPerChannel: 3, chatChannels: 25 } as const

/** Twilio's limits, as `--limits` turns them on: 100 requests in flight, 20 a second per Interactions endpoint. */
const twilioLimits: FlexSimulator.Limits = {
  concurrency: 100,
  rate: {
    perSecond: 20,
    routes: [
      "ListInteractionChannel",
      "UpdateInteractionChannel",
      "ListInteractionChannelParticipant",
      "UpdateInteractionChannelParticipant"
    ]
  },
  retryAfter: "1"
}

const usage = `Usage: pnpm simulator [--port N] [--limits]

  --port N    the port on 127.0.0.1 (default ${defaultPort}, or FLEX_SIMULATOR_PORT; 0: any free port)
  --limits    enforce Twilio's limits (or FLEX_SIMULATOR_LIMITS=true): beyond ${twilioLimits.concurrency} requests in
              flight (code 20429), or ${twilioLimits.rate?.perSecond} a second per Interactions endpoint (code
              45780), the simulator answers 429 with Retry-After`

class UsageError extends Data.TaggedError("UsageError")<{ readonly message: string }> {}

// -----------------------------------------------------------------------------------------------
// settings: command line over environment over defaults
// -----------------------------------------------------------------------------------------------

interface Settings {
  readonly port: number
  readonly limits: boolean
  readonly help: boolean
}

const parsePort = (raw: string, from: string): Effect.Effect<number, UsageError> =>
  /^\d{1,5}$/.test(raw) && Number(raw) <= 65535
    ? Effect.succeed(Number(raw))
    : Effect.fail(new UsageError({ message: `${from} must be a port number, 0..65535 (got ${JSON.stringify(raw)})` }))

const settings = Effect.gen(function*() {
  // `pnpm simulator -- --port 1` may pass the `--` through: it separates nothing here.
  const args = process.argv.slice(2).filter((arg) => arg !== "--")
  let port: number | undefined
  let limits: boolean | undefined
  let help = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === "--help" || arg === "-h") help = true
    else if (arg === "--limits") limits = true
    else if (arg === "--port" || arg.startsWith("--port=")) {
      const value = arg === "--port" ? args[++i] : arg.slice("--port=".length)
      if (value === undefined) return yield* new UsageError({ message: "--port needs a value" })
      port = yield* parsePort(value, "--port")
    } else return yield* new UsageError({ message: `unknown argument ${JSON.stringify(arg)}` })
  }
  const envPort = yield* Config.option(Config.string("FLEX_SIMULATOR_PORT")).pipe(
    Effect.mapError((error) => new UsageError({ message: String(error) }))
  )
  const envLimits = yield* Config.option(Config.boolean("FLEX_SIMULATOR_LIMITS")).pipe(
    Effect.mapError(() => new UsageError({ message: "FLEX_SIMULATOR_LIMITS must be true or false" }))
  )
  return {
    port: port ?? (Option.isSome(envPort) ? yield* parsePort(envPort.value, "FLEX_SIMULATOR_PORT") : defaultPort),
    limits: limits ?? Option.getOrElse(envLimits, () => false),
    help
  } satisfies Settings
})

// -----------------------------------------------------------------------------------------------
// the launcher chain: pnpm → node, or pnpm → sh -c → … → node when a script does not `exec`
// -----------------------------------------------------------------------------------------------

interface ProcessInfo {
  readonly ppid: number
  readonly zombie: boolean
  readonly argv: ReadonlyArray<string>
}

/** A process's parent, state and command line: from /proc on Linux, from `ps` elsewhere. */
const processInfo = (pid: number): ProcessInfo | undefined => {
  try {
    if (Fs.existsSync("/proc/self/stat")) {
      const stat = Fs.readFileSync(`/proc/${pid}/stat`, "utf8")
      // "pid (comm) state ppid …", where comm may hold spaces and parentheses
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      const argv = Fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter((arg) => arg !== "")
      return { ppid: Number(ppid), zombie: state === "Z" || state === "X", argv }
    }
    const line = execFileSync("ps", ["-o", "ppid=,stat=,command=", "-p", String(pid)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim()
    const match = /^(\d+)\s+(\S+)\s+(.*)$/.exec(line)
    return match === null
      ? undefined
      : { ppid: Number(match[1]), zombie: match[2]!.startsWith("Z"), argv: match[3]!.split(/\s+/) }
  } catch {
    return undefined
  }
}

const shells = /^-?(sh|dash|bash|zsh|ash|ksh|mksh)$/
const packageManagers = /^(pnpm|pnpx|npm|npx|yarn|corepack)(-cli)?(\.c?js)?$/

/**
 * The name of a process that runs package scripts (a package manager, or a shell running a `-c`
 * command), e.g. `pnpm` or `sh -c`; `undefined` for any other process.
 */
const launcherName = (argv: ReadonlyArray<string>): string | undefined => {
  // a process that set its title (npm does) shows it as one string
  const [command, ...args] = argv.length === 1 ? argv[0]!.split(" ") : argv
  if (command === undefined) return undefined
  const name = Path.basename(command).replace(/\.exe$/i, "")
  if (shells.test(name)) return args.includes("-c") ? `${name} -c` : undefined
  const script = name === "node" || name === "nodejs" ? args.find((arg) => !arg.startsWith("-")) : command
  const match = script === undefined ? null : packageManagers.exec(Path.basename(script))
  return match === null ? undefined : match[1]
}

/**
 * The package managers and shells that started this process, nearest first: empty when it was
 * not started by a package script (e.g. `node --import tsx simulator.ts` in a terminal).
 */
interface Launchers {
  readonly chain: ReadonlyArray<{ readonly pid: number; readonly name: string }>
}

const launchers = (): Launchers => {
  const chain: Array<{ pid: number; name: string }> = []
  if (process.platform !== "win32") {
    let pid = process.ppid
    while (pid > 1 && chain.length < 16) {
      const info = processInfo(pid)
      const name = info === undefined ? undefined : launcherName(info.argv)
      if (info === undefined || name === undefined) break
      chain.push({ pid, name })
      pid = info.ppid
    }
  }
  return { chain }
}

const isGone = (pid: number): boolean => {
  if (Fs.existsSync("/proc/self/stat")) {
    const info = processInfo(pid)
    return info === undefined || info.zombie
  }
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH"
  }
}

/** Completes, with the reason, once a process of the launcher chain is gone (never, for an empty chain). */
const launcherGone = ({ chain }: Launchers): Effect.Effect<string> =>
  Effect.gen(function*() {
    if (chain.length === 0) return yield* Effect.never
    while (true) {
      const gone = chain.find(({ pid }) => isGone(pid))
      if (gone !== undefined) return `${gone.name} (pid ${gone.pid}), which started it, is gone`
      yield* Effect.sleep("250 millis")
    }
  })

// -----------------------------------------------------------------------------------------------
// the banner
// -----------------------------------------------------------------------------------------------

const banner = (options: Settings, { chain }: Launchers) =>
  Effect.gen(function*() {
    const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
    const simulator = yield* FlexSimulator.FlexSimulator
    const { accountSid, apiKey, apiSecret, authToken } = simulator.credentials
    const token = Redacted.value(authToken)
    const interactions = yield* simulator.listInteractions
    const [interaction] = interactions
    const [chat] = yield* simulator.listChatChannels
    const channels = interaction === undefined ? [] : yield* simulator.listInteractionChannels(interaction.sid)
    const channel = channels.find((c) => c.status === "active") ?? channels[0]
    const participants = interaction === undefined || channel === undefined
      ? []
      : yield* simulator.listParticipants(interaction.sid, channel.sid)
    const top = chain.at(-1)
    const lines = [
      `Flex simulator listening on ${url}`,
      `Seeded: ${seed.chatChannels} chat channels; ${seed.interactions} interactions with ${seed.channelsPerInteraction}` +
      ` channels each, ${seed.participantsPerChannel} participants per channel.`,
      options.limits
        ? `Twilio's limits: on (${twilioLimits.concurrency} requests in flight, ${twilioLimits.rate?.perSecond}` +
          ` a second per Interactions endpoint; 429 with Retry-After beyond).`
        : "Twilio's limits: off (start it with --limits to get 429s as Twilio sends them).",
      "",
      "In another terminal, export these (fake credentials, accepted by this simulator only; FLEX_BASE_URL",
      "sends the calls here, never to Twilio), then run `pnpm start` or your own program built on",
      "NodeFlexClient.layerConfig():",
      "",
      `export FLEX_BASE_URL=${url}`,
      `export TWILIO_ACCOUNT_SID=${accountSid}`,
      `export TWILIO_AUTH_TOKEN=${token}`,
      ...(interaction === undefined ? [] : [`export FLEX_INTERACTION_SID=${interaction.sid}`]),
      "",
      `(An API key works too, in place of TWILIO_AUTH_TOKEN: TWILIO_API_KEY=${apiKey}` +
      ` TWILIO_API_SECRET=${Redacted.value(apiSecret)}.)`,
      "",
      "Seeded SIDs, for example:",
      `  interactions:                   ${interactions.map((i) => i.sid).join(" ")}`,
      ...(channel === undefined ? [] : [
        `  a channel of the first one:     ${channel.sid} (${channel.status ?? "no status"})`
      ]),
      ...(participants[0] === undefined ? [] : [`  a participant of that channel:  ${participants[0].sid}`]),
      ...(chat === undefined ? [] : [`  a chat channel:                 ${chat.sid}`]),
      "All of them (Flex v1 cannot list interactions: theirs are the SIDs above):",
      `  curl -u ${accountSid}:${token} '${url}/v1/Channels?PageSize=50'`,
      ...(interaction === undefined ? [] : [
        `  curl -u ${accountSid}:${token} '${url}/v1/Interactions/${interaction.sid}/Channels'`
      ]),
      "",
      `Stop it with Ctrl-C, or SIGINT/SIGTERM to its PID ${process.pid}` +
      (top === undefined ? "." : ` or to the PID of the ${top.name} that started it (${top.pid}).`)
    ]
    yield* Console.log(lines.join("\n"))
  })

// -----------------------------------------------------------------------------------------------
// main
// -----------------------------------------------------------------------------------------------

const main = Effect.gen(function*() {
  const options = yield* settings
  if (options.help) return yield* Console.log(usage)
  const launchedBy = launchers()
  let started = false
  const server = NodeFlexSimulator.layer({
    port: options.port,
    host: "127.0.0.1",
    seed,
    limits: options.limits ? twilioLimits : undefined
  })
  const serve = Layer.launch(
    Layer.effectDiscard(Effect.zipRight(banner(options, launchedBy), Effect.sync(() => (started = true)))).pipe(
      Layer.provideMerge(server)
    )
  )
  // serve runs until interrupted: by SIGINT/SIGTERM (NodeRuntime.runMain), or when a launcher is gone
  yield* Effect.raceFirst(serve, launcherGone(launchedBy)).pipe(
    Effect.flatMap((reason) => Console.log(`\nStopping: ${reason}.`)),
    Effect.ensuring(Effect.suspend(() => started ? Console.log("Flex simulator stopped.") : Effect.void)),
    Effect.catchTag("ServeError", (error) =>
      Effect.zipRight(
        Console.error(
          (error.cause as NodeJS.ErrnoException | undefined)?.code === "EADDRINUSE"
            ? `Port ${options.port} on 127.0.0.1 is in use (another \`pnpm simulator\`?): pick another with` +
              " --port N or FLEX_SIMULATOR_PORT=N (0: any free port)."
            : `The simulator could not listen on 127.0.0.1:${options.port}: ${String(error.cause)}`
        ),
        setExitCode(1)
      ))
  )
}).pipe(
  Effect.catchTag(
    "UsageError",
    (error) => Effect.zipRight(Console.error(`${error.message}\n\n${usage}`), setExitCode(2))
  )
)

const setExitCode = (code: number) =>
  Effect.sync(() => {
    process.exitCode = code
  })

// Ctrl-C in a terminal signals every process of the chain at once, and each pnpm passes the
// signal on again: the copies must not kill this process (a signal's default action) while the
// server closes. A signal a second or more after the first one still forces the exit.
let firstSignal: number | undefined
const onRepeatedSignal = (signal: NodeJS.Signals) => {
  if (firstSignal === undefined) firstSignal = Date.now()
  else if (Date.now() - firstSignal >= 1000) process.exit(signal === "SIGINT" ? 130 : 143)
}
process.on("SIGINT", onRepeatedSignal)
process.on("SIGTERM", onRepeatedSignal)

// NodeRuntime.runMain interrupts the program on the first SIGINT/SIGTERM, which closes the server
NodeRuntime.runMain(main)
