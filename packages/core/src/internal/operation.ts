/**
 * How an operation runs, from its description (see ./endpoints.ts) and a {@link Request.Transport}:
 * read the arguments once, validate them, run the request (or the listing), and let errors out
 * only through {@link traced}, the one place where they are scrubbed of secrets.
 *
 * Each call comes in two forms: with the transport as an argument (the FlexClient's methods close
 * over theirs), and with the transport from the context (the per-resource modules' functions, so
 * that a bundle holds only the operations it calls).
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import type { FlexError, FlexInvalidInput } from "../FlexError.js"
import type * as FlexTransport from "../FlexTransport.js"
import type * as Page from "../Page.js"
import type * as Sid from "../Sid.js"
import type * as Decode from "./decode.js"
import * as Input from "./input.js"
import * as PageUrl from "./pageUrl.js"
import * as Pagination from "./pagination.js"
import * as Request from "./request.js"
import { traced, tracedStream } from "./traced.js"
import * as Transport from "./transport.js"

// --- paths --------------------------------------------------------------------------------------

/** A SID argument of a call: its name in errors, its kind, and its span attribute. */
export interface SidArgument {
  readonly argument: string
  readonly prefix: Sid.Prefix
  readonly attribute: string
}

/**
 * The path of a resource, as its segments: names, and the SID arguments in their places (`Args`,
 * the arguments' types, is only for the calls' signatures). A valid SID is exactly one segment
 * (see {@link Input.sid}).
 */
export interface ResourcePath<Args extends ReadonlyArray<string>> {
  readonly segments: ReadonlyArray<string | SidArgument>
  readonly sids: ReadonlyArray<SidArgument>
  readonly _args?: Args
}

export const root = (...names: ReadonlyArray<string>): ResourcePath<[]> => ({ segments: names, sids: [] })

/** A collection under a resource: `…/Channels`. */
export const collection = <Args extends ReadonlyArray<string>>(
  parent: ResourcePath<Args>,
  name: string
): ResourcePath<Args> => ({ segments: [...parent.segments, name], sids: parent.sids })

/** One member of a collection, named by a SID argument: `…/Channels/{Sid}`. */
export const member = <Args extends ReadonlyArray<string>>(
  parent: ResourcePath<Args>,
  sid: SidArgument
): ResourcePath<[...Args, string]> => ({ segments: [...parent.segments, sid], sids: [...parent.sids, sid] })

/** The path of a call, from its SID arguments read once and validated in order. */
const pathOf = <Args extends ReadonlyArray<string>>(
  operation: string,
  path: ResourcePath<Args>,
  args: Args
): Either.Either<string, FlexInvalidInput> => {
  // Plain loops: this runs on every call.
  let url = ""
  let i = 0
  for (const segment of path.segments) {
    if (typeof segment === "string") {
      url += `/${segment}`
      continue
    }
    const valid = Input.sid<string>(operation, segment.argument, segment.prefix, args[i++])
    if (Either.isLeft(valid)) return Either.left(valid.left)
    url += `/${valid.right}`
  }
  return Either.right(url)
}

/** Span attributes of SID arguments: only strings are recorded (scrubbed), never objects. */
const attributesOf = <Args extends ReadonlyArray<string>>(
  path: ResourcePath<Args>,
  args: Args
): Readonly<Record<string, unknown>> => {
  const attributes: Record<string, unknown> = {}
  for (let i = 0; i < path.sids.length; i++) {
    attributes[path.sids[i]!.attribute] = typeof args[i] === "string" ? args[i] : undefined
  }
  return attributes
}

// --- list calls -----------------------------------------------------------------------------------

/** A list endpoint: its name, its path, and how a page decodes. */
export interface ListEndpoint<Args extends ReadonlyArray<string>, A> {
  readonly operation: string
  readonly path: ResourcePath<Args>
  readonly decode: Decode.Decoder<Decode.PageBody<A>>
}

const listOptionKeys = ["pageSize", "from", "limit", "prefetch"] as const

/** The options of a list call, read once and validated. */
const listStart = (
  transport: Request.Transport,
  operation: string,
  path: string,
  raw: unknown
): Either.Either<{ readonly first: Page.PageCursor; readonly demand: Pagination.Demand }, FlexInvalidInput> =>
  Either.gen(function*() {
    const options = yield* Input.snapshot(operation, "options", raw, listOptionKeys)
    const { config } = transport
    const pageSize = yield* Input.intOption(operation, "options.pageSize", options?.pageSize, 1, 1000)
    const limit = yield* Input.intOption(operation, "options.limit", options?.limit, 1, Number.MAX_SAFE_INTEGER)
    const prefetch = yield* Input.intOption(operation, "options.prefetch", options?.prefetch, 0, 16)
    const demand: Pagination.Demand = {
      limit: limit ?? Number.POSITIVE_INFINITY,
      prefetch: prefetch ?? 1,
      maxEmptyPages: config.maxEmptyPages
    }
    // A cursor carries its own page size: a valid pageSize beside it is ignored.
    if (options?.from !== undefined) {
      return { first: yield* PageUrl.checkCursor(config, operation, options.from, path), demand }
    }
    // Without an explicit page size, a small limit asks for no more records than it needs.
    const size = pageSize ?? Math.min(limit ?? config.pageSize, config.pageSize)
    return { first: `${config.origin}${path}?PageSize=${size}` as Page.PageCursor, demand }
  })

