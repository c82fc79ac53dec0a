/**
 * The export example runs as a user runs it (a child process, no TWILIO_* variables, so against
 * its in-process simulator): a full run writes every record exactly once in Twilio's wire shape,
 * and a run stopped by SIGINT after a checkpoint resumes where it stopped, even when a crash had
 * left a partial page behind, with every record exactly once in the end.
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as Effect from "effect/Effect"
import { spawn } from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { afterEach, beforeAll, describe, expect, it } from "vitest"

/** The seed of export.ts: the same options give the same records in this process. */
const seed = { chatChannels: 230, interactions: 4, channelsPerInteraction: 110, participantsPerChannel: 0 } as const

interface Expected {
  readonly chatChannels: ReadonlyArray<string>
  readonly interactionChannels: ReadonlyArray<string>
}

let expected: Expected
beforeAll(async () => {
  expected = await Effect.runPromise(Effect.gen(function*() {
    const simulator = yield* FlexSimulator.make({ seed })
    const interactions = yield* simulator.listInteractions
    const channels = yield* Effect.forEach(interactions, (i) => simulator.listInteractionChannels(i.sid))
    return {
      chatChannels: (yield* simulator.listChatChannels).map((c) => c.sid),
      interactionChannels: channels.flat().map((c) => c.sid)
    }
  }))
  expect(expected.chatChannels).toHaveLength(230)
  expect(expected.interactionChannels).toHaveLength(440)
})

const dirs: Array<string> = []
afterEach(() => {
  for (const dir of dirs.splice(0)) Fs.rmSync(dir, { recursive: true, force: true })
})
const tempDir = () => {
  const dir = Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-flex-export-"))
  dirs.push(dir)
  return dir
}

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Spawns export.ts; `onSpawn` may signal it. Killed after `timeout` ms. */
const runExport = (
  args: ReadonlyArray<string>,
  onSpawn: (child: ReturnType<typeof spawn>) => void = () => {},
  timeout = 20_000
) =>
  new Promise<Run>((resolve, reject) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("TWILIO_")))
    const child = spawn(process.execPath, ["--import", "tsx", "export.ts", ...args], {
      cwd: fileURLToPath(new URL(".", import.meta.url)),
      env,
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk) => (stdout += chunk))
    child.stderr.on("data", (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill("SIGKILL"), timeout)
    child.on("error", reject)
    child.on("close", (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
    onSpawn(child)
  })

/** Every line parses as JSON; returns the records. */
const readNdjson = (file: string): Array<Record<string, unknown>> => {
  const text = Fs.readFileSync(file, "utf8")
  expect(text.endsWith("\n")).toBe(true)
  return text.slice(0, -1).split("\n").map((line) => JSON.parse(line) as Record<string, unknown>)
}

const checkpointOf = (dir: string) =>
  JSON.parse(Fs.readFileSync(Path.join(dir, ".export-state.json"), "utf8")) as {
    readonly pages: number
    readonly complete: boolean
    readonly files: Record<string, { readonly bytes: number; readonly records: number }>
  }

const expectComplete = (out: string) => {
  const chat = readNdjson(Path.join(out, "chat-channels.ndjson"))
  const channels = readNdjson(Path.join(out, "interaction-channels.ndjson"))
  // every record exactly once, in list order
  expect(chat.map((r) => r.sid)).toEqual(expected.chatChannels)
  expect(channels.map((r) => r.sid)).toEqual(expected.interactionChannels)
  // Twilio's wire shape
  expect(Object.keys(chat[0]!).sort()).toEqual(
    ["account_sid", "date_created", "date_updated", "flex_flow_sid", "sid", "task_sid", "url", "user_sid"]
  )
  expect(chat[0]!.date_created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
  expect(channels[0]!.interaction_sid).toMatch(/^KD[0-9a-f]{32}$/)
  expect(checkpointOf(out)).toMatchObject({ complete: true, pages: 17 })
}

describe("export example", () => {
  it("exports every chat channel and interaction channel to NDJSON", async () => {
    const out = Path.join(tempDir(), "out")
    const { code, stderr, stdout } = await runExport(["--out", out, "--latency", "0"])
    expect(code).toBe(0)
    expect(stdout).toContain("Exporting from the Flex simulator (in-process, 230 chat channels")
    expect(stdout).toMatch(/Done in [\d.]+ s \(17 pages\):\n {2}230 chat channels .*\n {2}440 interaction channels/)
    // not a terminal: plain progress lines, no carriage returns
    expect(stderr).toContain("export: 100% 670/670 records, 17 pages  done\n")
    expect(stderr).not.toContain("\r")
    expectComplete(out)
  }, 30_000)

  it("resumes after SIGINT from the last checkpoint, with every record exactly once", async () => {
    const out = Path.join(tempDir(), "out")
    const statePath = Path.join(out, ".export-state.json")
    // 150 ms per page: slow enough to stop it half-way, past the chat channels
    let checkpointAtSignal = -1
    const first = await runExport(["--out", out, "--latency", "150"], (child) => {
      const poll = setInterval(() => {
        try {
          const { pages } = checkpointOf(out)
          if (pages >= 6) {
            clearInterval(poll)
            checkpointAtSignal = pages
            child.kill("SIGINT")
          }
        } catch {
          // no checkpoint yet, or read while being renamed
        }
      }, 20)
      child.on("close", () => clearInterval(poll))
    })
    expect(checkpointAtSignal).toBeGreaterThanOrEqual(6)
    expect(first.code).toBe(130)
    expect(first.stdout).not.toContain("Done")
    expect(first.stderr).toMatch(/Interrupted: \d+ records in \d+ pages are saved in .*\. Run the same command again/)
    // stopped cleanly: the files hold exactly what the checkpoint says, the export is unfinished
    const stopped = checkpointOf(out)
    expect(stopped.complete).toBe(false)
    expect(stopped.pages).toBeLessThan(17)
    for (const [name, file] of Object.entries(stopped.files)) {
      expect(Fs.statSync(Path.join(out, name)).size).toBe(file.bytes)
    }
    expect(stopped.files["chat-channels.ndjson"]!.records).toBe(230)
    expect(stopped.files["interaction-channels.ndjson"]!.records).toBeGreaterThan(0)
    expect(Fs.existsSync(statePath)).toBe(true)

    // a crash between a write and its checkpoint would leave part of a page: the restart drops it
    Fs.appendFileSync(Path.join(out, "interaction-channels.ndjson"), "{\"sid\":\"UO0123")

    const second = await runExport(["--out", out, "--latency", "0"])
    expect(second.code).toBe(0)
    expect(second.stdout).toContain(
      `Resuming from the checkpoint in ${out}/.export-state.json: ` +
        `${Object.values(stopped.files).reduce((n, f) => n + f.records, 0)} records in ${stopped.pages} pages`
    )
    expect(second.stdout).toContain("Done in")
    expectComplete(out)
  }, 30_000)
})
