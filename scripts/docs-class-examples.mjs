/**
 * Type-checks the `@example` blocks of classes and class members, which @effect/docgen 0.5.2
 * skips (it checks those of functions, constants and types). Run after `docgen` by each
 * package's `docs` script: `node ../../scripts/docs-class-examples.mjs .`
 */
import { execFileSync } from "node:child_process"
import console from "node:console"
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import process from "node:process"

const root = path.resolve(import.meta.dirname, "..")
const ts = createRequire(path.join(root, "package.json"))("typescript")
const pkgDir = path.resolve(process.argv[2] ?? ".")
const name = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")).name
const config = JSON.parse(fs.readFileSync(path.join(pkgDir, "docgen.json"), "utf8"))
const out = path.join(pkgDir, "docs", "class-examples")
fs.rmSync(out, { recursive: true, force: true })
fs.mkdirSync(out, { recursive: true })

let count = 0
for (const file of fs.readdirSync(path.join(pkgDir, "src"))) {
  if (!file.endsWith(".ts")) continue
  const text = fs.readFileSync(path.join(pkgDir, "src", file), "utf8")
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const visit = (node, outer) => {
    const inClass = ts.isClassDeclaration(node) ? (node.name?.text ?? "class") : outer
    if (inClass !== undefined && (ts.isClassDeclaration(node) || ts.isClassElement(node))) {
      for (const doc of node.jsDoc ?? []) {
        const comment = text.slice(doc.pos, doc.end).split("\n").map((line) => line.replace(/^\s*\/?\*+\/?\s?/, ""))
          .join("\n")
        for (const match of comment.matchAll(/@example\s*\n```ts\n([\s\S]*?)```/g)) {
          // the package's own imports point at its sources, as docgen's do
          const code = match[1].replace(
            new RegExp(`from (['"])${name}(?:/(.*?))?\\1`, "g"),
            (_, quote, subpath) => `from ${quote}../../src${subpath ? `/${subpath}` : "/index"}.js${quote}`
          )
          fs.writeFileSync(path.join(out, `${file.replace(/\.ts$/, "")}-${inClass}-${count++}.ts`), code)
        }
      }
    }
    ts.forEachChild(node, (child) => visit(child, inClass))
  }
  visit(source, undefined)
}
fs.writeFileSync(
  path.join(out, "tsconfig.json"),
  JSON.stringify({ compilerOptions: { ...config.examplesCompilerOptions, noEmit: true }, include: ["*.ts"] }, null, 2)
)
console.log(`${name}: ${count} class example(s)`)
try {
  if (count > 0) {
    execFileSync(path.join(root, "node_modules", ".bin", "tsc"), ["-p", path.join(out, "tsconfig.json")], {
      stdio: "inherit"
    })
  }
} catch {
  process.exitCode = 1
} finally {
  fs.rmSync(out, { recursive: true, force: true })
}
