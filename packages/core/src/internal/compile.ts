/**
 * Decoders compiled once from Schema ASTs into specialised closures.
 *
 * `ParseResult` interprets an AST on every call: each node returns an `Either`, each struct
 * builds its output twice (once per side of a renaming transformation), each class is built by
 * its constructor, which copies its props again. Here the AST is walked once, at compile time,
 * into plain closures that return the decoded value or {@link refused}, and build records
 * directly in their final object. No `eval` or `new Function`: the browser runs under a CSP.
 *
 * The compiled decoder is a fast path, never the judge: when it refuses an input, the caller
 * asks Schema (`ParseResult.decodeUnknownEither`), whose answer, and precise issue, is the
 * result. So a compiled node may refuse whenever it is unsure (an effectful transformation, an
 * unusual shape); it must never accept an input Schema refuses, nor decode it to another value.
 * Node kinds this module does not know are compiled as calls into `ParseResult` for that subtree.
 */
import * as Either from "effect/Either"
import { identity } from "effect/Function"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import * as PassThrough from "./passThrough.js"
import type * as SchemaDecoder from "./schemaDecoder.js"

/** What a compiled decoder returns instead of a value when it refuses an input. */
export const refused: unique symbol = Symbol.for("@effect-flex/core/internal/compile/refused")

/** The type of {@link refused}. */
export type Refused = typeof refused

/** A compiled decoder: the decoded value, or {@link refused}. It may throw on hostile input. */
export type Compiled<A> = (input: unknown) => A | Refused

/** A `Schema.Class` (or a subclass of one) that compiled decoders build without its constructor. */
export type SchemaClass<A> = SchemaDecoder.SchemaClass<A>

/** The result of {@link compile}. */
export interface Compilation<A> {
  readonly decode: Compiled<A>
  /**
   * The nodes compiled as calls into `ParseResult`, because this compiler does not know their
   * kind or their parse options. Nodes under a `Suspend` are compiled on first use, so they are
   * listed only once a decode has reached them.
   */
  readonly fallbacks: ReadonlyArray<AST.AST>
  /** The classes built by their constructor, because `Object.create` was not shown to be equivalent. */
  readonly constructed: ReadonlyArray<SchemaClass<unknown>>
  /**
   * The struct fields whose every value takes Schema's steps (their key transformation in and
   * out of an `Option`, then the type side's check), not only absent or `undefined` ones.
   */
  readonly stepwise: ReadonlyArray<PropertyKey>
}

/**
 * Compiles the decoding side of a schema. The schema's own class, and every class in `classes`,
 * is built with `Object.create(Class.prototype)` and direct assignment when that was checked to
 * give what `new Class(props, true)` gives (see {@link construction}).
 */
export const compile = <A>(
  schema: Schema.Schema<A, any>,
  options?: { readonly classes?: ReadonlyArray<SchemaClass<any>> | undefined }
): Compilation<A> => {
  const context: Context = { plans: new Map(), classes: new Map(), fallbacks: [], constructed: [], stepwise: [] }
  for (const cls of options?.classes ?? []) context.classes.set(cls.ast, cls)
  const { run } = planOf(schema.ast, context)
  return {
    decode: run as Compiled<A>,
    fallbacks: context.fallbacks,
    constructed: context.constructed,
    stepwise: context.stepwise
  }
}

// ---------------------------------------------------------------------------------------------
// plans
// ---------------------------------------------------------------------------------------------

/**
 * A compiled node. `check` is set when the node only validates (its value is its input): such
 * nodes compose into plain predicates, with no value to thread through.
 */
interface Plan {
  readonly check: ((input: unknown) => boolean) | undefined
  readonly run: (input: unknown) => unknown
}

/** Writes a record's decoded properties into `target`, in the schema's order; false if it refuses. */
type Fill = (input: unknown, target: Record<PropertyKey, unknown>) => boolean

interface Context {
  readonly plans: Map<AST.AST, Plan>
  readonly classes: Map<AST.AST, SchemaClass<unknown>>
  readonly fallbacks: Array<AST.AST>
  readonly constructed: Array<SchemaClass<unknown>>
  readonly stepwise: Array<PropertyKey>
}

const hasOwn = Object.prototype.hasOwnProperty

const parseOptions = AST.defaultParseOption

const checkPlan = (check: (input: unknown) => boolean): Plan => ({
  check,
  run: (input) => check(input) ? input : refused
})

