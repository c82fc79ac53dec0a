import * as DateTime from "effect/DateTime"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as Compile from "./compile.js"

/**
 * An enum that Twilio may extend: the known values decode to their literals, any other string
 * decodes too, branded so it stays visible (and distinguishable) in the type.
 */
export const openEnum = <const Values extends ReadonlyArray<string>, const B extends string>(
  values: Values,
  unknownBrand: B
) => {
  const Known = Schema.Literal(...values)
  const Unknown = Schema.String.pipe(Schema.brand(unknownBrand))
  const known = new Set<string>(values)
  return {
    schema: Schema.Union(Known, Unknown).annotations({ identifier: unknownBrand.replace(/^Unknown/, "") }),
    isKnown: (value: string): value is Values[number] => known.has(value)
  }
}

/**
 * Twilio's date-time strings (`2016-08-01T22:10:40Z`) as `DateTime.Utc`. Encoding writes the
 * same shape back (whole seconds without a fraction), so a round trip is byte-for-byte.
 */
export const TwilioDateTime = Schema.transformOrFail(Schema.String, Schema.DateTimeUtcFromSelf, {
  strict: true,
  decode: (input, _, ast) => {
    const parsed = DateTime.make(input)
    // A time zone is required: without one, Date would read the time in the machine's zone.
    return parsed._tag === "Some" && /^\d{4}-\d{2}-\d{2}T[^Z+-]*(?:Z|[+-]\d{2}:?\d{2})$/.test(input)
      ? ParseResult.succeed(DateTime.toUtc(parsed.value))
      : ParseResult.fail(
        new ParseResult.Type(ast, input, `Expected an ISO 8601 date-time, got ${JSON.stringify(input)}`)
      )
  },
  encode: (dateTime) => ParseResult.succeed(DateTime.formatIso(dateTime).replace(/\.000Z$/, "Z"))
}).annotations({ identifier: "TwilioDateTime" })

/**
 * A field the spec marks nullable and not required: `null` or absent both decode to `null`,
 * and the encoded side always writes the key (as Twilio does). `key` is the wire name.
 */
export const nullable = <S extends Schema.Schema.Any>(schema: S, key: string) => {
  const field = Schema.optionalWith(Schema.NullOr(schema), { default: () => null }).pipe(Schema.fromKey(key))
  // Its key transformation fills `null` for an absent or `undefined` value and hands any other
  // value on as is (Schema's `optionalWith` with a `default`): the compiled decoder may take a
  // defined value straight from the wire side (see ./compile.ts).
  if (field.ast._tag === "PropertySignatureTransformation") Compile.declarePassThrough(field.ast.decode)
  return field
}

/** A required field under its wire name (its key transformation is `identity`). */
export const required = <S extends Schema.Schema.Any>(schema: S, key: string) =>
  Schema.propertySignature(schema).pipe(Schema.fromKey(key))

/**
 * A link that is not a string, kept as its JSON text (`{"href":"…"}`, `42`, `null`): the spec
 * types `links` only as an `object` (`uri-map`), so such a value must not fail a record, and
 * dropping it would lose data silently.
 */
const NonStringLink = Schema.transformOrFail(Schema.Unknown, Schema.String, {
  strict: true,
  decode: (value, _, ast) => {
    let text: string | undefined
    try {
      text = JSON.stringify(value)
    } catch {
      text = undefined
    }
    return typeof text === "string"
      ? ParseResult.succeed(text)
      : ParseResult.fail(new ParseResult.Type(ast, value, "Expected a JSON value"))
  },
  encode: ParseResult.succeed
})

/**
 * `links`: a map of relation names to absolute URLs. The type stays `string`-valued; a value
 * Twilio sends that is not a string is kept as its JSON text rather than failing the record (the
 * spec does not type the values). Encoding writes the strings back, so such a value round-trips
 * as its text.
 */
export const Links = Schema.Record({
  key: Schema.String,
  value: Schema.Union(Schema.String, NonStringLink)
}).annotations({ identifier: "Links" })
