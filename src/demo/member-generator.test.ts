import { describe, expect, it } from 'vitest'
import { firstNamesByGeneration } from './dutch-names.js'
import { type Geography, MemberGenerator } from './member-generator.js'
import { emailOf, memberName } from './member-traits.js'
import { Random } from './random.js'

const geography: Geography = {
  municipalities: [
    { code: 'GM0106', organisationId: 'dnk', population: 3 },
    { code: 'GM0119', organisationId: 'bind', population: 1 },
  ],
  cells: [
    { municipalityCode: 'GM0106', latitude: 53.0, longitude: 6.56, population: 900 },
    { municipalityCode: 'GM0119', latitude: 52.7, longitude: 6.19, population: 300 },
  ],
  places: [
    { name: 'Assen', municipalityCode: 'GM0106', latitude: 53.0, longitude: 6.56 },
    { name: 'Meppel', municipalityCode: 'GM0119', latitude: 52.7, longitude: 6.19 },
  ],
  libraries: [
    { id: 'dnk-assen', organisationId: 'dnk', town: 'Assen', latitude: 53.0, longitude: 6.56 },
    { id: 'bind-meppel', organisationId: 'bind', town: 'Meppel', latitude: 52.7, longitude: 6.2 },
  ],
}
const now = new Date('2026-11-23T09:00:00Z')
const generate = (seed: number, count: number) => new MemberGenerator(geography, new Random(seed), now).generate(count)

describe('the member generator', () => {
  it('makes the same members from the same seed', () => {
    expect(generate(7, 50)).toEqual(generate(7, 50))
    expect(generate(7, 50)).not.toEqual(generate(8, 50))
  })

  it('shares members out by population and gives each a library of their municipality’s organisation', () => {
    const members = generate(1, 4000)
    const inAssen = members.filter((m) => m.municipality_code === 'GM0106')
    expect(inAssen.length / members.filter((m) => m.municipality_code).length).toBeCloseTo(0.75, 2)
    expect(inAssen.every((m) => m.organisation_id === 'dnk' && m.home_location_id === 'dnk-assen' && m.postcode?.startsWith('940'))).toBe(
      true,
    )
  })

  it('lets a few members live outside the province, with the nearest library', () => {
    const outside = generate(1, 4000).filter((m) => m.municipality_code === null)
    expect(outside.length).toBe(60)
    expect(outside.every((m) => ['dnk-assen', 'bind-meppel'].includes(m.home_location_id))).toBe(true)
  })

  it('names a member after their generation', () => {
    const random = new Random(3)
    const oldest = firstNamesByGeneration[0]
    const names = Array.from({ length: 200 }, () => memberName(random, 1935).first)
    const ofTheirTime = names.filter((n) => oldest?.male.includes(n) || oldest?.female.includes(n))
    expect(ofTheirTime.length / names.length).toBeGreaterThan(0.85)
  })

  it('gives addresses at reserved example domains only', () => {
    expect(emailOf('Zoë', 'van der Veen', 'example.org')).toBe('zoe.vanderveen@example.org')
  })
})
