import type { FieldProblem } from '../../errors.js'
import { isValidCardNumber } from './card-number.js'
import type { PatronCategoryRow } from './patron.tables.js'
import { ageIn, categoryProblem, defaultCategory } from './patron-category.js'

/** The facts of a member that must fit together, after a registration or a change. */
export interface PatronFacts {
  cardNumber?: string | undefined
  birthYear: number
  category?: string | undefined
  homeLocation: { id: string; organisation_id: string } | undefined
  homeLocationId: string | undefined
}

export interface CheckedFacts {
  problems: FieldProblem[]
  category: string | null
}

/** The rules a registration or a change must keep, as field problems; the category is chosen by age when none is given. */
export function checkPatronFacts(
  facts: PatronFacts,
  organisationId: string,
  categories: readonly PatronCategoryRow[],
  year: number,
): CheckedFacts {
  const problems: FieldProblem[] = []
  const age = ageIn(year, facts.birthYear)
  if (facts.cardNumber !== undefined && !isValidCardNumber(facts.cardNumber)) {
    problems.push({ field: 'body.cardNumber', message: 'the check digit does not match: look at the number again' })
  }
  if (age < 0) problems.push({ field: 'body.birthYear', message: `is after ${year}` })
  if (!facts.homeLocationId) {
    problems.push({ field: 'body.homeLocationId', message: 'is required when you work at no desk location' })
  } else if (facts.homeLocation?.organisation_id !== organisationId) {
    problems.push({ field: 'body.homeLocationId', message: `${facts.homeLocationId} is not a location of ${organisationId}` })
  }
  const category = facts.category ?? defaultCategory(categories, age)
  const categoryIssue = category === null ? 'choose one: no default fits this age' : categoryProblem(categories, category, age)
  if (categoryIssue) problems.push({ field: 'body.category', message: categoryIssue })
  return { problems, category }
}
