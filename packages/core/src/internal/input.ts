import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Predicate from "effect/Predicate"
import type * as Schema from "effect/Schema"
import { FlexInvalidInput } from "../FlexError.js"
import * as Sid from "../Sid.js"
import * as SidKind from "./sidKind.js"

/** Validates a SID argument: it goes into a URL path, so nothing but `XX` + 32 hex digits passes. */
export const sid = <A extends string>(
  operation: string,
  argument: string,
  prefix: Sid.Prefix,
  value: unknown
): Either.Either<A, FlexInvalidInput> => {
  if (typeof value === "string" && Sid.pattern(prefix).test(value)) return Either.right(value as A)
  const expected = `${SidKind.inSentence(prefix)} SID ("${prefix}" followed by 32 hexadecimal digits)`
  const otherPrefix = typeof value === "string" && /^[A-Z]{2}[0-9a-fA-F]{32}$/.test(value)
    ? value.slice(0, 2)
    : undefined
  const got = otherPrefix !== undefined && SidKind.known(otherPrefix)
    ? `${SidKind.inSentence(otherPrefix)} SID`
    : describe(value)
  return Either.left(
    new FlexInvalidInput({ operation, argument, message: `${argument} must be ${expected}, got ${got}` })
  )
}

/** Validates an optional integer option. */
export const intOption = (
  operation: string,
  argument: string,
  value: unknown,
  min: number,
  max: number
): Either.Either<number | undefined, FlexInvalidInput> =>
  value === undefined || isIntIn(value, min, max)
    ? Either.right(value as number | undefined)
    : Either.left(
      new FlexInvalidInput({
        operation,
        argument,
        message: `${argument} must be an integer in ${min}..${max === Number.MAX_SAFE_INTEGER ? "" : max} (got ${
          describe(value)
        })`
      })
    )

/** Decodes a structured argument with a schema, naming the offending path in the error. */
export const decode = <A, I>(
  operation: string,
  argument: string,
  schema: Schema.Schema<A, I>,
  value: unknown
): Either.Either<A, FlexInvalidInput> =>
  Either.mapLeft(ParseResult.decodeUnknownEither(schema)(value), (issue) => {
    const path = pathOf(issue).map(String).join(".")
    return new FlexInvalidInput({
      operation,
      argument: path === "" ? argument : `${argument}.${path}`,
      message: `${argument} is invalid: ${ParseResult.TreeFormatter.formatIssueSync(issue)}`
    })
  })

/**
 * The path of an issue's first leaf: where `ParseResult.ArrayFormatter` puts its first entry (it
 * stops higher only at a `message` annotation on a struct or transformation, which these schemas
 * do not have), without its formatting code in the bundle. A Pointer's path and a Composite's
 * issues are one item or an array of them, hence `flat`.
 */
const pathOf = (issue: ParseResult.ParseIssue): ReadonlyArray<PropertyKey> => {
  switch (issue._tag) {
    case "Pointer":
      return [issue.path, pathOf(issue.issue)].flat()
    case "Composite":
      return pathOf([issue.issues].flat()[0]!)
    case "Refinement":
    case "Transformation":
      return pathOf(issue.issue)
    default:
      return []
  }
}

/** A short, safe rendering of a user value for an error message. */
export const describe = (value: unknown): string => {
  if (typeof value === "string") {
    // A long value is not echoed at all: a prefix of it could be part of a secret that the
    // client's scrubbing (which needs the whole secret) cannot recognise.
    return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value)
  }
  if (typeof value === "number" || typeof value === "boolean" || value == null) return String(value)
  if (typeof value === "bigint") return `${value}n`
  try {
    return Array.isArray(value) ? "an array" : `a ${typeof value}`
  } catch {
    return "a revoked Proxy"
  }
}

/**
 * Like {@link describe}, for client options: a string is never echoed, since a swapped option
 * (an auth token given as `accountSid`) must not put the secret in the message.
 */
export const describeOption = (value: unknown): string =>
  typeof value === "string" ? `a string of ${value.length} characters` : describe(value)

/** Whether a value is an integer in [min, max]. */
export const isIntIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= max

/** The message for an argument that could not be read. */
export const unreadable = (argument: string): string =>
  `${argument} could not be read (a property getter threw, or it is a revoked Proxy)`

/**
 * Copies the given keys of an options object, reading each once. `undefined` stays `undefined`;
 * anything but a plain object, an object whose getter throws, or a revoked Proxy is a
 * `FlexInvalidInput`: nothing a caller passes can throw out of the client or die in it.
 */
export const snapshot = <K extends string>(
  operation: string,
  argument: string,
  value: unknown,
  keys: ReadonlyArray<K>
): Either.Either<{ readonly [key in K]?: unknown } | undefined, FlexInvalidInput> => {
  try {
    if (value === undefined) return Either.right(undefined)
    if (!Predicate.isRecord(value)) {
      return Either.left(new FlexInvalidInput({ operation, argument, message: `${argument} must be an object` }))
    }
    const copy: { [key in K]?: unknown } = {}
    for (const key of keys) {
      const field = (value as Record<string, unknown>)[key]
      if (field !== undefined) copy[key] = field
    }
    return Either.right(copy)
  } catch {
    return Either.left(new FlexInvalidInput({ operation, argument, message: unreadable(argument) }))
  }
}

