/**
 * The credentials rule of the browser layers, as a pure function and through the layers with a
 * stubbed page location (the real-browser side, a token on 127.0.0.1 allowed with one warning,
 * is in browser.test.ts).
 */
import * as ChatChannels from "@effect-flex/core/ChatChannels"
import * as FlexClient from "@effect-flex/core/FlexClient"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Logger from "effect/Logger"
import * as Redacted from "effect/Redacted"
import { afterEach, vi } from "vitest"
import * as Hostile from "../../core/test/utils/hostile.js"
import * as BrowserFlexClient from "../src/BrowserFlexClient.js"
import { isLoopbackHost, verdict } from "../src/internal/credentials.js"

const accountSid = "AC0123456789abcdef0123456789abcdef"
const token = { accountSid, authToken: Redacted.make("secret-token") }
const apiKey = { accountSid, apiKey: "SK0123456789abcdef0123456789abcdef", apiSecret: Redacted.make("secret") }
const page = (url: string) => {
  const { hostname, protocol } = new URL(url)
  return { hostname, protocol }
}

describe("isLoopbackHost", () => {
  it.each([
    "localhost",
    "LOCALHOST",
    "localhost.",
    "app.localhost",
    "127.0.0.1",
    "127.1.2.3",
    "127.255.255.255",
    "[::1]"
  ])("%s is loopback", (host) => {
    expect(isLoopbackHost(host)).toBe(true)
  })

  it.each([
    "example.com",
    "localhost.example.com",
    "notlocalhost",
    "128.0.0.1",
    "127.0.0.256",
    "127.0.0.1.nip.io",
    "10.0.0.1",
    "192.168.1.10",
    "0.0.0.0",
    "[::2]"
  ])("%s is not loopback", (host) => {
    expect(isLoopbackHost(host)).toBe(false)
  })

  it("reads hostnames as the URL parser writes them", () => {
    expect(isLoopbackHost(new URL("http://[0:0:0:0:0:0:0:1]:5173/").hostname)).toBe(true)
    expect(isLoopbackHost(new URL("http://127.0.0.1:4010/").hostname)).toBe(true)
    expect(isLoopbackHost(new URL("http://LocalHost:4010/").hostname)).toBe(true)
  })
})

describe("verdict", () => {
  it("refuses a secret on a plain http page from another host", () => {
    expect(verdict(token, page("http://intranet.example.com/flex"))).toEqual({
      _tag: "refuse",
      argument: "authToken",
      hostname: "intranet.example.com"
    })
    expect(verdict(apiKey, page("http://10.0.0.7:8080/"))).toEqual({
      _tag: "refuse",
      argument: "apiSecret",
      hostname: "10.0.0.7"
    })
  })

  it("warns about a secret on an https page, a loopback page or any other scheme", () => {
    for (
      const url of ["https://app.example.com/", "http://127.0.0.1:5173/", "http://localhost:5173/", "file:///x.html"]
    ) {
      expect(verdict(token, page(url))).toEqual({ _tag: "warn", argument: "authToken" })
    }
    expect(verdict(apiKey, page("https://app.example.com/"))).toEqual({ _tag: "warn", argument: "apiSecret" })
  })

  it("says nothing without a secret (a proxy holds it) or outside a page", () => {
    expect(verdict({ baseUrl: "https://proxy.example.com" }, page("http://intranet.example.com/"))).toEqual({
      _tag: "none"
    })
    expect(verdict({ accountSid }, page("http://intranet.example.com/"))).toEqual({ _tag: "none" })
    expect(verdict(token, undefined)).toEqual({ _tag: "none" })
  })
})

