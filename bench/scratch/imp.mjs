const t0 = performance.now()
const c0 = process.cpuUsage()
for (const m of process.argv.slice(2)) await import(m)
const c = process.cpuUsage(c0)
globalThis.gc()
globalThis.gc()
const v8 = await import("node:v8")
console.log(
  process.argv.slice(2).join(" ").padEnd(80),
  "ms",
  (performance.now() - t0).toFixed(0),
  "cpu",
  ((c.user + c.system) / 1000).toFixed(0),
  "live MiB",
  (v8.getHeapStatistics().used_heap_size / 1048576).toFixed(1)
)
