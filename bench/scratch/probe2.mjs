// ../packages/core/src/FlexClient.ts
import * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect8 from "effect/Effect"
import * as Layer from "effect/Layer"

// ../packages/core/src/internal/client.ts
import * as HttpClient2 from "@effect/platform/HttpClient"
import * as Chunk2 from "effect/Chunk"
import * as Effect7 from "effect/Effect"
import * as Either8 from "effect/Either"
import * as Stream4 from "effect/Stream"

// ../packages/core/src/ChatChannel.ts
import * as Schema4 from "effect/Schema"

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
  const { run: run3 } = planOf(schema.ast, context)
  return {
    decode: run3,
    fallbacks: context.fallbacks,
    constructed: context.constructed,
    stepwise: context.stepwise
  }
}
var passThrough = /* @__PURE__ */ new WeakSet()
var declarePassThrough = (decode3) => {
  const probe = {}
  const out = decode3(Option.some(probe))
  if (Option.isSome(out) && out.value === probe) passThrough.add(decode3)
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
  const decode3 = ParseResult.decodeUnknownEither(Schema.make(ast))
  return {
    check: void 0,
    run: (input) => {
      const result = decode3(input)
      return Either.isRight(result) ? result.right : refused
    }
  }
}
var refinementPlan = (ast, context) => {
  const from = planOf(ast.from, context)
  const filter = ast.filter
  const passes = (value2) => Option.isNone(filter(value2, parseOptions, ast))
  const check = from.check
  if (check !== void 0) return checkPlan((input) => check(input) && passes(input))
  const run3 = from.run
  return {
    check: void 0,
    run: (input) => {
      const value2 = run3(input)
      return value2 !== refused && passes(value2) ? value2 : refused
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
        const value2 = runs[i](input)
        if (value2 !== refused) return value2
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
  const run3 = item.run
  return {
    check: void 0,
    run: (input) => {
      if (!Array.isArray(input)) return refused
      const out = new Array(input.length)
      for (let i = 0; i < input.length; i++) {
        const value2 = input[i]
        if (check !== void 0) {
          if (!check(value2)) return refused
          out[i] = value2
        } else {
          const decoded = run3(value2)
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
    const value2 = input[key]
    return value2 !== void 0 || hasOwn.call(input, key) ? value2 : NOT_OWN
  }
  return hasOwn.call(input, key) ? input[key] : NOT_OWN
}
var typeLiteralFill = (ast, context) => {
  if (!ast.indexSignatures.every((is2) => isStringParameter(is2.parameter))) return void 0
  const properties = ast.propertySignatures.map((ps) => ({
    name: ps.name,
    isOptional: ps.isOptional,
    isInherited: isInherited(ps.name),
    run: planOf(ps.type, context).run
  }))
  const indexes = ast.indexSignatures.map((is2) => {
    const key = planOf(is2.parameter, context)
    return { key: key.check === isString ? void 0 : key.run, value: planOf(is2.type, context).run }
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
      const value2 = property.run(raw)
      if (value2 === refused) return false
      target[name] = value2
    }
    for (let i = 0; i < indexes.length; i++) {
      const index = indexes[i]
      const keys = Object.keys(input)
      for (let j = 0; j < keys.length; j++) {
        const key = keys[j]
        if (index.key !== void 0 && index.key(key) === refused) continue
        const value2 = index.value(input[key])
        if (value2 === refused) return false
        if (!names.has(key)) target[key] = value2
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
        const value2 = from(input)
        return value2 === refused ? refused : to(value2)
      }
    }
  }
  const decode3 = transformation.decode
  return {
    check: void 0,
    run: (input) => {
      const value2 = from(input)
      if (value2 === refused) return refused
      const result = decode3(value2, parseOptions, ast, input)
      return Either.isEither(result) && Either.isRight(result) ? to(result.right) : refused
    }
  }
}
var declarationPlan = (ast) => {
  const decode3 = ast.decodeUnknown(...ast.typeParameters)
  return {
    check: void 0,
    run: (input) => {
      const result = decode3(input, parseOptions, ast)
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
    const decode3 = pst?.decode ?? identity
    const toRun = planOf(target.type, context).run
    return {
      from: source?.name,
      fromIsOptional: source?.isOptional ?? true,
      fromIsInherited: source !== void 0 && isInherited(source.name),
      fromRun: source === void 0 ? identity : planOf(source.type, context).run,
      decode: decode3,
      direct: source !== void 0 && (decode3 === identity || passThrough.has(decode3)) &&
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
      let value2 = void 0
      if (key !== void 0) {
        const raw = step.fromIsOptional ? readOptional(input, key, plain && !step.fromIsInherited) : input[key]
        if (raw !== NOT_OWN) {
          present = true
          value2 = step.fromRun(raw)
          if (value2 === refused) return false
        }
      }
      if (present && value2 !== void 0 && step.direct) {
        target[step.to] = value2
        continue
      }
      const out = step.decode(present ? Option.some(value2) : Option.none())
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
      }) && a.indexSignatures.length === other.indexSignatures.length && a.indexSignatures.every((is2, i) => {
        const o = other.indexSignatures[i]
        return sameType(is2.parameter, o.parameter) && sameType(is2.type, o.type)
      })
    }
  }
  return false
}
var sameList = (as2, bs) => as2.length === bs.length && as2.every((a, i) => sameType(a, bs[i]))
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
        const { key, value: value2 } = defaults[i]
        if (self[key] === void 0) self[key] = value2()
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
    const value2 = field.ast._tag === "PropertySignatureDeclaration"
      ? field.ast.defaultValue
      : field.ast.to.defaultValue
    return value2 === void 0 ? [] : [{ key: ps.name, value: value2 }]
  })
}
var acceptsUndefined = (ast) => Either.isRight(ParseResult.validateEither(Schema.make(ast))(void 0))

// ../packages/core/src/internal/schema.ts
var openEnum = (values, unknownBrand) => {
  const Known = Schema2.Literal(...values)
  const Unknown5 = Schema2.String.pipe(Schema2.brand(unknownBrand))
  const known = new Set(values)
  return {
    schema: Schema2.Union(Known, Unknown5).annotations({ identifier: unknownBrand.replace(/^Unknown/, "") }),
    isKnown: (value2) => known.has(value2)
  }
}
var TwilioDateTime = Schema2.transformOrFail(Schema2.String, Schema2.DateTimeUtcFromSelf, {
  strict: true,
  decode: (input, _, ast) => {
    const millis2 = utcMillis(input)
    if (millis2 !== void 0) return ParseResult2.succeed(DateTime.unsafeMake(millis2))
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
  const month2 = digits(input, 5, 2)
  const day = digits(input, 8, 2)
  const hour = digits(input, 11, 2)
  const minute = digits(input, 14, 2)
  const second = digits(input, 17, 2)
  const millis2 = length === 24 ? digits(input, 20, 3) : 0
  if (
    year < 100 || month2 < 1 || month2 > 12 || day < 1 || day > daysIn(year, month2) || hour < 0 || hour > 23 ||
    minute < 0 || minute > 59 || second < 0 || second > 59 || millis2 < 0
  ) {
    return void 0
  }
  return Date.UTC(year, month2 - 1, day, hour, minute, second, millis2)
}
var digits = (input, start, count) => {
  let value2 = 0
  for (let i = start; i < start + count; i++) {
    const digit = input.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    value2 = value2 * 10 + digit
  }
  return value2
}
var daysIn = (year, month2) =>
  month2 === 2
    ? year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28
    : month2 === 4 || month2 === 6 || month2 === 9 || month2 === 11
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
  decode: (value2, _, ast) => {
    let text
    try {
      text = JSON.stringify(value2)
    } catch {
      text = void 0
    }
    return typeof text === "string"
      ? ParseResult2.succeed(text)
      : ParseResult2.fail(new ParseResult2.Type(ast, value2, "Expected a JSON value"))
  },
  encode: ParseResult2.succeed
})
var Links = Schema2.Record({
  key: Schema2.String,
  value: Schema2.Union(Schema2.String, NonStringLink)
}).annotations({ identifier: "Links" })

// ../packages/core/src/Sid.ts
import * as Schema3 from "effect/Schema"
var pattern2 = (prefix) => new RegExp(`^${prefix}[0-9a-fA-F]{32}$`)
var make3 = (prefix, brand5, title) =>
  Schema3.String.pipe(
    Schema3.pattern(pattern2(prefix), {
      message: () => `Expected ${title} SID: "${prefix}" followed by 32 hexadecimal digits`
    }),
    Schema3.brand(brand5),
    Schema3.annotations({ identifier: brand5, title: `${title} SID`, description: `${prefix} + 32 hex digits` })
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

// ../packages/core/src/ChatChannel.ts
var ChatChannel = class extends Schema4.Class("ChatChannel")({
  sid: required(ChatChannelSid, "sid"),
  accountSid: nullable(AccountSid, "account_sid"),
  flexFlowSid: nullable(FlexFlowSid, "flex_flow_sid"),
  userSid: nullable(UserSid, "user_sid"),
  taskSid: nullable(TaskSid, "task_sid"),
  url: nullable(Schema4.String, "url"),
  dateCreated: nullable(TwilioDateTime, "date_created"),
  dateUpdated: nullable(TwilioDateTime, "date_updated")
}) {
}

// ../packages/core/src/InteractionChannel.ts
import * as Schema5 from "effect/Schema"
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
var Type2 = typeEnum.schema
var isKnownType = typeEnum.isKnown
var InteractionChannel = class extends Schema5.Class("InteractionChannel")({
  sid: required(InteractionChannelSid, "sid"),
  interactionSid: nullable(InteractionSid, "interaction_sid"),
  type: nullable(Type2, "type"),
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
var toFormBody = (params) =>
  params.routing === void 0
    ? { Status: params.status }
    : { Status: params.status, Routing: JSON.stringify(params.routing) }

// ../packages/core/src/Participant.ts
import * as Schema6 from "effect/Schema"
var typeEnum2 = openEnum(
  ["supervisor", "customer", "external", "agent", "unknown"],
  "UnknownParticipantType"
)
var Type3 = typeEnum2.schema
var isKnownType2 = typeEnum2.isKnown
var RoutingProperties = Schema6.Struct(
  {
    task_sid: Schema6.optionalWith(Schema6.NullOr(TaskSid), { exact: true }),
    worker_sid: Schema6.optionalWith(Schema6.NullOr(WorkerSid), { exact: true }),
    reservation_sid: Schema6.optionalWith(Schema6.NullOr(ReservationSid), { exact: true })
  },
  Schema6.Record({ key: Schema6.String, value: Schema6.Unknown })
).annotations({ identifier: "RoutingProperties" })
var UntypedRoutingProperties = Schema6.Unknown.pipe(Schema6.brand("UntypedRoutingProperties")).annotations({
  identifier: "UntypedRoutingProperties"
})
var AnyRoutingProperties = Schema6.Union(RoutingProperties, UntypedRoutingProperties).annotations({
  identifier: "AnyRoutingProperties"
})
var isRoutingProperties = Schema6.is(RoutingProperties)
var Participant = class extends Schema6.Class("Participant")({
  sid: required(ParticipantSid, "sid"),
  type: nullable(Type3, "type"),
  interactionSid: nullable(InteractionSid, "interaction_sid"),
  channelSid: nullable(InteractionChannelSid, "channel_sid"),
  url: nullable(Schema6.String, "url"),
  routingProperties: nullable(AnyRoutingProperties, "routing_properties")
}) {
}

// ../packages/core/src/internal/config.ts
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either3 from "effect/Either"
import * as Encoding from "effect/Encoding"
import * as Redacted from "effect/Redacted"

// ../packages/core/src/FlexError.ts
import * as Predicate from "effect/Predicate"
import * as Schema7 from "effect/Schema"
var TypeId = /* @__PURE__ */ Symbol.for("@effect-flex/core/FlexError")
var FlexInvalidInput = class extends Schema7.TaggedError("@effect-flex/FlexInvalidInput")(
  "FlexInvalidInput",
  {
    /** The call, e.g. `interactionChannels.update`, or `FlexClient` for options. */
    operation: Schema7.String,
    /** The argument that was wrong, e.g. `interactionSid` or `options.pageSize`. */
    argument: Schema7.String,
    message: Schema7.String
  }
) {
  /** @since 0.1.0 */
  [TypeId] = TypeId
}
var apiErrorFields = {
  /** HTTP status. */
  status: Schema7.Number,
  /** Twilio's error code (20404, 20003, …), when the body had one. */
  code: Schema7.NullOr(Schema7.Number),
  message: Schema7.String,
  /** Link to Twilio's documentation of the code. */
  moreInfo: Schema7.NullOr(Schema7.String),
  details: Schema7.NullOr(Schema7.Unknown),
  /** The `Twilio-Request-Id` response header: quote it to Twilio support. */
  requestId: Schema7.NullOr(Schema7.String),
  method: Schema7.String,
  /** The request URL, without credentials. */
  url: Schema7.String,
  /** How many attempts were made, retries included. */
  attempts: Schema7.Number
}
var FlexNotFound = class extends Schema7.TaggedError("@effect-flex/FlexNotFound")(
  "FlexNotFound",
  apiErrorFields
) {
  /** @since 0.1.0 */
  [TypeId] = TypeId
}
var FlexAuthenticationError = class extends Schema7.TaggedError("@effect-flex/FlexAuthenticationError")(
  "FlexAuthenticationError",
  apiErrorFields
) {
  /** @since 0.1.0 */
  [TypeId] = TypeId
}
var FlexRateLimited = class extends Schema7.TaggedError("@effect-flex/FlexRateLimited")(
  "FlexRateLimited",
  {
    ...apiErrorFields,
    /** The last `Retry-After`, in milliseconds, when Twilio sent one. */
    retryAfterMillis: Schema7.NullOr(Schema7.Number)
  }
) {
  /** @since 0.1.0 */
  [TypeId] = TypeId
}
var FlexApiError = class extends Schema7.TaggedError("@effect-flex/FlexApiError")(
  "FlexApiError",
  apiErrorFields
) {
  /** @since 0.1.0 */
  [TypeId] = TypeId
}
var FlexTransportError = class extends Schema7.TaggedError("@effect-flex/FlexTransportError")(
  "FlexTransportError",
  {
    reason: Schema7.Literal("Connection", "Timeout", "Body"),
    message: Schema7.String,
    method: Schema7.String,
    url: Schema7.String,
    attempts: Schema7.Number
  }
) {
  /** @since 0.1.0 */
  [TypeId] = TypeId
}
var FlexDecodeError = class extends Schema7.TaggedError("@effect-flex/FlexDecodeError")(
  "FlexDecodeError",
  {
    message: Schema7.String,
    /**
     * Why the body was refused: the JSON syntax error, or Schema's tree of the mismatch (which
     * field, expected what, got what); `null` for a refused `next_page_url` (see `message`).
     */
    issue: Schema7.NullOr(Schema7.String),
    method: Schema7.String,
    url: Schema7.String,
    status: Schema7.NullOr(Schema7.Number),
    requestId: Schema7.NullOr(Schema7.String)
  }
) {
  /** @since 0.1.0 */
  [TypeId] = TypeId
}
var FlexError = Schema7.Union(
  FlexInvalidInput,
  FlexNotFound,
  FlexAuthenticationError,
  FlexRateLimited,
  FlexApiError,
  FlexTransportError,
  FlexDecodeError
)

// ../packages/core/src/internal/input.ts
import * as Either2 from "effect/Either"
import * as ParseResult3 from "effect/ParseResult"
import * as Schema8 from "effect/Schema"
var sidKinds = {
  AC: "an Account",
  CH: "a Flex chat channel",
  FO: "a Flex Flow",
  US: "a chat user",
  WT: "a TaskRouter Task",
  WK: "a TaskRouter Worker",
  WR: "a TaskRouter Reservation",
  SK: "an API key",
  KD: "an Interaction",
  UO: "an Interaction channel",
  UT: "a participant"
}
var sid = (operation, argument, prefix, value2) => {
  if (typeof value2 === "string" && pattern2(prefix).test(value2)) return Either2.right(value2)
  const expected = `${sidKinds[prefix]} SID ("${prefix}" followed by 32 hexadecimal digits)`
  const otherKind = typeof value2 === "string" && /^[A-Z]{2}[0-9a-fA-F]{32}$/.test(value2)
    ? sidKinds[value2.slice(0, 2)]
    : void 0
  const got = otherKind !== void 0 ? `${otherKind} SID` : describe(value2)
  return Either2.left(
    new FlexInvalidInput({ operation, argument, message: `${argument} must be ${expected}, got ${got}` })
  )
}
var intOption = (operation, argument, value2, min, max) =>
  value2 === void 0 || isIntIn(value2, min, max) ? Either2.right(value2) : Either2.left(
    new FlexInvalidInput({
      operation,
      argument,
      message: `${argument} must be an integer in ${min}..${max === Number.MAX_SAFE_INTEGER ? "" : max} (got ${
        describe(value2)
      })`
    })
  )
var decode = (operation, argument, schema, value2) =>
  Schema8.decodeUnknownEither(schema)(value2).pipe(
    Either2.mapLeft((error) => {
      const issue = ParseResult3.ArrayFormatter.formatErrorSync(error)[0]
      const path = issue === void 0 ? "" : issue.path.map(String).join(".")
      return new FlexInvalidInput({
        operation,
        argument: path === "" ? argument : `${argument}.${path}`,
        message: `${argument} is invalid: ${ParseResult3.TreeFormatter.formatErrorSync(error)}`
      })
    })
  )
var describe = (value2) => {
  if (typeof value2 === "string") {
    return value2.length > 40 ? `a string of ${value2.length} characters` : JSON.stringify(value2)
  }
  if (typeof value2 === "number" || typeof value2 === "boolean" || value2 == null) return String(value2)
  if (typeof value2 === "bigint") return `${value2}n`
  try {
    return Array.isArray(value2) ? "an array" : `a ${typeof value2}`
  } catch {
    return "a revoked Proxy"
  }
}
var describeOption = (value2) =>
  typeof value2 === "string" ? `a string of ${value2.length} characters` : describe(value2)
var isIntIn = (value2, min, max) =>
  typeof value2 === "number" && Number.isInteger(value2) && value2 >= min && value2 <= max
var snapshot = (operation, argument, value2, keys) => {
  try {
    if (value2 === void 0) return Either2.right(void 0)
    if (typeof value2 !== "object" || value2 === null || Array.isArray(value2)) {
      return Either2.left(new FlexInvalidInput({ operation, argument, message: `${argument} must be an object` }))
    }
    const copy = {}
    for (const key of keys) {
      const field = value2[key]
      if (field !== void 0) copy[key] = field
    }
    return Either2.right(copy)
  } catch {
    return Either2.left(
      new FlexInvalidInput({
        operation,
        argument,
        message: `${argument} could not be read (a property getter threw, or it is a revoked Proxy)`
      })
    )
  }
}
var updateParams = (operation, params) => {
  const fail7 = (argument, message) => Either2.left(new FlexInvalidInput({ operation, argument, message }))
  let status
  let routing
  try {
    if (typeof params !== "object" || params === null) return Either2.right(params)
    status = params.status
    routing = params.routing
  } catch {
    return fail7("params", "params could not be read (a property getter threw, or it is a revoked Proxy)")
  }
  const copy = {}
  if (status !== void 0) copy.status = status
  if (routing !== void 0) {
    try {
      copy.routing = JSON.parse(JSON.stringify(routing))
    } catch {
      return fail7("params.routing", "params.routing must be plain JSON (no BigInt, no cycles, no throwing getters)")
    }
  }
  return Either2.right(copy)
}

// ../packages/core/src/internal/version.ts
var version = "0.1.0"

// ../packages/core/src/internal/config.ts
var defaultBaseUrl = "https://flex-api.twilio.com"
var invalid = (argument, message) =>
  new FlexInvalidInput({
    operation: "FlexClient",
    argument: argument === "" ? "options" : `options.${argument}`,
    message
  })
var hostLabel = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
var decodeDuration = (argument, input, fallback2, allowZero) => {
  if (input === void 0) return Either3.right(fallback2)
  if (typeof input === "number" && !(input >= 0)) {
    return Either3.left(invalid(argument, `${argument} must not be negative (got ${describeOption(input)})`))
  }
  let decoded
  try {
    decoded = Duration.decode(input)
  } catch {
    return Either3.left(invalid(argument, `${argument} is not a duration (got ${describeOption(input)})`))
  }
  const millis2 = Duration.toMillis(decoded)
  if (!Number.isFinite(millis2) || millis2 < 0 || !allowZero && millis2 === 0) {
    return Either3.left(
      invalid(argument, `${argument} must be a finite duration above zero (got ${describeOption(input)})`)
    )
  }
  return Either3.right(decoded)
}
var runtimeDescription = () => {
  const process2 = globalThis.process
  const node = process2?.versions?.node
  return node === void 0 ? void 0 : `(${process2?.platform} ${process2?.arch}) node/${node}`
}
var resolveOrigin = (options) => {
  const raw = options.baseUrl ?? defaultBaseUrl
  let url
  try {
    url = new URL(raw)
  } catch {
    return Either3.left(invalid("baseUrl", `baseUrl is not a URL (got ${describeOption(raw)})`))
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return Either3.left(invalid("baseUrl", `baseUrl must be http or https (got ${url.protocol})`))
  }
  if (url.username !== "" || url.password !== "") {
    return Either3.left(invalid("baseUrl", "baseUrl must not carry user info: pass credentials as options"))
  }
  if (url.pathname !== "/" && url.pathname !== "" || url.search !== "" || url.hash !== "") {
    return Either3.left(invalid("baseUrl", "baseUrl must be an origin (scheme, host, port), without path or query"))
  }
  for (const key of ["edge", "region"]) {
    const value2 = options[key]
    if (value2 !== void 0 && (typeof value2 !== "string" || !hostLabel.test(value2))) {
      return Either3.left(
        invalid(key, `${key} must be a lowercase host label like "sydney" (got ${describeOption(value2)})`)
      )
    }
  }
  const edge = options.edge
  const region = options.region ?? (edge !== void 0 ? "us1" : void 0)
  if (region === void 0 || !url.hostname.endsWith(".twilio.com")) {
    return Either3.right(url.origin)
  }
  const product = url.hostname.split(".")[0]
  url.hostname = [product, edge, region, "twilio", "com"].filter((part) => part !== void 0).join(".")
  return Either3.right(url.origin)
}
var resolveAuthorization = (options) => {
  const { accountSid, apiKey, apiSecret, authToken } = options
  const redacted = (key, value2) => {
    if (!Redacted.isRedacted(value2) || typeof Redacted.value(value2) !== "string" || Redacted.value(value2) === "") {
      return Either3.left(invalid(key, `${key} must be a non-empty Redacted<string> (wrap it with Redacted.make)`))
    }
    const secret2 = Redacted.value(value2)
    return /^[\x21-\x7e]+$/.test(secret2)
      ? Either3.right(secret2)
      : Either3.left(invalid(key, `${key} must be printable ASCII without spaces`))
  }
  if (authToken === void 0 && apiKey === void 0 && apiSecret === void 0) {
    if (accountSid !== void 0 && (typeof accountSid !== "string" || !pattern2("AC").test(accountSid))) {
      return Either3.left(invalid("accountSid", `accountSid must be an Account SID (AC + 32 hex digits)`))
    }
    return Either3.right({ credentials: void 0, secrets: [] })
  }
  if (typeof accountSid !== "string" || !pattern2("AC").test(accountSid)) {
    return Either3.left(
      invalid("accountSid", `accountSid must be an Account SID (AC + 32 hex digits), got ${describeOption(accountSid)}`)
    )
  }
  if (authToken !== void 0 && (apiKey !== void 0 || apiSecret !== void 0)) {
    return Either3.left(invalid("authToken", "give either authToken or apiKey with apiSecret, not both"))
  }
  let user
  let secret
  if (authToken !== void 0) {
    const token = redacted("authToken", authToken)
    if (Either3.isLeft(token)) return Either3.left(token.left)
    user = accountSid
    secret = token.right
  } else {
    if (typeof apiKey !== "string" || !pattern2("SK").test(apiKey)) {
      return Either3.left(
        invalid("apiKey", `apiKey must be an API key SID (SK + 32 hex digits), got ${describeOption(apiKey)}`)
      )
    }
    const apiSecretValue = redacted("apiSecret", apiSecret)
    if (Either3.isLeft(apiSecretValue)) return Either3.left(apiSecretValue.left)
    user = apiKey
    secret = apiSecretValue.right
  }
  const encoded = Encoding.encodeBase64(`${user}:${secret}`)
  return Either3.right({
    credentials: { user, secret: Redacted.make(secret) },
    // The Basic value as sent, and as it reads inside a URL, if a server echoes it there.
    secrets: [secret, encoded, encodeURIComponent(encoded)]
  })
}
var optionKeys = [
  "accountSid",
  "authToken",
  "apiKey",
  "apiSecret",
  "baseUrl",
  "edge",
  "region",
  "timeout",
  "retry",
  "userAgent",
  "pageSize",
  "tracePropagation",
  "maxResponseBytes",
  "maxEmptyPages"
]
var retryKeys = ["maxAttempts", "baseDelay", "maxDelay", "maxRetryAfter"]
var resolve = (input) =>
  Effect.suspend(() => {
    const read2 = snapshot("FlexClient", "options", input, optionKeys)
    if (Either3.isLeft(read2)) return Effect.fail(read2.left)
    if (read2.right === void 0) return Effect.fail(invalid("", "options must be an object"))
    let retry2 = false
    if (read2.right.retry !== false) {
      const copied = snapshot("FlexClient", "options.retry", read2.right.retry, retryKeys)
      if (Either3.isLeft(copied)) return Effect.fail(copied.left)
      retry2 = copied.right
    }
    const options = { ...read2.right, retry: retry2 }
    const origin = resolveOrigin(options)
    if (Either3.isLeft(origin)) return Effect.fail(origin.left)
    const auth = resolveAuthorization(options)
    if (Either3.isLeft(auth)) return Effect.fail(auth.left)
    const timeout = decodeDuration("timeout", options.timeout, Duration.seconds(30), false)
    if (Either3.isLeft(timeout)) return Effect.fail(timeout.left)
    const retryOptions = options.retry === false ? { maxAttempts: 1 } : options.retry ?? {}
    if (typeof retryOptions !== "object" || retryOptions === null) {
      return Effect.fail(invalid("retry", "retry must be an object or false"))
    }
    const maxAttempts = retryOptions.maxAttempts ?? 4
    if (!isIntIn(maxAttempts, 1, 100)) {
      return Effect.fail(invalid("retry.maxAttempts", `retry.maxAttempts must be an integer in 1..100`))
    }
    const baseDelay = decodeDuration("retry.baseDelay", retryOptions.baseDelay, Duration.millis(250), true)
    if (Either3.isLeft(baseDelay)) return Effect.fail(baseDelay.left)
    const maxDelay = decodeDuration("retry.maxDelay", retryOptions.maxDelay, Duration.seconds(8), true)
    if (Either3.isLeft(maxDelay)) return Effect.fail(maxDelay.left)
    const maxRetryAfter = decodeDuration("retry.maxRetryAfter", retryOptions.maxRetryAfter, Duration.seconds(60), true)
    if (Either3.isLeft(maxRetryAfter)) return Effect.fail(maxRetryAfter.left)
    const maxResponseBytes = options.maxResponseBytes ?? 16 * 1024 * 1024
    if (!isIntIn(maxResponseBytes, 1, Number.MAX_SAFE_INTEGER)) {
      return Effect.fail(
        invalid(
          "maxResponseBytes",
          `maxResponseBytes must be a positive integer (got ${describeOption(maxResponseBytes)})`
        )
      )
    }
    const maxEmptyPages = options.maxEmptyPages ?? 10
    if (!isIntIn(maxEmptyPages, 1, Number.MAX_SAFE_INTEGER)) {
      return Effect.fail(
        invalid("maxEmptyPages", `maxEmptyPages must be a positive integer (got ${describeOption(maxEmptyPages)})`)
      )
    }
    const pageSize = options.pageSize ?? 50
    if (!isIntIn(pageSize, 1, 1e3)) {
      return Effect.fail(
        invalid("pageSize", `pageSize must be an integer in 1..1000 (got ${describeOption(pageSize)})`)
      )
    }
    if (
      options.userAgent !== void 0 &&
      (typeof options.userAgent !== "string" || !/^[\x20-\x7e]{1,200}$/.test(options.userAgent))
    ) {
      return Effect.fail(invalid("userAgent", "userAgent must be printable ASCII, 1..200 characters"))
    }
    const runtime = runtimeDescription()
    const userAgent = runtime === void 0
      ? void 0
      : [`effect-flex/${version}`, runtime, options.userAgent].filter((part) => part !== void 0).join(" ")
    return Effect.succeed({
      origin: origin.right,
      credentials: auth.right.credentials,
      secrets: auth.right.secrets,
      timeout: timeout.right,
      retry: {
        maxAttempts,
        baseDelayMillis: Duration.toMillis(baseDelay.right),
        maxDelayMillis: Duration.toMillis(maxDelay.right),
        maxRetryAfterMillis: Duration.toMillis(maxRetryAfter.right)
      },
      userAgent,
      pageSize,
      tracePropagation: options.tracePropagation === true,
      maxResponseBytes,
      maxEmptyPages
    })
  })

// ../packages/core/src/internal/decode.ts
import * as Either4 from "effect/Either"
import * as ParseResult4 from "effect/ParseResult"

// ../packages/core/src/Page.ts
import * as Schema9 from "effect/Schema"
var PageMeta = class extends Schema9.Class("PageMeta")({
  key: Schema9.String,
  page: Schema9.Int,
  pageSize: required(Schema9.Int, "page_size"),
  url: Schema9.String,
  firstPageUrl: required(Schema9.String, "first_page_url"),
  nextPageUrl: required(Schema9.NullOr(Schema9.String), "next_page_url"),
  previousPageUrl: required(Schema9.NullOr(Schema9.String), "previous_page_url")
}) {
}
var envelope = (key, item) =>
  Schema9.Struct(
    { [key]: Schema9.Array(item), meta: PageMeta }
  )
var PageCursor = Schema9.String.pipe(Schema9.brand("PageCursor"))

// ../packages/core/src/internal/decode.ts
var resource = (cls) => decoder(cls, compile(cls, { classes: [cls] }).decode)
var page = (key, cls) => {
  const envelope2 = envelope(key, cls)
  const decode3 = decoder(envelope2, compile(envelope2, { classes: [cls, PageMeta] }).decode)
  return (input) => Either4.map(decode3(input), (body) => ({ items: body[key], meta: body.meta }))
}
var decoder = (schema, compiled) => {
  const precise = ParseResult4.decodeUnknownEither(schema)
  return (input) => {
    const value2 = attempt(compiled, input)
    return value2 === refused ? explain(schema.ast, precise, input) : Either4.right(value2)
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
    return Either4.left(new ParseResult4.Type(ast, input, `Reading the value threw: ${describe2(error)}`))
  }
}
var describe2 = (error) => {
  try {
    return error instanceof Error ? error.message : String(error)
  } catch {
    return "an error that cannot be shown"
  }
}

// ../packages/core/src/internal/pageUrl.ts
import * as Either5 from "effect/Either"
import * as Option2 from "effect/Option"
var selfOf = (config, meta, listPath) => Either5.getRight(checkPageUrl(config, meta.url, listPath))
var refusal = (config, url, listPath) => {
  if (url.username !== "" || url.password !== "") return "it carries user info"
  if (url.origin !== config.origin) return `its origin ${url.origin} is not the configured ${config.origin}`
  if (url.pathname !== listPath) return `its path ${url.pathname} is not the list's ${listPath}`
  if (url.hash !== "") return "it has a fragment"
  return void 0
}
var isTwilioApi = (url) =>
  url.protocol === "https:" && url.port === "" && /^flex-api(?:\.[a-z0-9-]+){0,2}\.twilio\.com$/.test(url.hostname)
var checkPageUrl = (config, raw, listPath) => {
  let url
  try {
    url = new URL(raw)
  } catch {
    return Either5.left("it is not an absolute URL")
  }
  if (url.origin !== config.origin && isTwilioApi(url) && url.username === "" && url.password === "") {
    url = new URL(url.pathname + url.search + url.hash, config.origin)
  }
  const reason = refusal(config, url, listPath)
  return reason === void 0 ? Either5.right(url.href) : Either5.left(reason)
}
var checkCursor = (config, operation, from, listPath) => {
  if (typeof from !== "string") {
    return Either5.left(
      new FlexInvalidInput({
        operation,
        argument: "options.from",
        message: "options.from must be a page cursor string"
      })
    )
  }
  return Either5.mapLeft(checkPageUrl(config, from, listPath), (reason) =>
    new FlexInvalidInput({
      operation,
      argument: "options.from",
      message: `options.from is not a cursor of this list: ${reason}`
    }))
}
var nextOf = (config, meta, url, self, listPath, method) => {
  if (meta.nextPageUrl === null || meta.nextPageUrl === "") return Either5.right(Option2.none())
  return checkPageUrl(config, meta.nextPageUrl, listPath).pipe(
    Either5.flatMap(
      (next2) =>
        next2 === url || Option2.isSome(self) && next2 === self.value
          ? Either5.left("it does not advance (it is this page's URL)")
          : Either5.right(next2)
    ),
    Either5.mapBoth({
      onLeft: (reason) =>
        new FlexDecodeError({
          message: `Refusing to follow next_page_url: ${reason}`,
          issue: null,
          method,
          url,
          status: null,
          requestId: null
        }),
      onRight: Option2.some
    })
  )
}

// ../packages/core/src/internal/pagination.ts
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Effect6 from "effect/Effect"
import * as Either7 from "effect/Either"
import * as Exit2 from "effect/Exit"
import * as Option4 from "effect/Option"
import * as Queue from "effect/Queue"
import * as Stream3 from "effect/Stream"

// ../packages/core/src/internal/request.ts
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpTraceContext from "@effect/platform/HttpTraceContext"
import * as Effect4 from "effect/Effect"
import * as Either6 from "effect/Either"
import { constTrue, identity as identity2 } from "effect/Function"
import * as Option3 from "effect/Option"
import * as ParseResult5 from "effect/ParseResult"
import * as Random from "effect/Random"
import * as Schedule from "effect/Schedule"

// ../packages/core/src/internal/body.ts
import * as Effect2 from "effect/Effect"
import * as Stream from "effect/Stream"
var concat = (chunks, length = chunks.reduce((sum, chunk) => sum + chunk.length, 0)) => {
  if (chunks.length === 1) return chunks[0]
  const out = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}
var readBounded = (response, limit) => {
  const declared = response.headers["content-length"]
  const length = declared === void 0 ? Number.NaN : Number(declared)
  if (length > limit) return Effect2.succeed({ text: "", complete: false })
  if (Number.isSafeInteger(length) && response.headers["content-encoding"] === void 0) {
    return Effect2.map(response.text, (text) => ({ text, complete: true }))
  }
  return Stream.runFoldWhile(
    response.stream,
    { bytes: 0, chunks: [] },
    (read2) => read2.bytes <= limit,
    (read2, chunk) => {
      read2.chunks.push(chunk)
      return { bytes: read2.bytes + chunk.length, chunks: read2.chunks }
    }
  ).pipe(Effect2.map((read2) => {
    const complete = read2.bytes <= limit
    const bytes = concat(read2.chunks, read2.bytes)
    return { text: new TextDecoder().decode(complete ? bytes : bytes.subarray(0, limit)), complete }
  }))
}

// ../packages/core/src/internal/failure.ts
import * as Duration2 from "effect/Duration"

// ../packages/core/src/internal/errorBody.ts
var string = (value2) => typeof value2 === "string" && value2 !== "" ? value2 : null
var integer = (value2) => Number.isSafeInteger(value2) ? value2 : null
var object = (value2) => typeof value2 === "object" && value2 !== null && !Array.isArray(value2) ? value2 : void 0
var read = (json) => {
  const body = object(json)
  if (body === void 0) return void 0
  const code = integer(body.code)
  const params = object(body.params)
  if (string(body.detail) !== null || string(body.title) !== null || string(body.type) !== null) {
    return {
      code,
      message: string(body.detail) ?? string(body.title),
      moreInfo: string(body.type),
      details: body.errors === void 0 ? null : { errors: body.errors }
    }
  }
  if (params !== void 0 || body.userError !== void 0 || body.httpStatusCode !== void 0) {
    const details = {}
    if (body.userError !== void 0) details.userError = body.userError
    if (params !== void 0) details.params = params
    return {
      code,
      message: string(body.message),
      moreInfo: string(params?.twilioErrorCodeUrl) ?? string(body.more_info),
      details: Object.keys(details).length === 0 ? null : details
    }
  }
  const message = string(body.message)
  const moreInfo = string(body.more_info)
  if (code === null && message === null && moreInfo === null) return void 0
  return { code, message, moreInfo, details: body.details ?? null }
}

// ../packages/core/src/internal/retryAfter.ts
var months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
var month = `(${months.join("|")})`
var time = "(\\d{2}):(\\d{2}):(\\d{2})"
var imfFixdate = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) ${month} (\\d{4}) ${time} GMT$`)
var rfc850 = new RegExp(
  `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-${month}-(\\d{2}) ${time} GMT$`
)
var asctime = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${month} ([ \\d]\\d) ${time} (\\d{4})$`)
var utc = (year, monthName, day, hours, minutes, seconds2) => {
  const m = months.indexOf(monthName)
  const d = Number(day)
  const h = Number(hours)
  const min = Number(minutes)
  const s = Number(seconds2)
  if (d < 1 || d > 31 || h > 23 || min > 59 || s > 60) return void 0
  const millis2 = Date.UTC(year, m, d, h, min, Math.min(s, 59))
  return new Date(millis2).getUTCDate() === d ? millis2 : void 0
}
var parseHttpDate = (value2, nowMillis) => {
  let match2 = imfFixdate.exec(value2)
  if (match2 !== null) return utc(Number(match2[3]), match2[2], match2[1], match2[4], match2[5], match2[6])
  match2 = rfc850.exec(value2)
  if (match2 !== null) {
    const currentYear = new Date(nowMillis).getUTCFullYear()
    let year = Math.floor(currentYear / 100) * 100 + Number(match2[3])
    if (year > currentYear + 50) year -= 100
    return utc(year, match2[2], match2[1], match2[4], match2[5], match2[6])
  }
  match2 = asctime.exec(value2)
  if (match2 !== null) return utc(Number(match2[6]), match2[1], match2[2].trim(), match2[3], match2[4], match2[5])
  return void 0
}
var parseOne = (value2, nowMillis) => {
  if (/^\d+$/.test(value2)) return Number(value2) * 1e3
  const date = parseHttpDate(value2, nowMillis)
  return date === void 0 ? void 0 : Math.max(0, date - nowMillis)
}
var repeated = (value2) => {
  for (let copies = 2; copies <= 8; copies++) {
    const length = (value2.length - 2 * (copies - 1)) / copies
    if (!Number.isInteger(length) || length < 1) continue
    const copy = value2.slice(0, length)
    if (Array.from({ length: copies }, () => copy).join(", ") === value2) return copy
  }
  return void 0
}
var parse = (header, nowMillis) => {
  if (header === void 0) return void 0
  const value2 = header.trim().replace(/\s*,\s*/g, ", ")
  const single = parseOne(value2, nowMillis)
  if (single !== void 0) return single
  const copy = repeated(value2)
  return copy === void 0 ? void 0 : parseOne(copy, nowMillis)
}

// ../packages/core/src/internal/failure.ts
var requestIdOf = (headers) => headers["twilio-request-id"] ?? null
var isRetryable = (failure, method) => {
  switch (failure._tag) {
    case "TooLarge":
      return false
    case "Transport":
      return failure.transient && method === "GET"
    case "Status": {
      const status = failure.response.status
      return status === 429 || status === 503 || status >= 500 && method === "GET"
    }
  }
}
var notSentCodes = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"])
var causeCode = (cause) => {
  for (let current = cause, depth = 0; typeof current === "object" && current !== null && depth < 4; depth++) {
    const code = current.code
    if (typeof code === "string") return code
    current = current.cause
  }
  return void 0
}
var timeoutFailure = (timeout) => ({
  _tag: "Transport",
  reason: "Timeout",
  transient: true,
  message: `No complete response within ${Duration2.format(timeout)}`
})
var transportFailure = (error, method) => {
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ""
  if (error._tag === "ResponseError") {
    return {
      _tag: "Transport",
      reason: "Body",
      message: method === "GET"
        ? `The response body could not be read${cause}`
        : `The response body could not be read; the update may have been applied${cause}`,
      transient: true
    }
  }
  if (error.reason !== "Transport") {
    return {
      _tag: "Transport",
      reason: "Connection",
      message: `The request could not be built${cause}`,
      transient: false
    }
  }
  const code = causeCode(error.cause)
  const message = code !== void 0 && notSentCodes.has(code)
    ? `The request could not be sent${cause}`
    : method === "GET"
    ? `No usable response came back${cause}`
    : `No usable response came back; the update may have been applied${cause}`
  return { _tag: "Transport", reason: "Connection", message, transient: true }
}
var fallbackMessage = (response) => {
  const contentType = response.headers["content-type"]?.split(";")[0]?.trim()
  const what = contentType === void 0 || contentType === "" ? "an empty or untyped body" : `a ${contentType} body`
  return `Twilio answered HTTP ${response.status} with ${what} instead of a JSON error`
}
var parseJson = (text) => {
  try {
    return JSON.parse(text)
  } catch {
    return void 0
  }
}
var toFlexError = (spec, failure, attempts, nowMillis) => {
  switch (failure._tag) {
    case "Transport":
      return new FlexTransportError({
        reason: failure.reason,
        message: failure.message,
        method: spec.method,
        url: spec.url,
        attempts
      })
    case "TooLarge":
      return new FlexDecodeError({
        message: `The response body (${failure.bytes} bytes) exceeds maxResponseBytes; it was not read`,
        issue: null,
        method: spec.method,
        url: spec.url,
        status: failure.status,
        requestId: failure.requestId
      })
    case "Status": {
      const { response } = failure
      const body = read(parseJson(response.body))
      const fields = {
        status: response.status,
        code: body?.code ?? null,
        message: body?.message ?? fallbackMessage(response),
        moreInfo: body?.moreInfo ?? null,
        details: body?.details ?? null,
        requestId: requestIdOf(response.headers),
        method: spec.method,
        url: spec.url,
        attempts
      }
      switch (response.status) {
        case 401:
        case 403:
          return new FlexAuthenticationError(fields)
        case 404:
          return new FlexNotFound(fields)
        case 429:
          return new FlexRateLimited({
            ...fields,
            retryAfterMillis: parse(response.headers["retry-after"], nowMillis) ?? null
          })
        default:
          return new FlexApiError(fields)
      }
    }
  }
}

// ../packages/core/src/internal/scrub.ts
var escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
var wholeWordBelow = 8
var inactive = { active: false, text: (text) => text, deep: (value2) => value2 }
var make5 = (secrets) => {
  const unique = [...new Set(secrets.filter((secret) => secret.length > 0))].sort((a, b) => b.length - a.length)
  if (unique.length === 0) return inactive
  const pattern3 = new RegExp(
    unique.map(
      (secret) =>
        secret.length < wholeWordBelow ? `(?<![A-Za-z0-9])${escapeRegExp(secret)}(?![A-Za-z0-9])` : escapeRegExp(secret)
    ).join("|"),
    "g"
  )
  const text = (input) => input.replace(pattern3, "[REDACTED]")
  const deep = (value2, depth = 0) => {
    if (typeof value2 === "string") return text(value2)
    if (typeof value2 !== "object" || value2 === null) return value2
    if (depth > 64) return "[too deep]"
    if (Array.isArray(value2)) return value2.map((item) => deep(item, depth + 1))
    const out = {}
    for (const key of Object.keys(value2)) out[text(key)] = deep(value2[key], depth + 1)
    return out
  }
  return { active: true, text, deep }
}

// ../packages/core/src/internal/timeout.ts
import * as Duration3 from "effect/Duration"
import * as Effect3 from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Scope from "effect/Scope"
var isLiveClock = (clock) => "scheduler" in clock
var timed = (timeout, effect2, onTimeout) =>
  Effect3.flatMap(Scope.make(), (scope2) =>
    Effect3.clockWith((clock) => {
      const attempt3 = Scope.extend(effect2, scope2)
      if (!isLiveClock(clock)) {
        return Effect3.timeoutFail(attempt3, { duration: timeout, onTimeout })
      }
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        Effect3.runFork(Scope.close(scope2, Exit.void))
      }, Duration3.toMillis(timeout))
      return attempt3.pipe(
        Effect3.mapError((failure) => timedOut ? onTimeout() : failure),
        Effect3.ensuring(Effect3.sync(() => clearTimeout(timer)))
      )
    }).pipe(
      // Closing the scope aborts the request. A response read to its end needs no abort (and an
      // abort costs a DOMException with its stack): only a failed or interrupted attempt closes it.
      Effect3.onExit((exit2) => Exit.isSuccess(exit2) ? Effect3.void : Scope.close(scope2, exit2))
    ))

