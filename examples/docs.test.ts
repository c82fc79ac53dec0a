/**
 * Every code block of README.md and docs/*.md is checked here, in `pnpm test` (issue #10).
 *
 * TypeScript blocks (```ts / ```typescript) are written to `examples/build/docs/<doc>-<line>.ts`,
 * type-checked together with the compiler options of `examples/tsconfig.json` (TypeScript's API,
 * no build of the packages needed) and linted with the repository's ESLint config as if they were
 * files of `examples/`. An HTML comment on the line before the fence (one blank line between them
 * at most) says what else is done with a block:
 *
 * - no comment, or `<!-- docs-test: compile -->`: type-checked and linted only (for a block that
 *   needs real Twilio credentials or has no effect of its own);
 * - `<!-- docs-test: vitest -->`: a test file; its tests are registered here and run by vitest;
 * - `<!-- docs-test: program, env: simulator -->`: a program; it runs as a user runs it
 *   (`node --import tsx`, a child process) against a Flex simulator on a loopback port, with
 *   `TWILIO_ACCOUNT_SID`, `TWILIO_AUTH_TOKEN` and `FLEX_BASE_URL` set to the simulator's, and
 *   must exit 0 with nothing on stderr after sending at least one request there; it can connect to
 *   the loopback only (`docs-loopback-only.ts`), so nothing reaches Twilio. A placeholder SID
 *   (two capitals and 32 `x`, e.g. `KDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`) is replaced by a seeded
 *   SID of its kind before the run. The block under "A first program" must also close every active
 *   channel of the interaction, and `examples/first-program.ts` must hold the same code.
 *
 * A block must be a whole module (imports included). Shell blocks (```sh) are listed and not
 * run (they install, benchmark for minutes, or run whole suites); cheap static checks only: every
 * `pnpm <script>` / `npm run <script>` names a script of the package it targets, every path into
 * the repository exists, and every `name@x.y.z` pin matches the version the workspace uses.
 */
import * as FlexConfig from "@effect-flex/core/FlexConfig"
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
import { describe, expect, it } from "@effect/vitest"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { ESLint } from "eslint"
import { execFile } from "node:child_process"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { promisify } from "node:util"
import ts from "typescript"
import * as Docs from "./docs-blocks.js"

const examples = fileURLToPath(new URL(".", import.meta.url))
const root = Path.resolve(examples, "..")
const out = Path.join(examples, "build", "docs")
const loopbackOnly = pathToFileURL(Path.join(examples, "docs-loopback-only.ts")).href

const blocks = Docs.documents(root).flatMap((file) => Docs.extract(root, file))
const typescriptBlocks = blocks.filter((block) => block.kind !== null)
const shellBlocks = blocks.filter((block) => block.lang === "sh" || block.lang === "bash")

Fs.rmSync(out, { recursive: true, force: true })
Fs.mkdirSync(Path.join(out, "run"), { recursive: true })
const sourceOf = (block: Docs.Block): string => Path.join(out, Docs.fileName(block))
for (const block of typescriptBlocks) Fs.writeFileSync(sourceOf(block), block.code)

/** `README.md:60` for line `n` (0-based) of a block's code. */
const at = (block: Docs.Block, line: number): string => `${block.file}:${block.line + line + 1}`

const what = (block: Docs.Block): string => {
  switch (block.kind) {
    case "compile":
      return "type-checked, linted"
    case "vitest":
      return "type-checked, linted, its tests run here"
    case "program":
      return "type-checked, linted, run against a loopback simulator"
    default:
      return block.lang === "sh" || block.lang === "bash"
        ? "listed, not run; scripts, paths and version pins checked"
        : "listed"
  }
}