const always = (): boolean => true
const isString = (input: unknown): boolean => typeof input === "string"
const isNumber = (input: unknown): boolean => typeof input === "number"
const isBoolean = (input: unknown): boolean => typeof input === "boolean"
const isUndefined = (input: unknown): boolean => input === undefined
const isNotNullable = (input: unknown): boolean => input !== null && input !== undefined
const isRecord = (input: unknown): input is Record<PropertyKey, unknown> =>
  typeof input === "object" && input !== null && !Array.isArray(input)

/** Whether a node changes how `ParseResult` parses it (options, or a fallback on failure). */
const hasParseBehaviour = (ast: AST.AST): boolean =>
  Option.isSome(AST.getParseOptionsAnnotation(ast)) || Option.isSome(AST.getDecodingFallbackAnnotation(ast))

const planOf = (ast: AST.AST, context: Context): Plan => {
  const known = context.plans.get(ast)
  if (known !== undefined) return known
  const plan = build(ast, context)
  context.plans.set(ast, plan)
  return plan
}

const build = (ast: AST.AST, context: Context): Plan => {
  if (hasParseBehaviour(ast)) return fallback(ast, context)
  const cls = context.classes.get(ast)
  if (cls !== undefined) return classPlan(cls, ast, context) ?? fallback(ast, context)
  switch (ast._tag) {
    case "StringKeyword":
      return checkPlan(isString)
    case "NumberKeyword":
      return checkPlan(isNumber)
    case "BooleanKeyword":
      return checkPlan(isBoolean)
    case "UndefinedKeyword":
      return checkPlan(isUndefined)
    case "UnknownKeyword":
    case "AnyKeyword":
    case "VoidKeyword":
      return checkPlan(always)
    case "Literal": {
      const literal = ast.literal
      return checkPlan((input) => input === literal)
    }
    case "Refinement":
      return refinementPlan(ast, context)
    case "Union":
      return unionPlan(ast, context) ?? fallback(ast, context)
    case "TypeLiteral": {
      if (ast.propertySignatures.length === 0 && ast.indexSignatures.length === 0) return checkPlan(isNotNullable)
      const fill = typeLiteralFill(ast, context)
      return fill === undefined ? fallback(ast, context) : fillPlan(fill)
    }
    case "TupleType":
      return arrayPlan(ast, context) ?? fallback(ast, context)
    case "Transformation":
      return transformationPlan(ast, context) ?? fallback(ast, context)
    case "Declaration":
      return declarationPlan(ast)
    case "Suspend": {
      let inner: Plan | undefined
      return { check: undefined, run: (input) => (inner ??= planOf(ast.f(), context)).run(input) }
    }
  }
  return fallback(ast, context)
}

/** A subtree this compiler does not handle: Schema's own decoding of it, always right. */
const fallback = (ast: AST.AST, context: Context): Plan => {
  context.fallbacks.push(ast)
  const decode = ParseResult.decodeUnknownEither(Schema.make(ast))
  return {
    check: undefined,
    run: (input) => {
      const result = decode(input)
      return Either.isRight(result) ? result.right : refused
    }
  }
}

/** A refinement: its `from`, then its own filter (whatever it checks: a pattern, `Int`, a brand). */
const refinementPlan = (ast: AST.Refinement, context: Context): Plan => {
  const from = planOf(ast.from, context)
  const filter = ast.filter
  const passes = (value: unknown) => Option.isNone(filter(value, parseOptions, ast))
  const check = from.check
  if (check !== undefined) return checkPlan((input) => check(input) && passes(input))
  const run = from.run
  return {
    check: undefined,
    run: (input) => {
      const value = run(input)
      return value !== refused && passes(value) ? value : refused
    }
  }
}

/** The members of a union, nested unions spread in place (their order is Schema's order). */
const unionMembers = (ast: AST.AST): ReadonlyArray<AST.AST> =>
  AST.isUnion(ast) && !hasParseBehaviour(ast) ? ast.types.flatMap(unionMembers) : [ast]

/**
 * Whether `ParseResult` would try this union member ahead of its order: it first tries members
 * with a required literal-valued key matching the input (see its `getSearchTree`).
 */