// ../packages/core/src/internal/request.ts
var maxErrorBodyBytes = 64 * 1024
var make7 = (config, httpClient) => {
  const headers = { accept: "application/json" }
  if (config.userAgent !== void 0) headers["user-agent"] = config.userAgent
  const credentials = config.credentials
  const http = httpClient.pipe(
    HttpClient.mapRequest((request3) => {
      const withHeaders = HttpClientRequest.setHeaders(request3, headers)
      return credentials === void 0
        ? withHeaders
        : HttpClientRequest.basicAuth(withHeaders, credentials.user, credentials.secret)
    }),
    // The platform propagates trace headers only from its own span: add them from the call's span.
    config.tracePropagation ? HttpClient.mapRequestEffect(withTraceHeaders) : identity2,
    HttpClient.withTracerDisabledWhen(constTrue),
    HttpClient.withScope
  )
  return {
    config,
    http,
    scrub: make5(config.secrets),
    retry: { GET: retrySchedule(config, "GET"), POST: retrySchedule(config, "POST") }
  }
}
var withTraceHeaders = (request3) =>
  Effect4.map(
    Effect4.option(Effect4.currentSpan),
    (span) =>
      Option3.isSome(span) ? HttpClientRequest.setHeaders(request3, HttpTraceContext.toHeaders(span.value)) : request3
  )
