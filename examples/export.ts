/**
 * `pnpm --filter @effect-flex/examples export`: exports every Flex chat channel and every channel of
 * every interaction to NDJSON files, with a progress bar on stderr, and resumes after Ctrl-C.
 *
 * Output (in `--out`, default `./export`; pnpm runs it in `examples/`, so `examples/export`):
 * - `chat-channels.ndjson`, `interaction-channels.ndjson`: one record per line, in Twilio's wire
 *   shape (snake_case, ISO 8601 dates, as the API returns it): each decoded record encoded back
 *   with its Schema, so every line has the same fields (fields Twilio adds later are dropped).
 * - `.export-state.json`: the checkpoint. After each page the records are appended and fsynced,
 *   then the checkpoint (each list's cursor, `page.cursor` of `pages()`, and each file's length) is
 *   written to a temporary file, fsynced and renamed over the old one. Ctrl-C stops cleanly (exit
 *   code 130); running the same command again truncates each file to its checkpointed length (a
 *   page written but not yet checkpointed is dropped) and continues from the cursors, so every
 *   record ends up exactly once. `--restart` discards an unfinished checkpoint; a finished export
 *   is simply started over.
 *
 * Progress on stderr: records done / total with a bar redrawn in place (`\r`) on a terminal;
 * plain lines at most once a second otherwise. The summary goes to stdout.
 *
 * Targets:
 * - without TWILIO_* variables: an in-process Flex simulator (`FlexSimulator.layerClient`, no
 *   sockets), seeded deterministically with 230 chat channels and 4 interactions of 110 channels
 *   (17 pages of 50), each list request taking `--latency` ms (default 100, about a Twilio round
 *   trip, so the bar can be watched and Ctrl-C tried; `--latency 0` for full speed).
 * - with TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN (or TWILIO_API_KEY + TWILIO_API_SECRET): Twilio,
 *   or FLEX_BASE_URL when set (e.g. `pnpm simulator`); read-only (only GET requests). Flex v1
 *   cannot list interactions, so name the ones whose channels to export in FLEX_INTERACTION_SIDS
 *   (comma-separated `KD…`); without it, only the chat channels are exported. Twilio gives no
 *   totals, so the progress shows records and pages.
 *
 *   pnpm --filter @effect-flex/examples export [--out DIR] [--page-size N] [--latency MS] [--restart]
 *   TWILIO_ACCOUNT_SID=AC… TWILIO_AUTH_TOKEN=… FLEX_INTERACTION_SIDS=KD…,KD… pnpm --filter @effect-flex/examples export
 */
import * as ChatChannel from "@effect-flex/core/ChatChannel"
import * as FlexClient from "@effect-flex/core/FlexClient"
import * as FlexConfig from "@effect-flex/core/FlexConfig"
import type * as FlexError from "@effect-flex/core/FlexError"
import * as InteractionChannel from "@effect-flex/core/InteractionChannel"
import type * as Page from "@effect-flex/core/Page"
import * as NodeFlexClient from "@effect-flex/node/NodeFlexClient"
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Path from "@effect/platform/Path"
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Config from "effect/Config"
import * as Console from "effect/Console"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import type * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"

// -----------------------------------------------------------------------------
// command line
// -----------------------------------------------------------------------------

class UsageError extends Data.TaggedError("UsageError")<{ readonly message: string }> {}

/** A checkpoint that cannot be resumed (another target, files changed under it). */
class CheckpointError extends Data.TaggedError("CheckpointError")<{ readonly message: string }> {}

interface Args {
  readonly out: string
  readonly pageSize: number
  readonly latencyMillis: number
  readonly restart: boolean
}

const usage = "usage: export [--out DIR] [--page-size 1..1000] [--latency MS] [--restart]"

