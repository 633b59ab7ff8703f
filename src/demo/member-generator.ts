import type { Insertable } from 'kysely'
import type { PatronTable } from '../modules/patrons/patron.tables.js'
import { demoPostcode, outsideTowns, postcodeAreaOf } from './demo-addresses.js'
import { firstNamesByGeneration, newerDutchNames, streets, surnames } from './dutch-names.js'
import type { Random } from './random.js'

export interface Point {
  latitude: number
  longitude: number
}

/** The province as the generator sees it: where people live and where their libraries are. */
export interface Geography {
  municipalities: { code: string; organisationId: string; population: number }[]
  /** the 1 km population grid (Census 2021) */
  cells: (Point & { municipalityCode: string; population: number })[]
  places: (Point & { name: string; municipalityCode: string })[]
  /** branches and service points: where a member can have their home location */
  libraries: (Point & { id: string; organisationId: string; town: string })[]
}

export type GeneratedMember = Omit<Insertable<PatronTable>, 'card_number' | 'pin_hash'> & { created_at: Date }

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

const blockReasons = [
  'Openstaand bedrag van € 12,50 na drie aanmaningen.',
  'Drie materialen niet teruggebracht na de laatste aanmaning.',
  'Pas als verloren gemeld; kom langs voor een nieuwe pas.',
  'Post kwam retour: adres onbekend. Geef uw nieuwe adres door.',
]

/** Squared distance in degrees, longitude shrunk by cos(53°): enough to find the nearest within a province. */
const distance2 = (a: Point, b: Point) => (a.latitude - b.latitude) ** 2 + ((a.longitude - b.longitude) * 0.6) ** 2
const nearest = <T extends Point>(point: Point, candidates: readonly T[]): T | undefined =>
  candidates.reduce<T | undefined>((best, c) => (!best || distance2(point, c) < distance2(point, best) ? c : best), undefined)

interface Neighbourhood {
  cells: readonly (readonly [Point, number])[]
  places: Geography['places']
  libraries: Geography['libraries']
}

export class MemberGenerator {
  private readonly neighbourhoods = new Map<string, Neighbourhood>()

  constructor(
    private readonly geography: Geography,
    private readonly random: Random,
    private readonly now: Date,
  ) {
    for (const m of geography.municipalities) {
      this.neighbourhoods.set(m.code, {
        cells: geography.cells.filter((c) => c.municipalityCode === m.code).map((c) => [c, c.population] as const),
        places: geography.places.filter((p) => p.municipalityCode === m.code),
        libraries: geography.libraries.filter((l) => l.organisationId === m.organisationId),
      })
    }
  }

  /** `count` members: a few outside the province, the rest by municipality population. */
  generate(count: number): GeneratedMember[] {
    const outside = Math.round(count * 0.015)
    const inside = count - outside
    const total = this.geography.municipalities.reduce((sum, m) => sum + m.population, 0)
    const members: GeneratedMember[] = []
    let assigned = 0
    this.geography.municipalities.forEach((municipality, index) => {
      const last = index === this.geography.municipalities.length - 1
      const share = last ? inside - assigned : Math.round((inside * municipality.population) / total)
      assigned += share
      for (let i = 0; i < share; i++) members.push(this.insideMember(municipality))
    })
    for (let i = 0; i < outside; i++) members.push(this.outsideMember())
    return members
  }

  private insideMember(municipality: Geography['municipalities'][number]): GeneratedMember {
    const around = this.neighbourhoods.get(municipality.code)
    if (!around?.cells.length) throw new Error(`no population grid cells for ${municipality.code}`)
    // a random point in a 1 km cell chosen by its population
    const cell = this.random.weighted(around.cells)
    const home = {
      latitude: cell.latitude + (this.random.next() - 0.5) * 0.009,
      longitude: cell.longitude + (this.random.next() - 0.5) * 0.015,
    }
    const place = nearest(home, around.places)
    const library = nearest(home, around.libraries)
    if (!library) throw new Error(`organisation ${municipality.organisationId} has no library for members to belong to`)
    const town = place?.name ?? library.town
    return this.member(library, municipality.code, town, demoPostcode(this.random, postcodeAreaOf(town, library.town)))
  }

