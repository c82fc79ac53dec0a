/**
 * A checker of values against an OpenAPI description (the JSON schema subset Twilio's spec uses),
 * shared by the conformance tests: responses against an operation's success schema (200 or 201),
 * error bodies against Twilio's documented shape, and requests (method, path, form or JSON body)
 * against the operation.
 */

import { readFileSync } from "node:fs"

type Json = any

/** A spec cut of `test/fixtures` (see its README), parsed. */
export const fixture = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"))

/** Twilio's error body (the spec has no error responses; this is the documented shape). */
export const errorSchema = {
  type: "object",
  required: ["code", "message", "more_info", "status"],
  properties: {
    code: { type: "integer" },
    message: { type: "string" },
    more_info: { type: "string", format: "uri" },
    status: { type: "integer" }
  }
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

const isAbsoluteUri = (value: string) => {
  try {
    const url = new URL(value)
    return url.protocol === "https:" || url.protocol === "http:"
  } catch {
    return false
  }
}

/** A request as it went on the wire. */
export interface WireRequest {
  readonly method: string
  /** The path, without query. */
  readonly path: string
  readonly contentType: string | undefined
  /** The form fields of the body, or `null` when there is none (or it is JSON). */
  readonly form: { readonly [name: string]: string } | null
  /** The parsed JSON body, when the body is JSON. */
  readonly json?: unknown
}

/** A recorded request (see ./transport.ts) as the checker reads it. */
export const wireRequestOf = (recorded: {
  readonly method: string
  readonly url: URL
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}): WireRequest => {
  const contentType = recorded.headers["content-type"]
  const mediaType = contentType?.split(";")[0]?.trim()
  return {
    method: recorded.method,
    path: recorded.url.pathname,
    contentType,
    form: mediaType === "application/x-www-form-urlencoded"
      ? Object.fromEntries(new URLSearchParams(recorded.body))
      : null,
    ...(mediaType === "application/json" ? { json: JSON.parse(recorded.body) } : {})
  }
}

export const make = (spec: Json) => {
  const resolve = (schema: Json): Json => {
    if (schema && typeof schema.$ref === "string") {
      const path = schema.$ref.replace(/^#\//, "").split("/")
      return resolve(path.reduce((node: Json, key: string) => node[key], spec))
    }
    return schema
  }

  /** Returns the list of violations (empty when the value conforms). */
  const check = (schemaIn: Json, value: unknown, path = "$"): Array<string> => {
    const schema = resolve(schemaIn)
    const errors: Array<string> = []
    if (value === null) {
      if (schema.nullable !== true && schema.type !== undefined) errors.push(`${path}: null but not nullable`)
      return errors
    }
    if (value === undefined) return [`${path}: missing`]
    switch (schema.type) {
      case "object": {
        if (typeof value !== "object" || Array.isArray(value)) return [`${path}: expected an object`]
        const record = value as Record<string, unknown>
        for (const key of schema.required ?? []) {
          if (!(key in record)) errors.push(`${path}.${key}: required`)
        }
        for (const [key, sub] of Object.entries<Json>(schema.properties ?? {})) {
          if (!(key in record)) {
            errors.push(`${path}.${key}: the spec's field is absent`)
            continue
          }
          for (const e of check(sub, record[key], `${path}.${key}`)) errors.push(e)
        }
        if (schema.format === "uri-map") {
          for (const [key, url] of Object.entries(record)) {
            if (typeof url !== "string" || !isAbsoluteUri(url)) errors.push(`${path}.${key}: not a uri`)
          }
        }
        break
      }
      case "array": {
        if (!Array.isArray(value)) return [`${path}: expected an array`]
        value.forEach((item, i) => {
          for (const e of check(schema.items ?? {}, item, `${path}[${i}]`)) errors.push(e)
        })
        break
      }
      case "integer": {
        if (typeof value !== "number" || !Number.isInteger(value)) errors.push(`${path}: expected an integer`)
        break
      }
      case "boolean": {
        if (typeof value !== "boolean") errors.push(`${path}: expected a boolean`)
        break
      }
      case "string": {
        if (typeof value !== "string") return [`${path}: expected a string`]
        if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${path}: too short`)
        if (schema.maxLength !== undefined && value.length > schema.maxLength) errors.push(`${path}: too long`)
        if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) {
          errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`)
        }
        if (schema.enum !== undefined && !schema.enum.includes(value)) {
          errors.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(", ")}`)
        }
        if (schema.format === "date-time" && !isoDateTime.test(value)) errors.push(`${path}: not a date-time`)
        if (schema.format === "uri" && !isAbsoluteUri(value)) errors.push(`${path}: not a uri`)
        break
      }
      case undefined:
        break
      default:
        errors.push(`${path}: unsupported schema type ${schema.type}`)
    }
    return errors
  }

  const operations = new Map<string, { path: string; method: string; operation: Json }>()
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const [method, operation] of Object.entries<Json>(item)) {
      if (operation && typeof operation.operationId === "string") {
        operations.set(operation.operationId, { path, method: method.toUpperCase(), operation })
      }
    }
  }

  const operationOf = (operationId: string) => {
    const found = operations.get(operationId)
    if (found === undefined) throw new Error(`no operation ${operationId} in the spec`)
    return found
  }

  /** The operation's success response: its status (200, 201 or 204), schema and examples (if any). */
  const successOf = (operationId: string): { status: number; schema: Json; examples: Record<string, Json> } => {
    const responses: Record<string, Json> = operationOf(operationId).operation.responses
    const [status, response] = Object.entries(responses).find(([code]) => /^2\d\d$/.test(code))!
    const media = response.content?.["application/json"]
    return { status: Number(status), schema: media?.schema, examples: media?.examples ?? {} }
  }

  const responseSchema = (operationId: string) => successOf(operationId).schema

  /** A form value against its schema: the form carries text, so a boolean is `true` or `false`. */
  const checkFormValue = (schemaIn: Json, value: string, path: string): Array<string> => {
    const schema = resolve(schemaIn)
    if (schema.type === "boolean") {
      return value === "true" || value === "false" ? [] : [`${path}: ${JSON.stringify(value)} is not true or false`]
    }
    if (schema.type === "integer") return /^-?\d+$/.test(value) ? [] : [`${path}: not an integer`]
    return check(schema, value, path)
  }

  /**
   * The violations of a request: its method, its path (the template, each path parameter matching
   * its schema), and its body (the content type of the operation's `requestBody`; for a form, every
   * required field present, no field the spec does not name, each value matching its schema; for
   * JSON, the value against the body's schema).
   */
  const checkRequest = (operationId: string, request: WireRequest): Array<string> => {
    const { method, operation, path } = operationOf(operationId)
    const errors: Array<string> = []
    if (request.method !== method) errors.push(`method: ${request.method}, the spec says ${method}`)
    const names: Array<string> = []
    const template = new RegExp(
      "^" + path.replace(/\{(\w+)\}/g, (_: string, name: string) => {
        names.push(name)
        return "([^/]+)"
      }) + "$"
    )
    const found = template.exec(request.path)
    if (found === null) {
      errors.push(`path: ${request.path} does not match ${path}`)
    } else {
      names.forEach((name, i) => {
        const parameter = (operation.parameters ?? []).find((p: Json) => p.in === "path" && p.name === name)
        if (parameter === undefined) errors.push(`path.${name}: not a parameter of the spec`)
        else for (const e of check(parameter.schema, decodeURIComponent(found[i + 1]!), `path.${name}`)) errors.push(e)
      })
    }
    const content = operation.requestBody?.content as Record<string, Json> | undefined
    if (content === undefined) {
      if (request.form !== null || request.json !== undefined) errors.push("body: the spec has no request body")
      return errors
    }
    const [mediaType, media] = Object.entries(content)[0]!
    if (request.contentType?.split(";")[0]?.trim() !== mediaType) {
      errors.push(`content-type: ${request.contentType}, the spec says ${mediaType}`)
    }
    const schema = resolve(media.schema)
    if (mediaType === "application/json") {
      if (request.json === undefined) return [...errors, "body: no JSON body"]
      return [...errors, ...check(schema, request.json, "body")]
    }
    const form = request.form ?? {}
    for (const key of schema.required ?? []) {
      if (!(key in form)) errors.push(`body.${key}: required`)
    }
    for (const [key, value] of Object.entries(form)) {
      const sub = schema.properties?.[key]
      if (sub === undefined) errors.push(`body.${key}: not a field of the spec`)
      else for (const e of checkFormValue(sub, value, `body.${key}`)) errors.push(e)
    }
    return errors
  }

  return { spec, resolve, check, operations, successOf, responseSchema, checkRequest }
}
