/**
 * Micro-benchmark of page decoding, µs per record, on pages of 1000 records:
 *
 * - `old`: the decoder of `internal/decode.ts` and the resource classes at a base commit (default
 *   `d90f573`, the last one before the compiled decoder), taken from git;
 * - `compiled`: today's `Decode.page` (internal/compile.ts);
 * - `schema`: `Schema.decodeUnknownEither` of the page envelope.
 *
 * Run from the repository root: `pnpm exec tsx packages/core/test/perf/decode-micro.ts [base] [runs]`.
 * Each figure is the median of `runs` (default 15) timed runs of `decodes` page decodes each,
 * the decoders interleaved run by run so that machine noise spreads evenly. A run is timed by the
 * process's CPU time (`process.cpuUsage`, user + system), which a busy machine disturbs far less
 * than the wall clock (time spent descheduled does not count); the wall-clock median is shown
 * beside it. Not a test: nothing here asserts a timing.
 */
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import { execFileSync } from "node:child_process"
import { mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { ChatChannel } from "../../src/ChatChannel.js"
import { InteractionChannel } from "../../src/InteractionChannel.js"
import * as Decode from "../../src/internal/decode.js"
import * as Page from "../../src/Page.js"
import { Participant } from "../../src/Participant.js"

const base = process.argv[2] ?? "d90f573"
const runs = Number(process.argv[3] ?? 15)
const records = 1000
/** Page decodes per timed run: each run lasts some 50 ms or more. */
const decodes = { old: 10, compiled: 50, schema: 5 } as const

type PageDecoder = (input: unknown) => Either.Either<unknown, unknown>

/**
 * The base commit's sources (`packages/core/src`), extracted from git under `build/perf/<base>`:
 * its decoder and its own resource classes, i.e. the client as it decoded before.
 */
const oldSources = async () => {
  const root = fileURLToPath(new URL("../..", import.meta.url))
  const dir = `${root}build/perf/${base}`
  mkdirSync(dir, { recursive: true })
  const archive = execFileSync("git", ["archive", "--format=tar", base, "src"], { cwd: root })
  execFileSync("tar", ["-x", "-C", dir], { input: archive })
  const load = (module: string) => import(`${dir}/src/${module}`)
  const [decode, chat, interaction, participant] = await Promise.all(
    ["internal/decode.ts", "ChatChannel.ts", "InteractionChannel.ts", "Participant.ts"].map(load)
  )
  return {
    page: decode.page as (key: string, cls: unknown) => PageDecoder,
    classes: {
      channels: interaction.InteractionChannel,
      flex_chat_channels: chat.ChatChannel,
      participants: participant.Participant
    } as Record<string, unknown>
  }
}

const hex = (n: number) => n.toString(16).padStart(32, "0")
const sid = (prefix: string, n: number) => prefix + hex(n)
const origin = "https://flex-api.twilio.com"
const interactionSid = sid("KD", 1)

const wire = {
  channels: (n: number) => {
    const url = `${origin}/v1/Interactions/${interactionSid}/Channels/${sid("UO", n)}`
    return {
      sid: sid("UO", n),
      interaction_sid: interactionSid,
      type: ["chat", "sms", "voice"][n % 3],
      status: ["active", "closed", "inactive", "wrapping_v2"][n % 4],
      error_code: n % 10 === 0 ? 19025 : null,
      error_message: n % 10 === 0 ? "Channel validation error" : null,
      url,
      links: { participants: `${url}/Participants`, invites: `${url}/Invites`, transfers: `${url}/Transfers` }
    }
  },
  flex_chat_channels: (n: number) => ({
    account_sid: sid("AC", 1),
    flex_flow_sid: sid("FO", 1),
    sid: sid("CH", n),
    user_sid: sid("US", n),
    task_sid: n % 2 === 0 ? sid("WT", n) : null,
    url: `${origin}/v1/Channels/${sid("CH", n)}`,
    date_created: "2016-08-01T22:10:40Z",
    date_updated: "2016-08-01T22:10:40Z"
  }),
  participants: (n: number) => ({
    sid: sid("UT", n),
    type: ["customer", "agent", "supervisor"][n % 3],
    interaction_sid: interactionSid,
    channel_sid: sid("UO", 1),
    url: `${origin}/v1/Interactions/${interactionSid}/Channels/${sid("UO", 1)}/Participants/${sid("UT", n)}`,
    routing_properties: n % 3 === 0
      ? null
      : { worker_sid: sid("WK", n), task_sid: sid("WT", n), reservation_sid: sid("WR", n), queue: "support" }
  })
}

/** A page body as the client gets it: freshly parsed JSON. */
const body = (key: keyof typeof wire) => {
  const url = `${origin}/v1/x?PageSize=${records}&Page=0`
  return JSON.parse(JSON.stringify({
    [key]: Array.from({ length: records }, (_, n) => wire[key](n)),
    meta: { page: 0, page_size: records, first_page_url: url, previous_page_url: null, url, next_page_url: null, key }
  }))
}

const median = (values: ReadonlyArray<number>) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

const main = async () => {
  const old = await oldSources()
  const resources = [
    ["InteractionChannel", "channels", InteractionChannel],
    ["ChatChannel", "flex_chat_channels", ChatChannel],
    ["Participant", "participants", Participant]
  ] as const
  const rows: Array<Record<string, string>> = []
  for (const [name, key, cls] of resources) {
    const input = body(key)
    const decoders: ReadonlyArray<readonly [keyof typeof decodes, PageDecoder]> = [
      ["old", old.page(key, old.classes[key])],
      ["compiled", Decode.page(key, cls as Decode.ResourceClass<unknown>)],
      ["schema", Schema.decodeUnknownEither(Page.envelope(key, cls as Schema.Schema<unknown, any>))]
    ]
    for (const [label, decode] of decoders) {
      if (Either.isLeft(decode(input))) throw new Error(`${label} refuses the ${name} page`)
    }
    // Warm up: let the JIT settle on every decoder before timing any.
    for (let i = 0; i < 100; i++) for (const [, decode] of decoders) decode(input)
    const cpu = new Map<string, Array<number>>(decoders.map(([label]) => [label, []]))
    const wall = new Map<string, Array<number>>(decoders.map(([label]) => [label, []]))
    for (let run = 0; run < runs; run++) {
      for (const [label, decode] of decoders) {
        const n = decodes[label]
        const usage = process.cpuUsage()
        const start = performance.now()
        for (let i = 0; i < n; i++) decode(input)
        const elapsed = performance.now() - start
        const used = process.cpuUsage(usage)
        cpu.get(label)!.push((used.user + used.system) / (n * records))
        wall.get(label)!.push((elapsed * 1000) / (n * records))
      }
    }
    const row: Record<string, string> = { resource: name }
    for (const [label] of decoders) {
      row[`${label} µs/record`] = `${median(cpu.get(label)!).toFixed(3)} (wall ${median(wall.get(label)!).toFixed(3)})`
    }
    rows.push(row)
  }
  // eslint-disable-next-line no-console
  console.table(rows)
}

await main()
