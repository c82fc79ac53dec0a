/**
 * JSON bodies parsed without `__proto__` keys. `JSON.parse` keeps such a key as an own property,
 * but the decoding after it copies records by assignment (Schema's `Record` does, and so would any
 * user code spreading a record), and an assigned `__proto__` replaces the prototype: a server
 * could then give a decoded `links` or `routingProperties` inherited fields. The key is dropped.
 */

const dropProtoKey = (key: string, value: unknown): unknown => (key === "__proto__" ? undefined : value)

/**
 * `JSON.parse`, dropping every `__proto__` key. The reviver costs time, so it only runs on a body
 * that can hold the key: one that names it, or has a `\u` escape that could spell it.
 */
export const parse = (text: string): unknown =>
  text.includes("__proto__") || text.includes("\\u") ? JSON.parse(text, dropProtoKey) : JSON.parse(text)
