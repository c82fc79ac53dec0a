/**
 * The schema compiler (internal/compile.ts) beyond the resources: every node kind it compiles,
 * the shapes it leaves to ParseResult, and the classes it must build with their constructor. On
 * each, compiled decoding agrees with `Schema.decodeUnknownEither` on the schema's own arbitrary
 * values and on any value at all.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Arbitrary from "effect/Arbitrary"
import * as Either from "effect/Either"
import * as FastCheck from "effect/FastCheck"
import type * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as Compile from "../src/internal/compile.js"
import { TwilioDateTime, utcMillis } from "../src/internal/schema.js"
import { agree, reference } from "./utils/agree.js"

/** The compiled decoder with Schema's answer when it refuses, as internal/decode.ts runs it. */
const decoderOf = <A>(schema: Schema.Schema<A, any>, classes: ReadonlyArray<Compile.SchemaClass<any>> = []) => {
  const { decode } = Compile.compile(schema, { classes })
  const full = reference(schema)
  return (input: unknown): Either.Either<A, ParseResult.ParseIssue> => {
    const value = decode(input)
    return value === Compile.refused ? full(input) : Either.right(value)
  }
}

/** Compiled and full decoding agree on the encoded side's arbitrary values and on anything. */
const agreesOn = (schema: Schema.Schema<any, any>, classes: ReadonlyArray<Compile.SchemaClass<any>> = []) => {
  const decoder = decoderOf(schema, classes)
  const full = reference(schema)
  FastCheck.assert(
    FastCheck.property(
      FastCheck.oneof(Arbitrary.make(Schema.encodedSchema(schema)), FastCheck.anything()),
      (input) => void agree(decoder, full, input)
    ),
    { numRuns: 300 }
  )
}

class Plain extends Schema.Class<Plain>("Plain")({
  id: Schema.String,
  count: Schema.optionalWith(Schema.Int, { default: () => 0 }),
  note: Schema.optional(Schema.String),
  tag: Schema.optionalWith(Schema.String, { exact: true }),
  maybe: Schema.optionalWith(Schema.NumberFromString, { as: "Option" }).pipe(Schema.fromKey("maybe_n")),
  nully: Schema.optionalWith(Schema.String, { nullable: true, default: () => "none" }),
  anything: Schema.Unknown
}) {}

class WithConstructor extends Schema.Class<WithConstructor>("WithConstructor")({ id: Schema.String }) {
  readonly extra: string
  constructor(props: { readonly id: string }, options?: boolean) {
    super(props, options)
    this.extra = `made ${props.id}`
  }
}

interface Tree {
  readonly value: number
  readonly children: ReadonlyArray<Tree>
}
const Tree: Schema.Schema<Tree> = Schema.Struct({
  value: Schema.Number,
  children: Schema.Array(Schema.suspend(() => Tree))
})

const compiled: ReadonlyArray<readonly [string, Schema.Schema<any, any>]> = [
  [
    "keywords and literals",
    Schema.Struct({ s: Schema.String, n: Schema.Number, b: Schema.Boolean, l: Schema.Literal(1, "a", null, true) })
  ],
  [
    "refinements and brands",
    Schema.Struct({ i: Schema.NonNegativeInt, p: Schema.String.pipe(Schema.pattern(/^x+$/), Schema.brand("X")) })
  ],
  [
    "renames and defaults",
    Schema.Struct({
      a: Schema.propertySignature(Schema.String).pipe(Schema.fromKey("A")),
      b: Schema.optionalWith(Schema.NullOr(Schema.Number), { default: () => null }).pipe(Schema.fromKey("B"))
    })
  ],
  ["a union whose transforming member comes first", Schema.Union(Schema.NumberFromString, Schema.String, Schema.Null)],
  ["unions of checks only", Schema.Union(Schema.Literal("a", "b", "c"), Schema.Number, Schema.Undefined)],
  ["a long literal union", Schema.Literal(..."abcdefghijklmnop".split(""), 1, 2, 3)],
  ["records", Schema.Record({ key: Schema.String, value: Schema.Union(Schema.String, Schema.NumberFromString) })],
  ["records with refined keys", Schema.Record({ key: Schema.String.pipe(Schema.pattern(/^k/)), value: Schema.Number })],
  [
    "struct and record",
    Schema.Struct(
      { a: Schema.optionalWith(Schema.Number, { exact: true }) },
      Schema.Record({ key: Schema.String, value: Schema.Unknown })
    )
  ],
  ["arrays", Schema.Array(Schema.Struct({ n: Schema.Number }))],
  ["date transformations", Schema.Struct({ d: Schema.DateTimeUtc, t: TwilioDateTime, date: Schema.Date })],
  ["a recursive schema", Tree],
  ["a class with optional, defaulted and renamed fields", Plain]
]

describe("schemas the compiler handles", () => {
  it.each(compiled)("%s: no fallback, same outcome as Schema", (_, schema) => {
    const classes = schema === Plain ? [Plain] : []
    const compilation = Compile.compile(schema, { classes })
    agreesOn(schema, classes)
    expect(compilation.fallbacks).toEqual([])
    expect(compilation.constructed).toEqual([])
  })
})

