import fs from "node:fs"
import http from "node:http"
const t = JSON.parse(fs.readFileSync("/tmp/pt.json", "utf8"))
const auth = "Basic " + Buffer.from(t.accountSid + ":" + t.authToken).toString("base64")
let url = `${t.url}/v1/Interactions/${t.datasets[0].interactionSid}/Channels?PageSize=1000`
const agent = new http.Agent({ keepAlive: true })
const get = (u) =>
  new Promise((ok, ko) => {
    const req = http.request(u, { agent, headers: { authorization: auth, accept: "application/json" } }, (res) => {
      const chunks = []
      let len = 0
      res.on("data", (c) => {
        chunks.push(c)
        len += c.length
      })
      res.on("end", () => ok(Buffer.concat(chunks, len).toString("utf8")))
      res.on("error", ko)
    })
    req.on("error", ko)
    req.end()
  })
const c0 = process.cpuUsage()
let n = 0
while (url) {
  const json = JSON.parse(await get(url))
  n += json.channels.length
  url = json.meta.next_page_url
}
const c = process.cpuUsage(c0)
console.error("node:http", n, ((c.user + c.system) / 1000).toFixed(0), "ms cpu")
