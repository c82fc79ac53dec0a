/**
 * Both response decoders (internal/compiledDecoder.ts, on internal/compile.ts, for Node, and
 * internal/schemaDecoder.ts for browsers and Workers) against Schema's own decoding, on generated
 * records and pages, valid and broken: the same outcome, the same value (a class instance built
 * like Schema builds it), and on failure the very same issue.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Arbitrary from "effect/Arbitrary"
import * as Either from "effect/Either"
import * as Equal from "effect/Equal"
import * as FastCheck from "effect/FastCheck"
import * as Hash from "effect/Hash"
import * as Schema from "effect/Schema"
import * as fc from "fast-check"
import { ChatChannel } from "../src/ChatChannel.js"
import { InteractionChannel } from "../src/InteractionChannel.js"
import * as CompiledDecoder from "../src/internal/compiledDecoder.js"
import * as Decode from "../src/internal/decode.js"
import * as SchemaDecoder from "../src/internal/schemaDecoder.js"
import * as Page from "../src/Page.js"
import { Participant } from "../src/Participant.js"
import { agree, reference } from "./utils/agree.js"

// ---------------------------------------------------------------------------------------------
// wire records
// ---------------------------------------------------------------------------------------------

const hex32 = fc.stringMatching(/^[0-9a-fA-F]{32}$/)
const sidOf = (prefix: string) => hex32.map((hex) => prefix + hex)
const badSid = (prefix: string) =>
  fc.oneof(
    sidOf(prefix === "UO" ? "KD" : "UO"),
    hex32.map((hex) => prefix + hex.slice(1)),
    hex32.map((hex) => prefix + hex + "a"),
    hex32.map((hex) => prefix + hex.slice(1) + "g"),
    hex32.map((hex) => prefix.toLowerCase() + hex),
    hex32.map((hex) => ` ${prefix}${hex}`),
    fc.constant(""),
    fc.string()
  )
const sidField = (prefix: string) => fc.oneof({ weight: 4, arbitrary: sidOf(prefix) }, badSid(prefix))
const url = fc.webUrl()
const dateTime = fc.oneof(
  fc.integer({ min: 0, max: 4_102_444_800 }).map((s) => new Date(s * 1000).toISOString().replace(".000Z", "Z")),
  fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4_102_444_800_000) }).map((d) => d.toISOString()),
  fc.constantFrom("2016-08-01T22:10:40+02:00", "2016-08-01T22:10:40-0530", "2016-08-01T22:10:40.5Z")
)
const badDateTime = fc.oneof(
  fc.constantFrom("yesterday", "2016-08-01T22:10:40", "2016-08-01", "2016-13-01T00:00:00Z", "2016-08-01 22:10:40Z", ""),
  fc.string()
)
const dateField = fc.oneof({ weight: 4, arbitrary: dateTime }, badDateTime)
const openEnum = (values: ReadonlyArray<string>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, fc.string())
/**
 * Values with no nested `__proto__` key. On such a key the decoders part ways on purpose: Schema's
 * `Record` assigns it and so replaces the prototype, the compiled decoder skips it (and bodies
 * never hold it, see ProtoKeys.test.ts).
 */
const withoutProtoKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutProtoKeys)
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    if (key !== "__proto__") out[key] = withoutProtoKeys((value as Record<string, unknown>)[key])
  }
  return out
}
const jsonValue = fc.jsonValue().map(withoutProtoKeys)

/** Any value a field might hold instead of the right one, JSON or not. */
const wrong = fc.oneof(jsonValue, fc.anything({ withNullPrototype: true, withBoxedValues: true }))

/** Arbitraries of each wire field, the value possibly null or absent (`sid` always present). */
const nullableFields = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  Object.fromEntries(
    Object.entries(fields).map(([key, arb]) => [key, key === "sid" ? arb : fc.option(arb, { nil: null, freq: 5 })])
  )
const record = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record(nullableFields(fields), { requiredKeys: ["sid"] }) as fc.Arbitrary<Record<string, unknown>>

const links = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(fc.string(), url, { maxKeys: 4 }) },
  fc.dictionary(fc.string(), jsonValue, { maxKeys: 4 })
)
const routingProperties = fc.oneof(
  fc.record({
    task_sid: fc.option(sidField("WT"), { nil: null }),
    worker_sid: fc.option(sidField("WK"), { nil: null }),
    reservation_sid: fc.option(sidField("WR"), { nil: null }),
    task_channel_unique_name: fc.string()
  }, { requiredKeys: [] }),
  fc.record({ worker_sid: fc.constant("") }),
  jsonValue
)

