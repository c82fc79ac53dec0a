/**
 * Preloaded (`node --import tsx --import ./docs-loopback-only.ts`) into the programs that
 * `docs.test.ts` runs from the docs: every TCP connection to a host other than the loopback
 * fails, so a program that ignores `FLEX_BASE_URL` can never send the simulator's credentials (or
 * anything) to Twilio; it fails with a connection error that names the host instead.
 */
import * as Net from "node:net"

const loopback = new Set(["localhost", "127.0.0.1", "::1", "[::1]"])

const connect = Net.Socket.prototype.connect
const guarded = function(this: Net.Socket, ...args: Array<unknown>) {
  // net.connect passes its normalized [options, callback] pair as the only argument
  const first = Array.isArray(args[0]) ? args[0][0] : args[0]
  const options = typeof first === "object" && first !== null
    ? first as { readonly host?: string | null; readonly path?: string | null }
    : undefined
  const host = options !== undefined
    ? (options.path ? "localhost" : options.host ?? "localhost") // a path: a local socket, as for Node
    : typeof first === "number" || /^\d+$/.test(String(first))
    ? typeof args[1] === "string" ? args[1] : "localhost"
    : "localhost"
  if (!loopback.has(host) && !host.startsWith("127.")) {
    const error = new Error(`docs test: no connection to ${host} (only the loopback simulator may be called)`)
    process.nextTick(() => this.destroy(error))
    return this
  }
  return (connect as (...args: Array<unknown>) => Net.Socket).apply(this, args)
}
Net.Socket.prototype.connect = guarded as typeof connect
