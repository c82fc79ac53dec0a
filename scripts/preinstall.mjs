#!/usr/bin/env node
// The root `preinstall` hook: this is a pnpm workspace (`workspace:` dependencies, pnpm's lockfile),
// so an install by anything but pnpm stops here with the commands to use instead.
import console from "node:console"
import * as Fs from "node:fs"
import process from "node:process"
import { URL } from "node:url"

const userAgent = process.env.npm_config_user_agent ?? ""
if (!userAgent.startsWith("pnpm/")) {
  const manager = userAgent.split("/")[0]
  // npm may have rewritten node_modules already: make the next `npm test` reinstall with pnpm.
  Fs.rmSync(new URL("../node_modules/.effect-flex-install", import.meta.url), { force: true })
  console.error(`
  effect-flex is a pnpm workspace: ${manager ? `\`${manager} install\`` : "this install"} cannot install it.

  Use the commands of README.md (only Node.js and npm needed; they fetch pnpm and install the
  workspace on first use):

    npm start    # the quickstart, against the embedded Flex simulator
    npm test     # every test suite

  or, with pnpm 10 on your PATH: pnpm install, pnpm start, pnpm test.
  (npm may have written a node_modules folder already: npm start / npm test reinstall over it.)
`)
  process.exit(1)
}
