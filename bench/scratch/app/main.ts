import * as FlexClient from "@effect-flex/core/FlexClient"
import * as NodeFlexClient from "@effect-flex/node/NodeFlexClient"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Fs from "node:fs"
const t = JSON.parse(Fs.readFileSync("/tmp/st.json", "utf8"))
Effect.gen(function*() {
  const flex = yield* FlexClient.FlexClient
  const page = yield* flex.channels.page({ pageSize: 2 })
  console.log("ok", page.items.length, page.items[0]?.sid)
}).pipe(
  Effect.provide(
    NodeFlexClient.layer({ accountSid: t.accountSid, authToken: Redacted.make(t.authToken), baseUrl: t.url })
  ),
  Effect.runPromise
)
