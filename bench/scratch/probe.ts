import * as FlexClient from "@effect-flex/core/FlexClient"
import * as NodeFlexClient from "@effect-flex/node/NodeFlexClient"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as Fs from "node:fs"
import * as V8 from "node:v8"
const t = JSON.parse(Fs.readFileSync("/tmp/pt.json", "utf8"))
const snapAt = Number(process.env.SNAP_AT ?? 0)
let n = 0
const program = Effect.gen(function*() {
  const flex = yield* FlexClient.FlexClient
  yield* flex.interactionChannels.stream(t.datasets[0].interactionSid, { pageSize: 1000 }).pipe(
    Stream.runForEach((c) =>
      Effect.sync(() => {
        n++
        if (n === snapAt) console.log("snapshot", V8.writeHeapSnapshot("/tmp/probe.heapsnapshot"))
      })
    )
  )
}).pipe(
  Effect.provide(
    NodeFlexClient.layer({ accountSid: t.accountSid, authToken: Redacted.make(t.authToken), baseUrl: t.url })
  )
)
const c0 = process.cpuUsage()
await Effect.runPromise(program)
const c = process.cpuUsage(c0)
console.log(n, (c.user + c.system) / 1000, "ms cpu")
