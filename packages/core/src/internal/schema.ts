import * as DateTime from "effect/DateTime"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as PassThrough from "./passThrough.js"

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
export const TwilioDateTime = /* @__PURE__ */ Schema.transformOrFail(Schema.String, Schema.DateTimeUtcFromSelf, {
  strict: true,
  decode: (input, _, ast) => {
    // The form Twilio sends, read by hand: `Date`'s parser is most of a record's decoding time.
    const millis = utcMillis(input)
    if (millis !== undefined) return ParseResult.succeed(DateTime.unsafeMake(millis))
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
 * The epoch milliseconds of `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.sssZ`, or `undefined`
 * for any other string (left to `Date`'s parser). Fields are range-checked (no day 31 in April,
 * no hour 24, years from 100, below which `Date.UTC` reads 19xx) so that what it accepts, `new
 * Date` reads as the same instant.
 */
export const utcMillis = (input: string): number | undefined => {
  const length = input.length
  if ((length !== 20 && length !== 24) || input[length - 1] !== "Z") return undefined
  if (input[4] !== "-" || input[7] !== "-" || input[10] !== "T" || input[13] !== ":" || input[16] !== ":") {
    return undefined
  }
  if (length === 24 && input[19] !== ".") return undefined
  const year = digits(input, 0, 4)
  const month = digits(input, 5, 2)
  const day = digits(input, 8, 2)
  const hour = digits(input, 11, 2)
  const minute = digits(input, 14, 2)
  const second = digits(input, 17, 2)
  const millis = length === 24 ? digits(input, 20, 3) : 0
  if (
    year < 100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour < 0 || hour > 23 ||
    minute < 0 || minute > 59 || second < 0 || second > 59 || millis < 0
  ) {
    return undefined
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis)
}

/** The number written by `count` decimal digits at `start`, or -1 if one is not a digit. */
const digits = (input: string, start: number, count: number): number => {
  let value = 0
  for (let i = start; i < start + count; i++) {
    const digit = input.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

const daysIn = (year: number, month: number): number =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
    : month === 4 || month === 6 || month === 9 || month === 11
    ? 30
    : 31

/**
 * A field the spec marks nullable and not required: `null` or absent both decode to `null`,
 * and the encoded side always writes the key (as Twilio does). `key` is the wire name.
 */
export const nullable = <S extends Schema.Schema.Any, const Key extends string>(schema: S, key: Key) => {
  const field = Schema.optionalWith(Schema.NullOr(schema), { default: () => null }).pipe(Schema.fromKey(key))
  // Its key transformation fills `null` for an absent or `undefined` value and hands any other
  // value on as is (Schema's `optionalWith` with a `default`): the compiled decoder may take a
  // defined value straight from the wire side (see ./passThrough.ts).
  if (field.ast._tag === "PropertySignatureTransformation") PassThrough.declarePassThrough(field.ast.decode)
  return field
}

/** A required field under its wire name (its key transformation is `identity`). */
export const required = <S extends Schema.Schema.Any, const Key extends string>(schema: S, key: Key) =>
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