var attempt2 = (transport, request3, method) =>
  transport.http.execute(request3).pipe(
    // An HttpClient given by the application may report non-2xx as errors (`filterStatusOk`):
    // the response is still there, and gets the same mapping (404, 429 retries, …).
    Effect4.catchIf(
      (error) => error._tag === "ResponseError" && error.reason === "StatusCode",
      (error) => Effect4.succeed(error.response)
    ),
    Effect4.flatMap((response) => {
      const ok = response.status >= 200 && response.status < 300
      return Effect4.map(
        readBounded(response, ok ? transport.config.maxResponseBytes : maxErrorBodyBytes),
        ({ complete, text }) => {
          if (ok && !complete) {
            return {
              _tag: "TooLarge",
              status: response.status,
              requestId: requestIdOf(response.headers),
              bytes: response.headers["content-length"] ?? `more than ${transport.config.maxResponseBytes}`
            }
          }
          return { status: response.status, headers: response.headers, body: text }
        }
      )
    }),
    Effect4.mapError((error) => transportFailure(error, method)),
    Effect4.flatMap(
      (result) =>
        "_tag" in result
          ? Effect4.fail(result)
          : result.status >= 200 && result.status < 300
          ? Effect4.succeed(result)
          : Effect4.fail({ _tag: "Status", response: result })
    )
  )