const wireFields = {
  ChatChannel: {
    sid: sidField("CH"),
    account_sid: sidField("AC"),
    flex_flow_sid: sidField("FO"),
    user_sid: sidField("US"),
    task_sid: sidField("WT"),
    url,
    date_created: dateField,
    date_updated: dateField
  },
  InteractionChannel: {
    sid: sidField("UO"),
    interaction_sid: sidField("KD"),
    type: openEnum(["voice", "sms", "email", "web", "whatsapp", "chat", "messenger", "gbm"]),
    status: openEnum(["setup", "active", "failed", "closed", "inactive", "pause", "transfer"]),
    error_code: fc.oneof(fc.integer(), fc.double()),
    error_message: fc.string(),
    url,
    links
  },
  Participant: {
    sid: sidField("UT"),
    type: openEnum(["supervisor", "customer", "external", "agent", "unknown"]),
    interaction_sid: sidField("KD"),
    channel_sid: sidField("UO"),
    url,
    routing_properties: routingProperties
  },
  PageMeta: {
    sid: fc.constant("not a PageMeta field: only there for `record`"),
    key: fc.string(),
    url,
    page: fc.oneof(fc.integer(), fc.double()),
    page_size: fc.oneof(fc.integer(), fc.double()),
    first_page_url: url,
    next_page_url: url,
    previous_page_url: url
  }
} as const

/** A record with some keys removed, some values replaced by wrong ones, some keys added. */
const mutate = (base: fc.Arbitrary<Record<string, unknown>>, keys: ReadonlyArray<string>) =>
  fc.tuple(
    base,
    fc.subarray([...keys], { maxLength: 2 }),
    fc.dictionary(fc.constantFrom(...keys, "extra", "__proto__", "constructor"), wrong, { maxKeys: 2 })
  ).map(([record, removed, replaced]) => {
    const out: Record<string, unknown> = { ...record }
    for (const key of removed) delete out[key]
    for (const [key, value] of Object.entries(replaced)) {
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
    }
    return out
  })

/**
 * Both decoders: the compiled one (Node, Bun, Deno: `#decoder` by default) and Schema's own
 * (browsers and Workers: `#decoder` under `browser` / `worker`). Every case runs through each, so
 * the runtimes cannot diverge.
 */
const decoders = [
  ["compiled decoder", CompiledDecoder.make],
  ["Schema's decoder", SchemaDecoder.make]
] as const

const resources = [
  ["ChatChannel", ChatChannel, wireFields.ChatChannel],
  ["InteractionChannel", InteractionChannel, wireFields.InteractionChannel],
  ["Participant", Participant, wireFields.Participant],
  ["PageMeta", Page.PageMeta, wireFields.PageMeta]
] as const

describe.each(decoders)("%s: record decoders agree with Schema.decodeUnknownEither", (_, make) => {
  describe.each(resources)("%s", (_name, cls, fields) => {
    const compiled = Decode.resourceWith(make)(cls as Decode.ResourceClass<unknown>)
    const schema = reference(cls as Schema.Schema<unknown, any>)
    const keys = Object.keys(fields)

    it("generated wire records (any field null, absent, or a bad value of the right type)", () => {
      fc.assert(fc.property(record(fields), (input) => void agree(compiled, schema, input)), { numRuns: 1000 })
    })

    it("records with keys removed, replaced by any value, or added", () => {
      fc.assert(fc.property(mutate(record(fields), keys), (input) => void agree(compiled, schema, input)), {
        numRuns: 1000
      })
    })

    it("Schema's own arbitrary of the encoded side", () => {
      // effect's Arbitrary builds on effect's own fast-check
      FastCheck.assert(
        FastCheck.property(
          Arbitrary.make(Schema.encodedSchema(cls as Schema.Schema<unknown, any>)),
          (input) => void agree(compiled, schema, input)
        ),
        { numRuns: 300 }
      )
    })

    it("inputs that are not records", () => {
      fc.assert(fc.property(wrong, (input) => void agree(compiled, schema, input)), { numRuns: 500 })
      for (const input of [null, undefined, 0, "", "{}", [], [{}], () => {}, new Date(), Symbol("x")]) {
        agree(compiled, schema, input)
      }
    })

    it("a record without a prototype, or with its fields inherited", () => {
      fc.assert(
        fc.property(record(fields), (input) => {
          agree(compiled, schema, Object.assign(Object.create(null), input))
          agree(compiled, schema, Object.create(input))
        }),
        { numRuns: 200 }
      )
    })

    it("a proxy whose traps throw never throws out of the decoder", () => {
      const traps = ["get", "has", "getOwnPropertyDescriptor", "ownKeys"] as const
      fc.assert(
        fc.property(record(fields), fc.constantFrom(...traps), fc.constantFrom(...keys), (input, trap, key) => {
          const hostile = new Proxy(input, {
            [trap]: (target: object, property: PropertyKey, ...rest: Array<unknown>) => {
              if (trap === "ownKeys" || property === key) throw new Error(`trap ${trap} ${String(property)}`)
              return (Reflect[trap] as any)(target, property, ...rest)
            }
          })
          // Calling it is the test: a throw would fail the property. A field every decode reads
          // (`sid`, or `url` of a PageMeta) whose getter throws is a Left.
          const result = compiled(hostile)
          if (trap === "get" && key === (cls === Page.PageMeta ? "url" : "sid")) {
            expect(Either.isLeft(result)).toBe(true)
          }
        }),
        { numRuns: 300 }
      )
      const throwing = new Proxy({}, {
        getPrototypeOf: () => {
          throw new Error("no")
        },
        ownKeys: () => {
          throw new Error("no")
        },
        get: () => {
          throw new Error("no")
        },
        getOwnPropertyDescriptor: () => {
          throw new Error("no")
        },
        has: () => {
          throw new Error("no")
        }
      })
      expect(Either.isLeft(compiled(throwing))).toBe(true)
    })

    it("a decoded record is built as Schema builds it: instance, own keys, Equal, Hash, toString, JSON", () => {
      fc.assert(
        fc.property(record(fields), (input) => {
          const fast = compiled(input)
          const full = schema(input)
          if (Either.isLeft(fast) || Either.isLeft(full)) return
          const [a, b] = [fast.right as object, full.right as object]
          expect(a).toBeInstanceOf(cls)
          expect(Reflect.ownKeys(a)).toEqual(Reflect.ownKeys(b))
          expect(Object.getOwnPropertyDescriptors(a)).toEqual(Object.getOwnPropertyDescriptors(b))
          expect(String(a)).toBe(String(b))
          expect(JSON.stringify(a)).toBe(JSON.stringify(b))
          expect(Equal.equals(a, a)).toBe(true)
          // Equal compares fields with Equal: plain objects (links, routing properties) by
          // reference, so two decodings are Equal when no field is a plain object.
          const plain = Object.values(a).some((v) => typeof v === "object" && v !== null && !Equal.isEqual(v))
          if (!plain) {
            expect(Equal.equals(a, b)).toBe(true)
            expect(Hash.hash(a)).toBe(Hash.hash(b))
          }
        }),
        { numRuns: 300 }
      )
    })
  })
})

