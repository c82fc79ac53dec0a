/**
 * A Twilio-faithful Flex API (v1) simulator for tests, examples and demos: in-process as an
 * `HttpApp` and a FlexClient layer (this entry point, no Node built-ins), or served on a loopback
 * port from `@effect-flex/simulator/NodeFlexSimulator` (Node only).
 *
 * @example
 * ```ts
 * import { FlexClient } from "@effect-flex/core"
 * import { FlexSimulator } from "@effect-flex/simulator"
 * import { Effect, Stream } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const flex = yield* FlexClient.FlexClient
 *   return yield* flex.channels.stream().pipe(Stream.runCount)
 * }).pipe(Effect.provide(FlexSimulator.layerClient({ seed: { chatChannels: 5 } })))
 * ```
 *
 * @since 0.1.0
 */

/**
 * The simulator: its store, faults, limits and journal, the `HttpApp` and the FlexClient layers
 * over it.
 *
 * @since 0.1.0
 */
export * as FlexSimulator from "./FlexSimulator.js"
