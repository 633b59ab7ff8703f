import { describe, expect, it } from 'vitest'
import { candidatePatterns, spacingPenalty } from './visit-patterns.js'

describe('visit patterns', () => {
  it('prefers Mon/Thu and Tue/Fri to two visits on neighbouring days', () => {
    expect(spacingPenalty([1, 4])).toBeLessThan(spacingPenalty([1, 3]))
    expect(spacingPenalty([2, 5])).toBe(spacingPenalty([1, 4]))
    expect(spacingPenalty([1, 2])).toBeGreaterThan(spacingPenalty([1, 3]))
  })

  it('ranks Mon/Wed/Fri first for three visits on weekdays', () => {
    expect(candidatePatterns([1, 2, 3, 4, 5], 3)[0]).toEqual([1, 3, 5])
  })

  it('lists every choice of days, and a single empty pattern for no visits', () => {
    expect(candidatePatterns([1, 2, 3, 4, 5], 2)).toHaveLength(10)
    expect(candidatePatterns([2, 4], 2)).toEqual([[2, 4]])
    expect(candidatePatterns([1, 2, 3], 0)).toEqual([[]])
    expect(candidatePatterns([3], 2)).toEqual([])
  })
})