const hasLiteralKey = (ast: AST.AST): boolean => {
  switch (ast._tag) {
    case "TypeLiteral":
      return ast.propertySignatures.some((ps) => !ps.isOptional && AST.isLiteral(AST.encodedAST(ps.type)))
    case "TupleType":
      return ast.elements.some((e) => !e.isOptional && AST.isLiteral(AST.encodedAST(e.type)))
    case "Refinement":
      return hasLiteralKey(ast.from)
    case "Suspend":
      return hasLiteralKey(ast.f())
    case "Transformation":
      return hasLiteralKey(ast.from)
    case "Declaration":
      return Option.match(AST.getSurrogateAnnotation(ast), { onNone: () => false, onSome: hasLiteralKey })
  }
  return false
}

/**
 * A union: the first member that decodes the input, in Schema's order. Members that only check
 * cannot change the value, so consecutive ones are tried as one predicate; a union of checks
 * only is one predicate.
 */
const unionPlan = (ast: AST.Union, context: Context): Plan | undefined => {
  const members = unionMembers(ast)
  if (members.some(hasLiteralKey)) return undefined
  const groups: Array<Plan> = []
  let checks: Array<AST.AST> = []
  const flush = () => {
    if (checks.length > 0) groups.push(checkPlan(anyOf(checks, context)))
    checks = []
  }
  for (const member of members) {
    const plan = planOf(member, context)
    if (plan.check !== undefined) {
      checks.push(member)
    } else {
      flush()
      groups.push(plan)
    }
  }
  flush()
  if (groups.length === 1) return groups[0]!
  const runs = groups.map((plan) => plan.run)
  return {
    check: undefined,
    run: (input) => {
      for (let i = 0; i < runs.length; i++) {
        const value = runs[i]!(input)
        if (value !== refused) return value
      }
      return refused
    }
  }
}

/**
 * One predicate for union members that only check: literals are compared with `===` (a literal
 * a keyword member already accepts, e.g. `"active"` beside `String`, is dropped), then the
 * other checks in turn.
 */
const anyOf = (members: ReadonlyArray<AST.AST>, context: Context): (input: unknown) => boolean => {
  const checks = members.filter((member) => !AST.isLiteral(member)).map((member) => planOf(member, context).check!)
  const subsumed = (literal: AST.LiteralValue) =>
    checks.includes(always) || (typeof literal === "string" && checks.includes(isString)) ||
    (typeof literal === "number" && checks.includes(isNumber)) ||
    (typeof literal === "boolean" && checks.includes(isBoolean))
  const literals = [
    ...new Set(members.filter(AST.isLiteral).map((member) => member.literal).filter((l) => !subsumed(l)))
  ]
  if (literals.length === 0 && checks.length === 1) return checks[0]!
  if (literals.length > 8) {
    // A set finds by SameValueZero: `===` but for NaN, which `===` never matches: left out.
    const set: ReadonlySet<unknown> = new Set(literals.filter((literal) => literal === literal))
    return anyOfChecks([(input) => set.has(input), ...checks])
  }
  return anyOfChecks([...literals.map((literal) => (input: unknown) => input === literal), ...checks])
}

const anyOfChecks = (checks: ReadonlyArray<(input: unknown) => boolean>) => {
  switch (checks.length) {
    case 1:
      return checks[0]!
    case 2: {
      const [a, b] = checks as [(input: unknown) => boolean, (input: unknown) => boolean]
      return (input: unknown) => a(input) || b(input)
    }
    case 3: {
      const [a, b, c] = checks as [
        (input: unknown) => boolean,
        (input: unknown) => boolean,
        (input: unknown) => boolean
      ]
      return (input: unknown) => a(input) || b(input) || c(input)
    }
  }
  return (input: unknown): boolean => {
    for (let i = 0; i < checks.length; i++) {
      if (checks[i]!(input)) return true
    }
    return false
  }
}

/** `Schema.Array(item)`: a new array of the decoded items. Other tuple shapes fall back. */
const arrayPlan = (ast: AST.TupleType, context: Context): Plan | undefined => {
  if (ast.elements.length !== 0 || ast.rest.length !== 1) return undefined
  const item = planOf(ast.rest[0]!.type, context)
  const check = item.check
  const run = item.run
  return {
    check: undefined,
    run: (input) => {
      if (!Array.isArray(input)) return refused
      const out = new Array(input.length)
      for (let i = 0; i < input.length; i++) {
        const value = input[i]
        if (check !== undefined) {
          if (!check(value)) return refused
          out[i] = value
        } else {
          const decoded = run(value)
          if (decoded === refused) return refused
          out[i] = decoded
        }
      }
      return out
    }
  }
}