/** Where a list call starts, from its arguments and options read once and validated. */
interface ListStart<A> {
  readonly first: Page.PageCursor
  readonly demand: Pagination.Demand
  readonly fetch: (url: Page.PageCursor) => Effect.Effect<Pagination.FetchedPage<A>, FlexError>
}

const startOf = <Args extends ReadonlyArray<string>, A>(
  transport: Request.Transport,
  endpoint: ListEndpoint<Args, A>,
  operation: string,
  args: Args,
  options: unknown
): Effect.Effect<ListStart<A>, FlexInvalidInput> =>
  Effect.suspend(() =>
    Either.flatMap(
      pathOf(operation, endpoint.path, args),
      (path) =>
        Either.map(listStart(transport, operation, path, options), ({ demand, first }): ListStart<A> => ({
          first,
          demand,
          fetch: (url) => Pagination.fetchPage(transport, endpoint.operation, path, endpoint.decode, url)
        }))
    )
  )

const listing = <Args extends ReadonlyArray<string>, A, B>(
  transport: Request.Transport,
  endpoint: ListEndpoint<Args, A>,
  call: string,
  args: Args,
  options: unknown,
  stream: typeof Pagination.items<A> | typeof Pagination.pages<A>
): Stream.Stream<B, FlexError> => {
  const operation = `${endpoint.operation}.${call}`
  return tracedStream(
    transport,
    operation,
    attributesOf(endpoint.path, args),
    Stream.unwrap(
      Effect.map(
        startOf(transport, endpoint, operation, args, options),
        ({ demand, fetch, first }) => stream(first, fetch, demand) as Stream.Stream<B, FlexError>
      )
    )
  )
}

/** One page, with the cursor of the next. Arguments are only read inside the returned effect. */
export const page = <Args extends ReadonlyArray<string>, A>(
  transport: Request.Transport,
  endpoint: ListEndpoint<Args, A>,
  args: Args,
  options: unknown
): Effect.Effect<Page.Page<A>, FlexError> => {
  const operation = `${endpoint.operation}.page`
  return traced(
    transport,
    operation,
    attributesOf(endpoint.path, args),
    startOf(transport, endpoint, operation, args, options).pipe(
      Effect.flatMap(({ fetch, first }) => fetch(first)),
      Effect.flatMap((fetched) =>
        Effect.map(fetched.next, (cursor): Page.Page<A> => ({ items: fetched.items, meta: fetched.meta, cursor }))
      )
    )
  )
}

/** The pages, pulled on demand. */
export const pages = <Args extends ReadonlyArray<string>, A>(
  transport: Request.Transport,
  endpoint: ListEndpoint<Args, A>,
  args: Args,
  options: unknown
): Stream.Stream<Page.Page<A>, FlexError> => listing(transport, endpoint, "pages", args, options, Pagination.pages)

/** The records, pulled on demand. */
export const stream = <Args extends ReadonlyArray<string>, A>(
  transport: Request.Transport,
  endpoint: ListEndpoint<Args, A>,
  args: Args,
  options: unknown
): Stream.Stream<A, FlexError> => listing(transport, endpoint, "stream", args, options, Pagination.items)

/** The records, collected. */
export const list = <Args extends ReadonlyArray<string>, A>(
  transport: Request.Transport,
  endpoint: ListEndpoint<Args, A>,
  args: Args,
  options: unknown
): Effect.Effect<ReadonlyArray<A>, FlexError> => {
  const operation = `${endpoint.operation}.list`
  return traced(
    transport,
    operation,
    attributesOf(endpoint.path, args),
    Effect.flatMap(
      startOf(transport, endpoint, operation, args, options),
      ({ demand, fetch, first }) => Pagination.collect(first, fetch, demand)
    )
  )
}

// --- single-record calls --------------------------------------------------------------------------

/** How a call's parameters are read once, validated, and sent. */
export interface Params<P> {
  readonly read: (operation: string, params: unknown) => Either.Either<P, FlexInvalidInput>
  readonly body: (valid: P) => Request.RequestBody
  /** Span attributes of valid parameters (the status an update sets). */
  readonly attributes?: (valid: P) => Readonly<Record<string, unknown>>
}

/**
 * A call on one record: its name (spans, metrics, errors), method and path, its parameters if it
 * takes any, and what a successful response holds (a record to decode, or nothing).
 */
export interface Endpoint<Args extends ReadonlyArray<string>, P, A> {
  readonly operation: string
  readonly method: Request.RequestSpec["method"]
  readonly path: ResourcePath<Args>
  readonly params?: Params<P>
  readonly response: Request.Expect<A>
}

/**
 * Parameters sent as a form: the schema's fields read, `json` ones copied as plain JSON;
 * `attributes`, the span attributes of valid ones.
 */
