import type { DayWindow } from './planner/week-types.js'
import type { DeliveryWindowKind } from './transport.tables.js'

export interface HoursSpan {
  weekday: number
  opens: string
  closes: string
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/**
 * When the van may deliver, per weekday. With key access: the whole shift on every allowed day.
 * Otherwise while the location is open, staffed or Open+: overlapping spans merge, and of two
 * separate spans on a day (closed over lunch) the longest counts — the solver takes one window
 * a stop.
 */
export function deliveryWindows(
  kind: DeliveryWindowKind,
  allowedWeekdays: readonly number[],
  hours: readonly HoursSpan[],
  shift: { start: number; end: number },
): DayWindow[] {
  if (kind === 'key_access') return allowedWeekdays.map((weekday) => ({ weekday, opens: shift.start, closes: shift.end }))
  return allowedWeekdays.flatMap((weekday) => {
    const spans = hours
      .filter((h) => h.weekday === weekday)
      .map((h) => [minutes(h.opens), minutes(h.closes)] as [number, number])
      .sort((a, b) => a[0] - b[0])
    const merged: [number, number][] = []
    for (const span of spans) {
      const last = merged[merged.length - 1]
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
      else merged.push([...span])
    }
    const longest = merged.sort((a, b) => b[1] - b[0] - (a[1] - a[0]))[0]
    return longest ? [{ weekday, opens: longest[0], closes: longest[1] }] : []
  })
}

export const staffedHoursPerWeek = (hours: readonly (HoursSpan & { kind: string })[]) =>
  hours.filter((h) => h.kind === 'staffed').reduce((sum, h) => sum + (minutes(h.closes) - minutes(h.opens)) / 60, 0)

export { minutes as minutesOfDay }
