/**
 * Wrong and hostile arguments for the operation tests: SIDs of every wrong shape, values that are
 * not JSON, and objects that fight being read (throwing getters, revoked Proxies, getters that
 * answer differently on each read).
 */

const hex = "0123456789abcdef0123456789abcdef"

/** Strings and values that are not a SID of `prefix`, each with a label. */
export const badSids = (prefix: string): ReadonlyArray<readonly [label: string, value: unknown]> => {
  const valid = prefix + hex
  return [
    ...["CH", "KD", "UO", "UT"].filter((other) => other !== prefix).map((other) =>
      [`another kind (${other})`, other + hex] as const
    ),
    ["an unknown prefix", "ZZ" + hex],
    ["too short", valid.slice(0, 33)],
    ["too long", valid + "0"],
    ["lowercase prefix", prefix.toLowerCase() + hex],
    ["non-hex digit", prefix + "g" + hex.slice(1)],
    ["empty", ""],
    ["path traversal (34 chars)", prefix + "/../" + hex.slice(4)],
    ["query appended", valid + "?x=1"],
    ["trailing newline", valid + "\n"],
    ["a number", 42],
    ["null", null],
    ["undefined", undefined],
    ["an object whose toString is a valid SID", { toString: () => valid }],
    ["an object holding a valid SID", { sid: valid }]
  ]
}

/** `Object.defineProperty(target, key, { get() { throw } })`, enumerable or not. */
export const throwing = <A extends object>(target: A, key: string, enumerable = false): A =>
  Object.defineProperty(target, key, {
    enumerable,
    configurable: true,
    get() {
      throw new Error("boom")
    }
  })

/** A revoked Proxy: any operation on it throws. */
export const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}

/** A Proxy whose every read throws. */
export const throwingProxy = (): object =>
  new Proxy({}, {
    get() {
      throw new Error("boom")
    },
    ownKeys() {
      throw new Error("boom")
    }
  })

/** Defines `key` on `target` as a getter answering `first` on its first read and `later` after. */
export const changing = <A extends object>(target: A, key: string, first: unknown, later: unknown) => {
  const counter = { reads: 0 }
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      counter.reads++
      return counter.reads === 1 ? first : later
    }
  })
  return counter
}

class Point {
  constructor(readonly x: number) {}
}

/**
 * Values that are not plain JSON, to put inside a JSON parameter (each must be refused before any
 * request: JSON.stringify would throw on some, and silently change the others).
 */
export const notJson = (): ReadonlyArray<readonly [label: string, value: unknown]> => {
  const cycle: Record<string, unknown> = { a: 1 }
  cycle.self = cycle
  const deepCycle: Record<string, unknown> = { inner: { list: [] as Array<unknown> } }
  ;(deepCycle.inner as { list: Array<unknown> }).list.push(deepCycle)
  return [
    ["a cycle", cycle],
    ["a cycle through an array", deepCycle],
    ["a BigInt", { n: 1n }],
    ["a function", { f: () => 1 }],
    ["a symbol", { s: Symbol("s") }],
    ["NaN", { n: Number.NaN }],
    ["Infinity", { n: Infinity }],
    ["undefined in an array", { list: [1, undefined] }],
    ["a Date", { at: new Date(0) }],
    ["a Map", { m: new Map([["a", 1]]) }],
    ["a class instance", { p: new Point(1) }],
    ["a boxed string", { s: new String("x") }],
    ["a throwing enumerable getter", { inner: throwing({}, "x", true) }],
    ["a revoked Proxy", { inner: revoked() }],
    ["a Proxy whose reads throw", { inner: throwingProxy() }]
  ]
}

/** Params that are not a readable object. */
export const unreadableParams = (): ReadonlyArray<readonly [label: string, value: unknown]> => [
  ["undefined", undefined],
  ["null", null],
  ["a string", "params"],
  ["a number", 5],
  ["an array", []],
  ["a revoked Proxy", revoked()],
  ["a Proxy whose reads throw", throwingProxy()]
]
