/**
 * A hostile HTTP server for tests: node:http on 127.0.0.1, port 0, answering each request from a
 * script (`handler`), scoped (every connection is closed and the server stopped when the test's
 * scope closes), and bounded: at most `maxRequests` requests are scripted (later ones get a 410),
 * an endless body stops after `maxBytes` or `maxMillis` (the server then destroys the connection and
 * records the response as `capped`), and request bodies are read up to 1 MiB.
 *
 * It records what a test needs to prove that nothing leaks: every request (with the connection it
 * came on), every response's bytes written, and every connection with who closed it. A connection
 * the server closes itself (a raw reply, a cap, the end of the test) is marked `server`; any other
 * close (FIN or RST from the client) is marked `client`.
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse
} from "node:http"
import type { AddressInfo, Socket } from "node:net"

/** One request the server received, body included. */
export interface Exchange {
  /** 0-based, in arrival order. */
  readonly index: number
  /** The connection it came on (see {@link ConnectionStats}). */
  readonly connection: number
  readonly method: string
  /** Path and query, as sent. */
  readonly url: string
  readonly headers: IncomingHttpHeaders
  readonly body: string
  /** `Date.now()` when the request was complete. */
  readonly receivedAt: number
}

/** What the server did with a response. */
export interface ResponseStats {
  readonly index: number
  /** Body bytes handed to the socket (headers excluded). */
  bytesWritten: number
  /** The server hit `maxBytes` or `maxMillis` and destroyed the connection. */
  capped: boolean
  /** The response was complete (`end()` called). */
  finished: boolean
}

export interface ConnectionStats {
  readonly id: number
  open: boolean
  /** Who closed it, once closed. */
  closedBy: "client" | "server" | undefined
}

/** How a handler answers one request. Exactly one of the answering methods is called. */
export interface Reply {
  readonly exchange: Exchange
  readonly json: (status: number, body: unknown, headers?: OutgoingHttpHeaders) => void
  readonly text: (status: number, text: string, headers?: OutgoingHttpHeaders) => void
  /** `text` in chunked encoding (no `content-length`), in pieces of `pieceSize` bytes. */
  readonly chunked: (status: number, text: string, headers: OutgoingHttpHeaders, pieceSize?: number) => void
  /**
   * A body that never ends: `prefix`, then `chunk` over and over (chunked encoding, or under a
   * `content-length` the caller sets), respecting back-pressure, until the client closes or a cap.
   */
  readonly endless: (
    status: number,
    headers: OutgoingHttpHeaders,
    options?: {
      readonly prefix?: string | undefined
      readonly chunk?: string | undefined
      /** A trickle: one `chunk` every `interval` ms (default: as fast as the client reads, 64 KiB at a time). */
      readonly interval?: number | undefined
    }
  ) => void
  /** Writes `bytes` straight to the socket (no HTTP framing), then ends or destroys it. */
  readonly raw: (bytes: string, then: "end" | "destroy") => void
  /** Never answers (until `maxMillis`, when the server destroys the connection). */
  readonly hold: () => void
  /** Writes a status line and headers, then `bytes` of body, then never anything else. */
  readonly headThenHold: (status: number, headers: OutgoingHttpHeaders, bytes?: string) => void
}

export type Handler = (reply: Reply) => void

export interface Options {
  /** Requests answered by the handler (default 100); later ones get a 410 and set `overflowed`. */
  readonly maxRequests?: number
  /** Bytes one endless body may write (default 128 MiB). */
  readonly maxBytes?: number
  /** Time one endless or held response may last (default 8 seconds). */
  readonly maxMillis?: number
}

export interface HostileServer {
  readonly origin: string
  readonly port: number
  readonly requests: ReadonlyArray<Exchange>
  readonly responses: ReadonlyArray<ResponseStats>
  readonly connections: ReadonlyArray<ConnectionStats>
  /** Whether a request arrived beyond `maxRequests`. */
  readonly overflowed: () => boolean
  /** Errors thrown by the handler (a test bug): they are answered with a 599. */
  readonly handlerErrors: ReadonlyArray<string>
  readonly openConnections: () => number
  /** Waits until no connection is open, or `within` passes; the number still open. */
  readonly awaitNoOpenConnections: (within: Duration.DurationInput) => Effect.Effect<number>
  /**
   * Waits until the connection of request `index` is closed, or `within` passes; who closed it
   * (`undefined` while still open).
   */
  readonly awaitClosed: (
    index: number,
    within: Duration.DurationInput
  ) => Effect.Effect<ConnectionStats["closedBy"]>
}

