/**
 * Client overhead per call without a network: FlexClient over an HttpClient that answers every
 * request with a canned response, vs the same HttpClient called bare. Run: pnpm exec tsx bench/micro/fetch-overhead.ts
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"

const hex = "0123456789abcdef0123456789abcdef"
const sid = `CH${hex}`
const body = JSON.stringify({
  sid,
  account_sid: `AC${hex}`,
  flex_flow_sid: `FO${hex}`,
  user_sid: `US${hex}`,
  task_sid: `WT${hex}`,
  url: `https://flex-api.twilio.com/v1/Channels/${sid}`,
  date_created: "2016-08-01T22:10:40Z",
  date_updated: "2016-08-01T22:10:40Z"
})
const canned = HttpClient.make((request) =>
  Effect.sync(() =>
    HttpClientResponse.fromWeb(
      request,
      new Response(body, {
        status: 200,
        headers: { "content-type": "application/json", "content-length": String(body.length) }
      })
    )
  )
)
const n = Number(process.env.N ?? 20000)

const time = (label: string, effect: Effect.Effect<unknown, unknown>) =>
  Effect.gen(function*() {
    for (let i = 0; i < 2000; i++) yield* effect // warm-up
    const start = process.cpuUsage()
    for (let i = 0; i < n; i++) yield* effect
    const used = process.cpuUsage(start)
    console.log(`${label}: ${((used.user + used.system) / n).toFixed(1)} µs CPU per call`)
  })

const program = Effect.gen(function*() {
  const flex = yield* FlexClient.make({ accountSid: `AC${hex}`, authToken: Redacted.make(hex) })
  const http = yield* HttpClient.HttpClient
  for (let round = 0; round < 3; round++) {
    yield* time("bare HttpClient + json", Effect.flatMap(http.get(`https://x.test/v1/Channels/${sid}`), (r) => r.json))
    yield* time("flex.channels.fetch", flex.channels.fetch(sid))
  }
})

Effect.runPromise(program.pipe(Effect.provideService(HttpClient.HttpClient, canned), Effect.orDie))
