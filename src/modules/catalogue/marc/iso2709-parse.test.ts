import { describe, expect, it } from 'vitest'
import { parseIso2709 } from './iso2709-parse.js'
import { toIso2709 } from './marc-writer.js'

const leader = '00000nam a2200000 a 4500'

describe('parsing an ISO 2709 record in UTF-8', () => {
  it('reads each subfield as NFC text, without a byte order mark at its start', () => {
    const bytes = toIso2709({
      leader,
      fields: [
        { tag: '001', value: 'N1' },
        {
          tag: '245',
          ind1: '1',
          ind2: '0',
          subfields: [
            { code: 'a', value: '\uFEFFCafe\u0301 Groningen :' },
            { code: 'b', value: 'één' },
          ],
        },
      ],
    })
    expect(parseIso2709(new Uint8Array(bytes)).fields).toEqual([
      { tag: '001', value: 'N1' },
      {
        tag: '245',
        ind1: '1',
        ind2: '0',
        subfields: [
          { code: 'a', value: 'Café Groningen :' },
          { code: 'b', value: 'één' },
        ],
      },
    ])
  })
})
