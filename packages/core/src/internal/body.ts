/**
 * Reading a response body within a bound, so no server can make the client buffer without end.
 */
import type * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"

/** The chunks of a body as one array. */
export const concat = (
  chunks: ReadonlyArray<Uint8Array>,
  length = chunks.reduce((sum, chunk) => sum + chunk.length, 0)
): Uint8Array => {
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

const empty = Effect.succeed({ text: "", complete: true })

interface BodyRead {
  readonly bytes: number
  readonly chunks: Array<Uint8Array>
}

/**
 * Reads a body up to `limit` bytes, stopping the download (and so the connection) beyond it:
 * `complete: false` (with the first `limit` bytes as text) when the body is larger. A declared
 * `Content-Length` above the limit is refused before anything is read.
 */
export const readBounded = (
  response: HttpClientResponse.HttpClientResponse,
  limit: number
): Effect.Effect<{ readonly text: string; readonly complete: boolean }, HttpClientError.ResponseError> => {
  // A 204 (a delete's answer) has no body at all: a runtime may give it no stream to read.
  if (response.status === 204 || response.status === 205 || response.status === 304) return empty
  const declared = response.headers["content-length"]
  const length = declared === undefined ? Number.NaN : Number(declared)
  if (length > limit) return Effect.succeed({ text: "", complete: false })
  // A declared length is enforced by the HTTP parser, so reading it whole is bounded, unless a
  // content coding makes the decoded body longer than what was declared.
  if (Number.isSafeInteger(length) && response.headers["content-encoding"] === undefined) {
    return Effect.map(response.text, (text) => ({ text, complete: true }))
  }
  return Stream.runFoldWhile(
    response.stream,
    { bytes: 0, chunks: [] } as BodyRead,
    (read) => read.bytes <= limit,
    (read, chunk) => {
      read.chunks.push(chunk)
      return { bytes: read.bytes + chunk.length, chunks: read.chunks }
    }
  ).pipe(
    Effect.map((read) => {
      const complete = read.bytes <= limit
      const bytes = concat(read.chunks, read.bytes)
      return { text: new TextDecoder().decode(complete ? bytes : bytes.subarray(0, limit)), complete }
    }),
    // fetch gives a response without a body (any status) no stream: its body is empty.
    Effect.catchIf((error) => error.reason === "EmptyBody", () => empty)
  )
}
