import { parseIsbn } from '../isbn.js'
import { onlineFormats, type RecordFields } from '../record-fields.js'
import { audienceOf, fictionOf, formatOf, languageOf, yearOf } from './marc-codes.js'
import { MalformedRecord } from './marc-errors.js'
import { controlValue, type DataField, dataFields, firstSubfield, type MarcRecord, subfieldValues } from './marc-record.js'

/** A copy described in a holdings field (852 or 952). */
export interface MarcItem {
  barcode: string
  location: string
  shelfCode: string | null
  priceCents: number | null
  acquiredOn: string | null
}

export interface MappedRecord extends RecordFields {
  /** ISBNs of the same work in other formats (776 $z), to group editions */
  linkedIsbns: string[]
  items: MarcItem[]
}

export type ItemsField = '952' | '852'

/** Where each holdings style keeps barcode, location, shelf code, price and date acquired. */
const itemProfiles: Record<ItemsField, { barcode: string; location: string[]; shelf: string[]; price: string[]; acquired: string | null }> =
  {
    // Koha: $a home branch, $o call number, $p barcode, $v replacement price, $g purchase price, $d date acquired
    '952': { barcode: 'p', location: ['a'], shelf: ['o'], price: ['v', 'g'], acquired: 'd' },
    // MARC holdings: $b location, $h/$i call number, $p piece designation (barcode), $9 local price
    '852': { barcode: 'p', location: ['b'], shelf: ['h', 'i'], price: ['9'], acquired: null },
  }

/** Our record from a MARC 21 bibliographic record; throws MalformedRecord when it has no title. */
export function marcToRecord(marc: MarcRecord, itemsField: ItemsField | null): MappedRecord {
  const f008 = (controlValue(marc, '008') ?? '').padEnd(40, ' ')
  const f007 = controlValue(marc, '007') ?? ''
  const titleField = dataFields(marc, '245')[0]
  const title = titleField ? clean([...subfieldValues(titleField, 'a', 'n', 'p')].join(' ')) : ''
  if (!title) throw new MalformedRecord('the record has no title (245 $a)')
  const subjects = unique(dataFields(marc, '600', '610', '611', '630', '650', '651', '655').map(subject).filter(Boolean))
  const format = formatOf(marc.leader, f007, f008)
  const publication = dataFields(marc, '264').filter((f) => f.ind2 === '1' || f.ind2 === ' ')
  const imprint = publication.length ? publication : dataFields(marc, '260')
  const [series, seriesNumber] = seriesOf(marc)
  return {
    controlNumber: controlValue(marc, '001')?.trim() || null,
    title: title.slice(0, 1000),
    subtitle: clean(firstSubfield(titleField, 'b') ?? '') || null,
    authors: unique(dataFields(marc, '100', '110', '111', '700', '710', '711').map((f) => personName(firstSubfield(f, 'a') ?? ''))),
    isbns: unique(dataFields(marc, '020').flatMap((f) => subfieldValues(f, 'a').map(parseIsbn))),
    linkedIsbns: unique(dataFields(marc, '776').flatMap((f) => subfieldValues(f, 'z').map(parseIsbn))),
    publisher: clean(imprint.flatMap((f) => subfieldValues(f, 'b'))[0] ?? '') || null,
    year: yearOf(
      f008,
      imprint.flatMap((f) => subfieldValues(f, 'c')),
    ),
    language: languageOf(
      f008,
      dataFields(marc, '041').flatMap((f) => subfieldValues(f, 'a')),
    ),
    format,
    audience: audienceOf(
      f008,
      dataFields(marc, '521').flatMap((f) => subfieldValues(f, 'a')),
    ),
    fiction: fictionOf(marc.leader, f008, subjects),
    subjects,
    series,
    seriesNumber,
    onlineUrl: onlineFormats.includes(format) || format === 'audiobook' ? onlineUrlOf(marc) : null,
    items: itemsField ? dataFields(marc, itemsField).map((f) => itemOf(f, itemsField)) : [],
  }
}

function itemOf(field: DataField, itemsField: ItemsField): MarcItem {
  const profile = itemProfiles[itemsField]
  const barcode = firstSubfield(field, profile.barcode)?.trim()
  if (!barcode) throw new MalformedRecord(`a copy in ${itemsField} has no barcode ($${profile.barcode})`)
  const location = profile.location.map((code) => firstSubfield(field, code)?.trim()).find(Boolean)
  if (!location) throw new MalformedRecord(`copy ${barcode} in ${itemsField} has no location ($${profile.location.join('/$')})`)
  const shelf = subfieldValues(field, ...profile.shelf)
    .join(' ')
    .trim()
  const price = profile.price.map((code) => firstSubfield(field, code)).find(Boolean)
  const acquired = profile.acquired ? firstSubfield(field, profile.acquired)?.trim() : undefined
  if (acquired && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(acquired))
    throw new MalformedRecord(`copy ${barcode} has acquisition date '${acquired}', expected YYYY-MM-DD`)
  return {
    barcode,
    location,
    shelfCode: shelf || null,
    priceCents: price ? priceCents(price, barcode) : null,
    acquiredOn: acquired ?? null,
  }
}

function priceCents(text: string, barcode: string): number {
  const match = /([0-9]+)(?:[.,]([0-9]{1,2}))?/.exec(text)
  if (!match) throw new MalformedRecord(`copy ${barcode} has price '${text}', which is not an amount`)
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'))
}

function seriesOf(marc: MarcRecord): [string | null, string | null] {
  const statement = dataFields(marc, '490')[0]
  const added = dataFields(marc, '800', '810', '811', '830')[0]
  const field = statement ?? added
  if (!field) return [null, null]
  const name = clean((statement ? firstSubfield(field, 'a') : (firstSubfield(field, 't') ?? firstSubfield(field, 'a'))) ?? '')
  return [name || null, clean(firstSubfield(field, 'v') ?? '') || null]
}

function onlineUrlOf(marc: MarcRecord): string | null {
  const urls = dataFields(marc, '856').flatMap((f) => subfieldValues(f, 'u'))
  return urls.find((u) => /^https?:\/\//.test(u.trim()))?.trim() ?? null
}

const subject = (field: DataField) => clean(subfieldValues(field, 'a', 'x', 'y', 'z', 'v').map(clean).join(' -- '))

/** Drops ISBD punctuation at the end: "Kavalier and Clay :" → "Kavalier and Clay". */
export function clean(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\s/:;,=]+$/, '')
    .replace(/(\p{L}{3,}|[0-9]|[)\]])\.$/u, '$1')
    .trim()
}

/** "Chabon, Michael." → "Chabon, Michael"; an initial keeps its dot: "Tolkien, J.R.R." */
const personName = (name: string) => clean(name.replace(/,\s*$/, ''))

const unique = <T>(values: (T | null)[]): T[] => [...new Set(values.filter((v): v is T => v !== null && v !== ''))]
