/**
 * The rule for account credentials in a browser. A secret in a page is readable by everyone who
 * can load the page; on a plain `http:` page from another machine it has also crossed the network
 * in the clear (the page, and every request's `Authorization` header). So: refuse that case
 * outright, and warn once about every other page that holds a secret. Loopback pages (the
 * simulator, a dev server) are only warned about: nothing leaves the machine.
 */
import type * as FlexConfig from "@effect-flex/core/FlexConfig"
import { FlexInvalidInput } from "@effect-flex/core/FlexError"
import * as Effect from "effect/Effect"

/** What the page's URL tells: `location.protocol` and `location.hostname`. */
export interface PageLocation {
  readonly protocol: string
  readonly hostname: string
}

/** `none`: no secret, or not a page; `warn`: a secret on a page; `refuse`: a secret on a non-loopback `http:` page. */
export type Verdict =
  | { readonly _tag: "none" }
  | { readonly _tag: "warn"; readonly argument: "authToken" | "apiSecret" }
  | { readonly _tag: "refuse"; readonly argument: "authToken" | "apiSecret"; readonly hostname: string }

const ipv4Loopback = /^127(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/

/**
 * Hosts that resolve to this machine only: `localhost` and `*.localhost` (RFC 6761, which browsers
 * hard-wire), `127.0.0.0/8` and `[::1]` (the URL standard writes an IPv6 host in brackets, and
 * normalizes `::1` spellings to that one).
 */
export const isLoopbackHost = (hostname: string): boolean => {
  const host = hostname.toLowerCase().replace(/\.$/, "")
  return host === "localhost" || host.endsWith(".localhost") || ipv4Loopback.test(host) || host === "[::1]"
}

/** The verdict for these options on a page at `location` (`undefined`: not a page, e.g. Node). */
export const verdict = (options: FlexConfig.Options, location: PageLocation | undefined): Verdict => {
  const argument = options.authToken !== undefined ? "authToken" : options.apiSecret !== undefined ? "apiSecret" : null
  if (argument === null || location === undefined) return { _tag: "none" }
  if (location.protocol === "http:" && !isLoopbackHost(location.hostname)) {
    return { _tag: "refuse", argument, hostname: location.hostname }
  }
  return { _tag: "warn", argument }
}

/** The page's location, where there is one (a window or a worker). */
const currentLocation = (): PageLocation | undefined => {
  const location = (globalThis as { readonly location?: PageLocation }).location
  return location !== undefined && typeof location.protocol === "string" ? location : undefined
}

// Once per page (module instance): one warning is loud; one per layer build would be noise.
let warned = false

/**
 * Fails with `FlexInvalidInput` (before any client exists, so no request leaves) or logs the
 * warning, as {@link verdict} says for the current page.
 */
export const guard = (options: FlexConfig.Options): Effect.Effect<void, FlexInvalidInput> =>
  Effect.suspend(() => {
    const result = verdict(options, currentLocation())
    if (result._tag === "refuse") {
      return Effect.fail(
        new FlexInvalidInput({
          operation: "BrowserFlexClient",
          argument: `options.${result.argument}`,
          message: `Refusing Twilio account credentials (${result.argument}) on a page served over plain http from` +
            ` ${result.hostname}: they cross the network in the clear (in every request's Authorization header),` +
            " and anyone who can load the page can read them. Keep them on a server and point baseUrl at your" +
            " own proxy."
        })
      )
    }
    if (result._tag === "none" || warned) return Effect.void
    warned = true
    return Effect.logWarning(
      `BrowserFlexClient: Twilio account credentials (${result.argument}) are in this page: anyone who can load` +
        " the page can read them and act as your account. Fine against a local simulator; against Twilio, keep" +
        " them on a server and point baseUrl at your own proxy."
    )
  })
