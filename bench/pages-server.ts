/**
 * The stream scenarios' server: a minimal `node:http` server on a loopback port, in its own
 * process (forked by `run.ts`), that answers `ListInteractionChannel` from pages precomputed as
 * `Buffer`s, so that serving 1,000 pages costs it next to nothing and the contenders' CPU is
 * what the stream scenarios compare.
 *
 * `pages-server.mjs <target-file> <size>,<size>…` builds one interaction per size, with that
 * many channels shaped like Twilio's (SIDs, enums, nullable fields, absolute URLs, links), in
 * Twilio's list envelope: `{ channels, meta: { key, url, page, page_size, first_page_url,
 * next_page_url, previous_page_url } }`, with absolute page URLs on its own origin that carry an
 * opaque `PageToken`. Only `PageSize=1000` is served (anything else is a 400, as is an unknown
 * token; wrong credentials are a 401), so a contender that asks for something else is caught by
 * the orchestrator's check that every answer was a 200. It writes the {@link PagesTarget} file
 * and then speaks the same IPC as `server.ts`.
 */
import * as Crypto from "node:crypto"
import * as Fs from "node:fs"
import * as Http from "node:http"
import type { AddressInfo } from "node:net"
import { type Dataset, type PagesTarget, serveStats, streamPageSize } from "./shared.js"

const [targetFile, sizesArg] = process.argv.slice(2)
if (targetFile === undefined || sizesArg === undefined) {
  throw new Error("usage: pages-server.mjs <target-file> <records>,<records>…")
}
const sizes = sizesArg.split(",").map(Number)

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0")
const types = ["chat", "sms", "voice", "email", "web", "whatsapp"] as const
const statuses = ["active", "closed", "inactive", "setup", "active", "pause", "transfer", "failed"] as const

/** One interaction: its pages (by `PageToken`, `""` for the first) and what a client must end up with. */
interface Interaction {
  readonly dataset: Dataset
  readonly pages: ReadonlyMap<string, Buffer>
}

/** A record as Twilio writes it (the spec's fields, all present, `error_*` null). */
const channelJson = (base: string, interactionSid: string, sid: string, i: number) => {
  const url = `${base}/${sid}`
  return `{"sid":"${sid}","interaction_sid":"${interactionSid}","type":"${types[i % types.length]}",` +
    `"status":"${statuses[i % statuses.length]}","error_code":null,"error_message":null,"url":"${url}",` +
    `"links":{"participants":"${url}/Participants","invites":"${url}/Invites"}}`
}

const buildInteraction = (origin: string, records: number): Interaction => {
  const interactionSid = `KD${hex(records, 32)}`
  const sidOf = (i: number) => `UO${hex(records, 8)}${hex(i, 24)}`
  const base = `${origin}/v1/Interactions/${interactionSid}/Channels`
  const pageCount = Math.ceil(records / streamPageSize)
  // Twilio's tokens are opaque; these name the last record of the previous page, as Twilio's do
  const tokenOf = (page: number) => (page === 0 ? "" : `PT${sidOf(page * streamPageSize - 1)}`)
  const urlOf = (page: number) =>
    page === 0
      ? `${base}?PageSize=${streamPageSize}&Page=0`
      : `${base}?PageSize=${streamPageSize}&Page=${page}&PageToken=${tokenOf(page)}`
  const pages = new Map<string, Buffer>()
  for (let page = 0; page < pageCount; page++) {
    const items: Array<string> = []
    const end = Math.min(records, (page + 1) * streamPageSize)
    for (let i = page * streamPageSize; i < end; i++) items.push(channelJson(base, interactionSid, sidOf(i), i))
    const meta = {
      key: "channels",
      url: urlOf(page),
      page,
      page_size: streamPageSize,
      first_page_url: urlOf(0),
      next_page_url: page + 1 < pageCount ? urlOf(page + 1) : null,
      previous_page_url: page > 0 ? urlOf(page - 1) : null
    }
    pages.set(tokenOf(page), Buffer.from(`{"channels":[${items.join(",")}],"meta":${JSON.stringify(meta)}}`))
  }
  return {
    dataset: { records, interactionSid, firstSid: sidOf(0), lastSid: sidOf(records - 1) },
    pages
  }
}

const accountSid = `AC${Crypto.randomBytes(16).toString("hex")}`
const authToken = Crypto.randomBytes(16).toString("hex")
const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`
const interactions = new Map<string, Interaction>()
let served: Array<number> = []

const send = (response: Http.ServerResponse, status: number, body: Buffer) => {
  served.push(status)
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": body.length,
    "twilio-request-id": `RQ${hex(served.length, 32)}`
  })
  response.end(body)
}

/** Twilio's (legacy) error body. */
const error = (response: Http.ServerResponse, status: number, code: number, message: string) =>
  send(
    response,
    status,
    Buffer.from(JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }))
  )

const listPath = /^\/v1\/Interactions\/(KD[0-9a-f]{32})\/Channels$/

const server = Http.createServer((request, response) => {
  if (request.headers.authorization !== authorization) return error(response, 401, 20003, "Authenticate")
  const url = new URL(request.url ?? "/", "http://127.0.0.1")
  const interaction = interactions.get(listPath.exec(url.pathname)?.[1] ?? "")
  if (request.method !== "GET" || interaction === undefined) {
    return error(response, 404, 20404, `The requested resource ${url.pathname} was not found`)
  }
  if (url.searchParams.get("PageSize") !== String(streamPageSize)) {
    return error(response, 400, 20001, `This server only serves PageSize=${streamPageSize}`)
  }
  const body = interaction.pages.get(url.searchParams.get("PageToken") ?? "")
  if (body === undefined) return error(response, 400, 20001, "Invalid PageToken")
  send(response, 200, body)
})

server.listen(0, "127.0.0.1", () => {
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  for (const records of sizes) {
    const interaction = buildInteraction(origin, records)
    interactions.set(interaction.dataset.interactionSid, interaction)
  }
  const target: PagesTarget = {
    server: "pages",
    url: origin,
    accountSid,
    authToken,
    pageSize: streamPageSize,
    datasets: [...interactions.values()].map((interaction) => interaction.dataset)
  }
  Fs.writeFileSync(targetFile, JSON.stringify(target))
  serveStats("pages server", () => {
    const drained = served
    served = []
    return drained.map((status) => ({ status }))
  })
})