var delayOf = (config, failure, retry2) =>
  Effect4.gen(function*() {
    if (failure._tag === "Status") {
      const retryAfter = parse(
        failure.response.headers["retry-after"],
        yield* Effect4.clockWith((clock) => clock.currentTimeMillis)
      )
      if (retryAfter !== void 0) return Math.min(retryAfter, config.retry.maxRetryAfterMillis)
    }
    const ceiling = Math.min(config.retry.maxDelayMillis, config.retry.baseDelayMillis * 2 ** retry2)
    return Math.floor((yield* Random.next) * ceiling)
  })
var retrySchedule = (config, method) =>
  Schedule.recurWhile((failure) => isRetryable(failure, method)).pipe(
    Schedule.intersect(Schedule.recurs(config.retry.maxAttempts - 1)),
    Schedule.addDelayEffect(
      ([failure, retry2]) =>
        Effect4.tap(delayOf(config, failure, retry2), (delay) =>
          Effect4.logDebug("effect-flex: retrying").pipe(
            Effect4.annotateLogs({
              method,
              attempt: retry2 + 1,
              delayMillis: delay,
              failure: failure._tag === "Status" ? `HTTP ${failure.response.status}` : failure._tag
            })
          ))
    )
  )
var decodeBody = (spec, decoder2, response) => {
  const requestId = requestIdOf(response.headers)
  const fail7 = (summary, issue) =>
    Either6.left(
      new FlexDecodeError({
        message: `${summary}: ${issue}`,
        issue,
        method: spec.method,
        url: spec.url,
        status: response.status,
        requestId
      })
    )
  let json
  try {
    json = JSON.parse(response.body)
  } catch (error) {
    return fail7("The response is not JSON", error instanceof Error ? error.message : String(error))
  }
  const decoded = decoder2(json)
  return Either6.isRight(decoded)
    ? Either6.right({ value: decoded.right, requestId })
    : fail7(
      "The response does not match the documented shape",
      ParseResult5.TreeFormatter.formatIssueSync(decoded.left)
    )
}
var execute = (transport, spec, decoder2) =>
  Effect4.suspend(() => {
    let request3 = spec.method === "GET" ? HttpClientRequest.get(spec.url) : HttpClientRequest.post(spec.url)
    if (spec.form !== void 0) request3 = HttpClientRequest.bodyUrlParams(request3, spec.form)
    let attempts = 0
    const once = Effect4.suspend(() => {
      attempts++
      return timed(
        transport.config.timeout,
        attempt2(transport, request3, spec.method),
        () => timeoutFailure(transport.config.timeout)
      )
    })
    return once.pipe(
      Effect4.retry(transport.retry[spec.method]),
      Effect4.flatMap((response) => decodeBody(spec, decoder2, response)),
      Effect4.catchIf(
        (failure) => !(failure instanceof FlexDecodeError),
        (failure) =>
          Effect4.flatMap(
            Effect4.clockWith((clock) => clock.currentTimeMillis),
            (now) => Effect4.fail(toFlexError(spec, failure, attempts, now))
          )
      )
    )
  })

