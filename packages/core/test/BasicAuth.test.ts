/**
 * The Basic value the scrubber looks for is the one sent: internal/config.ts encodes it with
 * `btoa`, as platform's `basicAuth` does, instead of effect's Encoding. On every secret the
 * options accept (printable ASCII) that is the UTF-8 bytes' base64, byte for byte; a secret with
 * any other character (accented, non-Latin, emoji, a space) is refused before anything is encoded.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Encoding from "effect/Encoding"
import * as Redacted from "effect/Redacted"
import * as fc from "fast-check"
import * as FlexClient from "../src/FlexClient.js"
import * as Config from "../src/internal/config.js"
import * as Transport from "./utils/transport.js"

const accountSid = Transport.sid("AC", 1)
const apiKey = Transport.sid("SK", 2)
const printable = fc.string({
  unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
  minLength: 1
})

describe("Basic auth encoding", () => {
  it("the scrubbed Basic value is effect's base64 of the UTF-8 bytes, for auth tokens and API secrets", () => {
    fc.assert(
      fc.property(printable, fc.boolean(), (secret, useKey) => {
        const options = useKey
          ? { accountSid, apiKey, apiSecret: Redacted.make(secret) }
          : { accountSid, authToken: Redacted.make(secret) }
        const resolved = Effect.runSync(Config.resolve(options))
        const encoded = Encoding.encodeBase64(`${useKey ? apiKey : accountSid}:${secret}`)
        expect(resolved.secrets).toEqual([secret, encoded, encodeURIComponent(encoded)])
      }),
      { numRuns: 500 }
    )
  })

  it("the scrubbed Basic value is the Authorization header sent", async () => {
    const transport = Transport.make(() => ({ status: 200, body: Transport.wireChatChannel(1) }))
    const authToken = "s3cr3t~!{}|/+="
    await FlexClient.make({ accountSid, authToken: Redacted.make(authToken) }).pipe(
      Effect.flatMap((flex) => flex.channels.fetch(Transport.sid("CH", 1))),
      Effect.provide(transport.layer),
      Effect.runPromise
    )
    const resolved = Effect.runSync(Config.resolve({ accountSid, authToken: Redacted.make(authToken) }))
    expect(transport.recorded[0]!.headers.authorization).toBe(`Basic ${resolved.secrets[1]}`)
  })

  it.each(["pässwort", "ключ", "token🔑", "caf\u00e9", "a b", "tab\there", "nbsp\u00a0", "\u0000"])(
    "a secret with a character outside printable ASCII is refused: %j",
    (secret) => {
      for (
        const [options, argument] of [
          [{ accountSid, authToken: Redacted.make(secret) }, "options.authToken"],
          [{ accountSid, apiKey, apiSecret: Redacted.make(secret) }, "options.apiSecret"]
        ] as const
      ) {
        const error = Effect.runSync(Effect.flip(Config.resolve(options)))
        expect(error._tag).toBe("FlexInvalidInput")
        expect(error.argument).toBe(argument)
        expect(error.message).toContain("printable ASCII")
      }
    }
  )
})
