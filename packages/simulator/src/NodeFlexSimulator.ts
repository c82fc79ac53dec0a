/**
 * The Flex simulator served on a loopback port, for examples, browser tests and benchmarks.
 *
 * @example
 * ```ts
 * import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const { url } = yield* NodeFlexSimulator.NodeFlexSimulator // e.g. http://127.0.0.1:54321
 *   console.log(`export FLEX_BASE_URL=${url}`)
 * }).pipe(Effect.provide(NodeFlexSimulator.layer({ port: 0, seed: { chatChannels: 10 } })))
 *
 * Effect.runPromise(program)
 * ```
 *
 * @since 0.1.0
 */
import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import type * as HttpServerError from "@effect/platform/HttpServerError"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as Http from "node:http"
import * as FlexSimulator from "./FlexSimulator.js"

/**
 * The running server.
 *
 * @example
 * ```ts
 * import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
 *
 * const clientUrl = (server: NodeFlexSimulator.NodeFlexSimulator) => `${server.url}/v1/Channels`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface NodeFlexSimulator {
  /** The base URL to give a client, e.g. `http://127.0.0.1:54321` (no trailing slash). */
  readonly url: string
  readonly host: string
  readonly port: number
}

/**
 * @example
 * ```ts
 * import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const { port, url } = yield* NodeFlexSimulator.NodeFlexSimulator
 *   console.log(url.endsWith(`:${port}`)) // true
 * })
 *
 * Effect.runPromise(Effect.provide(program, NodeFlexSimulator.layer()))
 * ```
 *
 * @since 0.1.0
 * @category tags
 */
export const NodeFlexSimulator: Context.Tag<NodeFlexSimulator, NodeFlexSimulator> = Context.GenericTag<
  NodeFlexSimulator
>("@effect-flex/simulator/NodeFlexSimulator")

/**
 * Options of {@link layer}: the simulator's options plus where to listen.
 *
 * @example
 * ```ts
 * import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
 *
 * const options: NodeFlexSimulator.Options = { port: 4010, seed: { chatChannels: 10 }, limits: { concurrency: 4 } }
 * const Simulator = NodeFlexSimulator.layer(options)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Options extends FlexSimulator.Options {
  /** The port (default `0`: a free port chosen by the system). */
  readonly port?: number | undefined
  /** The interface (default `127.0.0.1`: loopback only). */
  readonly host?: string | undefined
}

/**
 * The socket-level {@link FlexSimulator.Transport}: the connection is really lost (the socket is
 * destroyed), before the response or after part of the body.
 *
 * @example
 * ```ts
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
 * import { Effect } from "effect"
 *
 * // the simulator's app for your own NodeHttpServer: dropped connections really drop the socket
 * const app = Effect.map(
 *   FlexSimulator.make({ seed: { chatChannels: 5 } }),
 *   (sim) => Effect.provideService(sim.app, FlexSimulator.Transport, NodeFlexSimulator.transport)
 * )
 * ```
 *
 * @since 0.1.0
 * @category transport
 */
export const transport: FlexSimulator.Transport = {
  dropConnection: (request) =>
    Effect.sync(() => {
      NodeHttpServerRequest.toServerResponse(request).destroy()
      return HttpServerResponse.empty({ status: 500 })
    }),
  dropMidBody: (request, { headers, partial, status }) => {
    const destroyWhenFlushed = Effect.async<void>((resume) => {
      const socket = NodeHttpServerRequest.toServerResponse(request).socket
      if (socket === null || socket.destroyed) return resume(Effect.void)
      // an empty write completes once everything written before it is flushed
      socket.write(new Uint8Array(0), () => {
        socket.destroy()
        resume(Effect.void)
      })
    })
    return Effect.succeed(
      HttpServerResponse.stream(
        Stream.concat(Stream.succeed(partial), Stream.drain(Stream.fromEffect(destroyWhenFlushed))),
        { status, headers }
      )
    )
  }
}

/**
 * Serves a fresh simulator on a loopback port for the lifetime of the layer's scope (the server
 * and its open connections are closed with it). Provides the {@link FlexSimulator.FlexSimulator}
 * service (seed, inspect, inject faults, set limits, journal) and the {@link NodeFlexSimulator} (its URL).
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { NodeFlexClient } from "@effect-flex/node"
 * import * as NodeFlexSimulator from "@effect-flex/simulator/NodeFlexSimulator"
 * import { Effect, Layer } from "effect"
 *
 * // a FlexClient over real sockets, talking to a simulator on a free loopback port
 * const FlexLive = Layer.unwrapEffect(Effect.map(NodeFlexSimulator.NodeFlexSimulator, ({ url }) =>
 *   NodeFlexClient.layer({
 *     accountSid: FlexSimulator.defaultCredentials.accountSid,
 *     authToken: FlexSimulator.defaultCredentials.authToken,
 *     baseUrl: url
 *   })))
 * const TestLayer = FlexLive.pipe(Layer.provideMerge(NodeFlexSimulator.layer({ seed: { chatChannels: 10 } })))
 *
 * const program = Effect.gen(function*() {
 *   const flex = yield* FlexClient.FlexClient
 *   const sim = yield* FlexSimulator.FlexSimulator
 *   yield* flex.channels.list()
 *   console.log((yield* sim.journal).length) // 1
 * })
 *
 * Effect.runPromise(Effect.provide(program, TestLayer))
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options?: Options
): Layer.Layer<FlexSimulator.FlexSimulator | NodeFlexSimulator, HttpServerError.ServeError> =>
  Layer.scopedContext(Effect.gen(function*() {
    const simulator = yield* FlexSimulator.make(options)
    const host = options?.host ?? "127.0.0.1"
    const nodeServer = Http.createServer()
    const server = yield* NodeHttpServer.make(() => nodeServer, { port: options?.port ?? 0, host })
    // runs before the server's own close: keep-alive connections must not hold the scope open
    yield* Effect.addFinalizer(() => Effect.sync(() => nodeServer.closeAllConnections()))
    yield* server.serve(Effect.provideService(simulator.app, FlexSimulator.Transport, transport))
    const port = server.address._tag === "TcpAddress" ? server.address.port : 0
    const hostname = host.includes(":") ? `[${host}]` : host
    const service: NodeFlexSimulator = { url: `http://${hostname}:${port}`, host, port }
    return Context.make(NodeFlexSimulator, service).pipe(Context.add(FlexSimulator.FlexSimulator, simulator))
  }))
