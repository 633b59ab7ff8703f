import type { Audience, RecordFormat } from '../modules/catalogue/catalogue.tables.js'
import { isbn13CheckDigit } from '../modules/catalogue/isbn.js'
import type { RecordFields } from '../modules/catalogue/record-fields.js'
import * as words from './catalogue-words.js'
import type { Random } from './random.js'

export interface DemoRecord extends RecordFields {
  /** how many copies a library would buy: 0 for e-books */
  copies: number
  shelfCode: string
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** A work and its editions: print mostly, sometimes large print, an e-book or an audiobook too. */
export function demoWork(random: Random, n: number): DemoRecord[] {
  const audience = random.weighted<Audience>([
    ['age_0_5', 10],
    ['age_6_11', 17],
    ['age_12_17', 9],
    ['adult', 64],
  ])
  // About 70 % of lending is fiction; the collection leans the same way, youth more so.
  const fiction = random.chance(audience === 'adult' ? 0.6 : 0.8)
  const language = random.weighted([
    ['dut', 86],
    ['eng', 7],
    ['ger', 3],
    ['fry', 2],
    ['fre', 2],
  ] as const)
  const author = authorFor(random, language)
  const [title, topic] = titleFor(random, audience, fiction, language)
  const inSeries = random.chance(0.15)
  const year = Math.min(2026, 1975 + Math.floor(Math.sqrt(random.next()) * 52))
  const base = {
    controlNumber: `NBO${String(n).padStart(8, '0')}`,
    title,
    subtitle: random.chance(0.15) ? `${capital(random.pick(words.adjectives))} ${random.pick(words.nouns)}` : null,
    authors: random.chance(0.1) ? [author, authorFor(random, language)] : [author],
    publisher: random.pick(words.publishers),
    language,
    audience,
    fiction,
    subjects: fiction ? [random.pick(words.fictionSubjects)] : [topic[0], ...(random.chance(0.3) ? ['Drenthe'] : [])],
    series: inSeries ? random.pick(words.series) : null,
    seriesNumber: inSeries ? String(random.int(1, 30)) : null,
  }
  const formats: RecordFormat[] = ['book']
  if (audience === 'adult' && random.chance(0.05)) formats.push('large_print')
  if (random.chance(0.07)) formats.push('ebook')
  if (random.chance(0.04)) formats.push('audiobook')
  if (!fiction && random.chance(0.01)) formats.push('dvd')
  const popularity = random.weighted([
    [1, 30],
    [2, 25],
    [3, 18],
    [5, 14],
    [8, 9],
    [14, 4],
  ] as const)
  return formats.map((format, i) => ({
    ...base,
    controlNumber: i === 0 ? base.controlNumber : `${base.controlNumber}-${format}`,
    isbns: format === 'dvd' ? [] : [isbn(random)],
    year: i === 0 ? year : Math.min(2026, year + random.int(0, 3)),
    format,
    onlineUrl:
      format === 'ebook' || format === 'audiobook'
        ? `https://www.onlinebibliotheek.nl/${format === 'ebook' ? 'e-book' : 'luisterboek'}/${n}`
        : null,
    copies: format === 'ebook' ? 0 : format === 'book' ? popularity : 1,
    shelfCode: shelfCode(audience, fiction, topic[1], author),
  }))
}

function authorFor(random: Random, language: string): string {
  if (language !== 'dut' && language !== 'fry' && random.chance(0.7)) return random.pick(words.foreignAuthors)
  // Dutch catalogues file "de Vries" under V: "Vries, Jan de".
  const [main = '', ...prefix] = random.pick(words.surnames).split(' ').reverse()
  return [`${main}, ${random.pick(words.firstNames)}`, ...prefix.reverse()].join(' ')
}

function titleFor(random: Random, audience: Audience, fiction: boolean, language: string): [string, [string, string]] {
  const topic = random.pick(words.nonFictionTopics)
  if (language === 'eng') return [`The ${random.pick(words.englishNouns)} of ${random.pick(words.places)}`, topic]
  if (language === 'ger') return [`Das ${random.pick(words.germanNouns)} am ${random.pick(words.germanNouns)}`, topic]
  if (!fiction)
    return [
      random.pick([
        `${topic[0]}`,
        `${topic[0]} in ${random.pick(words.places)}`,
        `Alles over ${topic[0].toLowerCase()}`,
        `${topic[0]} voor beginners`,
      ]),
      topic,
    ]
  if (audience !== 'adult')
    return [
      random.pick([
        `${random.pick(words.childNames)} en de ${random.pick(words.nouns)}`,
        `De ${random.pick(words.adjectives)} ${random.pick(words.nouns)}`,
        `Waar is de ${random.pick(words.nouns)}?`,
      ]),
      topic,
    ]
  return [
    random.pick([
      `De ${random.pick(words.adjectives)} ${random.pick(words.nouns)}`,
      `Het geheim van de ${random.pick(words.nouns)}`,
      `${capital(random.pick(words.nouns))} in ${random.pick(words.places)}`,
      `De ${random.pick(words.nouns)} en de ${random.pick(words.nouns)}`,
      `Een ${random.pick(words.adjectives)} ${random.pick(words.nouns)}`,
    ]),
    topic,
  ]
}

/** Dutch ISBNs (978-90…) with a valid check digit. */
function isbn(random: Random): string {
  const first12 = `97890${String(random.int(0, 9_999_999)).padStart(7, '0')}`
  return first12 + isbn13CheckDigit(first12)
}

/** Shelf codes as Dutch public libraries use them: R for adult fiction, J/P for youth, SISO numbers for non-fiction. */
function shelfCode(audience: Audience, fiction: boolean, siso: string, author: string): string {
  const letters = author
    .replace(/[^A-Za-z]/g, '')
    .slice(0, 4)
    .toUpperCase()
  if (audience === 'age_0_5') return `P ${letters}`
  if (audience !== 'adult') return fiction ? `J ${letters}` : `J ${siso} ${letters}`
  return fiction ? `R ${letters}` : `${siso} ${letters}`
}
