/**
 * The pack-and-install smoke program (scripts/pack-smoke.mjs copies it into a project outside the
 * workspace, where the packed tarballs are installed from disk and Effect from the registry).
 * Type-checked there with `module: nodenext`, then run with Node.
 */
import { BrowserFlexClient } from "@effect-flex/browser"
import * as FlexClient from "@effect-flex/core/FlexClient"
import { NodeFlexClient } from "@effect-flex/node"
import * as FlexSimulator from "@effect-flex/simulator/FlexSimulator"
import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
import { Effect } from "effect"
import { strict as assert } from "node:assert"
import { createRequire } from "node:module"

const firstChannels = Effect.flatMap(FlexClient.FlexClient, (flex) => flex.channels.list({ limit: 2 }))

// One call against the in-process simulator.
const inProcess = firstChannels.pipe(Effect.provide(FlexSimulator.layerClient({ seed: { chatChannels: 3 } })))

// The same call over a loopback socket: NodeFlexClient against NodeFlexSimulator.
const overLoopback = Effect.gen(function*() {
  const { url } = yield* NodeFlexSimulator.NodeFlexSimulator
  const { accountSid, authToken } = FlexSimulator.defaultCredentials
  return yield* firstChannels.pipe(Effect.provide(NodeFlexClient.layer({ accountSid, authToken, baseUrl: url })))
}).pipe(Effect.provide(NodeFlexSimulator.layer({ port: 0, seed: { chatChannels: 3 } })))

const local = await Effect.runPromise(inProcess)
assert.equal(local.length, 2)
assert.match(local[0]!.sid, /^CH[0-9a-f]{32}$/)
console.log(`in-process simulator: ${local.map((channel) => channel.sid).join(", ")}`)

const remote = await Effect.runPromise(overLoopback)
assert.deepEqual(remote.map((channel) => channel.sid), local.map((channel) => channel.sid))
console.log(`loopback simulator:   ${remote.length} chat channels, the same SIDs`)

assert.equal(typeof BrowserFlexClient.layer, "function")

// Internal modules are not part of the package's interface.
const internal: string = "@effect-flex/core/internal/client"
await assert.rejects(import(internal), { code: "ERR_PACKAGE_PATH_NOT_EXPORTED" })
const require = createRequire(import.meta.url)
assert.throws(() => require.resolve(internal), { code: "ERR_PACKAGE_PATH_NOT_EXPORTED" })
console.log(`${internal}: not exported`)

// CommonJS can load the ESM-only packages on the Node versions of `engines` (require(esm)).
const [major, minor] = process.versions.node.split(".").map(Number) as [number, number]
if ((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 23) {
  const required = require("@effect-flex/core/FlexClient") as typeof FlexClient
  assert.equal(typeof required.make, "function")
  console.log(`require("@effect-flex/core/FlexClient") works on Node ${process.versions.node}`)
}

console.log("pack smoke: ok")
