import * as Either from "effect/Either"
import type * as Schema from "effect/Schema"
// Schema's own decoder in browsers and Workers, the compiled one elsewhere: package.json's
// `imports` chooses by the resolver's conditions, so a bundle holds only the one it runs.
import * as RuntimeDecoder from "#decoder"
import { PageMeta } from "../Page.js"
import * as Page from "../Page.js"
import type * as SchemaDecoder from "./schemaDecoder.js"

/** Decodes a response body: the value, or the issue that explains why not. */
export type Decoder<A> = SchemaDecoder.Decoder<A>

/** The decoded body of a list page. */
export interface PageBody<A> {
  readonly items: ReadonlyArray<A>
  readonly meta: PageMeta
}

/** A resource class (a `Schema.Class`). */
export type ResourceClass<A> = SchemaDecoder.SchemaClass<A>

/** Makes the decoder of a schema that builds `classes`: `make` of ./schemaDecoder.ts or ./compiledDecoder.ts. */
export type Make = <A>(schema: Schema.Schema<A, any>, classes?: ReadonlyArray<ResourceClass<any>>) => Decoder<A>

/** A decoder for a resource class, equal in result to `Schema.decodeUnknownEither(Class)`. */
export const resourceWith = (make: Make) => <A>(cls: ResourceClass<A>): Decoder<A> => make(cls, [cls])

/**
 * A decoder for a list page `{ <key>: [...], meta }`. When anything is off, the issue is
 * Schema's for the whole envelope, which names the exact path (`channels[17].sid`).
 */
export const pageWith = (make: Make) =>
<const Key extends string, A>(
  key: Key,
  cls: ResourceClass<A>
): Decoder<PageBody<A>> => {
  const envelope = Page.envelope(key, cls) as unknown as Schema.Schema<Record<string, unknown>>
  const decode = make(envelope, [cls, PageMeta])
  return (input) =>
    Either.map(decode(input), (body) => ({ items: body[key] as ReadonlyArray<A>, meta: body.meta as PageMeta }))
}

/** {@link resourceWith} on this runtime's decoder. */
export const resource: <A>(cls: ResourceClass<A>) => Decoder<A> = resourceWith(RuntimeDecoder.make)

/** {@link pageWith} on this runtime's decoder. */
export const page: <const Key extends string, A>(key: Key, cls: ResourceClass<A>) => Decoder<PageBody<A>> = pageWith(
  RuntimeDecoder.make
)
