import type { CatalogueRecord, Item } from '../catalogue.schema.js'
import type { Audience, RecordFormat } from '../catalogue.tables.js'
import type { DataField, MarcField, MarcRecord } from './marc-record.js'

const leaderType: Record<RecordFormat, string> = {
  book: 'am',
  large_print: 'am',
  ebook: 'am',
  magazine: 'as',
  audiobook: 'im',
  music: 'jm',
  dvd: 'gm',
  game: 'rm',
  other: 'am',
}
const audienceCode: Record<Audience, string> = { age_0_5: 'a', age_6_11: 'c', age_12_17: 'd', adult: 'e' }
const formCode: Partial<Record<RecordFormat, string>> = { large_print: 'd', ebook: 'o' }

const data = (tag: string, ind: string, ...pairs: [string, string | null | undefined][]): DataField | null => {
  const subfields = pairs.filter((p): p is [string, string] => Boolean(p[1])).map(([code, value]) => ({ code, value }))
  return subfields.length ? { tag, ind1: ind[0] ?? ' ', ind2: ind[1] ?? ' ', subfields } : null
}

/**
 * A MARC 21 record (UTF-8) for one of our records, built from what the catalogue holds now,
 * with its copies in 952 (Koha style) when asked for: what export and SRU hand out.
 */
export function recordToMarc(record: CatalogueRecord, items: Item[] = []): MarcRecord {
  const [firstAuthor, ...otherAuthors] = record.authors
  const fields: (MarcField | null)[] = [
    { tag: '001', value: String(record.id) },
    { tag: '003', value: 'NL-naober' },
    { tag: '008', value: fixedField(record) },
    ...record.isbns.map((isbn) => data('020', '  ', ['a', isbn])),
    firstAuthor ? data('100', '1 ', ['a', firstAuthor]) : null,
    data('245', `${firstAuthor ? '1' : '0'}0`, ['a', record.title], ['b', record.subtitle]),
    data('264', ' 1', ['b', record.publisher], ['c', record.year ? String(record.year) : null]),
    record.series ? data('490', '0 ', ['a', record.series], ['v', record.seriesNumber]) : null,
    ...record.subjects.map((s) => data('650', ' 4', ['a', s])),
    ...otherAuthors.map((a) => data('700', '1 ', ['a', a])),
    record.onlineUrl ? data('856', '40', ['u', record.onlineUrl]) : null,
    ...items.map((i) =>
      data(
        '952',
        '  ',
        ['a', i.homeLocationId],
        ['b', i.currentLocationId],
        ['o', i.shelfCode],
        ['p', i.barcode],
        ['v', i.priceCents === null ? null : (i.priceCents / 100).toFixed(2)],
        ['d', i.acquiredOn],
      ),
    ),
  ]
  return { leader: `00000n${leaderType[record.format]} a2200000 i 4500`, fields: fields.filter((f): f is MarcField => f !== null) }
}

function fixedField(record: CatalogueRecord): string {
  const chars = Array<string>(40).fill(' ')
  const put = (at: number, text: string) => {
    for (const [i, c] of [...text].entries()) chars[at + i] = c
  }
  put(0, '000000')
  put(6, record.year ? 's' : 'n')
  put(7, record.year ? String(record.year) : 'uuuu')
  put(15, 'ne ')
  put(22, audienceCode[record.audience])
  put(23, formCode[record.format] ?? ' ')
  put(33, record.fiction ? '1' : '0')
  put(35, record.language.padEnd(3).slice(0, 3))
  put(39, 'd')
  return chars.join('')
}
