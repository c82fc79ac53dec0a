/**
 * Response decoding on the decoder compiled from the Schema ASTs (./compile.ts): what Node, Bun
 * and Deno run (package.json's `#decoder` by default). Equal in result to Schema's own decoding
 * (./schemaDecoder.ts, which browsers and Workers run instead) and several times faster: when the
 * compiled decoder refuses an input, Schema's decoding gives the answer and its issue (which
 * names the class and the field).
 */
import * as Either from "effect/Either"
import type * as Schema from "effect/Schema"
import * as Compile from "./compile.js"
import * as SchemaDecoder from "./schemaDecoder.js"

/**
 * The compiled decoder of `schema`, and Schema's decoding when it refuses. Neither may throw out
 * of a decoder: a throw from the compiled one defers to Schema, whose decoder reports a throw as
 * an issue. Each class in `classes` is built directly (see `Compile.compile`).
 */
export const make = <A>(
  schema: Schema.Schema<A, any>,
  classes?: ReadonlyArray<SchemaDecoder.SchemaClass<any>>
): SchemaDecoder.Decoder<A> => {
  const compiled = Compile.compile(schema, { classes }).decode
  const precise = SchemaDecoder.make(schema)
  return (input) => {
    const value = attempt(compiled, input)
    return value === Compile.refused ? precise(input) : Either.right(value)
  }
}

const attempt = <A>(compiled: Compile.Compiled<A>, input: unknown): A | Compile.Refused => {
  try {
    return compiled(input)
  } catch {
    return Compile.refused
  }
}
