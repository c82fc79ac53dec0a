import { defineConfig } from "vite"

/**
 * The policy the page is tested under (test/e2e.test.ts) and `pnpm preview` serves it with: only
 * the page's own scripts and styles (no inline code, no `eval`), requests to loopback only (the
 * simulator). To call a proxy of yours, add its origin to `connect-src`.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join("; ")

export default defineConfig({
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  preview: { host: "127.0.0.1", port: 4173, headers: { "Content-Security-Policy": contentSecurityPolicy } },
  build: { target: "es2022" }
})
