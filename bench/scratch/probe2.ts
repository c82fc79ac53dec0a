// streams 200k records in-process twice, CPU-profiling the second run only (PROF=file)
import * as FlexClient from "@effect-flex/core/FlexClient"
import * as NodeFlexClient from "@effect-flex/node/NodeFlexClient"
import * as Effect from "effect/Effect"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as Fs from "node:fs"
import * as Inspector from "node:inspector/promises"
const t = JSON.parse(Fs.readFileSync("/tmp/pt.json", "utf8"))
const rt = ManagedRuntime.make(
  NodeFlexClient.layer({ accountSid: t.accountSid, authToken: Redacted.make(t.authToken), baseUrl: t.url })
)
const flex = await rt.runPromise(FlexClient.FlexClient)
const run = () =>
  rt.runPromise(
    flex.interactionChannels.stream(t.datasets[0].interactionSid, {
      pageSize: 1000,
      prefetch: Number(process.env.PREFETCH ?? 1)
    }).pipe(Stream.runFold(0, (n) => n + 1))
  )
const session = new Inspector.Session()
session.connect()
for (let i = 0; i < Number(process.env.RUNS ?? 3); i++) {
  const prof = process.env.PROF && i === 1
  if (prof) {
    await session.post("Profiler.enable")
    await session.post("Profiler.setSamplingInterval", { interval: 100 })
    await session.post("Profiler.start")
  }
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const n = await run()
  const c = process.cpuUsage(c0)
  if (prof) {
    const { profile } = await session.post("Profiler.stop")
    Fs.writeFileSync(process.env.PROF!, JSON.stringify(profile))
  }
  console.log(n, "cpu", ((c.user + c.system) / 1000).toFixed(0), "wall", (performance.now() - t0).toFixed(0))
}
await rt.dispose()
