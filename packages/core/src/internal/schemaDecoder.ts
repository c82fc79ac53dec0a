/**
 * Response decoding on Schema's own decoder: what browsers and Workers run (package.json maps
 * `#decoder` here under the `browser` and `worker` conditions), and the judge behind the compiled
 * decoder everywhere else (./compiledDecoder.ts), which gives the same results faster but weighs
 * ~3 KB gzip that a page does not need.
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import type * as Schema from "effect/Schema"

/** Decodes a response body: the value, or the issue that explains why not. */
export type Decoder<A> = (input: unknown) => Either.Either<A, ParseResult.ParseIssue>

/** A `Schema.Class` (or a subclass of one), as resources and `PageMeta` are. */
export interface SchemaClass<A> extends Schema.Schema<A, any> {
  new(props: any, disableValidation?: boolean): A
  readonly fields: Schema.Struct.Fields
}

/**
 * The decoder of `schema`: `ParseResult.decodeUnknownEither`, which may not throw out of a
 * decoder (a body is JSON, but a caller may hand anything, e.g. a proxy whose getters throw): a
 * throw is reported as an issue. `classes` (the classes the schema builds) is for the compiled
 * decoder, which shares this signature.
 */
export const make = <A>(
  schema: Schema.Schema<A, any>,
  _classes?: ReadonlyArray<SchemaClass<any>>
): Decoder<A> => {
  const decode = ParseResult.decodeUnknownEither(schema)
  return (input) => {
    try {
      return decode(input)
    } catch (error) {
      return Either.left(new ParseResult.Type(schema.ast, input, `Reading the value threw: ${describe(error)}`))
    }
  }
}

const describe = (error: unknown): string => {
  try {
    return error instanceof Error ? error.message : String(error)
  } catch {
    return "an error that cannot be shown"
  }
}
