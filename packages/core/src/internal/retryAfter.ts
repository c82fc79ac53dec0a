/**
 * `Retry-After` as RFC 9110 §10.2.3 defines it: delta-seconds, or an HTTP-date in one of the three
 * formats of §5.6.7. Anything else is ignored, so the client falls back to its own backoff: V8's
 * lenient `Date.parse` would read `-1` or `1.5` as dates in 2001 and retry at once.
 */

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
const month = `(${months.join("|")})`
const time = "(\\d{2}:\\d{2}:\\d{2})"
// Sun, 06 Nov 1994 08:49:37 GMT
const imfFixdate = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) ${month} (\\d{4}) ${time} GMT$`)
// Sunday, 06-Nov-94 08:49:37 GMT
const rfc850 = new RegExp(
  `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-${month}-(\\d{2}) ${time} GMT$`
)
// Sun Nov  6 08:49:37 1994
const asctime = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${month} ([ \\d]\\d) ${time} (\\d{4})$`)

/** The instant of a date's parts (`day` may have a leading space), or `undefined` for no such date. */
const utc = (year: number, monthName: string, day: string, time: string): number | undefined => {
  const d = Number(day)
  const [h, min, s] = time.split(":").map(Number) as [number, number, number]
  if (d < 1 || d > 31 || h > 23 || min > 59 || s > 60) return undefined
  const millis = Date.UTC(year, months.indexOf(monthName), d, h, min, Math.min(s, 59))
  // 31 Feb would roll over into March: not a date.
  return new Date(millis).getUTCDate() === d ? millis : undefined
}

/** An HTTP-date in milliseconds since the epoch, or `undefined`. */
export const parseHttpDate = (value: string, nowMillis: number): number | undefined => {
  let match = imfFixdate.exec(value)
  if (match !== null) return utc(Number(match[3]), match[2]!, match[1]!, match[4]!)
  match = rfc850.exec(value)
  if (match !== null) {
    // A two-digit year more than 50 years in the future means the most recent past such year.
    const currentYear = new Date(nowMillis).getUTCFullYear()
    let year = Math.floor(currentYear / 100) * 100 + Number(match[3])
    if (year > currentYear + 50) year -= 100
    return utc(year, match[2]!, match[1]!, match[4]!)
  }
  match = asctime.exec(value)
  if (match !== null) return utc(Number(match[4]), match[1]!, match[2]!, match[3]!)
  return undefined
}

const parseOne = (value: string, nowMillis: number): number | undefined => {
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const date = parseHttpDate(value, nowMillis)
  return date === undefined ? undefined : Math.max(0, date - nowMillis)
}

/** `value` made of 2..8 identical copies joined by ", ": the copy, else `undefined`. */
const repeated = (value: string): string | undefined => {
  for (let copies = 2; copies <= 8; copies++) {
    const length = (value.length - 2 * (copies - 1)) / copies
    if (!Number.isInteger(length) || length < 1) continue
    const copy = value.slice(0, length)
    if (Array.from({ length: copies }, () => copy).join(", ") === value) return copy
  }
  return undefined
}

/**
 * `Retry-After` in milliseconds, or `undefined` when absent or not valid. A header sent twice
 * arrives joined by a comma (`3, 3`): identical copies are that value, different ones are invalid.
 */
export const parse = (header: string | undefined, nowMillis: number): number | undefined => {
  if (header === undefined) return undefined
  const value = header.trim().replace(/\s*,\s*/g, ", ")
  const single = parseOne(value, nowMillis)
  if (single !== undefined) return single
  // HTTP-dates hold a comma themselves, so look for identical copies of the whole value.
  const copy = repeated(value)
  return copy === undefined ? undefined : parseOne(copy, nowMillis)
}
