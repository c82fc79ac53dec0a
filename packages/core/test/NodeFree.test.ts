/**
 * @effect-flex/core runs wherever `fetch` does (Bun, Deno, Cloudflare Workers, browsers): its
 * sources import only `effect`, `@effect/platform` and themselves (no `node:` module, no other
 * package), and name no Node global (`process`, `Buffer`, …) except as a property of an object
 * they probed (`globalThis.process?.versions`). The runtime test (`pnpm test:runtimes`) bundles
 * core with no Node built-ins at all and runs it on workerd; this test says where, in the source,
 * a change would break that.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"

const src = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "../src")

// `#decoder`, `#runtime`: package.json's own `imports`, each mapped to files of src/ (scanned here too)
const allowedImport = (specifier: string) =>
  specifier === "#decoder" || specifier === "#runtime" || specifier.startsWith("./") || specifier.startsWith("../") ||
  specifier === "effect" ||
  specifier.startsWith("effect/") || specifier === "@effect/platform" || specifier.startsWith("@effect/platform/")

/** Node's globals that Workers and browsers lack (or, for `process`, have only in part). */
const nodeGlobals = new Set([
  "process",
  "Buffer",
  "global",
  "require",
  "module",
  "__dirname",
  "__filename",
  "setImmediate",
  "clearImmediate"
])

/** An identifier that names a property (of an object or a type), not a variable in scope. */
const isPropertyName = (node: ts.Identifier): boolean => {
  const parent = node.parent
  return (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isQualifiedName(parent) && parent.right === node) ||
    ((ts.isPropertySignature(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) ||
      ts.isMethodSignature(parent) || ts.isMethodDeclaration(parent) || ts.isGetAccessor(parent) ||
      ts.isSetAccessor(parent) || ts.isEnumMember(parent)) && parent.name === node) ||
    (ts.isBindingElement(parent) && parent.propertyName === node)
}

/** What in one source text would tie core to Node: `line: text` for each finding. */
const findNodeUses = (fileName: string, text: string): Array<string> => {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const findings: Array<string> = []
  const report = (node: ts.Node, what: string) =>
    findings.push(`${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`)
  const visit = (node: ts.Node): void => {
    const specifier = (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) ? node.moduleSpecifier : undefined
    if (specifier !== undefined && ts.isStringLiteral(specifier) && !allowedImport(specifier.text)) {
      report(node, `imports "${specifier.text}"`)
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      report(node, "dynamic import()")
    }
    if (ts.isImportTypeNode(node)) report(node, "import() type")
    if (ts.isIdentifier(node) && nodeGlobals.has(node.text) && !isPropertyName(node)) {
      report(node, `names the Node global \`${node.text}\``)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return findings
}

const sourceFiles = (dir: string): Array<string> =>
  Fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = Path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith(".ts") ? [path] : []
  })

describe("@effect-flex/core is free of Node", () => {
  it("its sources import only effect, @effect/platform and themselves, and use no Node global", () => {
    const files = sourceFiles(src)
      .map((path) => Path.relative(src, path).split(Path.sep).join("/"))
    expect(files).toContain("FetchFlexClient.ts")
    expect(files).toContain("internal/config.ts")
    const findings = files.flatMap((relative) =>
      findNodeUses(relative, Fs.readFileSync(Path.join(src, relative), "utf8"))
    )
    expect(findings).toEqual([])
  })

  it("the check finds what it looks for (a control)", () => {
    const bad = [
      `import * as Http from "node:http"`,
      `import { readFileSync } from "fs"`,
      `export { x } from "undici"`,
      `const os = await import("os")`,
      `type T = import("node:stream").Readable`,
      `const env = process.env.TWILIO_AUTH_TOKEN`,
      `const bytes = Buffer.from("x")`,
      `setImmediate(() => {})`,
      `const { process: p } = { process }`
    ].join("\n")
    expect(findNodeUses("bad.ts", bad).map((finding) => finding.replace(/^bad\.ts:(\d+): .*$/, "$1"))).toEqual(
      ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
    )
    const good = [
      `import * as Effect from "effect/Effect"`,
      `import * as FetchHttpClient from "@effect/platform/FetchHttpClient"`,
      `import { x } from "./internal/x.js"`,
      `const p = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node`,
      `const o = { process: 1, Buffer: 2 }`,
      `interface G { readonly process?: unknown }`
    ].join("\n")
    expect(findNodeUses("good.ts", good)).toEqual([])
  })
})
