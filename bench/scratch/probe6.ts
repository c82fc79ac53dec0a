import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Effect from "effect/Effect"
import * as Fs from "node:fs"
import * as LeanHttpClient from "../../packages/node/src/LeanHttpClient.js"
const t = JSON.parse(Fs.readFileSync("/tmp/pt.json", "utf8"))
const auth = "Basic " + Buffer.from(t.accountSid + ":" + t.authToken).toString("base64")
const c0 = process.cpuUsage()
const n = await Effect.runPromise(
  Effect.gen(function*() {
    const http = (yield* HttpClient.HttpClient).pipe(HttpClient.withScope)
    let url: string | null = `${t.url}/v1/Interactions/${t.datasets[0].interactionSid}/Channels?PageSize=1000`
    let n = 0
    while (url !== null) {
      const req = HttpClientRequest.get(url).pipe(
        HttpClientRequest.setHeaders({ authorization: auth, accept: "application/json" })
      )
      const text = yield* Effect.scoped(Effect.flatMap(http.execute(req), (r) => r.text))
      const json = JSON.parse(text)
      n += json.channels.length
      url = json.meta.next_page_url
    }
    return n
  }).pipe(Effect.provide(LeanHttpClient.layer))
)
const c = process.cpuUsage(c0)
console.log(n, "cpu", (c.user + c.system) / 1000)