const fillPlan = (fill: Fill): Plan => ({
  check: undefined,
  run: (input) => {
    const out: Record<PropertyKey, unknown> = {}
    return fill(input, out) ? out : refused
  }
})

/**
 * Whether a record's keys can only be its own: a plain object or one without a prototype. Then a
 * defined value under a key that `Object.prototype` lacks is an own one, with no `hasOwnProperty`.
 */
const isPlainRecord = (input: object): boolean => {
  const prototype = Object.getPrototypeOf(input)
  return prototype === Object.prototype || prototype === null
}

/** Whether a plain record may answer `key` by inheritance (`constructor`, `toString`, …). */
const isInherited = (key: PropertyKey): boolean => key in Object.prototype

/** What Schema reads of an optional key: `undefined` when it is not an own key of `input`. */
const NOT_OWN = Symbol("not own")

const readOptional = (input: Record<PropertyKey, unknown>, key: PropertyKey, plain: boolean): unknown => {
  if (plain) {
    const value = input[key]
    return value !== undefined || hasOwn.call(input, key) ? value : NOT_OWN
  }
  return hasOwn.call(input, key) ? input[key] : NOT_OWN
}

/** A struct or a record (string-keyed index signatures); extra keys are ignored, as Schema does. */
const typeLiteralFill = (ast: AST.TypeLiteral, context: Context): Fill | undefined => {
  if (!ast.indexSignatures.every((is) => isStringParameter(is.parameter))) return undefined
  const properties = ast.propertySignatures.map((ps) => ({
    name: ps.name,
    isOptional: ps.isOptional,
    isInherited: isInherited(ps.name),
    run: planOf(ps.type, context).run
  }))
  const indexes = ast.indexSignatures.map((is) => {
    const key = planOf(is.parameter, context)
    // Keys are strings: a plain `String` parameter accepts them all.
    return { key: key.check === isString ? undefined : key.run, value: planOf(is.type, context).run }
  })
  const names = new Set<PropertyKey>(properties.map((p) => p.name))
  return (input, target) => {
    if (!isRecord(input)) return false
    const plain = isPlainRecord(input)
    for (let i = 0; i < properties.length; i++) {
      const property = properties[i]!
      const name = property.name
      // Absent and required: Schema (not `exact`) decodes `undefined` (or what is inherited).
      const raw = property.isOptional ? readOptional(input, name, plain && !property.isInherited) : input[name]
      if (raw === NOT_OWN) continue
      const value = property.run(raw)
      if (value === refused) return false
      target[name] = value
    }
    for (let i = 0; i < indexes.length; i++) {
      const index = indexes[i]!
      const keys = Object.keys(input)
      for (let j = 0; j < keys.length; j++) {
        const key = keys[j]!
        // Assigned, `__proto__` would replace the record's prototype (bodies never hold the key:
        // see ./json.ts; this guards a value handed to a decoder directly).
        if (key === "__proto__" || (index.key !== undefined && index.key(key) === refused)) continue
        const value = index.value(input[key])
        if (value === refused) return false
        if (!names.has(key)) target[key] = value
      }
    }
    return true
  }
}

const isStringParameter = (ast: AST.AST): boolean =>
  AST.isStringKeyword(ast) || (AST.isRefinement(ast) && isStringParameter(ast.from))

const transformationPlan = (ast: AST.Transformation, context: Context): Plan | undefined => {
  const transformation = ast.transformation
  if (transformation._tag === "TypeLiteralTransformation") {
    const fill = structFill(ast, transformation, context)
    return fill === undefined ? undefined : fillPlan(fill)
  }
  const from = planOf(ast.from, context).run
  const to = planOf(ast.to, context).run
  if (transformation._tag === "ComposeTransformation") {
    return {
      check: undefined,
      run: (input) => {
        const value = from(input)
        return value === refused ? refused : to(value)
      }
    }
  }
  // FinalTransformation (e.g. TwilioDateTime): its decode, called once on the decoded `from`.
  const decode = transformation.decode
  return {
    check: undefined,
    run: (input) => {
      const value = from(input)
      if (value === refused) return refused
      const result = decode(value, parseOptions, ast, input)
      // An effectful transformation is not run here: Schema runs it.
      return Either.isEither(result) && Either.isRight(result) ? to(result.right) : refused
    }
  }
}

