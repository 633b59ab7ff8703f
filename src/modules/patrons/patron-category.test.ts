import { describe, expect, it } from 'vitest'
import type { PatronCategoryRow } from './patron.tables.js'
import { ageIn, categoryProblem, defaultCategory } from './patron-category.js'

const categories: PatronCategoryRow[] = [
  { code: 'youth', name_nl: 'Jeugd', name_en: 'Youth', min_age: 0, max_age: 17 },
  { code: 'adult', name_nl: 'Volwassene', name_en: 'Adult', min_age: 18, max_age: null },
  { code: 'student', name_nl: 'Student', name_en: 'Student', min_age: 16, max_age: 30 },
  { code: 'institution', name_nl: 'Instelling', name_en: 'Institution', min_age: null, max_age: null },
]

describe('member categories', () => {
  it('counts age as the age reached this calendar year', () => {
    expect(ageIn(2026, 2009)).toBe(17)
  })

  it('makes a 17-year-old a youth member and an 18-year-old an adult', () => {
    expect(defaultCategory(categories, 17)).toBe('youth')
    expect(defaultCategory(categories, 18)).toBe('adult')
  })

  it('accepts a category that suits the age and one without age limits', () => {
    expect(categoryProblem(categories, 'student', 22)).toBeNull()
    expect(categoryProblem(categories, 'institution', 60)).toBeNull()
  })

  it('says why a category does not suit the age', () => {
    expect(categoryProblem(categories, 'youth', 40)).toBe('youth is for ages 0 to 17; this member is 40 this year')
    expect(categoryProblem(categories, 'adult', 12)).toBe('adult is for ages 18 or older; this member is 12 this year')
  })

  it('names the known categories when given an unknown one', () => {
    expect(categoryProblem(categories, 'vip', 30)).toContain('known: youth, adult, student, institution')
  })
})
