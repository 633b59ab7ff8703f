import type { Location } from '../api/types'

type Span = Location['hours']['staffed'][number]

/** The spans of one weekday (1 = Monday), as "09:00–17:00, 18:30–20:00"; empty when closed. */
export function hoursOn(spans: Span[], weekday: number): string {
  return spans
    .filter((s) => s.weekday === weekday)
    .sort((a, b) => a.opens.localeCompare(b.opens))
    .map((s) => `${s.opens.slice(0, 5)}–${s.closes.slice(0, 5)}`)
    .join(', ')
}

/** Today's weekday in Drenthe, 1 = Monday. */
export function todayWeekday(now = new Date()): number {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short' }).format(now)
  return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(day) + 1
}