/** A declaration (e.g. `DateTimeUtcFromSelf`): its own decode; an effectful one is left to Schema. */
const declarationPlan = (ast: AST.Declaration): Plan => {
  const decode = ast.decodeUnknown(...ast.typeParameters)
  return {
    check: undefined,
    run: (input) => {
      const result = decode(input, parseOptions, ast)
      return Either.isEither(result) && Either.isRight(result) ? result.right : refused
    }
  }
}

// ---------------------------------------------------------------------------------------------
// structs with renamed / defaulted fields
// ---------------------------------------------------------------------------------------------

/** One property of the type side of a struct, and where its value comes from on the wire. */
interface Step {
  /** The wire key, or `undefined` when no wire property feeds this one. */
  readonly from: PropertyKey | undefined
  readonly fromIsOptional: boolean
  readonly fromIsInherited: boolean
  readonly fromRun: (input: unknown) => unknown
  /** The key transformation, `identity` when the value is carried as is. */
  readonly decode: (o: Option.Option<unknown>) => Option.Option<unknown>
  /** A defined value decoded from the wire can be written without another step. */
  readonly direct: boolean
  readonly to: PropertyKey
  readonly toIsOptional: boolean
  readonly toRun: (input: unknown) => unknown
  /** What Schema reads for a required type-side key its transformation left absent. */
  readonly toAbsent: unknown
}

/**
 * A `Schema.Struct` whose fields rename keys or fill defaults (`Transformation` of two
 * `TypeLiteral`s by a `TypeLiteralTransformation`). Schema decodes the wire side, moves each
 * value to its new key through the field's `decode` (an `Option` in, an `Option` out), then
 * decodes the type side again. Here each type-side property reads its wire value once; a defined
 * value of a pass-through field whose type side is that of its wire side is written as is, since
 * a value Schema decoded always satisfies the type side of what decoded it. Everything else
 * (absent values, defaults, other transformations) takes Schema's steps, without the `Either`s.
 */
const structFill = (
  ast: AST.Transformation,
  transformation: AST.TypeLiteralTransformation,
  context: Context
): Fill | undefined => {
  const { from, to } = ast
  if (!AST.isTypeLiteral(from) || !AST.isTypeLiteral(to) || hasParseBehaviour(from) || hasParseBehaviour(to)) {
    return undefined
  }
  if (from.indexSignatures.length > 0 || to.indexSignatures.length > 0) return undefined
  const psts = transformation.propertySignatureTransformations
  // Schema applies the key transformations one after another on one object; they are
  // independent only when no key is read after another transformation wrote or removed it.
  const fromKeys = new Set(psts.map((pst) => pst.from))
  const toKeys = new Set(psts.map((pst) => pst.to))
  if (fromKeys.size !== psts.length || toKeys.size !== psts.length) return undefined
  if (psts.some((pst) => toKeys.has(pst.from) && psts.some((other) => other !== pst && other.to === pst.from))) {
    return undefined
  }
  const wire = new Map(from.propertySignatures.map((ps) => [ps.name, ps] as const))
  const used = new Set<PropertyKey>()
  const steps: Array<Step> = to.propertySignatures.map((target) => {
    const pst = psts.find((p) => p.to === target.name)
    const key = pst !== undefined ? pst.from : fromKeys.has(target.name) ? undefined : target.name
    const source = key === undefined ? undefined : wire.get(key)
    if (source !== undefined) used.add(source.name)
    const decode = pst?.decode ?? identity
    const toRun = planOf(target.type, context).run
    return {
      from: source?.name,
      fromIsOptional: source?.isOptional ?? true,
      fromIsInherited: source !== undefined && isInherited(source.name),
      fromRun: source === undefined ? identity : planOf(source.type, context).run,
      decode,
      direct: source !== undefined && (decode === identity || PassThrough.isPassThrough(decode)) &&
        definedValuesSatisfy(source.type, target.type),
      to: target.name,
      toIsOptional: target.isOptional,
      toRun,
      // Schema reads the key of a plain object there: `undefined`, or what Object.prototype has.
      toAbsent: ({} as Record<PropertyKey, unknown>)[target.name]
    }
  })
  for (const step of steps) if (!step.direct) context.stepwise.push(step.to)
  // Wire properties that feed no type-side property are still decoded: a bad one fails.
  const unused = from.propertySignatures.filter((ps) => !used.has(ps.name)).map((ps) => ({
    name: ps.name,
    isOptional: ps.isOptional,
    run: planOf(ps.type, context).run
  }))
  return (input, target) => {
    if (!isRecord(input)) return false
    const plain = isPlainRecord(input)
    for (let i = 0; i < unused.length; i++) {
      const property = unused[i]!
      if (property.isOptional && !hasOwn.call(input, property.name)) continue
      if (property.run(input[property.name]) === refused) return false
    }
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!
      const key = step.from
      let present = false
      let value: unknown = undefined
      if (key !== undefined) {
        const raw = step.fromIsOptional ? readOptional(input, key, plain && !step.fromIsInherited) : input[key]
        if (raw !== NOT_OWN) {
          present = true
          value = step.fromRun(raw)
          if (value === refused) return false
        }
      }
      if (present && value !== undefined && step.direct) {
        target[step.to] = value
        continue
      }
      const out = step.decode(present ? Option.some(value) : Option.none())
      if (Option.isNone(out) && step.toIsOptional) continue
      const decoded = step.toRun(Option.isSome(out) ? out.value : step.toAbsent)
      if (decoded === refused) return false
      target[step.to] = decoded
    }
    return true
  }
}

