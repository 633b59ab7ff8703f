import { describe, expect, it } from 'vitest'
import type { CirculationRuleRow } from './circulation.tables.js'
import { fallbackRule, resolveRule, withAccommodations } from './rules.js'

const row = (overrides: Partial<CirculationRuleRow>): CirculationRuleRow => ({
  id: 1,
  organisation_id: 'bind',
  patron_category: null,
  format: null,
  collection: null,
  loan_days: 21,
  renewals: 2,
  max_loans: 20,
  max_holds: 10,
  holdable: true,
  travels: true,
  hold_fee_local_cents: 0,
  hold_fee_provincial_cents: 100,
  hold_fee_national_cents: 500,
  overdue_fine_cents_per_day: 0,
  max_overdue_fine_cents: 0,
  lost_item_charge_cents: null,
  updated_at: new Date(),
  ...overrides,
})

describe('the rules matrix', () => {
  const rows = [
    row({ id: 1 }),
    row({ id: 2, format: 'dvd', loan_days: 7, renewals: 0 }),
    row({ id: 3, patron_category: 'youth', loan_days: 28 }),
    row({ id: 4, collection: 'reference', holdable: false, travels: false }),
  ]

  it('picks the most specific row: a category row beats a format row', () => {
    expect(resolveRule(rows, 'youth', { format: 'dvd', collection: 'general' }).loanDays).toBe(28)
    expect(resolveRule(rows, 'adult', { format: 'dvd', collection: 'general' }).loanDays).toBe(7)
  })

  it('falls back to the organisation-wide row when nothing more specific matches', () => {
    expect(resolveRule(rows, 'adult', { format: 'book', collection: 'general' }).loanDays).toBe(21)
  })

  it('reads collection rows, e.g. reference copies that neither hold nor travel', () => {
    const rule = resolveRule(rows, 'adult', { format: 'book', collection: 'reference' })
    expect(rule).toMatchObject({ holdable: false, travels: false })
  })

  it('uses the network fallback for an organisation without any row', () => {
    expect(resolveRule([], 'adult', { format: 'book', collection: 'general' })).toEqual(fallbackRule)
  })

  it('adds a member’s accommodations: more loans and longer terms', () => {
    const rule = withAccommodations(resolveRule(rows, 'adult', { format: 'book', collection: 'general' }), {
      extraLoans: 10,
      extraLoanDays: 14,
    })
    expect(rule).toMatchObject({ maxLoans: 30, loanDays: 35 })
  })
})
