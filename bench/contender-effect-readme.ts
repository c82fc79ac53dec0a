/**
 * Contender (a), effect-flex (see `effect-contender.ts`), imported the way the README's example
 * does: from the packages' index modules (`@effect-flex/core`, `@effect-flex/node`, `effect`).
 * Used by the startup scenario, where an installed app loads whatever those modules import.
 */
import { FlexClient } from "@effect-flex/core"
import { NodeFlexClient } from "@effect-flex/node"
import { Chunk, Effect, Layer, ManagedRuntime, Option, Redacted, Stream } from "effect"
import { makeEffectContender } from "./effect-contender.js"
import { main } from "./shared.js"

void main(
  "effect-flex",
  makeEffectContender({ Chunk, Effect, FlexClient, Layer, ManagedRuntime, NodeFlexClient, Option, Redacted, Stream })
)