/**
 * The update's parameters read once: `status` as given, `routing` copied as plain JSON (see
 * {@link json}: what is validated is exactly what is sent).
 */
export const updateParams = (operation: string, params: unknown): Either.Either<unknown, FlexInvalidInput> => {
  let status: unknown
  let routing: unknown
  try {
    if (typeof params !== "object" || params === null) return Either.right(params)
    status = (params as { status?: unknown }).status
    routing = (params as { routing?: unknown }).routing
  } catch {
    return Either.left(new FlexInvalidInput({ operation, argument: "params", message: unreadable("params") }))
  }
  const copy: Record<string, unknown> = {}
  if (status !== undefined) copy.status = status
  if (routing === undefined) return Either.right(copy)
  return Either.map(json(operation, "params.routing", routing), (routing) => ({ ...copy, routing }))
}

/** Why a value is not JSON, or `undefined` when it is a JSON leaf (or a container, checked below). */
const notJson = (value: unknown): string | undefined => {
  switch (typeof value) {
    case "string":
    case "boolean":
      return undefined
    case "number":
      return Number.isFinite(value) ? undefined : `${value} is not a JSON number`
    case "bigint":
      return "a BigInt is not JSON"
    case "function":
      return "a function is not JSON"
    case "symbol":
      return "a symbol is not JSON"
    case "undefined":
      return "undefined is not JSON"
  }
  if (value === null || Array.isArray(value)) return undefined
  const proto = Object.getPrototypeOf(value)
  // A Date, a Map, a boxed string or a class instance would be sent as something else than what
  // was validated (JSON.stringify calls toJSON, drops Map entries, …).
  return proto === Object.prototype || proto === null ? undefined : "only plain objects and arrays are JSON"
}

class NotJson {
  constructor(readonly path: string, readonly reason: string) {}
}

const copyJson = (value: unknown, path: string, ancestors: Set<object>): unknown => {
  const reason = notJson(value)
  if (reason !== undefined) throw new NotJson(path, reason)
  if (typeof value !== "object" || value === null) return value
  if (ancestors.has(value)) throw new NotJson(path, "a cycle is not JSON")
  ancestors.add(value)
  let copy: unknown
  if (Array.isArray(value)) {
    const length = value.length
    const items: Array<unknown> = new Array(length)
    for (let i = 0; i < length; i++) items[i] = copyJson(value[i], `${path}[${i}]`, ancestors)
    copy = items
  } else {
    const fields: Record<string, unknown> = {}
    for (const key of Object.keys(value)) {
      const field = (value as Record<string, unknown>)[key]
      // An undefined field is absent, as JSON.stringify has it.
      if (field !== undefined) fields[key] = copyJson(field, `${path}.${key}`, ancestors)
    }
    copy = fields
  }
  ancestors.delete(value)
  return copy
}

/**
 * A deep copy of a JSON value, each property read once: only strings, finite numbers, booleans,
 * null, arrays and plain objects (an `undefined` field is left out, as `JSON.stringify` does).
 * Anything else (a BigInt, a function, a symbol, `NaN`, a cycle, a `Date` or a class instance, a
 * getter that throws, a revoked Proxy) is a FlexInvalidInput naming `argument`, with the path of
 * the offending value in the message. The copy is what gets validated and sent, so a getter cannot
 * answer the check one way and the request another.
 */
export const json = (
  operation: string,
  argument: string,
  value: unknown
): Either.Either<unknown, FlexInvalidInput> => {
  try {
    return Either.right(copyJson(value, argument, new Set()))
  } catch (error) {
    const message = error instanceof NotJson
      ? `${argument} must be plain JSON: at ${error.path}, ${error.reason}`
      : unreadable(argument)
    return Either.left(new FlexInvalidInput({ operation, argument, message }))
  }
}

/**
 * Checks a copy of parameters against a schema that only checks (literals, patterns and brands,
 * JSON objects: nothing that transforms a value): the copy itself is returned, so the request
 * carries exactly what the caller gave, JSON keys in their order.
 */
export const validate = <A, I>(
  operation: string,
  argument: string,
  schema: Schema.Schema<A, I>,
  copy: unknown
): Either.Either<A, FlexInvalidInput> => Either.map(decode(operation, argument, schema, copy), () => copy as A)

/**
 * The parameters of a call read once: the given keys copied (see {@link snapshot}), those in
 * `jsonKeys` deep-copied as plain JSON (see {@link json}), then checked (see {@link validate}).
 */
export const params = <A, I, K extends string>(
  operation: string,
  value: unknown,
  schema: Schema.Schema<A, I>,
  keys: ReadonlyArray<K>,
  jsonKeys: ReadonlyArray<K> = []
): Either.Either<A, FlexInvalidInput> =>
  Either.gen(function*() {
    const read = yield* snapshot(operation, "params", value, keys)
    if (read === undefined) return yield* validate(operation, "params", schema, read)
    const copy: Record<string, unknown> = { ...read }
    for (const key of jsonKeys) {
      if (copy[key] !== undefined) copy[key] = yield* json(operation, `params.${key}`, copy[key])
    }
    return yield* validate(operation, "params", schema, copy)
  })
