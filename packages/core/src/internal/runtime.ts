/**
 * What the User-Agent says of the runtime: `#runtime` (package.json `imports`) resolves here for
 * Node, Bun, Deno and Workers, and to ./browserRuntime.ts under the `browser` condition, where
 * the answer is always "none" and this probe would only weigh on the page.
 */
interface RuntimeGlobals {
  readonly process?: {
    readonly versions?: { readonly node?: string; readonly bun?: string }
    readonly platform?: string
    readonly arch?: string
  }
  readonly Deno?: { readonly version?: { readonly deno?: string } }
  readonly navigator?: { readonly userAgent?: string }
}

/**
 * The runtime, for the User-Agent. Probed through `globalThis`, never as bare globals: Workers and
 * browsers have no `process`, and Bun and Deno have one that names a Node version. A browser gets
 * no User-Agent of ours (it would not send it, and the header would cost a CORS preflight).
 */
export const description = (): string | undefined => {
  const globals = globalThis as RuntimeGlobals
  // First: a Worker with `nodejs_compat` also has a `process`.
  if (globals.navigator?.userAgent === "Cloudflare-Workers") return "cloudflare-workers"
  const versions = globals.process?.versions
  const os = globals.process?.platform === undefined ? "" : `(${globals.process.platform} ${globals.process.arch}) `
  const deno = globals.Deno?.version?.deno
  if (deno !== undefined) return `${os}deno/${deno}`
  if (versions?.bun !== undefined) return `${os}bun/${versions.bun}`
  return versions?.node === undefined ? undefined : `${os}node/${versions.node}`
}
