import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    projects: ["packages/*", "examples", "examples/browser"],
    // In CI, also write a JSON report: .ci/run prints the "N passed, N failed" line from it.
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "build/vitest-results.json" }
  }
})
