import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { isValidCardNumber } from '../modules/patrons/card-number.js'
import { withTestDatabase } from '../test/test-app.js'
import { testClockStart } from '../test/test-database.js'
import { demoMembers } from './demo-members.js'
import { demoMemberCounts } from './patrons.seed.js'

const t = withTestDatabase()
const year = testClockStart.getUTCFullYear()

describe('the generated demo members (small)', () => {
  it('are the well-known members plus the small count, each with a valid card of their organisation', async () => {
    const patrons = await t.db.selectFrom('patrons').select(['card_number', 'organisation_id']).execute()
    expect(patrons).toHaveLength(demoMemberCounts.small + demoMembers.length)
    const series = await t.db.selectFrom('patron_card_series').selectAll().execute()
    const prefixOf = new Map(series.map((s) => [s.organisation_id, String(s.prefix)]))
    expect(patrons.every((p) => isValidCardNumber(p.card_number) && p.card_number.slice(1, 5) === prefixOf.get(p.organisation_id))).toBe(
      true,
    )
  })

  it('belong to the organisations in proportion to their municipalities’ population', async () => {
    const { rows } = await sql<{ organisation_id: string; members: number; population: number }>`
      select m.organisation_id, (select count(*) from patrons p where p.organisation_id = m.organisation_id) as members,
        sum(m.population) as population
      from municipalities m group by m.organisation_id`.execute(t.db)
    const totalMembers = rows.reduce((sum, r) => sum + r.members, 0)
    const totalPopulation = rows.reduce((sum, r) => sum + r.population, 0)
    for (const r of rows) expect(r.members / totalMembers).toBeCloseTo(r.population / totalPopulation, 1)
  })

  it('have a home location of their own organisation, mostly in their own municipality, a few living outside the province', async () => {
    const rows = await t.db
      .selectFrom('patrons as p')
      .innerJoin('locations as l', 'l.id', 'p.home_location_id')
      .select([
        'p.organisation_id',
        'l.organisation_id as location_organisation',
        'p.municipality_code',
        'l.municipality_code as location_municipality',
      ])
      .execute()
    expect(rows.every((r) => r.organisation_id === r.location_organisation)).toBe(true)
    const outside = rows.filter((r) => r.municipality_code === null).length
    expect(outside).toBeGreaterThan(10)
    expect(outside).toBeLessThan(rows.length * 0.05)
    const sameMunicipality = rows.filter((r) => r.municipality_code === r.location_municipality).length
    expect(sameMunicipality / rows.length).toBeGreaterThan(0.9)
  })

  it('are more than half youth, with adults up to old age, categories fitting their age', async () => {
    const rows = await t.db.selectFrom('patrons').select(['birth_year', 'category']).execute()
    const ages = rows.map((r) => ({ age: year - r.birth_year, category: r.category }))
    const youth = ages.filter((a) => a.age < 18)
    expect(youth.length / ages.length).toBeGreaterThan(0.5)
    expect(youth.length / ages.length).toBeLessThan(0.62)
    expect(ages.filter((a) => a.age >= 65).length / ages.length).toBeGreaterThan(0.1)
    expect(youth.every((a) => a.category === 'youth')).toBe(true)
    expect(ages.filter((a) => a.age >= 18).every((a) => a.category !== 'youth')).toBe(true)
  })

  it('include some blocked members with a reason, some accommodations and some who keep their history', async () => {
    const counts = await t.db
      .selectFrom('patrons')
      .select((eb) => [
        eb.fn.count<number>('blocked_reason').as('blocked'),
        eb.fn.count<number>('accommodation_note').as('accommodated'),
        eb.fn.countAll<number>().filterWhere('keep_history', '=', true).as('keeping'),
      ])
      .executeTakeFirstOrThrow()
    expect(counts.blocked).toBeGreaterThan(5)
    expect(counts.accommodated).toBeGreaterThan(5)
    expect(counts.keeping).toBeGreaterThan(100)
  })
})