// ../packages/core/src/internal/traced.ts
import * as Effect5 from "effect/Effect"
import * as Stream2 from "effect/Stream"
var scrubError = (scrub, error) => {
  if (!scrub.active) return error
  const constructor = error.constructor
  const fields = {}
  for (const key of Object.keys(constructor.fields)) {
    if (key !== "_tag") fields[key] = scrub.deep(error[key])
  }
  return new constructor(fields)
}
var spanOptions = (scrub, attributes) => ({
  kind: "client",
  // A stack trace per call costs more than the call's own work on a fast link.
  captureStackTrace: false,
  attributes: Object.fromEntries(
    Object.entries(attributes).map(([key, value2]) => [key, typeof value2 === "string" ? scrub.text(value2) : value2])
  )
})
var traced = (transport, name, attributes, effect2) =>
  Effect5.suspend(() => {
    let result
    return effect2.pipe(
      Effect5.mapError((error) => scrubError(transport.scrub, error)),
      Effect5.map((value2) => {
        result = value2
      }),
      Effect5.withSpan(`FlexClient.${name}`, spanOptions(transport.scrub, attributes)),
      Effect5.map(() => {
        const value2 = result
        result = void 0
        return value2
      })
    )
  })
var tracedStream = (transport, name, attributes, stream) =>
  stream.pipe(
    Stream2.mapError((error) => scrubError(transport.scrub, error)),
    Stream2.withSpan(`FlexClient.${name}`, spanOptions(transport.scrub, attributes))
  )

