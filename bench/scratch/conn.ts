import * as HttpClient from "@effect/platform/HttpClient"
import * as Effect from "effect/Effect"
import * as Http from "node:http"
import * as LeanHttpClient from "../../packages/node/src/LeanHttpClient.js"
const body = Buffer.alloc(600_000, 97)
let connections = 0
const server = Http.createServer((req, res) => {
  res.writeHead(200, { "content-length": body.length })
  res.end(body)
})
server.on("connection", () => connections++)
await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok))
const url = `http://127.0.0.1:${(server.address() as any).port}/`
const c0 = process.cpuUsage()
await Effect.runPromise(
  Effect.gen(function*() {
    const http = (yield* HttpClient.HttpClient).pipe(HttpClient.withScope)
    for (let i = 0; i < 200; i++) yield* Effect.scoped(Effect.flatMap(http.get(url), (r) => r.text))
  }).pipe(Effect.provide(LeanHttpClient.layer))
)
const c = process.cpuUsage(c0)
console.log("connections", connections, "cpu", (c.user + c.system) / 1000)
server.close()
