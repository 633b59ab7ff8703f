import { addDays } from './opening-hours.js'

/** Easter Sunday (Gregorian), by the anonymous "Meeus/Jones/Butcher" algorithm. */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** King's Day moves to the 26th when the 27th of April is a Sunday. */
function kingsDay(year: number): string {
  const date = `${year}-04-27`
  return new Date(`${date}T12:00:00Z`).getUTCDay() === 0 ? `${year}-04-26` : date
}

/** The public holidays on which Dutch libraries close, with their Dutch names. */
export function dutchPublicHolidays(year: number): { date: string; reason: string }[] {
  const easter = easterSunday(year)
  return [
    { date: `${year}-01-01`, reason: 'Nieuwjaarsdag' },
    { date: easter, reason: 'Eerste Paasdag' },
    { date: addDays(easter, 1), reason: 'Tweede Paasdag' },
    { date: kingsDay(year), reason: 'Koningsdag' },
    { date: addDays(easter, 39), reason: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), reason: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), reason: 'Tweede Pinksterdag' },
    { date: `${year}-12-25`, reason: 'Eerste Kerstdag' },
    { date: `${year}-12-26`, reason: 'Tweede Kerstdag' },
  ]
}
