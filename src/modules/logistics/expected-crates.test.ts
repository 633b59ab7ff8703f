import { describe, expect, it } from 'vitest'
import { expectedCratesPerVisit } from './expected-crates.js'

describe('expected crates per visit', () => {
  it('estimates from the staffed hours while there is no transit volume', () => {
    expect(expectedCratesPerVisit({ staffedHoursPerWeek: 47, visitsPerWeek: 2 })).toBe(5)
    expect(expectedCratesPerVisit({ staffedHoursPerWeek: 11, visitsPerWeek: 2 })).toBe(2)
    expect(expectedCratesPerVisit({ staffedHoursPerWeek: 0, visitsPerWeek: 2 })).toBe(1)
  })

  it('uses the transit volume when there is one: items each way over 25 a crate, spread over the visits', () => {
    expect(expectedCratesPerVisit({ staffedHoursPerWeek: 47, visitsPerWeek: 2, weeklyTransits: 400 })).toBe(4)
    expect(expectedCratesPerVisit({ staffedHoursPerWeek: 47, visitsPerWeek: 1, weeklyTransits: 400 })).toBe(8)
  })

  it('sends nothing to a location that is not visited', () => {
    expect(expectedCratesPerVisit({ staffedHoursPerWeek: 30, visitsPerWeek: 0 })).toBe(0)
  })
})