  private outsideMember(): GeneratedMember {
    const town = this.random.pick(outsideTowns)
    const library = nearest(town, this.geography.libraries)
    if (!library) throw new Error('the network has no libraries')
    return this.member(library, null, town.town, demoPostcode(this.random, town.postcode))
  }

  private member(
    library: Geography['libraries'][number],
    municipalityCode: string | null,
    town: string,
    postcode: string,
  ): GeneratedMember {
    const r = this.random
    const year = this.now.getUTCFullYear()
    const [from, to] = r.weighted(ageBands)
    const age = r.int(from, to)
    const name = this.name(year - age)
    const adult = age >= 18
    const emailed = adult ? r.chance(0.85) : age >= 12 && r.chance(0.3)
    const blocked = r.chance(adult ? 0.015 : 0.005)
    const memberYears = r.int(0, Math.min(age, 20))
    return {
      organisation_id: library.organisationId,
      first_name: name.first,
      last_name: name.last,
      birth_year: year - age,
      municipality_code: municipalityCode,
      home_location_id: library.id,
      category: this.category(age),
      email: emailed ? emailOf(name.first, name.last, r.pick(['example.com', 'example.net', 'example.org'])) : null,
      phone: adult && r.chance(0.6) ? `06-${String(r.int(10_000_000, 99_999_999))}` : null,
      street_address: `${r.pick(streets)} ${r.int(1, 160)}${r.chance(0.08) ? r.pick(['a', 'b', 'c']) : ''}`,
      postcode,
      town,
      preferred_language: r.chance(0.03) ? 'en' : 'nl',
      ...this.accommodations(age),
      blocked_reason: blocked ? r.pick(blockReasons) : null,
      blocked_at: blocked ? new Date(this.now.getTime() - r.int(1, 300) * 86_400_000) : null,
      keep_history: r.chance(adult ? 0.18 : 0.05),
      // a yearly subscription runs to a date in the coming year; youth membership does not expire
      expires_on: adult ? isoDate(new Date(this.now.getTime() + r.int(1, 365) * 86_400_000)) : null,
      created_at: new Date(this.now.getTime() - (memberYears * 365 + r.int(0, 364)) * 86_400_000),
    }
  }

  private name(birthYear: number): { first: string; last: string } {
    const r = this.random
    const female = r.chance(0.52)
    if (r.chance(0.065)) {
      return { first: r.pick(female ? newerDutchNames.female : newerDutchNames.male), last: r.pick(newerDutchNames.surnames) }
    }
    const generation = firstNamesByGeneration.findLast((g) => g.bornFrom <= birthYear) ?? firstNamesByGeneration[0]
    if (!generation) throw new Error('no first names')
    return { first: r.pick(female ? generation.female : generation.male), last: r.pick(surnames) }
  }

  private category(age: number): string {
    if (age < 18) return 'youth'
    if (age <= 26 && this.random.chance(0.4)) return 'student'
    return this.random.chance(0.25) ? 'basic' : 'adult'
  }

  /** Longer loans for a print disability (mostly older members), extra loans for dyslexia (mostly children). */
  private accommodations(age: number) {
    const r = this.random
    if (age >= 65 && r.chance(0.03)) {
      return { extra_loans: 5, extra_loan_days: 21, accommodation_note: 'Visuele beperking: grootletterboeken en luisterboeken.' }
    }
    if (age >= 6 && age < 18 && r.chance(0.02)) {
      return { extra_loans: 3, extra_loan_days: 14, accommodation_note: 'Dyslexie: extra leentijd en luisterboeken.' }
    }
    return { extra_loans: 0, extra_loan_days: 0, accommodation_note: null }
  }
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10)

function emailOf(first: string, last: string, domain: string): string {
  const plain = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[^A-Za-z ]/g, '')
      .toLowerCase()
      .replaceAll(' ', '')
  return `${plain(first)}.${plain(last)}@${domain}`
}
