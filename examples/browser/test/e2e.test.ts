/**
 * The browser example end to end: `vite build` of the page, served from 127.0.0.1 under a strict
 * Content-Security-Policy (no inline script, no eval), driven in Debian's Chromium (playwright-core)
 * against NodeFlexSimulator on another loopback origin, seeded with one interaction of 3,000
 * channels. It loads them all (count, table, bar), closes one (checked in the simulator's store),
 * cancels a slowed-down load (the requests stop), shows typed errors (a bad SID: no request; the
 * simulator stopped: FlexTransportError), and saves screenshots under examples/browser/build/.
 *
 * Needs Chromium at $CHROMIUM_PATH (default /usr/bin/chromium): in CI a missing browser fails the
 * run, elsewhere the suite is skipped with a note.
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
import * as Effect from "effect/Effect"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Option from "effect/Option"
import * as Fs from "node:fs"
import * as Http from "node:http"
import type { AddressInfo } from "node:net"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { type Browser, chromium, type Page } from "playwright-core"
import { build } from "vite"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { contentSecurityPolicy } from "../vite.config.js"

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const available = Fs.existsSync(chromiumPath)
if (!available && process.env.CI) {
  throw new Error(`Chromium not found at ${chromiumPath}: CI must install it (see .ci/run)`)
}
if (!available) {
  console.warn(`browser example test skipped: no Chromium at ${chromiumPath} (apt-get install chromium)`)
}

const exampleDir = fileURLToPath(new URL("..", import.meta.url))
const outputDir = Path.join(exampleDir, "build")
const distDir = Path.join(outputDir, "e2e-dist")
const channelCount = 3000

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8"
}

/** Serves the built page, every response under the policy. */
const servePage = (root: string): Promise<Http.Server> => {
  const server = Http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://page").pathname
    const file = Path.join(root, path === "/" ? "index.html" : path)
    const headers = { "content-security-policy": contentSecurityPolicy }
    if (!file.startsWith(root + Path.sep) || !Fs.existsSync(file) || !Fs.statSync(file).isFile()) {
      res.writeHead(404, headers).end()
      return
    }
    res.writeHead(200, { ...headers, "content-type": contentTypes[Path.extname(file)] ?? "application/octet-stream" })
      .end(Fs.readFileSync(file))
  })
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)))
}

