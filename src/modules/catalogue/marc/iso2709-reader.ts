import { parseIso2709 } from './iso2709-parse.js'
import { MalformedRecord } from './marc-errors.js'
import type { MarcReadResult } from './marc-record.js'

const RECORD_END = 0x1d
/** ISO 2709 cannot describe a longer record (five digits of length). */
const maxRecordBytes = 99_999

/**
 * Splits a stream of bytes into ISO 2709 records at their terminators and parses each, in
 * constant memory: at most one record and one chunk are held. A record that fails to parse is
 * yielded as malformed with its number and byte offset; reading goes on with the next one.
 */
export async function* readIso2709(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<MarcReadResult> {
  let pending = Buffer.alloc(0)
  let offset = 0 // file offset of pending[0]
  let number = 0
  let overlong = false
  for await (const chunk of chunks) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : Buffer.from(chunk)
    let end = pending.indexOf(RECORD_END)
    while (end !== -1) {
      const piece = pending.subarray(0, end + 1)
      if (!overlong) yield read(piece, ++number, offset)
      overlong = false
      offset += piece.length
      pending = pending.subarray(end + 1)
      end = pending.indexOf(RECORD_END)
    }
    if (pending.length > maxRecordBytes && !overlong) {
      overlong = true
      yield { kind: 'malformed', number: ++number, offset, reason: `no record terminator within ${maxRecordBytes} bytes` }
    }
    if (overlong) {
      offset += pending.length
      pending = Buffer.alloc(0)
    }
  }
  const rest = skipLineBreaks(pending)
  if (rest.length && !overlong) {
    yield {
      kind: 'malformed',
      number: ++number,
      offset: offset + pending.length - rest.length,
      reason: `the file ends in the middle of a record: ${rest.length} bytes without a record terminator`,
    }
  }
}

function read(piece: Buffer, number: number, offset: number): MarcReadResult {
  // Some systems write a line break between records; it is not part of the record.
  const bytes = skipLineBreaks(piece)
  const at = offset + piece.length - bytes.length
  if (bytes.length === 1) return { kind: 'malformed', number, offset: at, reason: 'an empty record (two record terminators in a row)' }
  try {
    return { kind: 'record', number, offset: at, record: parseIso2709(bytes) }
  } catch (error) {
    if (error instanceof MalformedRecord) return { kind: 'malformed', number, offset: at, reason: error.message }
    throw error
  }
}

function skipLineBreaks(bytes: Buffer): Buffer {
  let start = 0
  while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d)) start++
  return bytes.subarray(start)
}
