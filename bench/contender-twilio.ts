/**
 * Contender (b): Twilio's official Node SDK (`twilio`, axios over `node:http`), pointed at the
 * simulator by setting the Flex domain's base URL (the SDK keeps `127.0.0.1` as the host: its
 * edge/region rewriting only applies when an edge or region is configured).
 */
import twilio from "twilio"
import { main, pool, Tally } from "./shared.js"

void main("twilio", async (target) => {
  const client = twilio(target.accountSid, target.authToken)
  client.flexApi.baseUrl = target.url
  const v1 = client.flexApi.v1
  /**
   * The SDK's documented way to stream: `each` walks the pages (following `meta.next_page_url`)
   * and calls back once per record; `done()` from the callback stops it, the `done` option is
   * called at the end.
   */
  const each = (interactionSid: string, pageSize: number, take: (channel: { readonly sid: string }) => boolean) =>
    new Promise<void>((resolve, reject) => {
      v1.interaction(interactionSid).channels.each({
        pageSize,
        callback: (channel: { readonly sid: string }, done: (error?: Error) => void) => {
          if (!take(channel)) done()
        },
        done: (error?: Error) => (error === undefined || error === null ? resolve() : reject(error))
      })
    })
  return {
    list: (interactionSid, pageSize) => v1.interaction(interactionSid).channels.list({ pageSize }),
    first: async (interactionSid, pageSize, n) => {
      const records: Array<{ readonly sid: string }> = []
      await each(interactionSid, pageSize, (channel) => records.push(channel) < n)
      return records
    },
    stream: async (interactionSid, pageSize) => {
      const tally = new Tally()
      await each(interactionSid, pageSize, (channel) => {
        tally.add(channel.sid)
        return true
      })
      return tally
    },
    fetchMany: (sids, concurrency) => pool(sids, concurrency, async (sid) => (await v1.channel(sid).fetch()).sid),
    close: async () => {}
  }
})