describe.runIf(available)("the browser example in Chromium, under a strict CSP", () => {
  const simulator = ManagedRuntime.make(
    NodeFlexSimulator.layer({
      seed: { interactions: 1, channelsPerInteraction: channelCount, participantsPerChannel: 0 }
    })
  )
  const sim = <A>(f: (sim: FlexSimulator.FlexSimulator) => Effect.Effect<A>) =>
    simulator.runPromise(Effect.flatMap(FlexSimulator.FlexSimulator, f))
  /** The simulator's ListInteractionChannel requests so far (preflights are not routed). */
  const listRequests = () =>
    sim((s) => s.journal).then((entries) => entries.filter((entry) => entry.route === "ListInteractionChannel"))

  let browser: Browser
  let pageServer: Http.Server
  let page: Page
  let simulatorUrl: string
  let interactionSid: string
  const pageErrors: Array<string> = []
  const consoleLines: Array<string> = []

  const status = () => page.locator("#status")
  const count = async () => Number(await page.locator("#count").textContent())
  const waitForState = (state: string) =>
    page.waitForSelector(`#status[data-state="${state}"]`, { timeout: 30_000 }).then(() => undefined)
  const screenshot = async (name: string) => {
    const path = Path.join(outputDir, name)
    await page.screenshot({ path })
    console.log(`browser example screenshot: ${path}`)
    return path
  }

  beforeAll(async () => {
    await build({
      root: exampleDir,
      logLevel: "warn",
      build: { outDir: distDir, emptyOutDir: true }
    })
    simulatorUrl = (await simulator.runPromise(NodeFlexSimulator.NodeFlexSimulator)).url
    interactionSid = (await sim((s) => s.listInteractions))[0]!.sid
    pageServer = await servePage(distDir)
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]
    })
    page = await browser.newPage({ viewport: { width: 1100, height: 800 } })
    page.on("pageerror", (error) => pageErrors.push(error.message))
    page.on("console", (message) => consoleLines.push(`${message.type()}: ${message.text()}`))
    // CSP violations, as the page itself sees them
    await page.addInitScript(() => {
      const violations: Array<string> = []
      ;(globalThis as unknown as { cspViolations: Array<string> }).cspViolations = violations
      document.addEventListener("securitypolicyviolation", (event) => {
        violations.push(`${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    const query = new URLSearchParams({
      baseUrl: simulatorUrl,
      interaction: interactionSid,
      limit: "5000",
      pageSize: "200"
    })
    const { port } = pageServer.address() as AddressInfo
    const response = await page.goto(`http://127.0.0.1:${port}/?${query}`)
    expect(response?.headers()["content-security-policy"]).toBe(contentSecurityPolicy)
    await page.waitForSelector("#settings")
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await new Promise<void>((resolve) => (pageServer ? pageServer.close(() => resolve()) : resolve()))
    await simulator.dispose()
  })

  it("streams every channel of the interaction into the table, with the count and the bar", async () => {
    const before = (await listRequests()).length
    await page.click("#load")
    await waitForState("done")
    expect(await count()).toBe(channelCount)
    expect(await status().textContent()).toBe(
      `Done: all ${channelCount} channels of the interaction (fewer than the limit of 5000).`
    )
    const table = await page.$$eval("#channels tbody tr", (rows) => rows.map((row) => (row as HTMLElement).dataset.sid))
    const stored = await sim((s) => s.listInteractionChannels(interactionSid))
    expect(table).toEqual(stored.map((channel) => channel.sid))
    const bar = await page.$eval(
      "#bar",
      (bar) => [(bar as HTMLProgressElement).value, (bar as HTMLProgressElement).max]
    )
    expect(bar).toEqual([channelCount, channelCount])
    // pages of 200: 15 of them, each requested once
    const requests = (await listRequests()).slice(before)
    expect(requests.length).toBe(channelCount / 200)
    expect(requests.every((entry) => entry.status === 200)).toBe(true)
    // the simulator's (fake) auth token is in the page: allowed on 127.0.0.1, with one warning
    expect(consoleLines.filter((line) => line.includes("Twilio account credentials (authToken)"))).toHaveLength(1)
  })

  it("closes a channel: the simulator's store has it closed", async () => {
    const stored = await sim((s) => s.listInteractionChannels(interactionSid))
    const active = stored.find((channel) => channel.status === "active")!
    const row = page.locator(`#channels tbody tr[data-sid="${active.sid}"]`)
    await row.scrollIntoViewIfNeeded()
    await row.locator("button").click()
    await page.waitForSelector(`#channels tbody tr[data-sid="${active.sid}"][data-status="closed"]`)
    expect(await row.locator("td").nth(3).textContent()).toBe("closed")
    expect(await row.locator("button").isDisabled()).toBe(true)
    const after = await sim((s) => s.getInteractionChannel(interactionSid, active.sid))
    expect(Option.map(after, (channel) => channel.status)).toEqual(Option.some("closed"))
    const update = (await sim((s) => s.journal)).filter((entry) => entry.route === "UpdateInteractionChannel")
    expect(update.map((entry) => [entry.url, entry.body, entry.status])).toEqual([
      [`/v1/Interactions/${interactionSid}/Channels/${active.sid}`, { Status: "closed" }, 200]
    ])
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot("screenshot.png")
  })

  it("cancel interrupts the stream: no request after it", async () => {
    // slow pages, so that the cancel lands in the middle of the list
    await sim((s) =>
      s.injectFaults([FlexSimulator.latency("200 millis", { route: "ListInteractionChannel", times: Infinity })])
    )
    await page.fill("input[name=pageSize]", "100")
    const before = (await listRequests()).length
    await page.click("#load")
    await page.waitForFunction(() => Number(document.querySelector("#count")!.textContent) >= 300)
    await page.click("#cancel")
    await waitForState("cancelled")
    const loaded = await count()
    const atCancel = (await listRequests()).length - before
    expect(loaded).toBeGreaterThanOrEqual(300)
    expect(loaded).toBeLessThan(channelCount)
    expect(await status().textContent()).toBe(`Cancelled after ${loaded} channels.`)
    // demand-driven: no more pages requested than shown, plus the one prefetched and one in flight
    expect(atCancel).toBeLessThanOrEqual(loaded / 100 + 2)
    // long enough for several more pages, had the stream gone on
    await page.waitForTimeout(1000)
    expect((await listRequests()).length - before).toBe(atCancel)
    expect(await count()).toBe(loaded)
    expect(await page.locator("#load").isEnabled()).toBe(true)
    await sim((s) => s.clearFaults)
  })

  it("shows a bad interaction SID as FlexInvalidInput, and sends nothing", async () => {
    const before = (await sim((s) => s.journal)).length
    await page.fill("input[name=interactionSid]", "KD-not-a-sid")
    await page.click("#load")
    await waitForState("failed")
    expect(await page.locator("#error strong").textContent()).toBe("FlexInvalidInput")
    expect(await page.locator("#error").textContent()).toContain("interactionSid")
    expect((await sim((s) => s.journal)).length).toBe(before)
  })

  it("shows FlexTransportError, not a blank page, once the simulator is gone", async () => {
    await simulator.dispose()
    await page.fill("input[name=interactionSid]", interactionSid)
    await page.click("#load")
    await waitForState("failed")
    expect(await page.locator("#error strong").textContent()).toBe("FlexTransportError")
    const error = await page.locator("#error").textContent()
    expect(error).toContain("reasonConnection")
    expect(error).toContain(`${simulatorUrl}/v1/Interactions/${interactionSid}/Channels`)
    expect(await status().textContent()).toBe("Failed after 0 channels.")
    expect(await page.locator("h1").isVisible()).toBe(true)
    await screenshot("screenshot-error.png")
  })

  it("ran under the policy without a violation; the policy does refuse inline code", async () => {
    const violations = () =>
      page.evaluate(() => (globalThis as unknown as { cspViolations: Array<string> }).cspViolations)
    expect(pageErrors).toEqual([])
    expect(await violations()).toEqual([])
    expect(consoleLines.filter((line) => line.includes("Content Security Policy"))).toEqual([])
    // the checks above mean something: an inline script is refused on this page, and reported
    const ran = await page.evaluate(() => {
      const script = document.createElement("script")
      script.textContent = "globalThis.inlineRan = true"
      document.head.append(script)
      return "inlineRan" in globalThis
    })
    expect(ran).toBe(false)
    await page.waitForFunction(() =>
      (globalThis as unknown as { cspViolations: Array<string> }).cspViolations.length > 0
    )
    expect(await violations()).toEqual([expect.stringMatching(/^script-src-elem inline$/)])
  })
})