// ../packages/core/src/internal/pagination.ts
var fetchPage = (transport, operation, listPath, decode3, url) =>
  traced(
    transport,
    `${operation}.fetchPage`,
    { "flex.page_url": url },
    Effect6.map(execute(transport, { method: "GET", url }, decode3), ({ value: value2 }) => {
      const self = selfOf(transport.config, value2.meta, listPath)
      return {
        items: value2.items,
        meta: value2.meta,
        url,
        aliases: Option4.isSome(self) ? [url, self.value] : [url],
        next: nextOf(transport.config, value2.meta, url, self, listPath, "GET")
      }
    })
  )
var refused2 = (url, message) =>
  new FlexDecodeError({ message, issue: null, method: "GET", url, status: null, requestId: null })
var makeProducer = (first, fetch, demand) =>
  Effect6.gen(function*() {
    const tokens = yield* Queue.unbounded()
    const results = yield* Queue.unbounded()
    const scope2 = yield* Effect6.scope
    const deliver = (exit2) => Queue.offer(results, { exit: exit2 })
    const end = Exit2.fail(Option4.none())
    const produce = (url, remaining, empty2, seen) =>
      Queue.take(tokens).pipe(
        // Exit, not Either: a defect (say, a custom HttpClient that dies) must reach the consumer too,
        // or it would wait for a result forever.
        Effect6.zipRight(Effect6.exit(fetch(url))),
        Effect6.flatMap((fetched) => {
          if (Exit2.isFailure(fetched)) return deliver(Exit2.failCause(Cause.map(fetched.cause, Option4.some)))
          const page2 = fetched.value
          const cut = page2.items.length > remaining
          const items2 = cut ? page2.items.slice(0, remaining) : page2.items
          const left7 = remaining - items2.length
          const emptyInARow = items2.length === 0 ? empty2 + 1 : 0
          for (const alias of page2.aliases) seen.add(alias)
          const next3 = Either7.flatMap(
            page2.next,
            (cursor2) => {
              if (Option4.isNone(cursor2)) return Either7.right(cursor2)
              if (seen.has(cursor2.value)) {
                return Either7.left(
                  refused2(url, "Refusing to follow next_page_url: it points back to a page already read")
                )
              }
              return emptyInARow >= demand.maxEmptyPages ?
                Either7.left(
                  refused2(url, `Giving up after ${emptyInARow} empty pages in a row that still link further`)
                ) :
                Either7.right(cursor2)
            }
          )
          const cursor = cut ? Option4.none() : Either7.getOrElse(next3, Option4.none)
          const delivered = deliver(Exit2.succeed({ items: items2, meta: page2.meta, cursor }))
          if (left7 <= 0) return Effect6.zipRight(delivered, deliver(end))
          if (Either7.isLeft(next3)) return Effect6.zipRight(delivered, deliver(Exit2.fail(Option4.some(next3.left))))
          if (Option4.isNone(next3.right)) return Effect6.zipRight(delivered, deliver(end))
          return Effect6.zipRight(delivered, produce(next3.right.value, left7, emptyInARow, seen))
        })
      )
    const producer = produce(first, demand.limit, 0, /* @__PURE__ */ new Set()).pipe(
      Effect6.catchAllCause(
        (cause) =>
          Cause.isInterruptedOnly(cause)
            ? Effect6.failCause(cause)
            : deliver(Exit2.failCause(Cause.map(cause, Option4.some)))
      )
    )
    let allowed = 0
    const allowUpTo = (n) =>
      Effect6.uninterruptible(Effect6.suspend(() => {
        if (n <= allowed) return Effect6.void
        const start = allowed === 0
        const offered = Queue.offerAll(tokens, Array.from({ length: n - allowed }, () => void 0))
        allowed = n
        return start ? Effect6.zipRight(Effect6.forkIn(Effect6.interruptible(producer), scope2), offered) : offered
      }))
    const next2 = Effect6.flatMap(Queue.take(results), (slot) => {
      const exit2 = slot.exit
      slot.exit = void 0
      return exit2
    })
    return { allowUpTo, next: next2 }
  })
