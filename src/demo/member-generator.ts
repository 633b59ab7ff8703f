import type { Insertable } from 'kysely'
import type { PatronTable } from '../modules/patrons/patron.tables.js'
import { demoPostcode, outsideTowns, postcodeAreaOf } from './demo-addresses.js'
import { streets } from './dutch-names.js'
import { blockReasons, emailOf, memberAccommodations, memberAge, memberCategory, memberName } from './member-traits.js'
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
    const age = memberAge(r)
    const name = memberName(r, year - age)
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
      category: memberCategory(r, age),
      email: emailed ? emailOf(name.first, name.last, r.pick(['example.com', 'example.net', 'example.org'] as const)) : null,
      phone: adult && r.chance(0.6) ? `06-${String(r.int(10_000_000, 99_999_999))}` : null,
      street_address: `${r.pick(streets)} ${r.int(1, 160)}${r.chance(0.08) ? r.pick(['a', 'b', 'c']) : ''}`,
      postcode,
      town,
      preferred_language: r.chance(0.03) ? 'en' : 'nl',
      ...memberAccommodations(r, age),
      blocked_reason: blocked ? r.pick(blockReasons) : null,
      blocked_at: blocked ? new Date(this.now.getTime() - r.int(1, 300) * 86_400_000) : null,
      keep_history: r.chance(adult ? 0.18 : 0.05),
      // a yearly subscription runs to a date in the coming year; youth membership does not expire
      expires_on: adult ? new Date(this.now.getTime() + r.int(1, 365) * 86_400_000).toISOString().slice(0, 10) : null,
      created_at: new Date(this.now.getTime() - (memberYears * 365 + r.int(0, 364)) * 86_400_000),
    }
  }
}
