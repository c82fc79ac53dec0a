// node heap.mjs file.heapsnapshot <nameRegex> : counts by constructor + retainer paths of matching nodes
import fs from "node:fs"
const snap = JSON.parse(fs.readFileSync(process.argv[2], "utf8"))
const m = snap.snapshot.meta, nf = m.node_fields.length, ef = m.edge_fields.length
const N = snap.nodes, E = snap.edges, S = snap.strings
const nodeTypes = m.node_types[0], edgeTypes = m.edge_types[0]
const count = N.length / nf
const firstEdge = new Uint32Array(count + 1)
for (let i = 0, e = 0; i < count; i++) {
  firstEdge[i] = e
  e += N[i * nf + 4] * ef
}
firstEdge[count] = E.length
const name = (i) => S[N[i * nf + 1]], type = (i) => nodeTypes[N[i * nf]], size = (i) => N[i * nf + 3]
// retainers
const retainers = new Map()
for (let i = 0; i < count; i++) {
  for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += ef) {
    const et = edgeTypes[E[e]]
    if (et === "weak") continue
    const to = E[e + 2] / nf
    let r = retainers.get(to)
    if (!r) retainers.set(to, r = [])
    r.push([i, et === "element" || et === "hidden" ? "[" + E[e + 1] + "]" : S[E[e + 1]]])
  }
}
// BFS distances from root (node 0)
const dist = new Int32Array(count).fill(-1)
dist[0] = 0
let q = [0]
while (q.length) {
  const nq = []
  for (const i of q) {
    for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += ef) {
      if (edgeTypes[E[e]] === "weak") continue
      const to = E[e + 2] / nf
      if (dist[to] < 0) {
        dist[to] = dist[i] + 1
        nq.push(to)
      }
    }
  }
  q = nq
}
const re = new RegExp(process.argv[3] ?? "InteractionChannel")
const hits = []
const byName = new Map()
for (let i = 0; i < count; i++) {
  const k = type(i) + ":" + name(i).slice(0, 40)
  const b = byName.get(k) ?? [0, 0]
  b[0]++
  b[1] += size(i)
  byName.set(k, b)
  if (
    (type(i) === "object" && re.test(name(i))) ||
    (process.argv[4] && type(i) === "string" && name(i).startsWith(process.argv[4]))
  ) hits.push(i)
}
console.log("top by size:")
;[...byName].sort((a, b) => b[1][1] - a[1][1]).slice(0, 15).forEach(([k, [c, s]]) =>
  console.log((s / 1048576).toFixed(2), "MiB", c, k)
)
console.log("hits", hits.length)
const shown = new Set()
for (const h of hits.slice(0, 400)) {
  // path to root following decreasing dist
  let path = [], i = h, guard = 0
  while (i !== 0 && guard++ < 40) {
    const rs = (retainers.get(i) ?? []).filter(([r]) => dist[r] >= 0 && dist[r] < dist[i])
    if (!rs.length) {
      path.push("(unreachable)")
      break
    }
    const [r, edge] = rs[0]
    path.push(`${type(r)}:${name(r).slice(0, 30)}.${edge}`)
    i = r
  }
  const key = path.slice(0, 12).join(" <- ")
  if (!shown.has(key)) {
    shown.add(key)
    console.log(`${type(h)}:${name(h).slice(0, 30)} (${size(h)}) dist=${dist[h]}\n   ` + path.join("\n   <- "))
  }
  if (shown.size > 6) break
}
