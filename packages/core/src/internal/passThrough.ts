/**
 * The registry of key transformations that hand defined values on unchanged. Its own module so
 * that the schemas (./schema.ts) can declare them without pulling the compiler (./compile.ts,
 * left out of browser and Worker bundles) into every bundle.
 */
import * as Option from "effect/Option"

const passThrough = new WeakSet<object>()

/**
 * Declares that a property signature transformation's `decode` hands every defined value on
 * unchanged (it renames a key, and may fill a default for an absent or `undefined` value). The
 * compiled decoder then skips the `Option` round trip for defined values, and skips checking
 * them again against the type side when the type side is that of the encoded property. Absent
 * and `undefined` values still go through `decode`. A function that fails a quick probe is not
 * recorded (its fields are then compiled the generic way, which is slower but still exact).
 */
export const declarePassThrough = (decode: (o: Option.Option<unknown>) => Option.Option<unknown>): void => {
  const probe = {}
  const out = decode(Option.some(probe))
  if (Option.isSome(out) && out.value === probe) passThrough.add(decode)
}

/** Whether {@link declarePassThrough} recorded `decode`. */
export const isPassThrough = (decode: object): boolean => passThrough.has(decode)
