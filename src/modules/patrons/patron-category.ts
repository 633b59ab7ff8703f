import type { PatronCategoryRow } from './patron.tables.js'

/** With only a birth year, a member's age is the age they reach this calendar year. */
export const ageIn = (year: number, birthYear: number): number => year - birthYear

const fits = (category: Pick<PatronCategoryRow, 'min_age' | 'max_age'>, age: number) =>
  (category.min_age === null || age >= category.min_age) && (category.max_age === null || age <= category.max_age)

/** The category a new member gets when staff choose none: youth (free in most Dutch libraries) or adult. */
export function defaultCategory(categories: readonly PatronCategoryRow[], age: number): string | null {
  for (const code of ['youth', 'adult']) {
    const category = categories.find((c) => c.code === code)
    if (category && fits(category, age)) return code
  }
  return null
}

/** Why a chosen category does not suit the member's age, or null when it does. */
export function categoryProblem(categories: readonly PatronCategoryRow[], code: string, age: number): string | null {
  const category = categories.find((c) => c.code === code)
  if (!category) return `${code} is not a member category (known: ${categories.map((c) => c.code).join(', ')})`
  if (fits(category, age)) return null
  const range = category.max_age === null ? `${category.min_age} or older` : `${category.min_age ?? 0} to ${category.max_age}`
  return `${code} is for ages ${range}; this member is ${age} this year`
}