const parse = (argv: ReadonlyArray<string>): Args => {
  let out = "export"
  let pageSize = 50
  let latencyMillis = 100
  let restart = false
  const rest = argv.filter((arg) => arg !== "--")
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i]!.split("=", 2) as [string, string | undefined]
    const value = () => inline ?? rest[++i] ?? ""
    const integer = (min: number, max: number) => {
      const n = Number(value())
      if (!Number.isInteger(n) || n < min || n > max) throw new UsageError({ message: `${flag}: ${min}..${max}` })
      return n
    }
    switch (flag) {
      case "--out":
        out = value()
        if (out === "") throw new UsageError({ message: "--out: a directory" })
        break
      case "--page-size":
        pageSize = integer(1, 1000)
        break
      case "--latency":
        latencyMillis = integer(0, 60_000)
        break
      case "--restart":
        restart = true
        break
      default:
        throw new UsageError({ message: `unknown argument ${rest[i]}; ${usage}` })
    }
  }
  return { out, pageSize, latencyMillis, restart }
}

const parseArgs = (argv: ReadonlyArray<string>): Effect.Effect<Args, UsageError> =>
  Effect.try({
    try: () => parse(argv),
    catch: (error) => error instanceof UsageError ? error : new UsageError({ message: String(error) })
  })

// -----------------------------------------------------------------------------
// the checkpoint
// -----------------------------------------------------------------------------

const FileState = Schema.Struct({ bytes: Schema.NonNegativeInt, records: Schema.NonNegativeInt })

const ListState = Schema.Struct({
  /** `page.cursor` of the last page written (`null`: start from the first page). */
  cursor: Schema.NullOr(Schema.String),
  done: Schema.Boolean
})

const Checkpoint = Schema.Struct({
  version: Schema.Literal(1),
  /** What is exported: a checkpoint is resumed only against the same target. */
  target: Schema.String,
  pages: Schema.NonNegativeInt,
  /** Each output file's length and record count after the last page written. */
  files: Schema.Record({ key: Schema.String, value: FileState }),
  /** Each list's position: `chat-channels`, `interaction-channels/KD…`. */
  lists: Schema.Record({ key: Schema.String, value: ListState }),
  complete: Schema.Boolean
})
type Checkpoint = typeof Checkpoint.Type

const CheckpointJson = Schema.parseJson(Checkpoint, { space: 2 })

const stateFile = ".export-state.json"

const readCheckpoint = (file: string) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    if (!(yield* fs.exists(file))) return Option.none<Checkpoint>()
    const text = yield* fs.readFileString(file)
    return Option.some(
      yield* Schema.decode(CheckpointJson)(text).pipe(
        Effect.mapError(() =>
          new CheckpointError({ message: `${file} is not a checkpoint of this program: pass --restart to start over` })
        )
      )
    )
  })

/** Write to a temporary file, fsync it, rename it over the checkpoint, fsync the directory. */
const writeCheckpoint = (file: string, checkpoint: Checkpoint) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const text = yield* Schema.encode(CheckpointJson)(checkpoint).pipe(Effect.orDie)
    const temporary = `${file}.tmp`
    yield* Effect.scoped(Effect.gen(function*() {
      const handle = yield* fs.open(temporary, { flag: "w" })
      yield* handle.writeAll(new TextEncoder().encode(text + "\n"))
      yield* handle.sync
    }))
    yield* fs.rename(temporary, file)
    // makes the rename itself durable; not possible on every platform, and not needed for order
    yield* Effect.scoped(Effect.flatMap(fs.open(path.dirname(file), { flag: "r" }), (dir) => dir.sync)).pipe(
      Effect.ignore
    )
  })

// -----------------------------------------------------------------------------
// progress on stderr
// -----------------------------------------------------------------------------

interface Counts {
  readonly records: number
  readonly pages: number
}

/**
 * Redrawn in place (`\r`) on a terminal; on a pipe or a file, a plain line at most every second
 * and at the end.
 */
