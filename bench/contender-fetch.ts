/**
 * Contender (c), the floor: Node's global `fetch` (undici), Basic auth, `JSON.parse`, follow
 * `meta.next_page_url`; no validation, no decoding, no retries. In the fan-out scenario it runs
 * a pool of workers (a call that gets a 429 fails).
 */
import { fanoutWorkers, main, pool, Tally, work } from "./shared.js"

interface Item {
  readonly sid: string
}

interface ListBody {
  readonly channels: ReadonlyArray<Item>
  readonly meta: { readonly next_page_url: string | null }
}

interface ParticipantsBody {
  readonly participants: ReadonlyArray<Item>
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
  /** Hands each page's records to `take`, following `next_page_url`, until the last page or `take` says stop. */
  const walk = async (interactionSid: string, pageSize: number, take: (page: ReadonlyArray<Item>) => boolean) => {
    let url: string | null = `${target.url}/v1/Interactions/${interactionSid}/Channels?PageSize=${pageSize}`
    while (url !== null) {
      const body: ListBody = await get<ListBody>(url)
      if (!take(body.channels)) return
      url = body.meta.next_page_url
    }
  }
  return {
    list: async (interactionSid, pageSize) => {
      const records: Array<Item> = []
      await walk(interactionSid, pageSize, (page) => {
        for (const record of page) records.push(record)
        return true
      })
      return records
    },
    first: async (interactionSid, pageSize, n) => {
      const records: Array<Item> = []
      await walk(interactionSid, pageSize, (page) => {
        for (const record of page.slice(0, n - records.length)) records.push(record)
        return records.length < n
      })
      return records
    },
    stream: async (interactionSid, pageSize) => {
      const tally = new Tally()
      await walk(interactionSid, pageSize, (page) => {
        for (const record of page) tally.add(record.sid)
        return true
      })
      return tally
    },
    fanout: (interactionSid, channelSids) =>
      pool(channelSids, fanoutWorkers, async (channelSid) => {
        const participants: Array<Item> = []
        let url: string | null = `${target.url}/v1/Interactions/${interactionSid}/Channels/${channelSid}/Participants`
        try {
          while (url !== null) {
            const body: ParticipantsBody = await get<ParticipantsBody>(url)
            for (const participant of body.participants) participants.push(participant)
            url = body.meta.next_page_url
          }
          return participants
        } catch {
          return undefined
        }
      }),
    pagesWithWork: async (interactionSid, pageSize, workMs) => {
      const records: Array<Item> = []
      let url: string | null = `${target.url}/v1/Interactions/${interactionSid}/Channels?PageSize=${pageSize}`
      while (url !== null) {
        const body: ListBody = await get<ListBody>(url)
        for (const record of body.channels) records.push(record)
        await work(workMs)
        url = body.meta.next_page_url
      }
      return records
    },
    fetchMany: (sids, concurrency) =>
      pool(
        sids,
        concurrency,
        async (sid) => (await get<Item>(`${target.url}/v1/Channels/${sid}`)).sid
      ),
    close: async () => {}
  }
})
