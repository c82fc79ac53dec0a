/**
 * A small deterministic pseudo-random generator (mulberry32) for SIDs and seeded records: the same
 * seed always yields the same sequence, on every platform.
 *
 * @internal
 */
export class Prng {
  constructor(public state: number) {}

  /** A uniformly distributed unsigned 32-bit integer. */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) | 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }

  /** An integer in `[0, n)`. */
  nextInt(n: number): number {
    return this.nextUint32() % n
  }

  /** A float in `[0, 1)`. */
  nextFloat(): number {
    return this.nextUint32() / 4294967296
  }

  pick<A>(values: ReadonlyArray<A>): A {
    return values[this.nextInt(values.length)]!
  }

  /** `count` lower-case hexadecimal digits. */
  hex(count: number): string {
    let out = ""
    while (out.length < count) {
      out += this.nextUint32().toString(16).padStart(8, "0")
    }
    return out.slice(0, count)
  }

  /** A SID: the two-letter prefix and 32 hexadecimal digits. */
  sid(prefix: string): string {
    return prefix + this.hex(32)
  }
}