const makeProgress = (total: Option.Option<number>) =>
  Effect.gen(function*() {
    const tty = process.stderr.isTTY === true
    const lastLine = yield* Ref.make(0)
    const render = (counts: Counts, label: string) => {
      const pages = `${counts.pages} page${counts.pages === 1 ? "" : "s"}`
      if (Option.isNone(total)) return `export: ${counts.records} records, ${pages}  ${label}`
      const ratio = total.value === 0 ? 1 : Math.min(1, counts.records / total.value)
      const width = 24
      const filled = Math.round(ratio * width)
      const bar = tty ? "█".repeat(filled) + "░".repeat(width - filled) : ""
      return `export${tty ? ` ${bar}` : ":"} ${String(Math.floor(ratio * 100)).padStart(3)}% ` +
        `${counts.records}/${total.value} records, ${pages}  ${label}`
    }
    const draw = (counts: Counts, label: string, final: boolean) =>
      Effect.gen(function*() {
        const now = yield* Clock.currentTimeMillis
        if (tty) {
          // one line, never wider than the terminal, or `\r` would not get back to its start
          const line = render(counts, label).slice(0, Math.max(20, (process.stderr.columns ?? 80) - 1))
          process.stderr.write(`\r\x1b[2K${line}${final ? "\n" : ""}`)
        } else if (final || now - (yield* Ref.get(lastLine)) >= 1000) {
          yield* Ref.set(lastLine, now)
          process.stderr.write(`${render(counts, label)}\n`)
        }
      })
    return {
      update: (counts: Counts, label: string) => draw(counts, label, false),
      finish: (counts: Counts, label: string) => draw(counts, label, true)
    }
  })

// -----------------------------------------------------------------------------
// the export
// -----------------------------------------------------------------------------

interface Target {
  readonly name: string
  readonly id: string
  readonly interactionSids: ReadonlyArray<string>
  /** Records to export, when known (the simulator knows, Twilio does not say). */
  readonly total: Option.Option<number>
}

/** One list to export into one file: its pages, from a cursor, and how a record is written. */
interface Job {
  readonly key: string
  readonly label: string
  readonly file: string
  readonly pages: (from: string | undefined) => Stream.Stream<Page.Page<unknown>, FlexError.FlexError>
}

const chatFile = "chat-channels.ndjson"
const interactionFile = "interaction-channels.ndjson"

// Encoding a record the client decoded cannot fail: it gives back Twilio's wire shape.
const encodeChatChannel = Schema.encodeSync(ChatChannel.ChatChannel)
const encodeInteractionChannel = Schema.encodeSync(InteractionChannel.InteractionChannel)

const jobs = (flex: FlexClient.FlexClient, target: Target, pageSize: number): ReadonlyArray<Job> => [
  {
    key: "chat-channels",
    label: "chat channels",
    file: chatFile,
    pages: (from) =>
      flex.channels.pages({ pageSize, from }).pipe(
        Stream.map((page) => ({ ...page, items: page.items.map((channel) => encodeChatChannel(channel)) }))
      )
  },
  ...target.interactionSids.map((sid, i): Job => ({
    key: `interaction-channels/${sid}`,
    label: `interaction ${i + 1}/${target.interactionSids.length} ${sid.slice(0, 8)}…${sid.slice(-4)}`,
    file: interactionFile,
    pages: (from) =>
      flex.interactionChannels.pages(sid, { pageSize, from }).pipe(
        Stream.map((page) => ({ ...page, items: page.items.map((channel) => encodeInteractionChannel(channel)) }))
      )
  }))
]

/** Opens an output file positioned at its checkpointed length, dropping anything written after it. */
const openOutput = (file: string, bytes: number, resuming: boolean) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    if (!resuming) return yield* fs.open(file, { flag: "w" })
    const size = (yield* fs.exists(file)) ? Number((yield* fs.stat(file)).size) : -1
    if (size < bytes) {
      return yield* new CheckpointError({
        message: `${file} is shorter than the checkpoint says (${size < 0 ? "missing" : `${size} bytes`}, ` +
          `expected ${bytes}): pass --restart to start over`
      })
    }
    const handle = yield* fs.open(file, { flag: "r+" })
    yield* handle.truncate(bytes)
    yield* handle.seek(bytes, "start")
    return handle
  })

