import { firstNamesByGeneration, newerDutchNames, surnames } from './dutch-names.js'
import type { Random } from './random.js'

// Age bands of library members: more than half are under 18 (youth membership is free in most
// Dutch libraries), with BoekStart babies, a peak at primary school age and many over 65.
const ageBands: readonly (readonly [readonly [number, number], number])[] = [
  [[0, 3], 7],
  [[4, 12], 33],
  [[13, 17], 14],
  [[18, 29], 7],
  [[30, 44], 11],
  [[45, 64], 14],
  [[65, 79], 11],
  [[80, 96], 3],
]

export function memberAge(random: Random): number {
  const [from, to] = random.weighted(ageBands)
  return random.int(from, to)
}

/** A first name of the member's generation; about one in fifteen a name of the newer Dutch. */
export function memberName(random: Random, birthYear: number): { first: string; last: string } {
  const female = random.chance(0.52)
  if (random.chance(0.065)) {
    return { first: random.pick(female ? newerDutchNames.female : newerDutchNames.male), last: random.pick(newerDutchNames.surnames) }
  }
  const generation = firstNamesByGeneration.findLast((g) => g.bornFrom <= birthYear) ?? firstNamesByGeneration[0]
  if (!generation) throw new Error('no first names')
  return { first: random.pick(female ? generation.female : generation.male), last: random.pick(surnames) }
}

export function memberCategory(random: Random, age: number): string {
  if (age < 18) return 'youth'
  if (age <= 26 && random.chance(0.4)) return 'student'
  return random.chance(0.25) ? 'basic' : 'adult'
}

/** Longer loans for a print disability (mostly older members), extra loans for dyslexia (mostly children). */
export function memberAccommodations(random: Random, age: number) {
  if (age >= 65 && random.chance(0.03)) {
    return { extra_loans: 5, extra_loan_days: 21, accommodation_note: 'Visuele beperking: grootletterboeken en luisterboeken.' }
  }
  if (age >= 6 && age < 18 && random.chance(0.02)) {
    return { extra_loans: 3, extra_loan_days: 14, accommodation_note: 'Dyslexie: extra leentijd en luisterboeken.' }
  }
  return { extra_loans: 0, extra_loan_days: 0, accommodation_note: null }
}

/** What a block says to the member. */
export const blockReasons = [
  'Openstaand bedrag van € 12,50 na drie aanmaningen.',
  'Drie materialen niet teruggebracht na de laatste aanmaning.',
  'Pas als verloren gemeld; kom langs voor een nieuwe pas.',
  'Post kwam retour: adres onbekend. Geef uw nieuwe adres door.',
]

/** An address at a reserved example domain: the demo must never mail a real person. */
export function emailOf(first: string, last: string, domain: 'example.com' | 'example.net' | 'example.org'): string {
  const plain = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[^A-Za-z ]/g, '')
      .toLowerCase()
      .replaceAll(' ', '')
  return `${plain(first)}.${plain(last)}@${domain}`
}
