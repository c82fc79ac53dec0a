/**
 * Reading the failure of an exit in a test, shared by the suites of both packages.
 */
import { expect } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"

/** The typed failure of an exit; a success, a defect or an interruption fails the test. */
export const failureOf = <A, E>(exit: Exit.Exit<A, E>): E => {
  if (Exit.isSuccess(exit)) throw new Error("expected a failure, got a success")
  const failure = Cause.failureOption(exit.cause)
  if (Option.isNone(failure) || !Chunk.isEmpty(Cause.defects(exit.cause))) {
    throw new Error(`not a typed failure: ${Cause.pretty(exit.cause)}`)
  }
  return failure.value
}

/**
 * Asserts the given fields of an error (plain values, compared with toEqual). Not toMatchObject on
 * the error itself: vitest's diff of an Effect error object overflows the stack.
 */
export const expectFields = (error: unknown, expected: Record<string, unknown>): void => {
  const actual = error as Record<string, unknown>
  expect(Object.fromEntries(Object.keys(expected).map((key) => [key, actual[key]]))).toEqual(expected)
}
