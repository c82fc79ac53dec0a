/**
 * Reading a response body within a bound, so no server can make the client buffer without end.
 */
import type * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import type * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Sink from "effect/Sink"
import * as Stream from "effect/Stream"

const empty = Effect.succeed({ text: "", complete: true })

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
  // Decoded as the chunks come (a streaming TextDecoder gives the text of the bytes joined), and
  // with `Sink.forEachChunkWhile` rather than `Stream.runFoldWhile`, whose fold brings its own sink
  // code into the bundle.
  return Effect.suspend(() => {
    const decoder = new TextDecoder()
    let text = ""
    let bytes = 0
    const read = Sink.forEachChunkWhile((arrays: Chunk.Chunk<Uint8Array>) =>
      Effect.sync(() => {
        for (const array of arrays) {
          const room = limit - bytes
          bytes += array.length
          text += decoder.decode(array.length > room ? array.subarray(0, room) : array, { stream: true })
          if (bytes > limit) return false
        }
        return true
      })
    )
    return Effect.map(
      Stream.run(response.stream, read),
      () => ({ text: text + decoder.decode(), complete: bytes <= limit })
    )
  }).pipe(
    // fetch gives a response without a body (any status) no stream: its body is empty.
    Effect.catchIf((error) => error.reason === "EmptyBody", () => empty)
  )
}
