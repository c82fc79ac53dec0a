/**
 * Contender (a), effect-flex (see `effect-contender.ts`), with per-module imports: the entry
 * point of every speed scenario, and of the startup scenario's "subpath imports" row.
 */
import * as FlexClient from "@effect-flex/core/FlexClient"
import * as NodeFlexClient from "@effect-flex/node/NodeFlexClient"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import { makeEffectContender } from "./effect-contender.js"
import { main } from "./shared.js"

void main(
  "effect-flex",
  makeEffectContender({ Chunk, Effect, FlexClient, Layer, ManagedRuntime, NodeFlexClient, Option, Redacted, Stream })
)
