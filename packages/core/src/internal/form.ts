/**
 * Twilio's form encoding of a call's parameters.
 */

/**
 * The form body of validated parameters: each defined field under its wire name, a string as is,
 * anything else (a JSON object, a boolean) as its JSON text (`Routing={"status":"closed"}`,
 * `LongLived=true`). Fields come in the order of `names`.
 */
export const formBody = <P extends object>(
  params: P,
  names: { readonly [K in keyof P]-?: string }
): Readonly<Record<string, string>> => {
  const fields: Record<string, string> = {}
  for (const key of Object.keys(names) as Array<keyof P>) {
    const value = params[key]
    if (value !== undefined) fields[names[key]] = typeof value === "string" ? value : JSON.stringify(value)
  }
  return fields
}
