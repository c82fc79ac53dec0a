/**
 * Contender (c), the floor: Node's global `fetch` (undici), Basic auth, `JSON.parse`, follow
 * `meta.next_page_url`; no validation, no decoding, no retries.
 */
import { main, pool } from "./shared.js"

interface ListBody {
  readonly channels: ReadonlyArray<{ readonly sid: string }>
  readonly meta: { readonly next_page_url: string | null }
}

void main("raw fetch", async (target) => {
  const headers = {
    authorization: `Basic ${Buffer.from(`${target.accountSid}:${target.authToken}`).toString("base64")}`,
    accept: "application/json"
  }
  const get = async <A>(url: string): Promise<A> => {
    const response = await fetch(url, { headers })
    const text = await response.text()
    if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${text}`)
    return JSON.parse(text) as A
  }
  const firstPage = (interactionSid: string, pageSize: number) =>
    `${target.url}/v1/Interactions/${interactionSid}/Channels?PageSize=${pageSize}`
  return {
    list: async (interactionSid, pageSize) => {
      const records: Array<{ readonly sid: string }> = []
      let url: string | null = firstPage(interactionSid, pageSize)
      while (url !== null) {
        const body: ListBody = await get<ListBody>(url)
        for (const record of body.channels) records.push(record)
        url = body.meta.next_page_url
      }
      return records
    },
    first: async (interactionSid, pageSize, n) => {
      const records: Array<{ readonly sid: string }> = []
      let url: string | null = firstPage(interactionSid, pageSize)
      while (url !== null && records.length < n) {
        const body: ListBody = await get<ListBody>(url)
        for (const record of body.channels.slice(0, n - records.length)) records.push(record)
        url = body.meta.next_page_url
      }
      return records
    },
    fetchMany: (sids, concurrency) =>
      pool(
        sids,
        concurrency,
        async (sid) => (await get<{ readonly sid: string }>(`${target.url}/v1/Channels/${sid}`)).sid
      ),
    close: async () => {}
  }
})
