import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Context from "effect/Context"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import type * as FlexSimulator from "../FlexSimulator.js"

/** @internal */
export class ConnectionDropped extends Data.TaggedError("ConnectionDropped")<{
  readonly stage: "beforeResponse" | "midBody"
}> {
  override get message() {
    return this.stage === "beforeResponse"
      ? "The simulator dropped the connection before a response"
      : "The simulator dropped the connection in the middle of the body"
  }
}

/**
 * The portable encoding: a body stream that fails. Servers that abort a response whose body fails
 * (web handlers) turn it into a lost connection.
 *
 * @internal
 */
export const defaultTransport: FlexSimulator.Transport = {
  dropConnection: () =>
    Effect.succeed(
      HttpServerResponse.stream(Stream.fail(new ConnectionDropped({ stage: "beforeResponse" })), { status: 200 })
    ),
  dropMidBody: (_request, { headers, partial, status }) =>
    Effect.succeed(
      HttpServerResponse.stream(
        Stream.concat(Stream.succeed(partial), Stream.fail(new ConnectionDropped({ stage: "midBody" }))),
        { status, headers }
      )
    )
}

/** @internal */
export const Transport: Context.Reference<FlexSimulator.Transport, FlexSimulator.Transport> = Context.Reference<
  FlexSimulator.Transport
>()("@effect-flex/simulator/FlexSimulator/Transport", { defaultValue: () => defaultTransport })
