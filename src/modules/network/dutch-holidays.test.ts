import { describe, expect, it } from 'vitest'
import { dutchPublicHolidays, easterSunday } from './dutch-holidays.js'

describe('Dutch public holidays', () => {
  it('finds Easter Sunday for known years', () => {
    expect(easterSunday(2024)).toBe('2024-03-31')
    expect(easterSunday(2026)).toBe('2026-04-05')
    expect(easterSunday(2027)).toBe('2027-03-28')
  })

  it('puts Ascension Day 39 days and Whit Monday 50 days after Easter', () => {
    const holidays = dutchPublicHolidays(2026)
    expect(holidays.find((h) => h.reason === 'Hemelvaartsdag')?.date).toBe('2026-05-14')
    expect(holidays.find((h) => h.reason === 'Tweede Pinksterdag')?.date).toBe('2026-05-25')
  })

  it("moves King's Day to Saturday when 27 April is a Sunday", () => {
    expect(dutchPublicHolidays(2025).find((h) => h.reason === 'Koningsdag')?.date).toBe('2025-04-26')
    expect(dutchPublicHolidays(2026).find((h) => h.reason === 'Koningsdag')?.date).toBe('2026-04-27')
  })
})