const MiB = 1024 * 1024
const serverClosing = Symbol("hostile-server-closing")
type TrackedSocket = Socket & { [serverClosing]?: boolean }

const closeFromServer = (socket: TrackedSocket | null | undefined, how: "end" | "destroy") => {
  if (socket === null || socket === undefined) return
  socket[serverClosing] = true
  if (how === "end") socket.end()
  else socket.destroy()
}

/** Polls `condition` (live clock) until it holds or `millis` pass. */
const poll = (condition: () => boolean, within: Duration.DurationInput) =>
  Effect.gen(function*() {
    const deadline = Date.now() + Duration.toMillis(Duration.decode(within))
    while (!condition() && Date.now() < deadline) {
      yield* Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 10)))
    }
  })

/** Starts a hostile server for the current scope. */
export const make = (handler: Handler, options: Options = {}): Effect.Effect<HostileServer, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.async<{ readonly server: HostileServer; readonly close: () => Promise<void> }>((resume) => {
      const maxRequests = options.maxRequests ?? 100
      const maxBytes = options.maxBytes ?? 128 * MiB
      const maxMillis = options.maxMillis ?? 8_000
      const requests: Array<Exchange> = []
      const responses: Array<ResponseStats> = []
      const connections: Array<ConnectionStats> = []
      const sockets = new Map<number, TrackedSocket>()
      const handlerErrors: Array<string> = []
      const timers = new Set<ReturnType<typeof setTimeout>>()
      let overflowed = false

      const server = createServer()
      // Node closes idle keep-alive connections after 5 s on its own: that would look like a
      // close by the client. 0 disables it; the scope's end closes everything.
      server.keepAliveTimeout = 0

      server.on("connection", (socket: TrackedSocket) => {
        const stats: ConnectionStats = { id: connections.length, open: true, closedBy: undefined }
        connections.push(stats)
        sockets.set(stats.id, socket)
        ;(socket as TrackedSocket & { hostileId?: number }).hostileId = stats.id
        socket.on("error", () => {})
        socket.once("close", () => {
          stats.open = false
          stats.closedBy = socket[serverClosing] === true ? "server" : "client"
          sockets.delete(stats.id)
        })
      })

      /** A timer that is cleared when the response's connection closes, and at the end of the test. */
      const deadline = (res: ServerResponse, onExpire: () => void) => {
        const timer = setTimeout(() => {
          timers.delete(timer)
          onExpire()
        }, maxMillis)
        timers.add(timer)
        res.once("close", () => {
          clearTimeout(timer)
          timers.delete(timer)
        })
      }

      const answer = (req: IncomingMessage, res: ServerResponse, body: string) => {
        const socket = req.socket as TrackedSocket & { hostileId?: number }
        const exchange: Exchange = {
          index: requests.length,
          connection: socket.hostileId ?? -1,
          method: req.method ?? "",
          url: req.url ?? "",
          headers: req.headers,
          body,
          receivedAt: Date.now()
        }
        requests.push(exchange)
        const stats: ResponseStats = { index: exchange.index, bytesWritten: 0, capped: false, finished: false }
        responses.push(stats)
        res.on("error", () => {})
        res.once("finish", () => (stats.finished = true))

        if (exchange.index >= maxRequests) {
          overflowed = true
          res.writeHead(410, { "content-type": "application/json" })
          res.end(JSON.stringify({ code: 0, message: `hostile server: more than ${maxRequests} requests` }))
          return
        }

        const send = (status: number, text: string, headers: OutgoingHttpHeaders) => {
          const buffer = Buffer.from(text)
          res.writeHead(status, { "content-length": buffer.length, ...headers })
          stats.bytesWritten += buffer.length
          res.end(buffer)
        }

        const reply: Reply = {
          exchange,
          json: (status, json, headers) =>
            send(status, typeof json === "string" ? json : JSON.stringify(json), {
              "content-type": "application/json",
              ...headers
            }),
          text: (status, text, headers) => send(status, text, { "content-type": "text/plain", ...headers }),
          chunked: (status, text, headers, pieceSize = 16 * 1024) => {
            res.writeHead(status, headers)
            const buffer = Buffer.from(text)
            for (let i = 0; i < buffer.length; i += pieceSize) {
              const piece = buffer.subarray(i, i + pieceSize)
              stats.bytesWritten += piece.length
              res.write(piece)
            }
            res.end()
          },
          endless: (status, headers, { chunk = "a", interval, prefix = "" } = {}) => {
            res.writeHead(status, headers)
            const first = Buffer.from(prefix)
            // 64 KiB chunks: big enough to be fast, small enough that one chunk is noise
            const unit = Buffer.from(chunk)
            const block = Buffer.alloc(Math.max(unit.length, Math.floor((64 * 1024) / unit.length) * unit.length))
            for (let i = 0; i < block.length; i += unit.length) unit.copy(block, i)
            const cap = () => {
              if (res.destroyed || socket.destroyed) return
              stats.capped = true
              closeFromServer(socket, "destroy")
            }
            deadline(res, cap)
            if (interval !== undefined) {
              const tick = () => {
                if (res.destroyed || socket.destroyed) return
                if (stats.bytesWritten >= maxBytes) return cap()
                const buffer = stats.bytesWritten === 0 && first.length > 0 ? first : unit
                stats.bytesWritten += buffer.length
                res.write(buffer)
                const timer = setTimeout(() => {
                  timers.delete(timer)
                  tick()
                }, interval)
                timers.add(timer)
                res.once("close", () => clearTimeout(timer))
              }
              return tick()
            }
            const pump = () => {
              while (!res.destroyed && !socket.destroyed) {
                if (stats.bytesWritten >= maxBytes) return cap()
                const buffer = stats.bytesWritten === 0 && first.length > 0 ? first : block
                stats.bytesWritten += buffer.length
                if (!res.write(buffer)) {
                  res.once("drain", pump)
                  return
                }
              }
            }
            pump()
          },
          raw: (bytes, then) => {
            stats.bytesWritten += Buffer.byteLength(bytes)
            socket.write(bytes, () => closeFromServer(socket, then))
          },
          hold: () =>
            deadline(res, () => {
              stats.capped = true
              closeFromServer(socket, "destroy")
            }),
          headThenHold: (status, headers, bytes = "") => {
            res.writeHead(status, headers)
            if (bytes.length > 0) {
              stats.bytesWritten += Buffer.byteLength(bytes)
              res.write(bytes)
            }
            deadline(res, () => {
              stats.capped = true
              closeFromServer(socket, "destroy")
            })
          }
        }
        try {
          handler(reply)
        } catch (error) {
          handlerErrors.push(String(error))
          if (!res.headersSent) {
            res.writeHead(599, { "content-type": "text/plain" })
            res.end(String(error))
          } else {
            closeFromServer(socket, "destroy")
          }
        }
      }

      server.on("request", (req: IncomingMessage, res: ServerResponse) => {
        const chunks: Array<Buffer> = []
        let size = 0
        req.on("data", (chunk: Buffer) => {
          size += chunk.length
          if (size <= MiB) chunks.push(chunk)
        })
        req.on("error", () => {})
        req.on("end", () => answer(req, res, Buffer.concat(chunks).toString("utf8")))
      })

      const close = () =>
        new Promise<void>((resolve) => {
          for (const timer of timers) clearTimeout(timer)
          timers.clear()
          for (const socket of sockets.values()) closeFromServer(socket, "destroy")
          server.closeAllConnections()
          const fallback = setTimeout(resolve, 2_000)
          server.close(() => {
            clearTimeout(fallback)
            resolve()
          })
        })

      server.listen(0, "127.0.0.1", () => {
        const port = (server.address() as AddressInfo).port
        const openConnections = () => connections.filter((c) => c.open).length
        resume(Effect.succeed({
          close,
          server: {
            origin: `http://127.0.0.1:${port}`,
            port,
            requests,
            responses,
            connections,
            handlerErrors,
            overflowed: () => overflowed,
            openConnections,
            awaitNoOpenConnections: (within) =>
              Effect.map(poll(() => openConnections() === 0, within), () => openConnections()),
            awaitClosed: (index, within) =>
              Effect.suspend(() => {
                const id = requests[index]?.connection
                const stats = connections.find((c) => c.id === id)
                if (stats === undefined) return Effect.succeed(undefined)
                return Effect.map(poll(() => !stats.open, within), () => stats.closedBy)
              })
          }
        }))
      })
    }),
    ({ close }) => Effect.promise(close)
  ).pipe(Effect.map(({ server }) => server))
