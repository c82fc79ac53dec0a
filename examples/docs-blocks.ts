/**
 * Reads the fenced code blocks of README.md and docs/*.md for `docs.test.ts`, with the
 * `<!-- docs-test: … -->` directive that says how each TypeScript block is checked (the
 * convention is described in `docs.test.ts`).
 */
import * as Fs from "node:fs"
import * as Path from "node:path"

/** How a TypeScript block is checked (every kind is also type-checked and linted). */
export type Kind = "compile" | "vitest" | "program"

export interface Block {
  /** The markdown file, relative to the repository root (`README.md`, `docs/RELIABILITY.md`). */
  readonly file: string
  /** 1-based line of the opening fence: line `n` of the code is line `line + n` of the file. */
  readonly line: number
  /** The fence's info string, lower-cased first word (`ts`, `sh`, ``). */
  readonly lang: string
  readonly code: string
  /** The nearest heading above the block. */
  readonly heading: string
  /** `README.md:53` */
  readonly id: string
  /** The directive of a TypeScript block (default `compile`); `null` for other languages. */
  readonly kind: Kind | null
}

const directivePattern = /^<!--\s*docs-test:\s*(.*?)\s*-->$/
const kinds: ReadonlyArray<Kind> = ["compile", "vitest", "program"]

export const isTypeScript = (lang: string): boolean => lang === "ts" || lang === "typescript"

/** `compile`, `vitest`, `program` or `program, env: simulator` (the only environment). */
const parseDirective = (text: string, where: string): Kind => {
  const [kind, ...options] = text.split(",").map((part) => part.trim())
  if (!kinds.includes(kind as Kind)) {
    throw new Error(`${where}: unknown docs-test kind "${kind}" (expected ${kinds.join(", ")})`)
  }
  for (const option of options) {
    if (kind !== "program" || !/^env:\s*simulator$/.test(option)) {
      throw new Error(`${where}: unknown docs-test option "${option}" for "${kind}"`)
    }
  }
  return kind as Kind
}

/** The directive on the line before a fence (one blank line between them at most), if any. */
const directiveBefore = (lines: ReadonlyArray<string>, fenceIndex: number): string | null => {
  for (let index = fenceIndex - 1; index >= 0 && index >= fenceIndex - 2; index--) {
    const text = lines[index]!.trim()
    if (text === "") continue
    return directivePattern.exec(text)?.[1] ?? null
  }
  return null
}

/** The fenced blocks of one markdown file, in order. */
export const extract = (root: string, file: string): Array<Block> => {
  const lines = Fs.readFileSync(Path.join(root, file), "utf8").split("\n")
  const blocks: Array<Block> = []
  let heading = ""
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!
    if (/^#{1,6}\s/.test(text)) heading = text.replace(/^#+\s*/, "").trim()
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(text)
    if (fence === null) continue
    const line = index + 1
    const where = `${file}:${line}`
    const marker = fence[1]!
    const lang = (fence[2] ?? "").toLowerCase()
    const directive = directiveBefore(lines, index)
    const body: Array<string> = []
    for (index++; index < lines.length; index++) {
      const closing = lines[index]!.trim()
      if (closing.startsWith(marker) && /^[`~]+$/.test(closing) && closing[0] === marker[0]) break
      body.push(lines[index]!)
    }
    if (index >= lines.length) throw new Error(`${where}: unclosed code fence`)
    if (directive !== null && !isTypeScript(lang)) {
      throw new Error(`${where}: a docs-test directive on a "${lang}" block (only ts blocks take one)`)
    }
    blocks.push({
      file,
      line,
      lang,
      code: body.join("\n") + "\n",
      heading,
      id: where,
      kind: isTypeScript(lang) ? (directive === null ? "compile" : parseDirective(directive, where)) : null
    })
  }
  return blocks
}

/** README.md then docs/*.md (sorted). */
export const documents = (root: string): Array<string> => [
  "README.md",
  ...Fs.readdirSync(Path.join(root, "docs")).filter((name) => name.endsWith(".md")).sort().map((name) => `docs/${name}`)
]

/** A file name for the block: `README-53.ts`, `docs-RELIABILITY-10.ts`. */
export const fileName = (block: Block, extension = ".ts"): string =>
  `${block.file.replace(/\.md$/, "").replace(/[/\\]/g, "-")}-${block.line}${extension}`

/**
 * Placeholder SIDs in a block (`"KDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`: two capitals and 32 `x`),
 * replaced by real ones (by prefix) before the block runs against the simulator.
 */
export const replacePlaceholderSids = (
  code: string,
  sids: { readonly [prefix: string]: string }
): string =>
  code.replace(/\b([A-Z]{2})x{32}\b/g, (placeholder, prefix: string) => {
    const sid = sids[prefix]
    if (sid === undefined) throw new Error(`no simulator SID for the placeholder ${placeholder}`)
    return sid
  })

/** `name@1.2.3` pins in a shell block, e.g. `pnpm@10.34.9`, `@effect/platform@0.97.2`. */
export const versionPins = (code: string): Array<{ readonly name: string; readonly version: string }> =>
  Array.from(
    code.matchAll(/(?<![\w@/.-])((?:@[\w.-]+\/)?[\w.-]+)@(\d+\.\d+\.\d+[\w.-]*)/g),
    (match) => ({ name: match[1]!, version: match[2]! })
  )

/** Splits a line into shell words (quotes removed) and the operators `&&`, `||`, `;`, `|`. */
const shellWords = (line: string): Array<string> => {
  const words: Array<string> = []
  const pattern = /\s*(?:(&&|\|\||;|\|)|((?:[^\s"'&|;]|"[^"]*"|'[^']*')+))/gy
  for (let match = pattern.exec(line); match !== null && match[0] !== ""; match = pattern.exec(line)) {
    words.push(match[1] ?? match[2]!.replace(/"([^"]*)"|'([^']*)'/g, "$1$2"))
  }
  return words
}

/**
 * The commands of a shell block, as words: comments dropped, `\` continuations joined, split on
 * `&&`, `||`, `;` and `|`, leading `VAR=value` assignments removed.
 */
export const commands = (code: string): Array<ReadonlyArray<string>> => {
  const result: Array<Array<string>> = []
  for (const line of code.replace(/\\\n/g, " ").split("\n")) {
    let current: Array<string> = []
    for (const word of shellWords(line.replace(/(^|\s)#.*$/, ""))) {
      if (["&&", "||", ";", "|"].includes(word)) {
        result.push(current)
        current = []
      } else if (current.length > 0 || !/^[A-Za-z_]\w*=/.test(word)) {
        current.push(word)
      }
    }
    result.push(current)
  }
  return result.filter((words) => words.length > 0)
}
