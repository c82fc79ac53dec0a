// MODE=platform|execute|pages|stream : which layer of the path to run over 200 pages (GC study)
import * as FlexClient from "@effect-flex/core/FlexClient"
import * as NodeFlexClient from "@effect-flex/node/NodeFlexClient"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as Fs from "node:fs"
import * as NodeHttp from "node:http"
import * as Undici from "undici"
import { InteractionChannel } from "../../packages/core/src/InteractionChannel.js"
import * as Config from "../../packages/core/src/internal/config.js"
import * as Decode from "../../packages/core/src/internal/decode.js"
import * as Pagination from "../../packages/core/src/internal/pagination.js"
import * as Request from "../../packages/core/src/internal/request.js"
import * as Lean from "./lean.js"
import * as LeanHttp from "./leanhttp.js"
const t = JSON.parse(Fs.readFileSync("/tmp/pt.json", "utf8"))
const sid = t.datasets[0].interactionSid
const path = `/v1/Interactions/${sid}/Channels`
const first = `${t.url}${path}?PageSize=1000`
const mode = process.env.MODE ?? "stream"
const options = { accountSid: t.accountSid, authToken: Redacted.make(t.authToken), baseUrl: t.url }
const lean = Lean.make(new Undici.Agent())
const decodePage = Decode.page("channels", InteractionChannel)
const program = Effect.gen(function*() {
  if (mode === "stream") {
    const flex = yield* FlexClient.FlexClient
    return yield* flex.interactionChannels.stream(sid, { pageSize: 1000 }).pipe(Stream.runFold(0, (n) => n + 1))
  }
  const http = yield* HttpClient.HttpClient
  const transport = Request.make(yield* Config.resolve(options), http)
  let n = 0
  let url: string | null = first
  if (mode === "pages") {
    return yield* Pagination.items(
      first as any,
      (u) => Pagination.fetchPage(transport, "x", path, decodePage as any, u),
      { limit: Infinity, prefetch: 1, maxEmptyPages: 10 }
    ).pipe(Stream.runFold(0, (n) => n + 1))
  }
  while (url !== null) {
    if (mode === "bare") {
      const text: string = yield* http.get(url, {
        headers: { authorization: "Basic " + Buffer.from(t.accountSid + ":" + t.authToken).toString("base64") }
      }).pipe(Effect.flatMap((r) => r.text), Effect.scoped)
      const json = JSON.parse(text)
      n += json.channels.length
      url = json.meta.next_page_url
    } else if (mode === "effundici") {
      const u = url
      const text: string = yield* Effect.tryPromise((signal) =>
        Undici.request(u, {
          signal,
          headers: { authorization: "Basic " + Buffer.from(t.accountSid + ":" + t.authToken).toString("base64") }
        }).then((r) => r.body.text())
      )
      const json = JSON.parse(text)
      n += json.channels.length
      url = json.meta.next_page_url
    } else if (mode === "v1") {
      const u = url
      const r = yield* Effect.tryPromise((signal) =>
        Undici.request(u, {
          signal,
          headers: { authorization: "Basic " + Buffer.from(t.accountSid + ":" + t.authToken).toString("base64") }
        })
      )
      const text: string = yield* Effect.tryPromise(() => r.body.text())
      const json = JSON.parse(text)
      n += json.channels.length
      url = json.meta.next_page_url
    } else if (mode === "v2") {
      const u = url
      const r = yield* Effect.tryPromise((signal) =>
        Undici.request(u, {
          signal,
          headers: { authorization: "Basic " + Buffer.from(t.accountSid + ":" + t.authToken).toString("base64") }
        }).then((r) => ({ p: r.body.text() }))
      )
      const text: string = yield* Effect.tryPromise(() => r.p)
      const json = JSON.parse(text)
      n += json.channels.length
      url = json.meta.next_page_url
    } else if (mode === "v4") {
      const u = url
      const text = yield* Effect.tryPromise((signal) =>
        Undici.request(u, {
          signal,
          headers: { authorization: "Basic " + Buffer.from(t.accountSid + ":" + t.authToken).toString("base64") }
        }).then((r) => new Promise((ok) => setTimeout(ok, 1)).then(() => r.body.text()))
      )
      const json = JSON.parse(text)
      n += json.channels.length
      url = json.meta.next_page_url
    } else if (mode === "v3") {
      const text: string = yield* lean.get(url, {
        headers: { authorization: "Basic " + Buffer.from(t.accountSid + ":" + t.authToken).toString("base64") }
      }).pipe(Effect.flatMap((r) => r.text))
      const json = JSON.parse(text)
      n += json.channels.length
      url = json.meta.next_page_url
    } else if (mode === "platform") {
      const text: string = yield* transport.http.get(url).pipe(Effect.flatMap((r) => r.text), Effect.scoped)
      const json = JSON.parse(text)
      n += json.channels.length
      url = json.meta.next_page_url
    } else {
      const { value } = yield* Request.execute(transport, { method: "GET", url }, decodePage as any) as any
      n += value.items.length
      url = value.meta.nextPageUrl ?? null
    }
  }
  return n
}).pipe(
  process.env.LEAN ?
    Effect.provide(
      FlexClient.layer(options).pipe(Layer.provideMerge(Layer.succeed(
        HttpClient.HttpClient,
        process.env.LEAN === "http"
          ? LeanHttp.make(new NodeHttp.Agent({ keepAlive: true }))
          : Lean.make(new Undici.Agent())
      )))
    ) :
    process.env.NODEHTTP
    ? Effect.provide(FlexClient.layer(options).pipe(Layer.provideMerge(NodeHttpClient.layer)))
    : (x) => x.pipe(Effect.provide(NodeFlexClient.layer(options)), Effect.provide(NodeHttpClient.layerUndici))
)
const c0 = process.cpuUsage()
const n = await Effect.runPromise(program)
const c = process.cpuUsage(c0)
console.error(mode, n, ((c.user + c.system) / 1000).toFixed(0), "ms cpu")
