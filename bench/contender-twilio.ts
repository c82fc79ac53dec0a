/**
 * Contender (b): Twilio's official Node SDK (`twilio`, axios over `node:http`), pointed at the
 * simulator by setting the Flex domain's base URL (the SDK keeps `127.0.0.1` as the host: its
 * edge/region rewriting only applies when an edge or region is configured).
 */
import twilio from "twilio"
import { main, pool } from "./shared.js"

void main("twilio", async (target) => {
  const client = twilio(target.accountSid, target.authToken)
  client.flexApi.baseUrl = target.url
  const v1 = client.flexApi.v1
  return {
    list: (interactionSid, pageSize) => v1.interaction(interactionSid).channels.list({ pageSize }),
    first: (interactionSid, pageSize, n) =>
      new Promise((resolve, reject) => {
        const records: Array<{ readonly sid: string }> = []
        v1.interaction(interactionSid).channels.each({
          pageSize,
          callback: (channel: { readonly sid: string }, done: (error?: Error) => void) => {
            records.push(channel)
            if (records.length === n) done()
          },
          done: (error?: Error) => (error === undefined || error === null ? resolve(records) : reject(error))
        })
      }),
    fetchMany: (sids, concurrency) => pool(sids, concurrency, async (sid) => (await v1.channel(sid).fetch()).sid),
    close: async () => {}
  }
})
