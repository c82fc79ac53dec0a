/**
 * Comparing a decoder's outcome with Schema's own: the same Right value (class instances
 * included), or the very same issue.
 */
import { expect } from "@effect/vitest"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as Equal from "effect/Equal"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"

/**
 * Deep equality that sees classes: same prototype, same own keys in the same order, each value
 * the same; `DateTime`s by `Equal` (they cache computed parts as own keys).
 */
export const same = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false
  if (DateTime.isDateTime(a)) return Equal.equals(a, b)
  const keys = Reflect.ownKeys(a)
  const other = Reflect.ownKeys(b)
  return keys.length === other.length &&
    keys.every((key, i) => key === other[i] && same((a as any)[key], (b as any)[key]))
}

/** `Schema.decodeUnknownEither`, its `ParseError` unwrapped to the issue (decoders return issues). */
export const reference = <A>(schema: Schema.Schema<A, any>) => {
  const decode = Schema.decodeUnknownEither(schema)
  return (input: unknown): Either.Either<A, ParseResult.ParseIssue> =>
    Either.mapLeft(decode(input), (error) => error.issue)
}

const show = (result: Either.Either<unknown, ParseResult.ParseIssue>) =>
  Either.isLeft(result) ? ParseResult.TreeFormatter.formatIssueSync(result.left) : "Right"

/** A decoder and Schema agree on `input`: both Right with the same value, or the same issue. */
export const agree = <A>(
  decoder: (input: unknown) => Either.Either<A, ParseResult.ParseIssue>,
  schema: (input: unknown) => Either.Either<A, ParseResult.ParseIssue>,
  input: unknown
): Either.Either<A, ParseResult.ParseIssue> => {
  const fast = decoder(input)
  const full = schema(input)
  expect(fast._tag).toBe(full._tag)
  if (Either.isRight(fast) && Either.isRight(full)) {
    expect(same(fast.right, full.right)).toBe(true)
  } else {
    expect(show(fast)).toBe(show(full))
  }
  return fast
}