var pages = (first, fetch, demand) =>
  Stream3.unwrapScoped(Effect6.map(makeProducer(first, fetch, demand), (producer) => {
    let pulled = 0
    return Stream3.repeatEffectOption(Effect6.suspend(() => {
      const k = pulled + 1
      return Effect6.zipRight(producer.allowUpTo(k + demand.prefetch), producer.next).pipe(
        Effect6.tap(() => pulled = k)
      )
    }))
  }))
var items = (first, fetch, demand) =>
  Stream3.unwrapScoped(Effect6.map(makeProducer(first, fetch, demand), (producer) => {
    let page2 = 0
    let secondHalf
    const pull = Effect6.suspend(() => {
      if (secondHalf !== void 0) {
        const rest = secondHalf
        secondHalf = void 0
        return Effect6.as(producer.allowUpTo(page2 + demand.prefetch), Chunk.unsafeFromArray(rest))
      }
      const k = page2 + 1
      return Effect6.zipRight(producer.allowUpTo(k), producer.next).pipe(
        Effect6.flatMap(({ items: items2 }) => {
          page2 = k
          if (items2.length < 2) {
            return Effect6.as(producer.allowUpTo(page2 + demand.prefetch), Chunk.unsafeFromArray(items2))
          }
          const half = Math.ceil(items2.length / 2)
          secondHalf = items2.slice(half)
          return Effect6.succeed(Chunk.unsafeFromArray(items2.slice(0, half)))
        })
      )
    })
    return Stream3.repeatEffectChunkOption(pull)
  }))

// ../packages/core/src/internal/client.ts
var listOptionKeys = ["pageSize", "from", "limit", "prefetch"]
var listStart = (transport, operation, path, raw) =>
  Either8.gen(function*() {
    const options = yield* snapshot(operation, "options", raw, listOptionKeys)
    const { config } = transport
    const pageSize = yield* intOption(operation, "options.pageSize", options?.pageSize, 1, 1e3)
    const limit = yield* intOption(operation, "options.limit", options?.limit, 1, Number.MAX_SAFE_INTEGER)
    const prefetch = yield* intOption(operation, "options.prefetch", options?.prefetch, 0, 16)
    const demand = {
      limit: limit ?? Number.POSITIVE_INFINITY,
      prefetch: prefetch ?? 1,
      maxEmptyPages: config.maxEmptyPages
    }
    if (options?.from !== void 0) {
      return { first: yield* checkCursor(config, operation, options.from, path), demand }
    }
    const size = pageSize ?? Math.min(limit ?? config.pageSize, config.pageSize)
    return { first: `${config.origin}${path}?PageSize=${size}`, demand }
  })
var pageOf = (transport, endpoint, args, options) => {
  const operation = `${endpoint.operation}.page`
  return traced(
    transport,
    operation,
    endpoint.attributes(args),
    Effect7.suspend(
      () =>
        Either8.flatMap(
          endpoint.path(operation, args),
          (path) => Either8.map(listStart(transport, operation, path, options), ({ first }) => ({ first, path }))
        )
    ).pipe(
      Effect7.flatMap(
        ({ first, path }) => fetchPage(transport, endpoint.operation, path, endpoint.decode, first)
      ),
      Effect7.flatMap(
        (fetched) => Effect7.map(fetched.next, (cursor) => ({ items: fetched.items, meta: fetched.meta, cursor }))
      )
    )
  )
}
var listing = (transport, endpoint, call, args, options, stream) => {
  const operation = `${endpoint.operation}.${call}`
  return tracedStream(
    transport,
    operation,
    endpoint.attributes(args),
    Stream4.unwrap(
      Effect7.suspend(
        () =>
          Either8.flatMap(
            endpoint.path(operation, args),
            (path) =>
              Either8.map(listStart(transport, operation, path, options), ({ demand, first }) =>
                stream(
                  first,
                  (url) => fetchPage(transport, endpoint.operation, path, endpoint.decode, url),
                  demand
                ))
          )
      )
    )
  )
}
var listCalls = (transport, endpoint) => ({
  page: (args, options) => pageOf(transport, endpoint, args, options),
  pages: (args, options) => listing(transport, endpoint, "pages", args, options, pages),
  stream: (args, options) => listing(transport, endpoint, "stream", args, options, items),
  list: (args, options) =>
    Effect7.map(
      Stream4.runCollect(listing(transport, endpoint, "list", args, options, items)),
      Chunk2.toReadonlyArray
    )
})
var sidAttribute = (value2) => typeof value2 === "string" ? value2 : void 0
var chatChannels = {
  operation: "channels",
  path: () => Either8.right("/v1/Channels"),
  attributes: () => ({}),
  decode: page("flex_chat_channels", ChatChannel)
}
var interactionChannels = {
  operation: "interactionChannels",
  path: (operation, [interactionSid]) =>
    Either8.map(
      sid(operation, "interactionSid", "KD", interactionSid),
      (sid2) => `/v1/Interactions/${sid2}/Channels`
    ),
  attributes: ([interactionSid]) => ({ "flex.interaction_sid": sidAttribute(interactionSid) }),
  decode: page("channels", InteractionChannel)
}
var participants = {
  operation: "participants",
  path: (operation, [interactionSid, channelSid]) =>
    Either8.gen(function*() {
      const interaction = yield* sid(operation, "interactionSid", "KD", interactionSid)
      const channel = yield* sid(operation, "channelSid", "UO", channelSid)
      return `/v1/Interactions/${interaction}/Channels/${channel}/Participants`
    }),
  attributes: ([interactionSid, channelSid]) => ({
    "flex.interaction_sid": sidAttribute(interactionSid),
    "flex.channel_sid": sidAttribute(channelSid)
  }),
  decode: page("participants", Participant)
}
var decodeChatChannel = resource(ChatChannel)
var decodeInteractionChannel = resource(InteractionChannel)
var fetchChannel = (transport, sid2) =>
  traced(
    transport,
    "channels.fetch",
    { "flex.chat_channel_sid": sidAttribute(sid2) },
    Effect7.suspend(() => sid("channels.fetch", "sid", "CH", sid2)).pipe(
      Effect7.flatMap(
        (sid3) =>
          execute(
            transport,
            { method: "GET", url: `${transport.config.origin}/v1/Channels/${sid3}` },
            decodeChatChannel
          )
      ),
      Effect7.map(({ value: value2 }) => value2)
    )
  )
var updateRequest = (transport, interactionSid, channelSid, params) => {
  const operation = "interactionChannels.update"
  return Either8.gen(function*() {
    const interaction = yield* sid(operation, "interactionSid", "KD", interactionSid)
    const channel = yield* sid(operation, "channelSid", "UO", channelSid)
    const copy = yield* updateParams(operation, params)
    const valid = yield* decode(operation, "params", UpdateParams, copy)
    return {
      method: "POST",
      url: `${transport.config.origin}/v1/Interactions/${interaction}/Channels/${channel}`,
      form: toFormBody(valid)
    }
  })
}
var updateInteractionChannel = (transport, interactionSid, channelSid, params) =>
  traced(
    transport,
    "interactionChannels.update",
    { "flex.interaction_sid": sidAttribute(interactionSid), "flex.channel_sid": sidAttribute(channelSid) },
    Effect7.suspend(() => updateRequest(transport, interactionSid, channelSid, params)).pipe(
      Effect7.tap((spec) => Effect7.annotateCurrentSpan("flex.status", spec.form?.Status)),
      Effect7.flatMap((spec) => execute(transport, spec, decodeInteractionChannel)),
      Effect7.map(({ value: value2 }) => value2)
    )
  )
var make8 = (options) =>
  Effect7.gen(function*() {
    const config = yield* resolve(options)
    const transport = make7(config, yield* HttpClient2.HttpClient)
    const channels = listCalls(transport, chatChannels)
    const channelsOf = listCalls(transport, interactionChannels)
    const participantsOf = listCalls(transport, participants)
    return {
      channels: {
        fetch: (sid2) => fetchChannel(transport, sid2),
        page: (options2) => channels.page([], options2),
        pages: (options2) => channels.pages([], options2),
        stream: (options2) => channels.stream([], options2),
        list: (options2) => channels.list([], options2)
      },
      interactionChannels: {
        page: (interactionSid, options2) => channelsOf.page([interactionSid], options2),
        pages: (interactionSid, options2) => channelsOf.pages([interactionSid], options2),
        stream: (interactionSid, options2) => channelsOf.stream([interactionSid], options2),
        list: (interactionSid, options2) => channelsOf.list([interactionSid], options2),
        update: (interactionSid, channelSid, params) =>
          updateInteractionChannel(transport, interactionSid, channelSid, params)
      },
      participants: {
        page: (interactionSid, channelSid, options2) => participantsOf.page([interactionSid, channelSid], options2),
        pages: (interactionSid, channelSid, options2) => participantsOf.pages([interactionSid, channelSid], options2),
        stream: (interactionSid, channelSid, options2) => participantsOf.stream([interactionSid, channelSid], options2),
        list: (interactionSid, channelSid, options2) => participantsOf.list([interactionSid, channelSid], options2)
      }
    }
  })

// ../packages/core/src/FlexClient.ts
var FlexClient = Context.GenericTag(
  "@effect-flex/core/FlexClient"
)
var make9 = make8
var layer = (options) => Layer.effect(FlexClient, make9(options))

// ../packages/node/src/NodeFlexClient.ts
import * as Layer3 from "effect/Layer"

