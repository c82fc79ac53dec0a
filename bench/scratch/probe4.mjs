import fs from "node:fs"
import { createRequire } from "node:module"
const require = createRequire(import.meta.url)
const undici = require(process.env.UNDICI)
const t = JSON.parse(fs.readFileSync("/tmp/pt.json", "utf8"))
const auth = "Basic " + Buffer.from(t.accountSid + ":" + t.authToken).toString("base64")
let url = `${t.url}/v1/Interactions/${t.datasets[0].interactionSid}/Channels?PageSize=1000`
const c0 = process.cpuUsage()
let n = 0
const dispatcher = new undici.Agent()
while (url) {
  let json
  if (process.env.MODE === "fetch") json = await (await fetch(url, { headers: { authorization: auth } })).json()
  else {
    const r = await undici.request(url, { headers: { authorization: auth }, dispatcher })
    json = JSON.parse(await r.body.text())
  }
  n += json.channels.length
  url = json.meta.next_page_url
}
const c = process.cpuUsage(c0)
console.error(process.env.MODE, n, ((c.user + c.system) / 1000).toFixed(0), "ms cpu")