const exportAll = (target: Target, args: Args) =>
  Effect.gen(function*() {
    const flex = yield* FlexClient.FlexClient
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const out = path.resolve(args.out)
    const checkpointFile = path.join(out, stateFile)
    const relative = path.relative(process.cwd(), out)
    const shown = relative === "" ? "." : relative.startsWith("..") ? out : relative
    yield* fs.makeDirectory(out, { recursive: true })

    const previous = (yield* readCheckpoint(checkpointFile)).pipe(
      Option.filter((checkpoint) => !checkpoint.complete && !args.restart)
    )
    if (Option.isSome(previous) && previous.value.target !== target.id) {
      return yield* new CheckpointError({
        message: `${checkpointFile} belongs to an export of ${previous.value.target}, not ${target.id}: ` +
          "pass --restart to discard it, or --out another directory"
      })
    }
    const todo = jobs(flex, target, args.pageSize)
    const initial: Checkpoint = Option.getOrElse(previous, () => ({
      version: 1 as const,
      target: target.id,
      pages: 0,
      files: { [chatFile]: { bytes: 0, records: 0 }, [interactionFile]: { bytes: 0, records: 0 } },
      lists: {},
      complete: false
    }))
    const files = new Map<string, FileSystem.File>()
    for (const name of [chatFile, interactionFile]) {
      files.set(
        name,
        yield* openOutput(path.join(out, name), initial.files[name]?.bytes ?? 0, Option.isSome(previous))
      )
    }
    const state = yield* Ref.make(initial)
    const counts = (checkpoint: Checkpoint): Counts => ({
      records: Object.values(checkpoint.files).reduce((sum, file) => sum + file.records, 0),
      pages: checkpoint.pages
    })

    yield* Console.log(`Exporting from ${target.name} to ${shown}/`)
    if (Option.isSome(previous)) {
      const { pages, records } = counts(initial)
      yield* Console.log(`Resuming from the checkpoint in ${shown}/${stateFile}: ${records} records in ${pages} pages`)
    } else {
      yield* writeCheckpoint(checkpointFile, initial)
    }

    const progress = yield* makeProgress(target.total)
    const started = yield* Clock.currentTimeMillis
    yield* Effect.onInterrupt(
      Effect.forEach(todo, (job) => {
        const position = initial.lists[job.key]
        if (position?.done === true) return Effect.void
        const file = files.get(job.file)!
        // Appends one page, makes it durable, then moves the checkpoint past it: as one step that
        // Ctrl-C cannot split (a crash can, and then the restart drops the page's bytes).
        const commit = (page: Page.Page<unknown>) =>
          Effect.gen(function*() {
            const text = page.items.map((record) => JSON.stringify(record) + "\n").join("")
            const bytes = new TextEncoder().encode(text)
            yield* file.writeAll(bytes)
            yield* file.sync
            const current = yield* Ref.get(state)
            const before = current.files[job.file] ?? { bytes: 0, records: 0 }
            const next: Checkpoint = {
              ...current,
              pages: current.pages + 1,
              files: {
                ...current.files,
                [job.file]: { bytes: before.bytes + bytes.length, records: before.records + page.items.length }
              },
              lists: {
                ...current.lists,
                [job.key]: { cursor: Option.getOrNull(page.cursor), done: Option.isNone(page.cursor) }
              }
            }
            yield* writeCheckpoint(checkpointFile, next)
            yield* Ref.set(state, next)
            yield* progress.update(counts(next), job.label)
          }).pipe(Effect.uninterruptible)
        return job.pages(position?.cursor ?? undefined).pipe(Stream.runForEach(commit))
      }, { discard: true }),
      () =>
        Effect.gen(function*() {
          const { pages, records } = counts(yield* Ref.get(state))
          yield* progress.finish({ pages, records }, "interrupted")
          yield* Console.error(
            `Interrupted: ${records} records in ${pages} pages are saved in ${shown}/. ` +
              `Run the same command again to resume from the checkpoint (${shown}/${stateFile}), ` +
              "or add --restart to start over."
          )
        })
    )

    const done = { ...(yield* Ref.get(state)), complete: true }
    yield* writeCheckpoint(checkpointFile, done)
    yield* progress.finish(counts(done), "done")
    const seconds = ((yield* Clock.currentTimeMillis) - started) / 1000
    yield* Console.log(
      `Done in ${seconds.toFixed(1)} s (${done.pages} pages):\n` +
        `  ${done.files[chatFile]!.records} chat channels -> ${shown}/${chatFile}\n` +
        `  ${done.files[interactionFile]!.records} interaction channels of ${target.interactionSids.length} ` +
        `interactions -> ${shown}/${interactionFile}`
    )
  }).pipe(Effect.scoped)

