import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "simulator",
    include: ["test/**/*.test.ts"],
    // process safety: fails a test file that saw an unhandled rejection or uncaught exception
    setupFiles: ["../core/test/reliability/setup.ts"]
  }
})