/**
 * Whether every defined value decoded by `from` satisfies `to`: each member of `from`'s type
 * side but `undefined` is, structurally, a member of `to`. (A decoded value satisfies the type
 * side of the member that decoded it; a defined one was not decoded by `undefined`.)
 */
const definedValuesSatisfy = (from: AST.AST, to: AST.AST): boolean => {
  const targets = unionMembers(to)
  return unionMembers(AST.typeAST(from)).every((member) =>
    AST.isUndefinedKeyword(member) || targets.some((target) => sameType(member, target))
  )
}

/** Structural equality of type-side ASTs, as far as decoding goes (annotations aside). */
const sameType = (a: AST.AST, b: AST.AST): boolean => {
  if (a === b) return true
  if (a._tag !== b._tag || hasParseBehaviour(a) || hasParseBehaviour(b)) return false
  switch (a._tag) {
    case "StringKeyword":
    case "NumberKeyword":
    case "BooleanKeyword":
    case "BigIntKeyword":
    case "SymbolKeyword":
    case "ObjectKeyword":
    case "UndefinedKeyword":
    case "VoidKeyword":
    case "NeverKeyword":
    case "UnknownKeyword":
    case "AnyKeyword":
      return true
    case "Literal":
      return a.literal === (b as AST.Literal).literal
    case "UniqueSymbol":
      return a.symbol === (b as AST.UniqueSymbol).symbol
    case "Refinement": {
      const other = b as AST.Refinement
      return a.filter === other.filter && sameType(a.from, other.from)
    }
    case "Declaration": {
      const other = b as AST.Declaration
      return a.decodeUnknown === other.decodeUnknown && sameList(a.typeParameters, other.typeParameters)
    }
    case "Union":
      return sameList(unionMembers(a), unionMembers(b))
    case "TupleType": {
      const other = b as AST.TupleType
      return a.elements.length === other.elements.length &&
        a.elements.every((e, i) =>
          e.isOptional === other.elements[i]!.isOptional && sameType(e.type, other.elements[i]!.type)
        ) &&
        sameList(a.rest.map((r) => r.type), other.rest.map((r) => r.type))
    }
    case "TypeLiteral": {
      const other = b as AST.TypeLiteral
      return a.propertySignatures.length === other.propertySignatures.length &&
        a.propertySignatures.every((ps, i) => {
          const o = other.propertySignatures[i]!
          return ps.name === o.name && ps.isOptional === o.isOptional && sameType(ps.type, o.type)
        }) &&
        a.indexSignatures.length === other.indexSignatures.length &&
        a.indexSignatures.every((is, i) => {
          const o = other.indexSignatures[i]!
          return sameType(is.parameter, o.parameter) && sameType(is.type, o.type)
        })
    }
  }
  return false
}

const sameList = (as: ReadonlyArray<AST.AST>, bs: ReadonlyArray<AST.AST>): boolean =>
  as.length === bs.length && as.every((a, i) => sameType(a, bs[i]!))

// ---------------------------------------------------------------------------------------------
// classes
// ---------------------------------------------------------------------------------------------

