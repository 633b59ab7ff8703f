import { describe, expect, it } from 'vitest'
import { fakePolicy } from '../../test/policy.js'
import { type CandidateCopy, chooseCopy } from './targeting.js'

const today = '2026-11-23'
const facetMember = { organisationId: 'facet', category: 'adult', pickupLocationId: 'bind-beilen' }
let nextId = 1
const copy = (locationId: string, organisationId: string, overrides: Partial<CandidateCopy> = {}): CandidateCopy => {
  const id = nextId++
  return {
    itemId: id,
    barcode: `B${id}`,
    locationId,
    organisationId,
    format: 'book',
    collection: 'general',
    acquiredOn: '2020-01-01',
    available: true,
    ...overrides,
  }
}
const options = { load: () => 0, random: () => 0 }

describe('choosing the copy to pull', () => {
  it('takes a copy that is already at the pickup location, whatever the cost elsewhere', () => {
    const here = copy('bind-beilen', 'bind')
    const decision = chooseCopy(facetMember, [copy('facet-emmen', 'facet'), here], fakePolicy(), today, options)
    expect(decision.copy?.itemId).toBe(here.itemId)
    expect(decision.reason).toMatchObject({ tier: 'pickup_location', chosen: { euros: 0 } })
  })

  it("prefers the member's own organisation over a cheaper copy of another", () => {
    const own = copy('facet-emmen', 'facet')
    const decision = chooseCopy(facetMember, [copy('bind-westerbork', 'bind'), own], fakePolicy(), today, options)
    expect(decision.reason.tier).toBe('own_organisation')
    expect(decision.copy?.itemId).toBe(own.itemId)
  })

  it('falls back to provincial IBL and picks the cheapest copy to bring', () => {
    const near = copy('bind-westerbork', 'bind')
    const decision = chooseCopy(facetMember, [copy('bind-meppel', 'bind'), near, copy('dnk-assen', 'dnk')], fakePolicy(), today, options)
    expect(decision.copy?.itemId).toBe(near.itemId)
    expect(decision.reason.tier).toBe('provincial')
    expect(decision.reason.summary).toContain('provincial IBL')
  })

  it('with an adopted van schedule, prefers a copy that reaches the hold shelf a week sooner over a slightly cheaper one', () => {
    const near = copy('bind-westerbork', 'bind')
    const sooner = copy('dnk-assen', 'dnk')
    expect(chooseCopy(facetMember, [near, sooner], fakePolicy(), today, options).copy?.itemId).toBe(near.itemId)
    // Westerbork is visited on Mondays only: its copy leaves next Monday and reaches Beilen on Thursday (10 days);
    // Assen's leaves tomorrow and is in Beilen on Thursday (3 days)
    const schedule = new Map([
      ['bind-beilen', [1, 4]],
      ['bind-westerbork', [1]],
      ['dnk-assen', [2, 5]],
    ])
    const decision = chooseCopy(facetMember, [near, sooner], fakePolicy({ schedule }), today, options)
    expect(decision.copy?.itemId).toBe(sooner.itemId)
  })

  it('respects window time, non-supplying organisations and copies that do not travel', () => {
    const policy = fakePolicy({
      settings: { dnk: { suppliesIbl: false }, bind: { windowDays: 90 } },
      rule: (organisationId) => (organisationId === 'hgv' ? { travels: false } : {}),
    })
    const copies = [copy('dnk-assen', 'dnk'), copy('bind-meppel', 'bind', { acquiredOn: '2026-10-01' }), copy('hgv-hoogeveen', 'hgv')]
    const decision = chooseCopy(facetMember, copies, policy, today, options)
    expect(decision.copy).toBeNull()
    expect(decision.reason.excluded).toEqual({ not_supplying: 1, window_time: 1, does_not_travel: 1 })
    expect(decision.reason.eligible).toBe(0)
  })

  it('lets a new copy serve members of its own organisation during its window time', () => {
    const policy = fakePolicy({ settings: { facet: { windowDays: 90 } } })
    const decision = chooseCopy(facetMember, [copy('facet-emmen', 'facet', { acquiredOn: '2026-11-01' })], policy, today, options)
    expect(decision.reason.tier).toBe('own_organisation')
  })

  it('counts copies on loan as eligible but does not choose them', () => {
    const decision = chooseCopy(facetMember, [copy('bind-meppel', 'bind', { available: false })], fakePolicy(), today, options)
    expect(decision.copy).toBeNull()
    expect(decision.reason.eligible).toBe(1)
  })

  it('spreads the load among equal-cost copies: the location with fewest copies to pull wins', () => {
    const first = copy('bind-meppel', 'bind')
    const second = copy('bind-meppel', 'bind')
    const member = { ...facetMember, pickupLocationId: 'facet-emmen', organisationId: 'dnk' }
    const busy = chooseCopy(member, [first, second], fakePolicy(), today, { load: () => 3, random: () => 0.99 })
    expect(busy.copy?.itemId).toBe(second.itemId)
    expect(busy.reason.tieBreak).toBe('random')
    const assen = copy('dnk-assen', 'dnk')
    const spread = chooseCopy(
      { ...member, organisationId: 'hgv', pickupLocationId: 'bind-beilen' },
      [assen, copy('bind-westerbork', 'bind')],
      fakePolicy(),
      today,
      {
        load: (id) => (id === 'bind-westerbork' ? 5 : 0),
        random: () => 0,
        tieEuros: 100,
      },
    )
    expect(spread.copy?.itemId).toBe(assen.itemId)
    expect(spread.reason.tieBreak).toBe('least_load')
  })
})
