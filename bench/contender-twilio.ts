/**
 * Contender (b): Twilio's official Node SDK (`twilio`, axios over `node:http`), pointed at the
 * simulator by setting the Flex domain's base URL (the SDK keeps `127.0.0.1` as the host: its
 * edge/region rewriting only applies when an edge or region is configured).
 *
 * The fan-out scenario runs it as its README suggests for 429s, `autoRetry: true` with
 * `maxRetries: 3` (the default: up to 3 retries of a 429, each after a full-jitter backoff of
 * 100 ms × 2^n, at most `maxRetryDelay`, default 3 s; `Retry-After` is not read), in the job's
 * mode: `all` (every call at once, `Promise.all`), `all-uncapped` (the same without a cap on
 * sockets) or `pool` (a pool of workers). Against Twilio the SDK's requests go through the https
 * agent it builds (`maxSockets` 20 per host, `maxTotalSockets` 100, `maxFreeSockets` 5,
 * keep-alive): axios uses that agent for `https:` URLs only, so for the simulator's `http:` URL
 * the fan-out gives axios an `http.Agent` with the same options, and the SDK keeps at most 20
 * requests in flight, as it would against Twilio. `all-uncapped` keeps Node's default agent
 * (keep-alive, no `maxSockets`): what the SDK has behind `HTTP_PROXY`, where it uses
 * `https-proxy-agent` 5, which opens a connection per request without a cap. The other
 * scenarios keep Node's default agent, as before (their requests never exceed 16 in flight).
 */
import * as Http from "node:http"
import twilio from "twilio"
import { fanoutWorkers, main, pool, Tally, work } from "./shared.js"

void main("twilio", async (target, job) => {
  const fanout = job.scenario === "fanout"
  const client = twilio(target.accountSid, target.authToken, fanout ? { autoRetry: true, maxRetries: 3 } : {})
  client.flexApi.baseUrl = target.url
  if (fanout && job.mode !== "all-uncapped") {
    // the options RequestClient gives its https.Agent (twilio/lib/base/RequestClient.js)
    const axios = (client.httpClient as unknown as { readonly axios: { defaults: { httpAgent?: Http.Agent } } }).axios
    axios.defaults.httpAgent = new Http.Agent({
      timeout: 30_000,
      keepAlive: true,
      maxSockets: 20,
      maxTotalSockets: 100,
      maxFreeSockets: 5
    })
  }
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
    // A call that ends in an error (a 429 left after the retries) resolves to `undefined`.
    fanout: (interactionSid, channelSids) => {
      const call = (channelSid: string) =>
        v1.interaction(interactionSid).channels(channelSid).participants.list().catch(() => undefined)
      return job.mode === "pool" ? pool(channelSids, fanoutWorkers, call) : Promise.all(channelSids.map(call))
    },
    // `each` cannot await work: it calls back for every record of a page, then asks for the next
    // page at once. So: a page, the work, then `nextPage()`.
    pagesWithWork: async (interactionSid, pageSize, workMs) => {
      const records: Array<{ readonly sid: string }> = []
      let page = await v1.interaction(interactionSid).channels.page({ pageSize })
      for (;;) {
        for (const channel of page.instances) records.push(channel)
        await work(workMs)
        const next = page.nextPage()
        if (next === undefined) return records
        page = await next
      }
    },
    close: async () => {}
  }
})