describe("the layers", () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  /** A fetch that records its calls and answers an empty list page. */
  const recordingFetch = () => {
    const calls: Array<string> = []
    const redirects: Array<RequestRedirect | undefined> = []
    const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(input instanceof Request ? input.url : input))
      redirects.push(init?.redirect)
      const url = "https://proxy.example.com/v1/Channels?PageSize=50&Page=0"
      const meta = {
        key: "flex_chat_channels",
        url,
        page: 0,
        page_size: 50,
        first_page_url: url,
        next_page_url: null,
        previous_page_url: null
      }
      return Promise.resolve(Response.json({ flex_chat_channels: [], meta }))
    }
    return { calls, redirects, fetch }
  }

  const listChannels = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list())

  /** The same listing through each of the browser's layers. */
  const listThrough = (layer: "fetch" | "xhr" | "transport", options: BrowserFlexClient.Options) =>
    layer === "transport"
      ? Effect.provide(ChatChannels.list(), BrowserFlexClient.layerTransport(options))
      : Effect.provide(
        listChannels,
        layer === "fetch" ? BrowserFlexClient.layer(options) : BrowserFlexClient.layerXMLHttpRequest(options)
      )

  it.effect.each(["fetch", "xhr", "transport"] as const)(
    "over %s: refuse before any request on http://intranet.example.com",
    (layer) =>
      Effect.gen(function*() {
        const { calls, fetch } = recordingFetch()
        vi.stubGlobal("location", page("http://intranet.example.com/flex"))
        vi.stubGlobal("fetch", fetch)
        const exit = yield* Effect.exit(listThrough(layer, token))
        expect(exit).toStrictEqual(Exit.fail(expect.anything()))
        const error = Exit.isFailure(exit) && exit.cause._tag === "Fail" ? exit.cause.error : undefined
        expect(error?._tag).toBe("FlexInvalidInput")
        expect(error).toMatchObject({ operation: "BrowserFlexClient", argument: "options.authToken" })
        expect(error?.message).toContain("plain http from intranet.example.com")
        expect(JSON.stringify(error)).not.toContain("secret-token")
        expect(calls).toEqual([])
      })
  )

  const unreadable: ReadonlyArray<readonly [string, unknown, string]> = [
    ["null", null, "options must be an object"],
    ["undefined", undefined, "options must be an object"],
    ["a number", 42, "options must be an object"],
    ["a revoked Proxy", Hostile.revoked(), "options could not be read"],
    ["a Proxy that throws", Hostile.throwingProxy(), "options could not be read"],
    ["a throwing requestInit", Hostile.throwing({ ...token }, "requestInit", true), "options could not be read"],
    ["a throwing authToken", Hostile.throwing({ accountSid }, "authToken", true), "options could not be read"]
  ]

  for (const layer of ["fetch", "xhr", "transport"] as const) {
    it.effect.each(unreadable)(`over ${layer}: %s as options is a FlexInvalidInput, nothing thrown or sent`, (
      [, options, message]
    ) =>
      Effect.gen(function*() {
        const { calls, fetch } = recordingFetch()
        vi.stubGlobal("fetch", fetch)
        const exit = yield* Effect.exit(Effect.suspend(() => listThrough(layer, options as BrowserFlexClient.Options)))
        const error = Exit.isFailure(exit) && exit.cause._tag === "Fail" ? exit.cause.error : undefined
        expect(error).toMatchObject({ _tag: "FlexInvalidInput", operation: "BrowserFlexClient", argument: "options" })
        expect(error?.message).toContain(message)
        expect(calls).toEqual([])
      }))
  }

  it.effect.each(["fetch", "transport"] as const)(
    "over %s: a proxy without credentials on the same page is fine, says nothing, and refuses redirects",
    (layer) =>
      Effect.gen(function*() {
        const { calls, fetch, redirects } = recordingFetch()
        const logs: Array<string> = []
        vi.stubGlobal("location", page("http://intranet.example.com/flex"))
        vi.stubGlobal("fetch", fetch)
        const channels = yield* listThrough(layer, { baseUrl: "https://proxy.example.com" }).pipe(
          Effect.provide(Logger.replace(Logger.defaultLogger, Logger.make(({ message }) => logs.push(String(message)))))
        )
        expect(channels).toEqual([])
        expect(calls).toEqual(["https://proxy.example.com/v1/Channels?PageSize=50"])
        expect(redirects).toEqual(["error"])
        expect(logs).toEqual([])
      })
  )

  it.effect("outside a page (no location), a secret is neither refused nor warned about", () =>
    Effect.gen(function*() {
      const { calls, fetch } = recordingFetch()
      const logs: Array<string> = []
      vi.stubGlobal("fetch", fetch)
      expect(globalThis.location).toBeUndefined()
      yield* Effect.provide(listChannels, BrowserFlexClient.layer(token)).pipe(
        Effect.provide(Logger.replace(Logger.defaultLogger, Logger.make(({ message }) => logs.push(String(message)))))
      )
      expect(calls).toHaveLength(1)
      expect(logs).toEqual([])
    }))

  // The only test of this file that warns: the warning is once per page (module instance).
  it.effect("a secret on an https page: allowed, with one warning however many layers are built", () =>
    Effect.gen(function*() {
      const { calls, fetch } = recordingFetch()
      const logs: Array<{ level: string; message: string }> = []
      vi.stubGlobal("location", page("https://app.example.com/"))
      vi.stubGlobal("fetch", fetch)
      const run = Effect.provide(listChannels, BrowserFlexClient.layer(token)).pipe(
        Effect.provide(
          Logger.replace(
            Logger.defaultLogger,
            Logger.make(({ logLevel, message }) => logs.push({ level: logLevel.label, message: String(message) }))
          )
        )
      )
      yield* run
      yield* run
      expect(calls).toHaveLength(2)
      expect(logs).toHaveLength(1)
      expect(logs[0]!.level).toBe("WARN")
      expect(logs[0]!.message).toContain("Twilio account credentials (authToken) are in this page")
      expect(logs[0]!.message).not.toContain("secret-token")
    }))
})
