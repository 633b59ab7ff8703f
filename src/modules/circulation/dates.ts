import { addDays } from '../network/opening-hours.js'

// The network keeps Dutch time: a loan made at 00:30 on a Tuesday is a Tuesday loan.
const amsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The calendar date in the Netherlands at an instant, as 'YYYY-MM-DD'. */
export const localDate = (at: Date): string => amsterdam.format(at)

/** Whole days from one 'YYYY-MM-DD' date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000)
}

/** The later of two 'YYYY-MM-DD' dates (they sort as text). */
export const laterDate = (a: string, b: string): string => (a >= b ? a : b)

export { addDays }