// -----------------------------------------------------------------------------
// targets
// -----------------------------------------------------------------------------

const seed = { chatChannels: 230, interactions: 4, channelsPerInteraction: 110, participantsPerChannel: 0 } as const

const againstSimulator = (args: Args) =>
  Effect.gen(function*() {
    const simulator = yield* FlexSimulator.FlexSimulator
    const interactions = yield* simulator.listInteractions
    const chatChannels = (yield* simulator.listChatChannels).length
    const channels = yield* Effect.forEach(interactions, (i) => simulator.listInteractionChannels(i.sid))
    return yield* exportAll({
      name: `the Flex simulator (in-process, ${chatChannels} chat channels, ` +
        `${interactions.length} interactions x ${seed.channelsPerInteraction} channels, ` +
        `${args.latencyMillis} ms per page)`,
      // the seed makes the same records and page tokens in every run: a checkpoint stays valid
      id: `simulator ${JSON.stringify(seed)}`,
      interactionSids: interactions.map((i) => i.sid),
      total: Option.some(chatChannels + channels.flat().length)
    }, args)
  }).pipe(Effect.provide(FlexSimulator.layerClient({
    seed,
    faults: args.latencyMillis === 0
      ? []
      : [FlexSimulator.latency(`${args.latencyMillis} millis`, { times: Number.MAX_SAFE_INTEGER })]
  })))

const againstTwilio = (options: FlexConfig.Options, args: Args) =>
  Effect.gen(function*() {
    const interactionSids = yield* Config.array(Config.string(), "FLEX_INTERACTION_SIDS").pipe(
      Config.map((sids) => sids.map((sid) => sid.trim()).filter((sid) => sid !== "")),
      Config.withDefault([])
    )
    if (interactionSids.length === 0) {
      yield* Console.log("FLEX_INTERACTION_SIDS is not set: exporting the chat channels only.")
    }
    const layer: Layer.Layer<FlexClient.FlexClient, FlexError.FlexInvalidInput> = NodeFlexClient.layer(options)
    const origin = options.baseUrl === undefined ? undefined : String(options.baseUrl)
    return yield* exportAll({
      name: `${origin ?? "Twilio"} (read-only: GET requests only${
        options.edge === undefined ? "" : `, edge ${options.edge}`
      })`,
      id: `${origin ?? "twilio"} ${options.accountSid ?? "-"}`,
      interactionSids,
      total: Option.none()
    }, args).pipe(Effect.provide(layer))
  })

const main = Effect.gen(function*() {
  const args = yield* parseArgs(process.argv.slice(2))
  const env = yield* FlexConfig.fromEnv
  return yield* FlexConfig.hasCredentials(env) ? againstTwilio(env, args) : againstSimulator(args)
}).pipe(
  // Every failure is typed: print one readable line (no credentials, no internals) and exit 1.
  Effect.catchAll((error) =>
    Console.error(`\nFailed with ${error._tag}: ${"message" in error ? error.message : String(error)}`).pipe(
      Effect.zipRight(Effect.sync(() => {
        process.exitCode = 1
      }))
    )
  ),
  Effect.provide(NodeContext.layer)
)

// Ctrl-C (SIGINT) interrupts `main`, which stops after the page being written: exit code 130.
NodeRuntime.runMain(main, {
  teardown: (exit, onExit) => onExit(Exit.isSuccess(exit) ? 0 : Cause.isInterruptedOnly(exit.cause) ? 130 : 1)
})