const fallingBack: ReadonlyArray<readonly [string, Schema.Schema<any, any>]> = [
  ["a tuple", Schema.Tuple(Schema.String, Schema.Number)],
  ["a template literal", Schema.TemplateLiteral("id-", Schema.Number)],
  [
    "a discriminated union (Schema tries the matching tag first)",
    Schema.Union(
      Schema.Struct({ kind: Schema.Literal("a"), n: Schema.NumberFromString }),
      Schema.Struct({ kind: Schema.Literal("a"), n: Schema.String }),
      Schema.Struct({ kind: Schema.Literal("b") })
    )
  ],
  ["parse options", Schema.Struct({ a: Schema.String }).annotations({ parseOptions: { onExcessProperty: "error" } })],
  [
    "keys transformed one after another",
    Schema.Struct({
      a: Schema.propertySignature(Schema.String).pipe(Schema.fromKey("b")),
      b: Schema.propertySignature(Schema.String).pipe(Schema.fromKey("a"))
    })
  ],
  ["enums", Schema.Enums({ A: "a", B: 1 })]
]

describe("schemas the compiler leaves to ParseResult", () => {
  it.each(fallingBack)("%s: the subtree falls back, same outcome as Schema", (_, schema) => {
    expect(Compile.compile(schema).fallbacks.length).toBeGreaterThan(0)
    agreesOn(schema)
  })
})

describe("classes", () => {
  it("a subclass constructor that does more is run (Object.create would skip it)", () => {
    const compilation = Compile.compile(WithConstructor, { classes: [WithConstructor] })
    expect(compilation.constructed).toEqual([WithConstructor])
    agreesOn(WithConstructor, [WithConstructor])
    const decoded = decoderOf(WithConstructor, [WithConstructor])({ id: "x" })
    expect(Either.getOrThrow(decoded).extra).toBe("made x")
  })

  it("a field whose key transformation is not declared pass-through takes Schema's steps, with Schema's result", () => {
    expect(Compile.compile(Plain, { classes: [Plain] }).stepwise).toEqual(["count", "maybe", "nully"])
  })

  it("a class not named in `classes` is decoded through its transformation, still an instance", () => {
    const decoded = decoderOf(Plain)({ id: "x", anything: 1 })
    expect(Either.getOrThrow(decoded)).toBeInstanceOf(Plain)
    agreesOn(Plain)
  })

  it("constructor defaults are filled as the constructor fills them", () => {
    const decoded = Either.getOrThrow(decoderOf(Plain, [Plain])({ id: "x", count: undefined, nully: null }))
    const full = Schema.decodeUnknownSync(Plain)({ id: "x", count: undefined, nully: null })
    expect(Reflect.ownKeys(decoded)).toEqual(Reflect.ownKeys(full))
    expect(decoded).toEqual(full)
  })
})

describe("TwilioDateTime reads Twilio's form by hand, as Date reads it", () => {
  const pad = (n: number, width: number) => String(n).padStart(width, "0")
  const nearForm = FastCheck.tuple(
    FastCheck.integer({ min: 0, max: 9999 }),
    FastCheck.integer({ min: 0, max: 13 }),
    FastCheck.integer({ min: 0, max: 32 }),
    FastCheck.integer({ min: 0, max: 25 }),
    FastCheck.integer({ min: 0, max: 61 }),
    FastCheck.integer({ min: 0, max: 61 }),
    FastCheck.oneof(FastCheck.constant(""), FastCheck.integer({ min: 0, max: 999 }).map((ms) => `.${pad(ms, 3)}`)),
    FastCheck.constantFrom("Z", "Z", "+00:00", "z", "")
  ).map(([y, mo, d, h, mi, s, ms, zone]) =>
    `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${ms}${zone}`
  )

  it("what the hand parser accepts, Date reads to the same instant", () => {
    FastCheck.assert(
      FastCheck.property(FastCheck.oneof(nearForm, FastCheck.string()), (input) => {
        const millis = utcMillis(input)
        if (millis !== undefined) expect(millis).toBe(new Date(input).getTime())
      }),
      { numRuns: 5000 }
    )
    expect(utcMillis("2016-08-01T22:10:40Z")).toBe(Date.UTC(2016, 7, 1, 22, 10, 40))
    expect(utcMillis("2024-02-29T00:00:00.123Z")).toBe(Date.UTC(2024, 1, 29, 0, 0, 0, 123))
    expect(utcMillis("2023-02-29T00:00:00Z")).toBeUndefined()
  })

  it("decoding is what Date's parser alone decided before", () => {
    const before = (input: string) => {
      const millis = new Date(input).getTime()
      return !Number.isNaN(millis) && /^\d{4}-\d{2}-\d{2}T[^Z+-]*(?:Z|[+-]\d{2}:?\d{2})$/.test(input) ? millis : "fails"
    }
    const decode = Schema.decodeUnknownEither(TwilioDateTime)
    FastCheck.assert(
      FastCheck.property(FastCheck.oneof(nearForm, FastCheck.string()), (input) => {
        const result = decode(input)
        expect(Either.isRight(result) ? result.right.epochMillis : "fails").toBe(before(input))
      }),
      { numRuns: 5000 }
    )
  })
})
