/**
 * BrowserFlexClient in a real browser (Debian's Chromium, driven by playwright-core), against
 * NodeFlexSimulator on another loopback origin. Needs Chromium at $CHROMIUM_PATH (default
 * /usr/bin/chromium): `.ci/run` installs it, and in CI a missing browser fails the run. On a
 * developer machine without it, the test is skipped with a note saying how to get it.
 */
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
import * as Effect from "effect/Effect"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import { build } from "esbuild"
import { existsSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { fileURLToPath } from "node:url"
import { type Browser, chromium } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { PageConfig } from "./page/main.js"

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const available = existsSync(chromiumPath)
if (!available && process.env.CI) {
  throw new Error(`Chromium not found at ${chromiumPath}: CI must install it (see .ci/run)`)
}
if (!available) {
  // eslint-disable-next-line no-console -- the one line telling a developer why the suite did not run
  console.warn(`browser test skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`)
}

describe.runIf(available)("BrowserFlexClient in Chromium", () => {
  const runtime = ManagedRuntime.make(
    NodeFlexSimulator.layer({
      seed: { interactions: 1, channelsPerInteraction: 10, participantsPerChannel: 2, chatChannels: 15 }
    })
  )
  let browser: Browser
  let pageServer: Server
  let pageOrigin: string
  let simulatorUrl: string

  beforeAll(async () => {
    simulatorUrl = (await runtime.runPromise(NodeFlexSimulator.NodeFlexSimulator)).url
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL("./page/main.ts", import.meta.url))],
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "silent"
    })
    const script = bundle.outputFiles[0]!.text
    pageServer = createServer((req, res) => {
      if (req.url === "/bundle.js") {
        res.writeHead(200, { "content-type": "text/javascript" }).end(script)
      } else {
        res.writeHead(200, { "content-type": "text/html" }).end(
          "<!doctype html><html><body><script type=\"module\" src=\"/bundle.js\"></script></body></html>"
        )
      }
    })
    await new Promise<void>((resolve) => pageServer.listen(0, "127.0.0.1", resolve))
    pageOrigin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]
    })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await new Promise<void>((resolve) => (pageServer ? pageServer.close(() => resolve()) : resolve()))
    await runtime.dispose()
  })

  it.each(["fetch", "xhr"] as const)("the five operations over %s, cross-origin with CORS", async (transport) => {
    const { credentials, interactions, channels } = await runtime.runPromise(Effect.gen(function*() {
      const simulator = yield* FlexSimulator.FlexSimulator
      const [interaction] = yield* simulator.listInteractions
      return {
        credentials: simulator.credentials,
        interactions: [interaction!],
        channels: yield* simulator.listInteractionChannels(interaction!.sid)
      }
    }))
    const page = await browser.newPage()
    const pageErrors: Array<string> = []
    page.on("pageerror", (error) => pageErrors.push(error.message))
    await page.goto(pageOrigin)
    await page.waitForFunction(() => "runFlex" in globalThis)
    const config: PageConfig = {
      baseUrl: simulatorUrl,
      accountSid: credentials.accountSid,
      authToken: Redacted.value(credentials.authToken),
      interactionSid: interactions[0]!.sid,
      transport
    }
    const result = await page.evaluate(
      (config) => (globalThis as unknown as { runFlex: (c: PageConfig) => Promise<unknown> }).runFlex(config),
      config
    ) as Record<string, unknown>
    await page.close()

    const stored = await runtime.runPromise(Effect.gen(function*() {
      const simulator = yield* FlexSimulator.FlexSimulator
      return {
        chat: (yield* simulator.listChatChannels).map((c) => c.sid),
        journal: yield* simulator.journal
      }
    }))
    const firstActive = channels.find((c) => c.status === "active")!
    expect(pageErrors).toEqual([])
    expect(result).toEqual({
      chatChannelSids: stored.chat,
      fetchedSid: stored.chat[0],
      channelSids: channels.map((c) => c.sid),
      updated: { sid: firstActive.sid, status: "inactive" },
      participantSids: expect.any(Array),
      notFound: { tag: "FlexNotFound", status: 404 },
      invalid: { tag: "FlexInvalidInput", argument: "sid" }
    })
    expect((result.participantSids as Array<string>).length).toBe(2)
    // The browser really went through CORS: the preflighted POST carried the browser's Origin.
    const update = stored.journal.filter((entry) => entry.route === "UpdateInteractionChannel").at(-1)!
    expect(update.headers["origin"]).toBe(pageOrigin)
    expect(update.headers["authorization"]).toBe("Basic [REDACTED]")
  }, 60_000)
})
