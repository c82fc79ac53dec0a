import * as DateTime from "effect/DateTime"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"

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
export const nullable = <S extends Schema.Schema.Any>(schema: S, key: string) =>
  plainRename(Schema.optionalWith(Schema.NullOr(schema), { default: () => null }).pipe(Schema.fromKey(key)))

/** A required field under its wire name. */
export const required = <S extends Schema.Schema.Any>(schema: S, key: string) =>
  plainRename(Schema.propertySignature(schema).pipe(Schema.fromKey(key)))

const plainRenames = new WeakSet<object>()

/** Marks a field whose transformation only renames it and fills a default (see ./decode.ts). */
const plainRename = <P extends object>(field: P): P => {
  plainRenames.add(field)
  return field
}

/** Whether a field was built by `required` or `nullable`, so renaming it is all its decoding does. */
export const isPlainRename = (field: object): boolean => plainRenames.has(field)

/** `links`: a map of relation names to absolute URLs. */
export const Links = Schema.Record({ key: Schema.String, value: Schema.String })
