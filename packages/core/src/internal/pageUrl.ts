/**
 * Page URLs: which `next_page_url`s and user cursors the client may follow (only the configured
 * origin and the same list ever get a request, and so the credentials).
 */
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import { FlexDecodeError, FlexInvalidInput } from "../FlexError.js"
import type { PageMeta } from "../Page.js"
import type * as Page from "../Page.js"
import type { ResolvedConfig } from "./config.js"

/** A page's own URL as the server states it (e.g. `…&Page=0` for a first page requested without it). */
export const selfOf = (config: ResolvedConfig, meta: PageMeta, listPath: string): Option.Option<Page.PageCursor> =>
  Either.getRight(checkPageUrl(config, meta.url, listPath))

/** Why a page URL is not one we may send credentials to, or `undefined` when it is. */
const refusal = (config: ResolvedConfig, url: URL, listPath: string): string | undefined => {
  if (url.username !== "" || url.password !== "") return "it carries user info"
  if (url.origin !== config.origin) return `its origin ${url.origin} is not the configured ${config.origin}`
  if (url.pathname !== listPath) return `its path ${url.pathname} is not the list's ${listPath}`
  if (url.hash !== "") return "it has a fragment"
  return undefined
}

/** Twilio's Flex API hosts: `flex-api.twilio.com`, with an optional edge and region. */
const isTwilioApi = (url: URL): boolean =>
  url.protocol === "https:" && url.port === "" && /^flex-api(?:\.[a-z0-9-]+){0,2}\.twilio\.com$/.test(url.hostname)

/**
 * Checks a page URL (a `next_page_url`, or a cursor given back by a user). A URL on one of
 * Twilio's own API hosts is re-based onto the configured origin: behind an edge, a region or a
 * proxy, Twilio still writes its own host into `next_page_url`, and only the configured origin
 * ever gets a request. Any other foreign URL is refused.
 */
export const checkPageUrl = (
  config: ResolvedConfig,
  raw: string,
  listPath: string
): Either.Either<Page.PageCursor, string> => {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return Either.left("it is not an absolute URL")
  }
  if (url.origin !== config.origin && isTwilioApi(url) && url.username === "" && url.password === "") {
    url = new URL(url.pathname + url.search + url.hash, config.origin)
  }
  const reason = refusal(config, url, listPath)
  return reason === undefined ? Either.right(url.href as Page.PageCursor) : Either.left(reason)
}

/** Checks a user's `from` cursor. */
export const checkCursor = (
  config: ResolvedConfig,
  operation: string,
  from: unknown,
  listPath: string
): Either.Either<Page.PageCursor, FlexInvalidInput> => {
  if (typeof from !== "string") {
    return Either.left(
      new FlexInvalidInput({
        operation,
        argument: "options.from",
        message: "options.from must be a page cursor string"
      })
    )
  }
  return Either.mapLeft(checkPageUrl(config, from, listPath), (reason) =>
    new FlexInvalidInput({
      operation,
      argument: "options.from",
      message: `options.from is not a cursor of this list: ${reason}`
    }))
}

/** A page the client refuses to follow or give up on: a `FlexDecodeError` about the list's `url`. */
export const refused = (url: string, message: string): FlexDecodeError =>
  new FlexDecodeError({ message, issue: null, method: "GET", url, status: null, requestId: null })

/** Works out the next page of a decoded page. */
export const nextOf = (
  config: ResolvedConfig,
  meta: PageMeta,
  url: string,
  /** This page's own URL as the server states it (see {@link selfOf}). */
  self: Option.Option<Page.PageCursor>,
  listPath: string
): Either.Either<Option.Option<Page.PageCursor>, FlexDecodeError> => {
  if (meta.nextPageUrl === null || meta.nextPageUrl === "") return Either.right(Option.none())
  return checkPageUrl(config, meta.nextPageUrl, listPath).pipe(
    Either.flatMap((next) =>
      next === url || (Option.isSome(self) && next === self.value)
        ? Either.left("it does not advance (it is this page's URL)")
        : Either.right(next)
    ),
    Either.mapBoth({
      onLeft: (reason) => refused(url, `Refusing to follow next_page_url: ${reason}`),
      onRight: Option.some
    })
  )
}
