/**
 * `#runtime` in a browser bundle (package.json `imports`, `browser` condition): a page sends no
 * User-Agent of ours (the browser would not send it, and the header would cost a CORS preflight),
 * so there is nothing to probe (see ./runtime.ts for the other runtimes).
 */

/** No runtime to name: the browser sends its own User-Agent. */
export const description = (): string | undefined => undefined
