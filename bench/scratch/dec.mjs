// ../packages/core/src/internal/decode.ts
import * as Either2 from "effect/Either"
import * as ParseResult3 from "effect/ParseResult"

// ../packages/core/src/Page.ts
import * as Schema3 from "effect/Schema"

// ../packages/core/src/internal/schema.ts
import * as DateTime from "effect/DateTime"
import * as ParseResult2 from "effect/ParseResult"
import * as Schema2 from "effect/Schema"

// ../packages/core/src/internal/compile.ts
import * as Either from "effect/Either"
import { identity } from "effect/Function"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
var refused = /* @__PURE__ */ Symbol.for("@effect-flex/core/internal/compile/refused")
var compile = (schema, options) => {
  const context = {
    plans: /* @__PURE__ */ new Map(),
    classes: /* @__PURE__ */ new Map(),
    fallbacks: [],
    constructed: [],
    stepwise: []
  }
  for (const cls of options?.classes ?? []) context.classes.set(cls.ast, cls)
  const { run } = planOf(schema.ast, context)
  return {
    decode: run,
    fallbacks: context.fallbacks,
    constructed: context.constructed,
    stepwise: context.stepwise
  }
}
var passThrough = /* @__PURE__ */ new WeakSet()
var declarePassThrough = (decode) => {
  const probe = {}
  const out = decode(Option.some(probe))
  if (Option.isSome(out) && out.value === probe) passThrough.add(decode)
}
var hasOwn = Object.prototype.hasOwnProperty
var parseOptions = AST.defaultParseOption
var checkPlan = (check) => ({
  check,
  run: (input) => check(input) ? input : refused
})
var always = () => true
var isString = (input) => typeof input === "string"
var isNumber = (input) => typeof input === "number"
var isBoolean = (input) => typeof input === "boolean"
var isUndefined = (input) => input === void 0
var isNotNullable = (input) => input !== null && input !== void 0
var isRecord = (input) => typeof input === "object" && input !== null && !Array.isArray(input)
var hasParseBehaviour = (ast) =>
  Option.isSome(AST.getParseOptionsAnnotation(ast)) || Option.isSome(AST.getDecodingFallbackAnnotation(ast))
