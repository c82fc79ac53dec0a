import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    projects: ["packages/*"],
    // Every suite runs with handlers that fail the run on an unhandled rejection or uncaught
    // exception (vitest reports both as errors and exits non-zero).
    dangerouslyIgnoreUnhandledErrors: false
  }
})
