/**
 * The Flex simulator served on a loopback port, for examples, browser tests and benchmarks.
 *
 * ```ts
 * import { NodeFlexSimulator } from "@effect-flex/node"
 *
 * const program = Effect.gen(function* () {
 *   const { url } = yield* NodeFlexSimulator.NodeFlexSimulator // e.g. http://127.0.0.1:54321
 * }).pipe(Effect.provide(NodeFlexSimulator.layer({ port: 0, seed: { chatChannels: 10 } })))
 * ```
 *
 * @since 0.1.0
 */
import * as FlexSimulator from "@effect-flex/core/FlexSimulator"
import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import type * as HttpServerError from "@effect/platform/HttpServerError"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as Http from "node:http"

/**
 * The running server.
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
 * @since 0.1.0
 * @category tags
 */
export const NodeFlexSimulator: Context.Tag<NodeFlexSimulator, NodeFlexSimulator> = Context.GenericTag<
  NodeFlexSimulator
>("@effect-flex/node/NodeFlexSimulator")

/**
 * Options of {@link layer}: the simulator's options plus where to listen.
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
