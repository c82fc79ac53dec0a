/**
 * `#decoder` and `#runtime` (package.json `imports`) resolve by the bundler's conditions, in the
 * source tree and in the published manifest (`publishConfig.imports`) alike. `#decoder`: Schema's
 * own decoder in browsers and Workers (esbuild's `browser` platform, Vite, wrangler's
 * `workerd`/`worker`/`browser`), the compiled one for Node and every other resolver. `#runtime`:
 * no runtime probe for the User-Agent in a browser (none is sent there), the probe elsewhere,
 * Workers included.
 */
import { describe, expect, it } from "@effect/vitest"
import { build } from "esbuild"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"

const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")
const manifest = JSON.parse(Fs.readFileSync(Path.join(root, "package.json"), "utf8"))

/** The files of core's src/internal that esbuild bundles for `entry` under these settings. */
const bundled = async (
  platform: "browser" | "node" | "neutral",
  conditions: Array<string>,
  entry = "src/internal/decode.ts"
) => {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform,
    conditions,
    packages: "external",
    logLevel: "silent"
  })
  return Object.keys(result.metafile.inputs).filter((path) => path.startsWith("src/internal/"))
}

describe("#decoder", () => {
  it("maps browser and worker to Schema's decoder, everything else to the compiled one", () => {
    expect(manifest.imports["#decoder"]).toEqual({
      browser: "./src/internal/schemaDecoder.ts",
      worker: "./src/internal/schemaDecoder.ts",
      default: "./src/internal/compiledDecoder.ts"
    })
    expect(manifest.publishConfig.imports["#decoder"]).toEqual({
      types: "./dist/internal/compiledDecoder.d.ts",
      browser: "./dist/internal/schemaDecoder.js",
      worker: "./dist/internal/schemaDecoder.js",
      default: "./dist/internal/compiledDecoder.js"
    })
  })

  it("a browser or Worker bundle holds no compiler; a Node bundle does", async () => {
    for (const conditions of [[], ["workerd", "worker", "browser"]]) {
      const files = await bundled("browser", conditions)
      expect(files).toContain("src/internal/schemaDecoder.ts")
      expect(files).not.toContain("src/internal/compiledDecoder.ts")
      expect(files).not.toContain("src/internal/compile.ts")
    }
    expect(await bundled("neutral", ["worker"])).not.toContain("src/internal/compile.ts")
    const node = await bundled("node", [])
    expect(node).toContain("src/internal/compiledDecoder.ts")
    expect(node).toContain("src/internal/compile.ts")
  })
})

describe("#runtime", () => {
  it("maps browser to no runtime probe, Workers and everything else to the probe", () => {
    expect(manifest.imports["#runtime"]).toEqual({
      worker: "./src/internal/runtime.ts",
      browser: "./src/internal/browserRuntime.ts",
      default: "./src/internal/runtime.ts"
    })
    expect(manifest.publishConfig.imports["#runtime"]).toEqual({
      types: "./dist/internal/runtime.d.ts",
      worker: "./dist/internal/runtime.js",
      browser: "./dist/internal/browserRuntime.js",
      default: "./dist/internal/runtime.js"
    })
  })

  it("a browser bundle holds no probe; a Worker (wrangler's conditions) or Node bundle does", async () => {
    const config = "src/internal/config.ts"
    const browser = await bundled("browser", [], config)
    expect(browser).toContain("src/internal/browserRuntime.ts")
    expect(browser).not.toContain("src/internal/runtime.ts")
    for (const [platform, conditions] of [["browser", ["workerd", "worker", "browser"]], ["node", []]] as const) {
      const files = await bundled(platform, [...conditions], config)
      expect(files).toContain("src/internal/runtime.ts")
      expect(files).not.toContain("src/internal/browserRuntime.ts")
    }
  })
})
