import { describe, expect, it } from 'vitest'
import { firstOpenDayFrom, isoWeekday, overlappingWeekday, toWeekHours, type WeekHours } from './opening-hours.js'

const weekdaysOnly: WeekHours = {
  staffed: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '10:00', closes: '17:00' })),
  selfService: [],
}

describe('opening hours', () => {
  it('numbers weekdays the ISO way, Monday first', () => {
    expect(isoWeekday('2026-11-23')).toBe(1)
    expect(isoWeekday('2026-11-22')).toBe(7)
  })

  it('moves a date that falls in the weekend of a weekday-only location to Monday', () => {
    expect(firstOpenDayFrom('2026-11-21', weekdaysOnly, new Set())).toBe('2026-11-23')
  })

  it('skips closed days such as Christmas', () => {
    const closed = new Set(['2026-12-25'])
    expect(firstOpenDayFrom('2026-12-25', weekdaysOnly, closed)).toBe('2026-12-28')
  })

  it('counts self-service (Open+) hours as open', () => {
    const openPlus: WeekHours = { staffed: [], selfService: [{ weekday: 6, opens: '08:00', closes: '22:00' }] }
    expect(firstOpenDayFrom('2026-11-21', openPlus, new Set())).toBe('2026-11-21')
  })

  it('finds the weekday on which two spans overlap', () => {
    const spans = [
      { weekday: 2, opens: '09:00', closes: '12:00' },
      { weekday: 2, opens: '11:30', closes: '17:00' },
      { weekday: 3, opens: '09:00', closes: '12:00' },
    ]
    expect(overlappingWeekday(spans)).toBe(2)
    expect(overlappingWeekday(spans.slice(1))).toBeNull()
  })

  it('shows times as HH:MM', () => {
    const week = toWeekHours([{ weekday: 1, kind: 'self_service', opens: '08:00:00', closes: '22:00:00' }])
    expect(week.selfService).toEqual([{ weekday: 1, opens: '08:00', closes: '22:00' }])
  })
})
