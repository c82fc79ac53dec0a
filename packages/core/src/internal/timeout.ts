/**
 * The per-attempt timeout.
 */
import type * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Scope from "effect/Scope"

/** The live clock schedules with real timers; a TestClock (no `scheduler`) drives its own sleeps. */
export const isLiveClock = (clock: Clock.Clock): boolean => "scheduler" in clock

/**
 * Runs an attempt in its own scope under a timeout, failing with `onTimeout()` when it runs out.
 * With the live clock the timeout is a plain timer that aborts the request by closing the scope
 * (no fiber is forked per request: `Effect.timeout` forks two); under any other clock (a
 * TestClock) it is `Effect.timeoutFail`, so tests control time.
 */
export const timed = <A, E>(
  timeout: Duration.Duration,
  effect: Effect.Effect<A, E, Scope.Scope>,
  onTimeout: () => E
): Effect.Effect<A, E> =>
  Effect.flatMap(Scope.make(), (scope) =>
    Effect.clockWith((clock) => {
      const attempt = Scope.extend(effect, scope)
      if (!isLiveClock(clock)) {
        return Effect.timeoutFail(attempt, { duration: timeout, onTimeout })
      }
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        Effect.runFork(Scope.close(scope, Exit.void))
      }, Duration.toMillis(timeout))
      return attempt.pipe(
        Effect.mapError((failure) => (timedOut ? onTimeout() : failure)),
        Effect.ensuring(Effect.sync(() => clearTimeout(timer)))
      )
    }).pipe(
      // Closing the scope aborts the request. A response read to its end needs no abort (and an
      // abort costs a DOMException with its stack): only a failed or interrupted attempt closes it.
      Effect.onExit((exit) => Exit.isSuccess(exit) ? Effect.void : Scope.close(scope, exit))
    ))