describe("README and docs code blocks", () => {
  it("lists every block and what is checked", () => {
    expect(typescriptBlocks.length).toBeGreaterThan(0)

    console.log(blocks.map((block) => `${block.id} (${block.lang || "no language"}): ${what(block)}`).join("\n"))
  })

  it("type-checks every TypeScript block (examples/tsconfig.json options)", () => {
    const parsed = ts.getParsedCommandLineOfConfigFile(Path.join(examples, "tsconfig.json"), undefined, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"))
      }
    })!
    const options: ts.CompilerOptions = {
      ...parsed.options,
      noEmit: true,
      composite: false,
      incremental: false,
      declaration: false,
      declarationMap: false,
      emitDeclarationOnly: false,
      sourceMap: false
    }
    delete options.tsBuildInfoFile
    delete options.outDir
    delete options.rootDir
    const files = new Map(typescriptBlocks.map((block) => [Path.resolve(sourceOf(block)), block]))
    const program = ts.createProgram({ rootNames: [...files.keys()], options })
    const problems = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map((diagnostic) =>
      `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`
    )
    for (const [file, block] of files) {
      const source = program.getSourceFile(file)!
      const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]
      for (const diagnostic of diagnostics) {
        const { line } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0)
        problems.push(
          `${at(block, line)}: TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`
        )
      }
    }
    expect(problems).toEqual([])
  }, 60_000)

  it("lints every TypeScript block as a file of examples/ (pnpm lint's rules)", async () => {
    const eslint = new ESLint({ cwd: root })
    const problems: Array<string> = []
    for (const block of typescriptBlocks) {
      const filePath = Path.join(examples, `docs-block-${Docs.fileName(block)}`)
      for (const result of await eslint.lintText(block.code, { filePath })) {
        for (const message of result.messages) {
          problems.push(`${at(block, message.line - 1)}: ${message.message} (${message.ruleId ?? "eslint"})`)
        }
      }
    }
    expect(problems).toEqual([])
  }, 30_000)

  it("examples/first-program.ts is README's first program", () => {
    const [first] = typescriptBlocks.filter((block) =>
      block.file === "README.md" && block.heading === "A first program"
    )
    expect(first?.kind).toBe("program")
    const file = Fs.readFileSync(Path.join(examples, "first-program.ts"), "utf8")
    // the file's own doc comment, then the block verbatim
    expect(file.replace(/^\/\*\*[\s\S]*?\*\/\n/, "")).toBe(first!.code)
  })

  for (const block of typescriptBlocks.filter((block) => block.kind === "program")) {
    it.scopedLive(`${block.id}: the program runs against a loopback simulator`, () =>
      Effect.gen(function*() {
        const context = yield* Layer.build(NodeFlexSimulator.layer({
          seed: { interactions: 1, channelsPerInteraction: 40, participantsPerChannel: 2, chatChannels: 5 }
        }))
        const simulator = Context.get(context, FlexSimulator.FlexSimulator)
        const { url } = Context.get(context, NodeFlexSimulator.NodeFlexSimulator)
        const { accountSid, authToken } = simulator.credentials
        const [interaction] = yield* simulator.listInteractions
        const [channel] = yield* simulator.listInteractionChannels(interaction!.sid)
        const [participant] = yield* simulator.listParticipants(interaction!.sid, channel!.sid)
        const [chatChannel] = yield* simulator.listChatChannels
        const activeBefore = (yield* simulator.listInteractionChannels(interaction!.sid))
          .filter((c) => c.status === "active")
        expect(activeBefore.length).toBeGreaterThan(0)
        const env: Record<string, string> = {
          ...Object.fromEntries(
            Object.entries(process.env).filter((entry): entry is [string, string] =>
              entry[1] !== undefined && !/^(TWILIO|FLEX)_/.test(entry[0])
            )
          ),
          TWILIO_ACCOUNT_SID: accountSid,
          TWILIO_AUTH_TOKEN: Redacted.value(authToken),
          FLEX_BASE_URL: url
        }
        // The environment points FlexConfig (so NodeFlexClient.layerConfig()) at the simulator; and
        // whatever the program does, it can connect to the loopback only (docs-loopback-only.ts).
        const fromEnv = yield* FlexConfig.fromEnv.pipe(
          Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env)))),
          Effect.orDie
        )
        expect(String(fromEnv.baseUrl), "FlexConfig.fromEnv honours FLEX_BASE_URL").toBe(url)

        const code = Docs.replacePlaceholderSids(block.code, {
          AC: accountSid,
          KD: interaction!.sid,
          UO: channel!.sid,
          UT: participant!.sid,
          CH: chatChannel!.sid
        })
        const file = Path.join(out, "run", Docs.fileName(block))
        Fs.writeFileSync(file, code)
        const { stderr } = yield* Effect.promise(() =>
          promisify(execFile)(process.execPath, ["--import", "tsx", "--import", loopbackOnly, file], {
            cwd: examples,
            env,
            timeout: 40_000
          })
        )
        expect(stderr).toBe("")

        const journal = yield* simulator.journal
        expect(journal.length, "requests that reached the simulator").toBeGreaterThan(0)
        expect(journal.filter((entry) => entry.status === 401 || entry.status === 403)).toEqual([])
        if (block.file === "README.md" && block.heading === "A first program") {
          const channels = yield* simulator.listInteractionChannels(interaction!.sid)
          expect(channels.filter((c) => c.status === "active")).toEqual([])
          expect(journal.some((entry) => entry.route === "UpdateInteractionChannel" && entry.status === 200)).toBe(true)
        }
      }), 60_000)
  }

  it("shell blocks: scripts, repository paths and version pins exist", () => {
    const readJson = (file: string) => JSON.parse(Fs.readFileSync(Path.join(root, file), "utf8"))
    const rootPackage = readJson("package.json")
    const packages = new Map<string, { scripts?: Record<string, string> }>()
    for (
      const dir of [
        "examples",
        "bench",
        ...Fs.readdirSync(Path.join(root, "packages")).map((p) => `packages/${p}`)
      ]
    ) {
      if (Fs.existsSync(Path.join(root, dir, "package.json"))) {
        const json = readJson(`${dir}/package.json`)
        packages.set(json.name, json)
      }
    }
    // the versions the workspace pins: root devDependencies, the packages' dependencies, pnpm
    const pinned = new Map<string, Set<string>>()
    const pin = (name: string, version: string) => pinned.set(name, (pinned.get(name) ?? new Set()).add(version))
    for (const json of [rootPackage, ...packages.values()]) {
      for (const deps of [json.dependencies, json.devDependencies, json.peerDependencies]) {
        for (const [name, version] of Object.entries<string>(deps ?? {})) pin(name, version.replace(/^[\^~]/, ""))
      }
    }
    const [pm, pmVersion] = String(rootPackage.packageManager).split("@")
    pin(pm!, pmVersion!)

    const builtins = new Set([
      "install",
      "i",
      "ci",
      "add",
      "exec",
      "dlx",
      "pack",
      "publish",
      "why",
      "list",
      "ls",
      "update",
      "outdated",
      "remove",
      "link",
      "init",
      "create",
      "config",
      "store",
      "version"
    ])
    const topLevel = new Set(Fs.readdirSync(root))
    const problems: Array<string> = []
    for (const block of shellBlocks) {
      for (const { name, version } of Docs.versionPins(block.code)) {
        const versions = pinned.get(name)
        if (versions !== undefined && !versions.has(version)) {
          problems.push(`${block.id}: ${name}@${version}, the workspace uses ${[...versions].join(", ")}`)
        }
      }
      for (const words of Docs.commands(block.code)) {
        const [tool, ...args] = words
        if (tool === "pnpm" || tool === "npm") {
          let target: { scripts?: Record<string, string> } | undefined = rootPackage
          const positional: Array<string> = []
          for (let i = 0; i < args.length; i++) {
            const arg = args[i]!
            if (arg === "--filter" || arg === "-F") {
              target = packages.get(args[++i]!)
            } else if (!arg.startsWith("-")) positional.push(arg)
          }
          const [command, script] = positional
          const scriptName = command === "run" ? script : command
          if (command === undefined || scriptName === undefined || target === undefined) continue
          // npm runs only `start`, `test` and `run <script>` from package.json; pnpm also runs `pnpm <script>`
          const isScript = command === "run" ||
            (tool === "npm" ? command === "start" || command === "test" : !builtins.has(command))
          if (isScript && target.scripts?.[scriptName] === undefined) {
            problems.push(`${block.id}: \`${words.join(" ")}\`: no script "${scriptName}"`)
          }
        }
        for (const word of words) {
          const path = word.replace(/^--?[\w-]+=/, "")
          const [first] = path.split("/")
          if (!path.includes("/") || !topLevel.has(first!) || path.includes("/build/")) continue
          const fixed = path.split(/[*?[]/)[0]!
          const existing = /[*?[]/.test(path) ? Path.dirname(fixed + "x") : fixed
          if (!Fs.existsSync(Path.join(root, existing))) problems.push(`${block.id}: no such path ${path}`)
        }
      }
    }
    expect(problems).toEqual([])
  })
})

// The tests of the `vitest` blocks, run as the reader would run them.
for (const block of typescriptBlocks.filter((block) => block.kind === "vitest")) {
  describe(`${block.id} (vitest block)`, async () => {
    await import(pathToFileURL(sourceOf(block)).href)
  })
}
