import type { Audience, RecordFormat } from '../catalogue.tables.js'

/**
 * What the coded MARC 21 data says about format, audience and fiction. Plain functions over the
 * leader, 007, 008 and 521; see https://www.loc.gov/marc/bibliographic/bd008.html.
 */
export function formatOf(leader: string, f007: string, f008: string): RecordFormat {
  const type = leader[6]
  switch (type) {
    case 'a':
    case 't': {
      if (leader[7] === 's' || leader[7] === 'b') return 'magazine'
      const form = f008[23]
      if (form === 'd') return 'large_print'
      if (form === 'o' || form === 's' || form === 'q' || f007.startsWith('cr')) return 'ebook'
      return 'book'
    }
    case 'i':
      return 'audiobook'
    case 'j':
      return 'music'
    case 'g':
      return f007.startsWith('v') || f008[33] === 'v' ? 'dvd' : 'other'
    case 'm':
      return f008[26] === 'g' ? 'game' : 'other'
    case 'r':
      return f008[33] === 'g' ? 'game' : 'other'
    default:
      return 'other'
  }
}

const audienceBy008: Record<string, Audience> = { a: 'age_0_5', b: 'age_6_11', c: 'age_6_11', j: 'age_6_11', d: 'age_12_17' }

/** 521 ("Vanaf 6 jaar", "Ages 9-12", "12+") when it gives an age, otherwise 008/22. */
export function audienceOf(f008: string, notes: string[]): Audience {
  for (const note of notes) {
    const age = /(\d{1,2})\s*(?:\+|jaar|years|yrs|and up|-|–|tot)/i.exec(note) ?? /(?:vanaf|ages?|from)\s*(\d{1,2})/i.exec(note)
    if (age) return audienceOfAge(Number(age[1]))
  }
  return audienceBy008[f008[22] ?? ''] ?? 'adult'
}

export function audienceOfAge(age: number): Audience {
  if (age < 6) return 'age_0_5'
  if (age < 12) return 'age_6_11'
  if (age < 18) return 'age_12_17'
  return 'adult'
}

const fictionForms = new Set(['1', 'c', 'd', 'f', 'h', 'j', 'm', 'p'])
const nonFictionForms = new Set(['0', 'e', 'i', 's'])
const spokenFiction = new Set(['d', 'f', 'h', 'p'])
const fictionGenres = /fiction|roman|verhalen|fantasy|thriller|detective|sprookje|prentenboek|poëzie|poetry|novel|strips|comics/i

/** 008/33 for books, 008/30–31 for spoken word, else the genre and subject headings. */
export function fictionOf(leader: string, f008: string, subjects: string[]): boolean {
  const type = leader[6]
  if (type === 'a' || type === 't') {
    const form = f008[33] ?? ''
    if (fictionForms.has(form)) return true
    if (nonFictionForms.has(form)) return false
  }
  if (type === 'i') {
    const texts = f008.slice(30, 32)
    if ([...texts].some((c) => spokenFiction.has(c))) return true
  }
  return subjects.some((s) => fictionGenres.test(s))
}

/** 008/35–37, else 041 $a, else undetermined. */
export function languageOf(f008: string, languageCodes: string[]): string {
  const coded = f008.slice(35, 38).toLowerCase()
  if (/^[a-z]{3}$/.test(coded) && coded !== 'und' && coded !== 'zxx') return coded
  const first = languageCodes[0]?.slice(0, 3).toLowerCase()
  return first && /^[a-z]{3}$/.test(first) ? first : 'und'
}

/** 008/07–10 when it is a year, else the first four-digit year in 264/260 $c. */
export function yearOf(f008: string, dateTexts: string[]): number | null {
  const coded = f008.slice(7, 11)
  const candidates = [/^[0-9]{4}$/.test(coded) ? coded : null, ...dateTexts.map((t) => /[0-9]{4}/.exec(t)?.[0] ?? null)]
  const year = candidates.map(Number).find((y) => y >= 1000 && y <= 2200)
  return year ?? null
}
