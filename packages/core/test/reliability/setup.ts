/**
 * Process safety (a vitest `setupFiles` entry): while a test file runs, every
 * `unhandledRejection` and `uncaughtException` is recorded, and the file fails in `afterAll` if any
 * was seen. Vitest reports such errors too; this makes the property explicit and names the event.
 * The node and browser packages use this same file (their vitest.config.ts point here).
 */
import { afterAll, expect } from "vitest"

interface ProcessEvent {
  readonly kind: "unhandledRejection" | "uncaughtException"
  readonly error: string
}

const seen: Array<ProcessEvent> = []
const render = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error)

function effectFlexUnhandledRejection(reason: unknown): void {
  seen.push({ kind: "unhandledRejection", error: render(reason) })
}
function effectFlexUncaughtException(error: unknown): void {
  seen.push({ kind: "uncaughtException", error: render(error) })
}

process.on("unhandledRejection", effectFlexUnhandledRejection)
process.on("uncaughtException", effectFlexUncaughtException)

afterAll(async () => {
  // let rejections of the last test's promises surface before looking
  await new Promise((resolve) => setTimeout(resolve, 10))
  process.off("unhandledRejection", effectFlexUnhandledRejection)
  process.off("uncaughtException", effectFlexUncaughtException)
  expect(seen, "unhandled rejections or uncaught exceptions during this test file").toEqual([])
})