// ---------------------------------------------------------------------------------------------
// pages
// ---------------------------------------------------------------------------------------------

const pages = [
  ["flex_chat_channels", ChatChannel, wireFields.ChatChannel],
  ["channels", InteractionChannel, wireFields.InteractionChannel],
  ["participants", Participant, wireFields.Participant]
] as const

const meta = (key: string) =>
  fc.record({
    page: fc.oneof(fc.nat(), fc.integer()),
    page_size: fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer()),
    first_page_url: url,
    previous_page_url: fc.option(url, { nil: null }),
    url,
    next_page_url: fc.option(url, { nil: null }),
    key: fc.constant(key)
  }) as fc.Arbitrary<Record<string, unknown>>

describe.each(decoders)("%s: page decoders agree with the envelope's Schema", (_, make) => {
  describe.each(pages)("%s", (key, cls, fields) => {
    const compiled = Decode.pageWith(make)(key, cls as Decode.ResourceClass<unknown>)
    const envelope = reference(Page.envelope(key, cls as Schema.Schema<unknown, any>))
    const schema = (input: unknown) =>
      Either.map(envelope(input), (body: any) => ({ items: body[key], meta: body.meta }) as Decode.PageBody<unknown>)
    const keys = Object.keys(fields)
    const item = fc.oneof({ weight: 6, arbitrary: record(fields) }, mutate(record(fields), keys), wrong)
    const body = fc.record({ [key]: fc.array(item, { maxLength: 12 }), meta: meta(key) })

    it("generated pages, their records and meta possibly broken", () => {
      fc.assert(
        fc.property(
          fc.oneof(
            { weight: 4, arbitrary: body },
            mutate(body as fc.Arbitrary<Record<string, unknown>>, [key, "meta"]),
            body.chain((b) =>
              mutate(fc.constant(b.meta as Record<string, unknown>), Object.keys(b.meta as object))
                .map((m) => ({ ...b, meta: m }))
            ),
            wrong
          ),
          (input) => {
            const result = agree(compiled, schema, input)
            if (Either.isRight(result)) expect(result.right.meta).toBeInstanceOf(Page.PageMeta)
          }
        ),
        { numRuns: 500 }
      )
    })

    it("a page of valid records decodes to class instances, in order", () => {
      fc.assert(
        fc.property(
          fc.array(record(fields).filter((r) => Either.isRight(Decode.resourceWith(make)(cls as never)(r)))),
          (list) => {
            const result = agree(compiled, schema, { [key]: list, meta: { ...metaValue, key } })
            const items = Either.getOrThrow(result).items
            expect(items).toHaveLength(list.length)
            for (const decoded of items) expect(decoded).toBeInstanceOf(cls)
          }
        ),
        { numRuns: 100 }
      )
    })

    it("a proxy in a page never throws out of the decoder", () => {
      const hostile = new Proxy({}, {
        get: () => {
          throw new Error("no")
        }
      })
      for (const input of [hostile, { [key]: [hostile], meta: metaValue }, { [key]: [], meta: hostile }]) {
        expect(Either.isLeft(compiled(input))).toBe(true)
      }
    })
  })
})

const metaValue = {
  page: 0,
  page_size: 50,
  first_page_url: "https://flex-api.twilio.com/v1/Channels?PageSize=50&Page=0",
  previous_page_url: null,
  url: "https://flex-api.twilio.com/v1/Channels?PageSize=50&Page=0",
  next_page_url: null
}
