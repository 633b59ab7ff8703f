import { describe, expect, it } from 'vitest'
import { formatCardNumber } from './card-number.js'
import type { PatronCategoryRow } from './patron.tables.js'
import { checkPatronFacts, type PatronFacts } from './patron-rules.js'

const categories: PatronCategoryRow[] = [
  { code: 'youth', name_nl: 'Jeugd', name_en: 'Youth', min_age: 0, max_age: 17 },
  { code: 'adult', name_nl: 'Volwassene', name_en: 'Adult', min_age: 18, max_age: null },
]
const meppel = { id: 'bind-meppel', organisation_id: 'bind' }
const facts = (overrides: Partial<PatronFacts> = {}): PatronFacts => ({
  birthYear: 1990,
  homeLocation: meppel,
  homeLocationId: 'bind-meppel',
  ...overrides,
})

describe('the rules of a member’s facts', () => {
  it('gives a child the youth category when none is chosen', () => {
    expect(checkPatronFacts(facts({ birthYear: 2016 }), 'bind', categories, 2026)).toEqual({ problems: [], category: 'youth' })
  })

  it('accepts a pre-printed card whose check digit is right', () => {
    const checked = checkPatronFacts(facts({ cardNumber: formatCardNumber(1001, 77) }), 'bind', categories, 2026)
    expect(checked.problems).toEqual([])
  })

  it('names each field that breaks a rule', () => {
    const valid = formatCardNumber(1001, 77)
    const wrongCheckDigit = `${valid.slice(0, 13)}${(Number(valid[13]) + 1) % 10}`
    const checked = checkPatronFacts(
      facts({ cardNumber: wrongCheckDigit, birthYear: 2030, category: 'adult', homeLocation: undefined, homeLocationId: 'facet-emmen' }),
      'bind',
      categories,
      2026,
    )
    expect(checked.problems.map((p) => p.field)).toEqual(['body.cardNumber', 'body.birthYear', 'body.homeLocationId', 'body.category'])
  })

  it('refuses a home location of another organisation', () => {
    const emmen = { id: 'facet-emmen', organisation_id: 'facet' }
    const checked = checkPatronFacts(facts({ homeLocation: emmen, homeLocationId: 'facet-emmen' }), 'bind', categories, 2026)
    expect(checked.problems).toEqual([{ field: 'body.homeLocationId', message: 'facet-emmen is not a location of bind' }])
  })
})
