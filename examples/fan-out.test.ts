/**
 * The fan-out example runs as a user runs it (a child process against its own simulator with
 * Twilio-like limits) and ends with every channel closed and its participants in wrap-up, no
 * failed call, and the metrics printed.
 */
import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { describe, expect, it } from "vitest"

const run = promisify(execFile)

describe("fan-out example", () => {
  it("closes every active channel through the simulator's limits, with metrics", async () => {
    const { stderr, stdout } = await run(process.execPath, ["--import", "tsx", "fan-out.ts"], {
      cwd: fileURLToPath(new URL(".", import.meta.url)),
      timeout: 60_000
    })
    expect(stderr).toBe("")
    const active = Number(/^Closing (\d+) active channels of 12 interactions/m.exec(stdout)?.[1])
    expect(active).toBeGreaterThan(100)
    expect(stdout).toContain(`closed ${active}/${active}, participants in wrap-up ${active * 2}`)
    expect(stdout).toContain(`active channels left: 0; participants in wrap-up: ${active * 2}`)
    // the limits were met: the server refused some requests, and the client retried them all
    const refusals = /(\d+) refused for concurrency \(20429\), (\d+) for rate \(45780\)/.exec(stdout)
    expect(Number(refusals?.[1]) + Number(refusals?.[2])).toBeGreaterThan(0)
    expect(stdout).toMatch(/effect_flex_requests_total\{operation=interactionChannels\.update,status=200\} \d+/)
    expect(stdout).toMatch(/effect_flex_requests_in_flight 0/)
  }, 70_000)
})
