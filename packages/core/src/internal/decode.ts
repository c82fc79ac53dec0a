import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import type * as Schema from "effect/Schema"
import type * as AST from "effect/SchemaAST"
import { PageMeta } from "../Page.js"
import * as Page from "../Page.js"
import * as Compile from "./compile.js"

/** Decodes a response body: the value, or the issue that explains why not. */
export type Decoder<A> = (input: unknown) => Either.Either<A, ParseResult.ParseIssue>

/** The decoded body of a list page. */
export interface PageBody<A> {
  readonly items: ReadonlyArray<A>
  readonly meta: PageMeta
}

/** A resource class (a `Schema.Class`). */
export type ResourceClass<A> = Compile.SchemaClass<A>

/**
 * A decoder for a resource class, equal in result to `Schema.decodeUnknownEither(Class)` and
 * several times faster: it runs the decoder compiled from the class's AST (./compile.ts), and
 * when that refuses the input, Schema's own decoding gives the answer and its issue (which names
 * the class and the field).
 */
export const resource = <A>(cls: ResourceClass<A>): Decoder<A> =>
  decoder(cls, Compile.compile(cls, { classes: [cls] }).decode)

/**
 * A decoder for a list page `{ <key>: [...], meta }`, compiled like {@link resource} (records and
 * `meta` are built as class instances directly). When anything is off, Schema decodes the whole
 * envelope, whose issue names the exact path (`channels[17].sid`).
 */
export const page = <const Key extends string, A>(
  key: Key,
  cls: ResourceClass<A>
): Decoder<PageBody<A>> => {
  const envelope = Page.envelope(key, cls) as unknown as Schema.Schema<Record<string, unknown>>
  const decode = decoder(envelope, Compile.compile(envelope, { classes: [cls, PageMeta] }).decode)
  return (input) =>
    Either.map(decode(input), (body) => ({ items: body[key] as ReadonlyArray<A>, meta: body.meta as PageMeta }))
}

/**
 * The compiled decoder, and Schema's decoding when it refuses. Neither may throw out of a decoder
 * (a body is JSON, but a caller may hand anything, e.g. a proxy whose getters throw): a throw
 * from the compiled one defers to Schema, a throw from Schema is reported as an issue.
 */
const decoder = <A>(schema: Schema.Schema<A, any>, compiled: Compile.Compiled<A>): Decoder<A> => {
  const precise = ParseResult.decodeUnknownEither(schema)
  return (input) => {
    const value = attempt(compiled, input)
    return value === Compile.refused ? explain(schema.ast, precise, input) : Either.right(value)
  }
}

const attempt = <A>(compiled: Compile.Compiled<A>, input: unknown): A | Compile.Refused => {
  try {
    return compiled(input)
  } catch {
    return Compile.refused
  }
}

const explain = <A>(ast: AST.AST, precise: Decoder<A>, input: unknown): Either.Either<A, ParseResult.ParseIssue> => {
  try {
    return precise(input)
  } catch (error) {
    return Either.left(new ParseResult.Type(ast, input, `Reading the value threw: ${describe(error)}`))
  }
}

const describe = (error: unknown): string => {
  try {
    return error instanceof Error ? error.message : String(error)
  } catch {
    return "an error that cannot be shown"
  }
}