var planOf = (ast, context) => {
  const known = context.plans.get(ast)
  if (known !== void 0) return known
  const plan = build(ast, context)
  context.plans.set(ast, plan)
  return plan
}
var build = (ast, context) => {
  if (hasParseBehaviour(ast)) return fallback(ast, context)
  const cls = context.classes.get(ast)
  if (cls !== void 0) return classPlan(cls, ast, context) ?? fallback(ast, context)
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
      return fill === void 0 ? fallback(ast, context) : fillPlan(fill)
    }
    case "TupleType":
      return arrayPlan(ast, context) ?? fallback(ast, context)
    case "Transformation":
      return transformationPlan(ast, context) ?? fallback(ast, context)
    case "Declaration":
      return declarationPlan(ast)
    case "Suspend": {
      let inner
      return { check: void 0, run: (input) => (inner ??= planOf(ast.f(), context)).run(input) }
    }
  }
  return fallback(ast, context)
}
var fallback = (ast, context) => {
  context.fallbacks.push(ast)
  const decode = ParseResult.decodeUnknownEither(Schema.make(ast))
  return {
    check: void 0,
    run: (input) => {
      const result = decode(input)
      return Either.isRight(result) ? result.right : refused
    }
  }
}
var refinementPlan = (ast, context) => {
  const from = planOf(ast.from, context)
  const filter = ast.filter
  const passes = (value) => Option.isNone(filter(value, parseOptions, ast))
  const check = from.check
  if (check !== void 0) return checkPlan((input) => check(input) && passes(input))
  const run = from.run
  return {
    check: void 0,
    run: (input) => {
      const value = run(input)
      return value !== refused && passes(value) ? value : refused
    }
  }
}
var unionMembers = (ast) => AST.isUnion(ast) && !hasParseBehaviour(ast) ? ast.types.flatMap(unionMembers) : [ast]
var hasLiteralKey = (ast) => {
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
var unionPlan = (ast, context) => {
  const members = unionMembers(ast)
  if (members.some(hasLiteralKey)) return void 0
  const groups = []
  let checks = []
  const flush = () => {
    if (checks.length > 0) groups.push(checkPlan(anyOf(checks, context)))
    checks = []
  }
  for (const member of members) {
    const plan = planOf(member, context)
    if (plan.check !== void 0) {
      checks.push(member)
    } else {
      flush()
      groups.push(plan)
    }
  }
  flush()
  if (groups.length === 1) return groups[0]
  const runs = groups.map((plan) => plan.run)
  return {
    check: void 0,
    run: (input) => {
      for (let i = 0; i < runs.length; i++) {
        const value = runs[i](input)
        if (value !== refused) return value
      }
      return refused
    }
  }
}
var anyOf = (members, context) => {
  const checks = members.filter((member) => !AST.isLiteral(member)).map((member) => planOf(member, context).check)
  const subsumed = (literal) =>
    checks.includes(always) || typeof literal === "string" && checks.includes(isString) ||
    typeof literal === "number" && checks.includes(isNumber) ||
    typeof literal === "boolean" && checks.includes(isBoolean)
  const literals = [
    ...new Set(members.filter(AST.isLiteral).map((member) => member.literal).filter((l) => !subsumed(l)))
  ]
  if (literals.length === 0 && checks.length === 1) return checks[0]
  if (literals.length > 8) {
    const set = new Set(literals.filter((literal) => literal === literal))
    return anyOfChecks([(input) => set.has(input), ...checks])
  }
  return anyOfChecks([...literals.map((literal) => (input) => input === literal), ...checks])
}
var anyOfChecks = (checks) => {
  switch (checks.length) {
    case 1:
      return checks[0]
    case 2: {
      const [a, b] = checks
      return (input) => a(input) || b(input)
    }
    case 3: {
      const [a, b, c] = checks
      return (input) => a(input) || b(input) || c(input)
    }
  }
  return (input) => {
    for (let i = 0; i < checks.length; i++) {
      if (checks[i](input)) return true
    }
    return false
  }
}
var arrayPlan = (ast, context) => {
  if (ast.elements.length !== 0 || ast.rest.length !== 1) return void 0
  const item = planOf(ast.rest[0].type, context)
  const check = item.check
  const run = item.run
  return {
    check: void 0,
    run: (input) => {
      if (!Array.isArray(input)) return refused
      const out = new Array(input.length)
      for (let i = 0; i < input.length; i++) {
        const value = input[i]
        if (check !== void 0) {
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
var fillPlan = (fill) => ({
  check: void 0,
  run: (input) => {
    const out = {}
    return fill(input, out) ? out : refused
  }
})
var isPlainRecord = (input) => {
  const prototype = Object.getPrototypeOf(input)
  return prototype === Object.prototype || prototype === null
}
var isInherited = (key) => key in Object.prototype
var NOT_OWN = /* @__PURE__ */ Symbol("not own")
var readOptional = (input, key, plain) => {
  if (plain) {
    const value = input[key]
    return value !== void 0 || hasOwn.call(input, key) ? value : NOT_OWN
  }
  return hasOwn.call(input, key) ? input[key] : NOT_OWN
}
var typeLiteralFill = (ast, context) => {
  if (!ast.indexSignatures.every((is) => isStringParameter(is.parameter))) return void 0
  const properties = ast.propertySignatures.map((ps) => ({
    name: ps.name,
    isOptional: ps.isOptional,
    isInherited: isInherited(ps.name),
    run: planOf(ps.type, context).run
  }))
  const indexes = ast.indexSignatures.map((is) => {
    const key = planOf(is.parameter, context)
    return { key: key.check === isString ? void 0 : key.run, value: planOf(is.type, context).run }
  })
  const names = new Set(properties.map((p) => p.name))
  return (input, target) => {
    if (!isRecord(input)) return false
    const plain = isPlainRecord(input)
    for (let i = 0; i < properties.length; i++) {
      const property = properties[i]
      const name = property.name
      const raw = property.isOptional ? readOptional(input, name, plain && !property.isInherited) : input[name]
      if (raw === NOT_OWN) continue
      const value = property.run(raw)
      if (value === refused) return false
      target[name] = value
    }
    for (let i = 0; i < indexes.length; i++) {
      const index = indexes[i]
      const keys = Object.keys(input)
      for (let j = 0; j < keys.length; j++) {
        const key = keys[j]
        if (index.key !== void 0 && index.key(key) === refused) continue
        const value = index.value(input[key])
        if (value === refused) return false
        if (!names.has(key)) target[key] = value
      }
    }
    return true
  }
}
var isStringParameter = (ast) => AST.isStringKeyword(ast) || AST.isRefinement(ast) && isStringParameter(ast.from)
var transformationPlan = (ast, context) => {
  const transformation = ast.transformation
  if (transformation._tag === "TypeLiteralTransformation") {
    const fill = structFill(ast, transformation, context)
    return fill === void 0 ? void 0 : fillPlan(fill)
  }
  const from = planOf(ast.from, context).run
  const to = planOf(ast.to, context).run
  if (transformation._tag === "ComposeTransformation") {
    return {
      check: void 0,
      run: (input) => {
        const value = from(input)
        return value === refused ? refused : to(value)
      }
    }
  }
  const decode = transformation.decode
  return {
    check: void 0,
    run: (input) => {
      const value = from(input)
      if (value === refused) return refused
      const result = decode(value, parseOptions, ast, input)
      return Either.isEither(result) && Either.isRight(result) ? to(result.right) : refused
    }
  }
}
var declarationPlan = (ast) => {
  const decode = ast.decodeUnknown(...ast.typeParameters)
  return {
    check: void 0,
    run: (input) => {
      const result = decode(input, parseOptions, ast)
      return Either.isEither(result) && Either.isRight(result) ? result.right : refused
    }
  }
}
var structFill = (ast, transformation, context) => {
  const { from, to } = ast
  if (!AST.isTypeLiteral(from) || !AST.isTypeLiteral(to) || hasParseBehaviour(from) || hasParseBehaviour(to)) {
    return void 0
  }
  if (from.indexSignatures.length > 0 || to.indexSignatures.length > 0) return void 0
  const psts = transformation.propertySignatureTransformations
  const fromKeys = new Set(psts.map((pst) => pst.from))
  const toKeys = new Set(psts.map((pst) => pst.to))
  if (fromKeys.size !== psts.length || toKeys.size !== psts.length) return void 0
  if (psts.some((pst) => toKeys.has(pst.from) && psts.some((other) => other !== pst && other.to === pst.from))) {
    return void 0
  }
  const wire = new Map(from.propertySignatures.map((ps) => [ps.name, ps]))
  const used = /* @__PURE__ */ new Set()
  const steps = to.propertySignatures.map((target) => {
    const pst = psts.find((p) => p.to === target.name)
    const key = pst !== void 0 ? pst.from : fromKeys.has(target.name) ? void 0 : target.name
    const source = key === void 0 ? void 0 : wire.get(key)
    if (source !== void 0) used.add(source.name)
    const decode = pst?.decode ?? identity
    const toRun = planOf(target.type, context).run
    return {
      from: source?.name,
      fromIsOptional: source?.isOptional ?? true,
      fromIsInherited: source !== void 0 && isInherited(source.name),
      fromRun: source === void 0 ? identity : planOf(source.type, context).run,
      decode,
      direct: source !== void 0 && (decode === identity || passThrough.has(decode)) &&
        definedValuesSatisfy(source.type, target.type),
      to: target.name,
      toIsOptional: target.isOptional,
      toRun,
      // Schema reads the key of a plain object there: `undefined`, or what Object.prototype has.
      toAbsent: {}[target.name]
    }
  })
  for (const step of steps) if (!step.direct) context.stepwise.push(step.to)
  const unused = from.propertySignatures.filter((ps) => !used.has(ps.name)).map((ps) => ({
    name: ps.name,
    isOptional: ps.isOptional,
    run: planOf(ps.type, context).run
  }))
  return (input, target) => {
    if (!isRecord(input)) return false
    const plain = isPlainRecord(input)
    for (let i = 0; i < unused.length; i++) {
      const property = unused[i]
      if (property.isOptional && !hasOwn.call(input, property.name)) continue
      if (property.run(input[property.name]) === refused) return false
    }
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]
      const key = step.from
      let present = false
      let value = void 0
      if (key !== void 0) {
        const raw = step.fromIsOptional ? readOptional(input, key, plain && !step.fromIsInherited) : input[key]
        if (raw !== NOT_OWN) {
          present = true
          value = step.fromRun(raw)
          if (value === refused) return false
        }
      }
      if (present && value !== void 0 && step.direct) {
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
var definedValuesSatisfy = (from, to) => {
  const targets = unionMembers(to)
  return unionMembers(AST.typeAST(from)).every(
    (member) => AST.isUndefinedKeyword(member) || targets.some((target) => sameType(member, target))
  )
}
var sameType = (a, b) => {
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
      return a.literal === b.literal
    case "UniqueSymbol":
      return a.symbol === b.symbol
    case "Refinement": {
      const other = b
      return a.filter === other.filter && sameType(a.from, other.from)
    }
    case "Declaration": {
      const other = b
      return a.decodeUnknown === other.decodeUnknown && sameList(a.typeParameters, other.typeParameters)
    }
    case "Union":
      return sameList(unionMembers(a), unionMembers(b))
    case "TupleType": {
      const other = b
      return a.elements.length === other.elements.length && a.elements.every(
        (e, i) => e.isOptional === other.elements[i].isOptional && sameType(e.type, other.elements[i].type)
      ) && sameList(a.rest.map((r) => r.type), other.rest.map((r) => r.type))
    }
    case "TypeLiteral": {
      const other = b
      return a.propertySignatures.length === other.propertySignatures.length && a.propertySignatures.every((ps, i) => {
        const o = other.propertySignatures[i]
        return ps.name === o.name && ps.isOptional === o.isOptional && sameType(ps.type, o.type)
      }) && a.indexSignatures.length === other.indexSignatures.length && a.indexSignatures.every((is, i) => {
        const o = other.indexSignatures[i]
        return sameType(is.parameter, o.parameter) && sameType(is.type, o.type)
      })
    }
  }
  return false
}
var sameList = (as, bs) => as.length === bs.length && as.every((a, i) => sameType(a, bs[i]))
var classPlan = (cls, ast, context) => {
  if (!AST.isTransformation(ast) || !AST.isDeclaration(ast.to) || ast.transformation._tag !== "FinalTransformation") {
    return void 0
  }
  const struct = ast.from
  const fill = hasParseBehaviour(struct)
    ? void 0
    : AST.isTypeLiteral(struct)
    ? typeLiteralFill(struct, context)
    : AST.isTransformation(struct) && struct.transformation._tag === "TypeLiteralTransformation"
    ? structFill(struct, struct.transformation, context)
    : void 0
  if (fill === void 0) return void 0
  const defaults = construction(cls, AST.typeAST(struct))
  if (defaults === void 0) {
    context.constructed.push(cls)
    return {
      check: void 0,
      run: (input) => {
        const props = {}
        return fill(input, props) ? new cls(props, true) : refused
      }
    }
  }
  const prototype = cls.prototype
  return {
    check: void 0,
    run: (input) => {
      const self = Object.create(prototype)
      if (!fill(input, self)) return refused
      for (let i = 0; i < defaults.length; i++) {
        const { key, value } = defaults[i]
        if (self[key] === void 0) self[key] = value()
      }
      return self
    }
  }
}
var construction = (cls, typeSide) => {
  if (!AST.isTypeLiteral(typeSide) || typeSide.indexSignatures.length > 0) return void 0
  const properties = typeSide.propertySignatures
  const props = {}
  for (const ps of properties) props[ps.name] = { probe: ps.name }
  const made = Object.create(cls.prototype)
  for (const ps of properties) made[ps.name] = props[ps.name]
  let constructed
  try {
    constructed = new cls(props, true)
  } catch {
    return void 0
  }
  if (Object.getPrototypeOf(constructed) !== Object.getPrototypeOf(made)) return void 0
  const keys = Reflect.ownKeys(constructed)
  const madeKeys = Reflect.ownKeys(made)
  const same = keys.length === madeKeys.length && keys.every((key, i) => {
    const a = Object.getOwnPropertyDescriptor(constructed, key)
    const b = Object.getOwnPropertyDescriptor(made, key)
    return key === madeKeys[i] && a.value === b.value && a.enumerable === b.enumerable && a.writable === b.writable &&
      a.configurable === b.configurable && a.get === void 0 && a.set === void 0
  })
  if (!same) return void 0
  const fields = cls.fields
  return properties.flatMap((ps) => {
    const field = fields[ps.name]
    if (!Schema.isPropertySignature(field) || !(ps.isOptional || acceptsUndefined(ps.type))) return []
    const value = field.ast._tag === "PropertySignatureDeclaration" ? field.ast.defaultValue : field.ast.to.defaultValue
    return value === void 0 ? [] : [{ key: ps.name, value }]
  })
}
var acceptsUndefined = (ast) => Either.isRight(ParseResult.validateEither(Schema.make(ast))(void 0))

// ../packages/core/src/internal/schema.ts
var openEnum = (values, unknownBrand) => {
  const Known = Schema2.Literal(...values)
  const Unknown3 = Schema2.String.pipe(Schema2.brand(unknownBrand))
  const known = new Set(values)
  return {
    schema: Schema2.Union(Known, Unknown3).annotations({ identifier: unknownBrand.replace(/^Unknown/, "") }),
    isKnown: (value) => known.has(value)
  }
}
var TwilioDateTime = Schema2.transformOrFail(Schema2.String, Schema2.DateTimeUtcFromSelf, {
  strict: true,
  decode: (input, _, ast) => {
    const millis = utcMillis(input)
    if (millis !== void 0) return ParseResult2.succeed(DateTime.unsafeMake(millis))
    const parsed = DateTime.make(input)
    return parsed._tag === "Some" && /^\d{4}-\d{2}-\d{2}T[^Z+-]*(?:Z|[+-]\d{2}:?\d{2})$/.test(input) ?
      ParseResult2.succeed(DateTime.toUtc(parsed.value)) :
      ParseResult2.fail(
        new ParseResult2.Type(ast, input, `Expected an ISO 8601 date-time, got ${JSON.stringify(input)}`)
      )
  },
  encode: (dateTime) => ParseResult2.succeed(DateTime.formatIso(dateTime).replace(/\.000Z$/, "Z"))
}).annotations({ identifier: "TwilioDateTime" })
var utcMillis = (input) => {
  const length = input.length
  if (length !== 20 && length !== 24 || input[length - 1] !== "Z") return void 0
  if (input[4] !== "-" || input[7] !== "-" || input[10] !== "T" || input[13] !== ":" || input[16] !== ":") {
    return void 0
  }
  if (length === 24 && input[19] !== ".") return void 0
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
    return void 0
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis)
}
var digits = (input, start, count) => {
  let value = 0
  for (let i = start; i < start + count; i++) {
    const digit = input.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}
var daysIn = (year, month) =>
  month === 2
    ? year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28
    : month === 4 || month === 6 || month === 9 || month === 11
    ? 30
    : 31
var nullable = (schema, key) => {
  const field = Schema2.optionalWith(Schema2.NullOr(schema), { default: () => null }).pipe(Schema2.fromKey(key))
  if (field.ast._tag === "PropertySignatureTransformation") declarePassThrough(field.ast.decode)
  return field
}
var required = (schema, key) => Schema2.propertySignature(schema).pipe(Schema2.fromKey(key))
var NonStringLink = Schema2.transformOrFail(Schema2.Unknown, Schema2.String, {
  strict: true,
  decode: (value, _, ast) => {
    let text2
    try {
      text2 = JSON.stringify(value)
    } catch {
      text2 = void 0
    }
    return typeof text2 === "string"
      ? ParseResult2.succeed(text2)
      : ParseResult2.fail(new ParseResult2.Type(ast, value, "Expected a JSON value"))
  },
  encode: ParseResult2.succeed
})
var Links = Schema2.Record({
  key: Schema2.String,
  value: Schema2.Union(Schema2.String, NonStringLink)
}).annotations({ identifier: "Links" })

// ../packages/core/src/Page.ts
var PageMeta = class extends Schema3.Class("PageMeta")({
  key: Schema3.String,
  page: Schema3.Int,
  pageSize: required(Schema3.Int, "page_size"),
  url: Schema3.String,
  firstPageUrl: required(Schema3.String, "first_page_url"),
  nextPageUrl: required(Schema3.NullOr(Schema3.String), "next_page_url"),
  previousPageUrl: required(Schema3.NullOr(Schema3.String), "previous_page_url")
}) {
}
var envelope = (key, item) =>
  Schema3.Struct(
    { [key]: Schema3.Array(item), meta: PageMeta }
  )
var PageCursor = Schema3.String.pipe(Schema3.brand("PageCursor"))

// ../packages/core/src/internal/decode.ts
var page = (key, cls) => {
  const envelope2 = envelope(key, cls)
  const decode = decoder(envelope2, compile(envelope2, { classes: [cls, PageMeta] }).decode)
  return (input) => Either2.map(decode(input), (body) => ({ items: body[key], meta: body.meta }))
}
var decoder = (schema, compiled) => {
  const precise = ParseResult3.decodeUnknownEither(schema)
  return (input) => {
    const value = attempt(compiled, input)
    return value === refused ? explain(schema.ast, precise, input) : Either2.right(value)
  }
}
var attempt = (compiled, input) => {
  try {
    return compiled(input)
  } catch {
    return refused
  }
}
var explain = (ast, precise, input) => {
  try {
    return precise(input)
  } catch (error) {
    return Either2.left(new ParseResult3.Type(ast, input, `Reading the value threw: ${describe(error)}`))
  }
}
var describe = (error) => {
  try {
    return error instanceof Error ? error.message : String(error)
  } catch {
    return "an error that cannot be shown"
  }
}

// ../packages/core/src/InteractionChannel.ts
import * as Schema5 from "effect/Schema"

// ../packages/core/src/Sid.ts
import * as Schema4 from "effect/Schema"
var pattern2 = (prefix) => new RegExp(`^${prefix}[0-9a-fA-F]{32}$`)
var make3 = (prefix, brand4, title) =>
  Schema4.String.pipe(
    Schema4.pattern(pattern2(prefix), {
      message: () => `Expected ${title} SID: "${prefix}" followed by 32 hexadecimal digits`
    }),
    Schema4.brand(brand4),
    Schema4.annotations({ identifier: brand4, title: `${title} SID`, description: `${prefix} + 32 hex digits` })
  )
var AccountSid = make3("AC", "AccountSid", "Account")
var ChatChannelSid = make3("CH", "ChatChannelSid", "Flex chat channel")
var FlexFlowSid = make3("FO", "FlexFlowSid", "Flex Flow")
var UserSid = make3("US", "UserSid", "Chat user")
var TaskSid = make3("WT", "TaskSid", "TaskRouter Task")
var WorkerSid = make3("WK", "WorkerSid", "TaskRouter Worker")
var ReservationSid = make3("WR", "ReservationSid", "TaskRouter Reservation")
var ApiKeySid = make3("SK", "ApiKeySid", "API key")
var InteractionSid = make3("KD", "InteractionSid", "Interaction")
var InteractionChannelSid = make3("UO", "InteractionChannelSid", "Interaction channel")
var ParticipantSid = make3("UT", "ParticipantSid", "Interaction channel participant")

// ../packages/core/src/InteractionChannel.ts
var statusEnum = openEnum(
  ["setup", "active", "failed", "closed", "inactive", "pause", "transfer"],
  "UnknownInteractionChannelStatus"
)
var Status = statusEnum.schema
var isKnownStatus = statusEnum.isKnown
var typeEnum = openEnum(
  ["voice", "sms", "email", "web", "whatsapp", "chat", "messenger", "gbm"],
  "UnknownInteractionChannelType"
)
var Type3 = typeEnum.schema
var isKnownType = typeEnum.isKnown
var InteractionChannel = class extends Schema5.Class("InteractionChannel")({
  sid: required(InteractionChannelSid, "sid"),
  interactionSid: nullable(InteractionSid, "interaction_sid"),
  type: nullable(Type3, "type"),
  status: nullable(Status, "status"),
  errorCode: nullable(Schema5.Int, "error_code"),
  errorMessage: nullable(Schema5.String, "error_message"),
  url: nullable(Schema5.String, "url"),
  links: nullable(Links, "links")
}) {
}
var UpdateStatus = Schema5.Literal("closed", "inactive")
var Routing = Schema5.Struct(
  { status: Schema5.Literal("closed") },
  Schema5.Record({ key: Schema5.String, value: Schema5.Unknown })
).annotations({ identifier: "Routing" })
var UpdateParams = Schema5.Union(
  Schema5.Struct({ status: Schema5.Literal("closed"), routing: Schema5.optionalWith(Routing, { exact: true }) }),
  Schema5.Struct({ status: Schema5.Literal("inactive"), routing: Routing })
).annotations({ identifier: "UpdateInteractionChannelParams" })

// scratch/dec.ts
import * as Fs from "node:fs"
var d = page("channels", InteractionChannel)
var text = Fs.readFileSync("/tmp/page.json", "utf8")
var pages = Array.from({ length: 50 }, () => JSON.parse(text))
for (let r = 0; r < 6; r++) {
  const t = performance.now()
  for (const p of pages) d(p)
  console.log(((performance.now() - t) / 50).toFixed(3), "\xB5s/record")
}
