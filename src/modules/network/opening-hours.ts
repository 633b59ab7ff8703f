import type { HoursKind } from './network.tables.js'

export interface HoursSpan {
  weekday: number
  kind: HoursKind
  opens: string
  closes: string
}

export interface WeekHours {
  staffed: DaySpan[]
  selfService: DaySpan[]
}

export interface DaySpan {
  weekday: number
  opens: string
  closes: string
}

const hhmm = (time: string) => time.slice(0, 5)

/** Rows of location_hours → the week as the API shows it, times as HH:MM. */
export function toWeekHours(rows: readonly HoursSpan[]): WeekHours {
  const span = (row: HoursSpan): DaySpan => ({ weekday: row.weekday, opens: hhmm(row.opens), closes: hhmm(row.closes) })
  return {
    staffed: rows.filter((row) => row.kind === 'staffed').map(span),
    selfService: rows.filter((row) => row.kind === 'self_service').map(span),
  }
}

/** Spans on one weekday must not overlap; returns the weekday that clashes, if any. */
export function overlappingWeekday(spans: readonly DaySpan[]): number | null {
  const sorted = [...spans].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens))
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]
    const current = sorted[i]
    if (previous && current && previous.weekday === current.weekday && current.opens < previous.closes) return current.weekday
  }
  return null
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a 'YYYY-MM-DD' date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay()
  return day === 0 ? 7 : day
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** A location is open on a date when it has hours (staffed or self-service) that weekday and the date is not closed. */
export function isOpenOn(date: string, week: WeekHours, closedDates: ReadonlySet<string>): boolean {
  if (closedDates.has(date)) return false
  const weekday = isoWeekday(date)
  return week.staffed.some((s) => s.weekday === weekday) || week.selfService.some((s) => s.weekday === weekday)
}

/**
 * The first date on or after `date` the location is open — a due date or pickup deadline that
 * falls on a closed day moves to it. Gives up after a year (a location with no hours at all).
 */
export function firstOpenDayFrom(date: string, week: WeekHours, closedDates: ReadonlySet<string>): string {
  for (let offset = 0; offset < 366; offset++) {
    const candidate = addDays(date, offset)
    if (isOpenOn(candidate, week, closedDates)) return candidate
  }
  return date
}