// ../packages/node/src/LeanHttpClient.ts
import * as NodeSink from "@effect/platform-node/NodeSink"
import * as NodeStream from "@effect/platform-node/NodeStream"
import * as Cookies from "@effect/platform/Cookies"
import * as Headers from "@effect/platform/Headers"
import * as HttpClient4 from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as IncomingMessage from "@effect/platform/HttpIncomingMessage"
import * as UrlParams from "@effect/platform/UrlParams"
import * as Effect9 from "effect/Effect"
import * as Inspectable from "effect/Inspectable"
import * as Layer2 from "effect/Layer"
import * as Option5 from "effect/Option"
import * as Stream5 from "effect/Stream"
import * as Http from "node:http"
import * as Https from "node:https"
import { Readable } from "node:stream"
var make11 = (agents) =>
  HttpClient4.make(
    (request3, url, signal) =>
      Effect9.suspend(() => {
        const body = request3.body
        switch (body._tag) {
          case "Empty":
            return send(agents, request3, url, signal, (nodeRequest) => nodeRequest.end())
          case "Uint8Array":
          case "Raw":
            return send(agents, request3, url, signal, (nodeRequest) => nodeRequest.end(body.body))
          case "FormData": {
            const encoded = new Response(body.formData)
            return send(agents, request3, url, signal, (nodeRequest) => {
              nodeRequest.setHeader("content-type", encoded.headers.get("content-type"))
              Readable.fromWeb(encoded.body).pipe(nodeRequest)
            })
          }
          case "Stream":
            return sendStream(agents, request3, url, signal, body.stream)
        }
      })
  )
var layerWith = (options) =>
  Layer2.scoped(
    HttpClient4.HttpClient,
    Effect9.map(
      Effect9.acquireRelease(
        Effect9.sync(() => ({
          http: new Http.Agent({ keepAlive: true, ...options }),
          https: new Https.Agent({ keepAlive: true, ...options })
        })),
        (agents) =>
          Effect9.sync(() => {
            agents.http.destroy()
            agents.https.destroy()
          })
      ),
      make11
    )
  )
var layer2 = layerWith()
var transportError = (request3, cause) =>
  new HttpClientError.RequestError({ request: request3, reason: "Transport", cause })
var open = (agents, request3, url, signal) => {
  const options = { method: request3.method, headers: request3.headers, signal }
  return url.protocol === "https:"
    ? Https.request(url, { ...options, agent: agents.https })
    : Http.request(url, { ...options, agent: agents.http })
}
var send = (agents, request3, url, signal, write) =>
  Effect9.async((resume) => {
    let nodeRequest
    try {
      nodeRequest = open(agents, request3, url, signal)
    } catch (cause) {
      return resume(Effect9.fail(transportError(request3, cause)))
    }
    nodeRequest.once("error", (cause) => resume(Effect9.fail(transportError(request3, cause))))
    nodeRequest.once("response", (source) => resume(Effect9.succeed(new ClientResponse(request3, source))))
    try {
      write(nodeRequest)
    } catch (cause) {
      nodeRequest.destroy()
      resume(Effect9.fail(transportError(request3, cause)))
    }
  })
var sendStream = (agents, request3, url, signal, body) =>
  Effect9.flatMap(
    Effect9.try({ try: () => open(agents, request3, url, signal), catch: (cause) => transportError(request3, cause) }),
    (nodeRequest) => {
      const response = Effect9.async(
        (resume) => {
          const onError = (cause) => resume(Effect9.fail(transportError(request3, cause)))
          const onResponse = (source) => resume(Effect9.succeed(new ClientResponse(request3, source)))
          nodeRequest.once("error", onError)
          nodeRequest.once("response", onResponse)
          return Effect9.sync(() => {
            nodeRequest.off("error", onError)
            nodeRequest.off("response", onResponse)
          })
        }
      )
      const written = Stream5.run(
        Stream5.mapError(body, (cause) =>
          new HttpClientError.RequestError({ request: request3, reason: "Encode", cause })),
        NodeSink.fromWritable(() =>
          nodeRequest, (cause) => transportError(request3, cause))
      ).pipe(Effect9.tapErrorCause(() => Effect9.sync(() => nodeRequest.destroy())))
      return Effect9.zipRight(written, response, { concurrent: true })
    }
  )
var ignore = () => {
}
var ClientResponse = class extends Inspectable.Class {
  constructor(request3, source) {
    super()
    this.request = request3
    this.source = source
    source.on("error", ignore)
  }
  request
  source;
  [IncomingMessage.TypeId] = IncomingMessage.TypeId;
  [HttpClientResponse.TypeId] = HttpClientResponse.TypeId
  cachedHeaders
  body
  get status() {
    return this.source.statusCode ?? 0
  }
  /**
   * Every line of a repeated header, joined with ", " as other clients do: `IncomingMessage.headers`
   * would keep only the first of some (`Retry-After`, `Content-Type`…), hiding a conflict.
   */
  get headers() {
    return this.cachedHeaders ??= Headers.fromInput(this.source.headersDistinct)
  }
  get cookies() {
    const header = this.source.headers["set-cookie"]
    return header === void 0 ? Cookies.empty : Cookies.fromSetCookie(header)
  }
  get remoteAddress() {
    return Option5.fromNullable(this.source.socket?.remoteAddress)
  }
  decodeError = (cause) =>
    new HttpClientError.ResponseError({ request: this.request, response: this, reason: "Decode", cause })
  get stream() {
    return NodeStream.fromReadable(() => this.source, this.decodeError)
  }
  /**
   * The whole body, within `HttpIncomingMessage.MaxBodySize` when one is set. Read by hand rather
   * than with platform's `NodeStream.toString`: one copy of the bytes and one decoding, where
   * decoding each chunk makes a rope of strings that `JSON.parse` must flatten again.
   */
  get bytes() {
    return Effect9.flatMap(
      IncomingMessage.MaxBodySize,
      (max) =>
        Effect9.async((resume) => {
          this.body ??= readBody(this.source, Option5.isSome(max) ? Number(max.value) : Number.POSITIVE_INFINITY)
          this.body.then(
            (bytes) => resume(Effect9.succeed(bytes)),
            (cause) => resume(Effect9.fail(this.decodeError(cause)))
          )
        })
    )
  }
  get text() {
    return Effect9.map(this.bytes, (bytes) => bytes.toString("utf8"))
  }
  get json() {
    return Effect9.flatMap(
      this.text,
      (text) => Effect9.try({ try: () => text === "" ? null : JSON.parse(text), catch: this.decodeError })
    )
  }
  get urlParamsBody() {
    return Effect9.flatMap(
      this.text,
      (text) => Effect9.try({ try: () => UrlParams.fromInput(new URLSearchParams(text)), catch: this.decodeError })
    )
  }
  get arrayBuffer() {
    return Effect9.map(
      this.bytes,
      (bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
    )
  }
  get formData() {
    return Effect9.flatMap(this.bytes, (bytes) =>
      Effect9.tryPromise({
        try: () => new Response(new Uint8Array(bytes), { headers: this.headers }).formData(),
        catch: this.decodeError
      }))
  }
  toJSON() {
    return IncomingMessage.inspect(this, {
      _id: "@effect/platform/HttpClientResponse",
      request: this.request.toJSON(),
      status: this.status
    })
  }
}
var readBody = (source, limit) =>
  new Promise((resolve2, reject) => {
    if (source.readableEnded || source.destroyed) {
      return reject(new Error("The body was already read, or its connection closed"))
    }
    const chunks = []
    let length = 0
    source.on("data", (chunk) => {
      length += chunk.length
      if (length > limit) {
        source.destroy()
        return reject(new Error(`The body is larger than the maximum of ${limit} bytes`))
      }
      chunks.push(chunk)
    })
    source.once("end", () => resolve2(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length)))
    source.once("error", reject)
    source.once("close", () => {
      if (!source.complete) reject(new Error("The connection closed before the end of the body"))
    })
  })

// ../packages/node/src/NodeFlexClient.ts
var layer3 = (options) => layer(options).pipe(Layer3.provide(layer2))

// scratch/probe2.ts
import "effect/Effect"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted2 from "effect/Redacted"
import * as Stream6 from "effect/Stream"
import * as Fs from "node:fs"
import * as Inspector from "node:inspector/promises"
var t = JSON.parse(Fs.readFileSync("/tmp/pt.json", "utf8"))
var rt = ManagedRuntime.make(
  layer3({ accountSid: t.accountSid, authToken: Redacted2.make(t.authToken), baseUrl: t.url })
)
var flex = await rt.runPromise(FlexClient)
var run2 = () =>
  rt.runPromise(
    flex.interactionChannels.stream(t.datasets[0].interactionSid, {
      pageSize: 1e3,
      prefetch: Number(process.env.PREFETCH ?? 1)
    }).pipe(Stream6.runFold(0, (n) => n + 1))
  )
var session = new Inspector.Session()
session.connect()
for (let i = 0; i < Number(process.env.RUNS ?? 3); i++) {
  const prof = process.env.PROF && i === 1
  if (prof) {
    await session.post("Profiler.enable")
    await session.post("Profiler.setSamplingInterval", { interval: 100 })
    await session.post("Profiler.start")
  }
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const n = await run2()
  const c = process.cpuUsage(c0)
  if (prof) {
    const { profile } = await session.post("Profiler.stop")
    Fs.writeFileSync(process.env.PROF, JSON.stringify(profile))
  }
  console.log(n, "cpu", ((c.user + c.system) / 1e3).toFixed(0), "wall", (performance.now() - t0).toFixed(0))
}
await rt.dispose()
