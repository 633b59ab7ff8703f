import { MalformedRecord } from './marc-errors.js'
import { marc8Sets } from './marc8-tables.js'

const ESC = 0x1b
const basicLatin = 0x42
const extendedLatin = 0x45
const eacc = 0x31

// Non-sorting markers and joiners live in the C1 range of MARC-8 itself.
const controls = new Map([
  [0x88, 0x98],
  [0x89, 0x9c],
  [0x8d, 0x200d],
  [0x8e, 0x200c],
])

/**
 * Decodes MARC-8 text to Unicode (NFC). The escape state runs on within one field, so a field's
 * subfields are decoded with one decoder after `startField()`. Our own code: see marc8-tables.ts.
 */
export class Marc8Decoder {
  private g0 = basicLatin
  private g1 = extendedLatin

  startField(): void {
    this.g0 = basicLatin
    this.g1 = extendedLatin
  }

  decode(bytes: Uint8Array): string {
    let out = ''
    let marks = ''
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i] as number
      if (byte === ESC) {
        i = this.escape(bytes, i)
        continue
      }
      const codepoint = this.codepoint(byte)
      if (codepoint < 0) {
        marks += String.fromCodePoint(-codepoint)
        continue
      }
      out += String.fromCodePoint(codepoint) + marks
      marks = ''
    }
    // A mark with no letter after it stays (on a space, as the LC tables advise).
    if (marks) out += ` ${marks}`
    return out.normalize('NFC')
  }

  private codepoint(byte: number): number {
    if (byte === 0x20) return byte
    const control = controls.get(byte)
    if (control) return control
    if (byte > 0x20 && byte < 0x7f) return this.g0 === basicLatin ? byte : this.lookup(this.g0, byte)
    if (byte > 0xa0 && byte < 0xff) return this.lookup(this.g1, byte)
    throw new MalformedRecord(`byte 0x${byte.toString(16)} is not a MARC-8 character`)
  }

  private lookup(set: number, byte: number): number {
    // A G1 set may be addressed in the G0 range and the other way round: the tables hold one of them.
    const codepoint = marc8Sets.get(set)?.get(byte) ?? marc8Sets.get(set)?.get(byte ^ 0x80)
    if (codepoint === undefined) throw new MalformedRecord(`byte 0x${byte.toString(16)} is not in MARC-8 set '${String.fromCharCode(set)}'`)
    return codepoint
  }

  /** Reads an escape sequence starting at `start` and returns the index of its last byte. */
  private escape(bytes: Uint8Array, start: number): number {
    const first = bytes[start + 1]
    if (first === undefined) throw new MalformedRecord('escape sequence cut off at the end of a field')
    if (first === 0x73) return this.designate('g0', basicLatin, start + 1) // ESC s: back to ASCII
    if (first === 0x67 || first === 0x62 || first === 0x70) return this.designate('g0', first, start + 1)
    const multibyte = first === 0x24
    let at = multibyte ? start + 2 : start + 1
    let target: 'g0' | 'g1' = 'g0'
    const intermediate = bytes[at]
    if (intermediate === 0x28 || intermediate === 0x2c) at++
    else if (intermediate === 0x29 || intermediate === 0x2d) {
      target = 'g1'
      at++
    } else if (!multibyte) throw new MalformedRecord(`unknown MARC-8 escape sequence ESC 0x${first.toString(16)}`)
    const final = bytes[at]
    if (final === eacc) throw new MalformedRecord('MARC-8 East Asian (EACC) text is not supported: convert the file to UTF-8 first')
    if (final === undefined || (final !== basicLatin && !marc8Sets.has(final)))
      throw new MalformedRecord(`unknown MARC-8 character set '${final === undefined ? '' : String.fromCharCode(final)}'`)
    return this.designate(target, final, at)
  }

  private designate(target: 'g0' | 'g1', set: number, last: number): number {
    this[target] = set
    return last
  }
}
