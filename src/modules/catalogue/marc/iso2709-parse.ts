import { MalformedRecord } from './marc-errors.js'
import type { MarcField, MarcRecord, Subfield } from './marc-record.js'
import { Marc8Decoder } from './marc8.js'

const FIELD_END = 0x1e
const SUBFIELD = 0x1f
const utf8 = new TextDecoder('utf-8', { fatal: true })
const digits = /^[0-9]+$/

/**
 * Parses one ISO 2709 record (its bytes up to and including the record terminator) and checks
 * what the lenient JavaScript MARC libraries do not: the leader's lengths and addresses, every
 * directory entry, field terminators, and the character coding leader/09 declares. Written by us
 * because marcjs and @natlibfi/marc-record-serializers read malformed records without an error.
 */
export function parseIso2709(bytes: Uint8Array): MarcRecord {
  if (bytes.length < 26) throw new MalformedRecord(`a record of ${bytes.length} bytes is too short for a leader and a field`)
  const leader = ascii(bytes, 0, 24, 'leader')
  const declared = number(leader.slice(0, 5), 'leader: record length')
  if (declared !== bytes.length) throw new MalformedRecord(`leader: record length says ${declared} bytes, the record has ${bytes.length}`)
  if (leader.slice(10, 12) !== '22') throw new MalformedRecord('leader: indicator count and subfield code length must be 2 and 2')
  const base = number(leader.slice(12, 17), 'leader: base address of data')
  if (base < 25 || base >= bytes.length) throw new MalformedRecord(`leader: base address ${base} lies outside the record`)
  if ((base - 25) % 12 !== 0) throw new MalformedRecord(`directory: its length ${base - 25} is not a multiple of 12`)
  if (bytes[base - 1] !== FIELD_END) throw new MalformedRecord('directory: no field terminator at the base address')
  const coding = leader[9]
  if (coding !== ' ' && coding !== 'a')
    throw new MalformedRecord(`leader/09: character coding '${coding}' is neither blank (MARC-8) nor a (UTF-8)`)
  const entries = (base - 25) / 12
  if (entries === 0) throw new MalformedRecord('the record has no fields')
  const decode = coding === 'a' ? decodeUtf8 : marc8Decoding()
  const fields: MarcField[] = []
  for (let n = 0; n < entries; n++) fields.push(readField(bytes, base, 24 + n * 12, n + 1, decode))
  return { leader, fields }
}

type Decode = ((bytes: Uint8Array, tag: string) => string) & { startField?: () => void }

function readField(bytes: Uint8Array, base: number, at: number, n: number, decode: Decode): MarcField {
  const entry = ascii(bytes, at, at + 12, `directory entry ${n}`)
  const tag = entry.slice(0, 3)
  if (!/^[0-9A-Za-z]{3}$/.test(tag)) throw new MalformedRecord(`directory entry ${n}: '${tag}' is not a tag`)
  const length = number(entry.slice(3, 7), `directory entry ${n} (${tag}): field length`)
  const start = base + number(entry.slice(7, 12), `directory entry ${n} (${tag}): starting position`)
  const end = start + length
  if (length < 1 || end > bytes.length - 1) throw new MalformedRecord(`field ${tag} (directory entry ${n}) runs past the end of the record`)
  if (bytes[end - 1] !== FIELD_END) throw new MalformedRecord(`field ${tag} (directory entry ${n}) does not end with a field terminator`)
  const content = bytes.subarray(start, end - 1)
  decode.startField?.()
  if (tag.startsWith('00')) return { tag, value: decode(content, tag) }
  const indicators = ascii(content, 0, Math.min(2, content.length), `field ${tag} indicators`).padEnd(2)
  // Like yaz, stray bytes between the indicators and the first subfield are passed over.
  const first = content.indexOf(SUBFIELD, 2)
  if (first === -1) throw new MalformedRecord(`field ${tag} has no subfields`)
  const subfields: Subfield[] = []
  let from = first + 1
  while (from <= content.length) {
    let to = content.indexOf(SUBFIELD, from)
    if (to === -1) to = content.length
    if (to === from) throw new MalformedRecord(`field ${tag} has a subfield without a code`)
    const code = String.fromCharCode(content[from] as number)
    if (!/^[0-9a-z]$/i.test(code))
      throw new MalformedRecord(`field ${tag} has a subfield with code 0x${(content[from] as number).toString(16)}`)
    subfields.push({ code, value: decode(content.subarray(from + 1, to), tag) })
    from = to + 1
  }
  return { tag, ind1: indicators[0] as string, ind2: indicators[1] as string, subfields }
}

function decodeUtf8(bytes: Uint8Array, tag: string): string {
  try {
    return utf8.decode(bytes).normalize('NFC')
  } catch {
    throw new MalformedRecord(`field ${tag} is not valid UTF-8, though leader/09 says UTF-8`)
  }
}

function marc8Decoding(): Decode {
  const decoder = new Marc8Decoder()
  const decode: Decode = (bytes, tag) => {
    if (isPlainAscii(bytes)) return latin1(bytes)
    try {
      return decoder.decode(bytes)
    } catch (error) {
      throw new MalformedRecord(`field ${tag}: ${(error as Error).message}`)
    }
  }
  decode.startField = () => decoder.startField()
  return decode
}

function isPlainAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x7f || byte < 0x20) return false
  return true
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')

function ascii(bytes: Uint8Array, from: number, to: number, what: string): string {
  for (let i = from; i < to; i++) {
    const byte = bytes[i] as number
    if (byte < 0x20 || byte > 0x7e)
      throw new MalformedRecord(`${what}: byte 0x${byte.toString(16)} at position ${i} where text was expected`)
  }
  return latin1(bytes.subarray(from, to))
}

function number(text: string, what: string): number {
  if (!digits.test(text)) throw new MalformedRecord(`${what} '${text}' is not a number`)
  return Number(text)
}