export const formParams = <P, I, K extends string>(
  schema: Schema.Schema<P, I> & { readonly fields: { readonly [key in K]: unknown } },
  toForm: (valid: P) => Readonly<Record<string, string>>,
  options?: {
    readonly json?: ReadonlyArray<K>
    readonly attributes?: (valid: P) => Readonly<Record<string, unknown>>
  }
): Params<P> => {
  const keys = Object.keys(schema.fields) as Array<K>
  const json = options?.json ?? []
  return {
    read: (operation, value) => Input.params(operation, value, schema, keys, json),
    body: (valid) => ({ _tag: "Form", fields: toForm(valid) }),
    ...(options?.attributes === undefined ? {} : { attributes: options.attributes })
  }
}

/** Parameters that are the JSON body itself: copied as plain JSON, checked, and sent. */
export const jsonParams = <P, I>(schema: Schema.Schema<P, I>): Params<P> => ({
  read: (operation, value) =>
    Either.flatMap(Input.json(operation, "params", value), (copy) => Input.validate(operation, "params", schema, copy)),
  body: (valid) => ({ _tag: "Json", value: valid })
})

/** The span attribute of the status an update sets. */
export const statusAttribute = (valid: { readonly status: string }) => ({ "flex.status": valid.status })

/** The request of a call, from its arguments read once and validated. */
const request = <Args extends ReadonlyArray<string>, P, A>(
  transport: Request.Transport,
  endpoint: Endpoint<Args, P, A>,
  args: Args,
  params: unknown
): Either.Either<
  { readonly spec: Request.RequestSpec; readonly attributes: Readonly<Record<string, unknown>> | undefined },
  FlexInvalidInput
> => {
  const { method, operation } = endpoint
  const path = pathOf(operation, endpoint.path, args)
  if (Either.isLeft(path)) return Either.left(path.left)
  const spec: Request.RequestSpec = { operation, method, url: `${transport.config.origin}${path.right}` }
  if (endpoint.params === undefined) return Either.right({ spec, attributes: undefined })
  const { attributes, body, read } = endpoint.params
  return Either.map(read(operation, params), (valid) => ({
    spec: { ...spec, body: body(valid) },
    attributes: attributes?.(valid)
  }))
}

/**
 * One request for one record: the request is built inside the effect (arguments read once and
 * validated there), sent, and its record decoded; errors leave through {@link traced}.
 */
export const call = <Args extends ReadonlyArray<string>, P, A>(
  transport: Request.Transport,
  endpoint: Endpoint<Args, P, A>,
  args: Args,
  params?: unknown
): Effect.Effect<A, FlexError> =>
  traced(
    transport,
    endpoint.operation,
    attributesOf(endpoint.path, args),
    Effect.suspend(() => request(transport, endpoint, args, params)).pipe(
      Effect.tap(({ attributes }) => attributes === undefined ? Effect.void : Effect.annotateCurrentSpan(attributes)),
      Effect.flatMap(({ spec }) => Request.execute(transport, spec, endpoint.response)),
      Effect.map(({ value }) => value)
    )
  )

// --- with the transport from the context ------------------------------------------------------------

/** {@link call} on the transport in context. */
export const contextCall = <Args extends ReadonlyArray<string>, P, A>(
  endpoint: Endpoint<Args, P, A>,
  args: Args,
  params?: unknown
): Effect.Effect<A, FlexError, FlexTransport.FlexTransport> =>
  Effect.flatMap(Transport.tag, (transport) => call(transport, endpoint, args, params))

/** {@link page} on the transport in context. */
export const contextPage = <Args extends ReadonlyArray<string>, A>(
  endpoint: ListEndpoint<Args, A>,
  args: Args,
  options: unknown
): Effect.Effect<Page.Page<A>, FlexError, FlexTransport.FlexTransport> =>
  Effect.flatMap(Transport.tag, (transport) => page(transport, endpoint, args, options))

/** {@link list} on the transport in context. */
export const contextList = <Args extends ReadonlyArray<string>, A>(
  endpoint: ListEndpoint<Args, A>,
  args: Args,
  options: unknown
): Effect.Effect<ReadonlyArray<A>, FlexError, FlexTransport.FlexTransport> =>
  Effect.flatMap(Transport.tag, (transport) => list(transport, endpoint, args, options))

/** {@link stream} on the transport in context. */
export const contextStream = <Args extends ReadonlyArray<string>, A>(
  endpoint: ListEndpoint<Args, A>,
  args: Args,
  options: unknown
): Stream.Stream<A, FlexError, FlexTransport.FlexTransport> =>
  Stream.unwrap(Effect.map(Transport.tag, (transport) => stream(transport, endpoint, args, options)))

/** {@link pages} on the transport in context. */
export const contextPages = <Args extends ReadonlyArray<string>, A>(
  endpoint: ListEndpoint<Args, A>,
  args: Args,
  options: unknown
): Stream.Stream<Page.Page<A>, FlexError, FlexTransport.FlexTransport> =>
  Stream.unwrap(Effect.map(Transport.tag, (transport) => pages(transport, endpoint, args, options)))