/**
 * A `Schema.Class`: its AST is a transformation from its fields' struct to a declaration
 * (`instanceof`), by `new Class(props, true)`. Here the props are written straight into
 * `Object.create(Class.prototype)` when that was checked to give the same object (see
 * {@link construction}), otherwise into a plain object handed to the constructor. Either way the
 * result is an instance, so the declaration's `instanceof` check is not run again.
 */
const classPlan = (cls: SchemaClass<unknown>, ast: AST.AST, context: Context): Plan | undefined => {
  if (!AST.isTransformation(ast) || !AST.isDeclaration(ast.to) || ast.transformation._tag !== "FinalTransformation") {
    return undefined
  }
  const struct = ast.from
  const fill = hasParseBehaviour(struct)
    ? undefined
    : AST.isTypeLiteral(struct)
    ? typeLiteralFill(struct, context)
    : AST.isTransformation(struct) && struct.transformation._tag === "TypeLiteralTransformation"
    ? structFill(struct, struct.transformation, context)
    : undefined
  if (fill === undefined) return undefined
  const defaults = construction(cls, AST.typeAST(struct))
  if (defaults === undefined) {
    context.constructed.push(cls)
    return {
      check: undefined,
      run: (input) => {
        const props: Record<PropertyKey, unknown> = {}
        return fill(input, props) ? new cls(props, true) : refused
      }
    }
  }
  const prototype = cls.prototype as object
  return {
    check: undefined,
    run: (input) => {
      const self = Object.create(prototype)
      if (!fill(input, self)) return refused
      for (let i = 0; i < defaults.length; i++) {
        const { key, value } = defaults[i]!
        if (self[key] === undefined) self[key] = value()
      }
      return self
    }
  }
}

/** A constructor default the Schema.Class constructor fills in for an `undefined` or absent value. */
interface ConstructorDefault {
  readonly key: PropertyKey
  readonly value: () => unknown
}

/**
 * Whether `Object.create(Class.prototype)` plus assigning the props in order gives what
 * `new Class(props, true)` gives, and if so the constructor defaults that must be filled in as
 * the constructor does (for fields that may decode to `undefined` or be absent). The Schema.Class
 * constructor copies the props, fills those defaults and `Object.assign`s the props: that this
 * is all a (sub)class constructor does is checked by building one instance both ways from probe
 * values and comparing their prototypes and own property descriptors, key order included.
 */
const construction = (
  cls: SchemaClass<unknown>,
  typeSide: AST.AST
): ReadonlyArray<ConstructorDefault> | undefined => {
  if (!AST.isTypeLiteral(typeSide) || typeSide.indexSignatures.length > 0) return undefined
  const properties = typeSide.propertySignatures
  const props: Record<PropertyKey, unknown> = {}
  for (const ps of properties) props[ps.name] = { probe: ps.name }
  const made = Object.create(cls.prototype as object)
  for (const ps of properties) made[ps.name] = props[ps.name]
  let constructed: object
  try {
    constructed = new cls(props, true) as object
  } catch {
    return undefined
  }
  if (Object.getPrototypeOf(constructed) !== Object.getPrototypeOf(made)) return undefined
  const keys = Reflect.ownKeys(constructed)
  const madeKeys = Reflect.ownKeys(made)
  const same = keys.length === madeKeys.length && keys.every((key, i) => {
    const a = Object.getOwnPropertyDescriptor(constructed, key)!
    const b = Object.getOwnPropertyDescriptor(made, key)!
    return key === madeKeys[i] && a.value === b.value && a.enumerable === b.enumerable &&
      a.writable === b.writable && a.configurable === b.configurable && a.get === undefined && a.set === undefined
  })
  if (!same) return undefined
  const fields: Record<PropertyKey, unknown> = cls.fields
  return properties.flatMap((ps): Array<ConstructorDefault> => {
    const field = fields[ps.name]
    if (!Schema.isPropertySignature(field) || !(ps.isOptional || acceptsUndefined(ps.type))) return []
    const value = field.ast._tag === "PropertySignatureDeclaration" ? field.ast.defaultValue : field.ast.to.defaultValue
    return value === undefined ? [] : [{ key: ps.name, value }]
  })
}

const acceptsUndefined = (ast: AST.AST): boolean =>
  Either.isRight(ParseResult.validateEither(Schema.make(ast))(undefined))
