/**
 * `pnpm start` keeps working: the quickstart runs as a user runs it (a child process, no TWILIO_*
 * or FLEX_* variables, so against the embedded simulator on loopback) and prints each of the five
 * steps. (Against `pnpm simulator` over a port, with FLEX_BASE_URL: simulator.test.ts.)
 */
import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { describe, expect, it } from "vitest"

const run = promisify(execFile)

describe("quickstart (pnpm start)", () => {
  it("runs the five operations against the embedded simulator and exits 0", async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(TWILIO|FLEX)_/.test(key)))
    const { stderr, stdout } = await run(process.execPath, ["--import", "tsx", "quickstart.ts"], {
      cwd: fileURLToPath(new URL(".", import.meta.url)),
      env,
      timeout: 50_000
    })
    expect(stderr).toBe("")
    expect(stdout).toMatch(/^effect-flex quickstart against the Flex simulator at http:\/\/127\.0\.0\.1:\d+/)
    expect(stdout).toMatch(/Flex chat channels \(first page of 5\):\nsid +flex flow +task +created/)
    expect(stdout).toMatch(/Fetched CH[0-9a-f]{32}: user US[0-9a-f]{32}/)
    expect(stdout).toMatch(/Interaction KD[0-9a-f]{32}: 24 channels/)
    expect(stdout).toMatch(/Closed (UO[0-9a-f]{32}): status is now closed/)
    const closed = /Closed (UO[0-9a-f]{32})/.exec(stdout)![1]
    expect(stdout).toContain(`Participants of ${closed}:`)
    expect(stdout).toContain(
      "\nOperations run: ListChannel, FetchChannel, ListInteractionChannel, UpdateInteractionChannel," +
        " ListInteractionChannelParticipant.\nAgainst Twilio: TWILIO_ACCOUNT_SID=AC… TWILIO_AUTH_TOKEN=…"
    )
    expect(stdout).not.toContain("simulator-auth-token")
  })
})
