/**
 * The tracing example runs as a user runs it (a child process against its own simulator on
 * loopback): every call's span and the client's metrics reach the console exporters, and no
 * credential appears anywhere in the output.
 */
import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { describe, expect, it } from "vitest"

const run = promisify(execFile)

describe("tracing example", () => {
  it("prints the spans and metrics of a fetch, a list, an update and a failing call, without credentials", async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("TWILIO_")))
    const { stderr, stdout } = await run(process.execPath, ["--import", "tsx", "tracing.ts"], {
      cwd: fileURLToPath(new URL(".", import.meta.url)),
      env,
      timeout: 25_000
    })
    expect(stderr).toBe("")
    // spans, as the ConsoleSpanExporter prints them
    const spans = [...stdout.matchAll(/^ {2}name: '([^']+)',$/gm)].map((match) => match[1])
    expect(spans).toEqual([
      "FlexClient.channels.fetch",
      "FlexClient.interactionChannels.fetchPage",
      "FlexClient.interactionChannels.fetchPage",
      "FlexClient.interactionChannels.list",
      "FlexClient.interactionChannels.update",
      "FlexClient.channels.fetch",
      "tracing-example"
    ])
    expect(stdout).toMatch(/attributes: \{ 'flex\.chat_channel_sid': 'CH[0-9a-f]{32}' \}/)
    expect(stdout).toMatch(
      /status: \{\n\s+code: 2,\n\s+message: 'The requested resource \/Channels\/CH0{32} was not found'/
    )
    expect(stdout).toContain("-> FlexNotFound:")
    // metrics, as the ConsoleMetricExporter prints them
    for (
      const metric of [
        "effect_flex_requests_total",
        "effect_flex_retries_total",
        "effect_flex_rate_limited_total",
        "effect_flex_governor_wait_ms",
        "effect_flex_requests_in_flight",
        "effect_flex_concurrency_limit"
      ]
    ) {
      expect(stdout).toContain(`name: '${metric}'`)
    }
    expect(stdout).toMatch(/attributes: \{ operation: 'interactionChannels\.fetchPage', status: '503' \},\n\s+value: 1/)
    expect(stdout).toMatch(/attributes: \{ operation: 'channels\.fetch', status: '404' \},\n\s+value: 1/)
    // no credential anywhere: not the token, not the Basic value it makes, not the API secret
    expect(stdout).toContain("Checked 7 spans before printing them: none holds the auth token")
    const basic = Buffer.from("AC00000000000000000000000000000000:simulator-auth-token").toString("base64")
    for (const secret of ["simulator-auth-token", "simulator-api-secret", basic]) {
      expect(stdout).not.toContain(secret)
      expect(stderr).not.toContain(secret)
    }
  }, 30_000)
})
