import { fleetLimits } from './fleet-shift.js'
import { type Clash, clock, dayNames, type WeekInput, type WeekStop } from './week-types.js'

const dayList = (days: readonly number[]) => (days.length ? days.map((d) => dayNames[d]).join(', ') : 'no day')

/**
 * The days each location can be visited: allowed by its settings, inside a delivery window, and
 * reachable from the depot and back within the shift. A location with fewer such days than
 * visits, or more crates than a van holds, is a clash that names it and says why.
 */
export function visitDays(input: WeekInput): { days: number[][]; clashes: Clash[] } {
  if (input.vans.length === 0) return { days: [], clashes: [{ kind: 'no_vans', message: 'No active vans: add a van to plan routes.' }] }
  const limits = fleetLimits(input)
  const clashes: Clash[] = []
  const n = input.stops.length + 1
  const days = input.stops.map((stop, i) => {
    if (stop.visitsPerWeek === 0) return []
    const crates = Math.max(stop.cratesOff, stop.cratesOn)
    if (crates > limits.capacity)
      clashes.push({
        kind: 'crates_exceed_van',
        locationId: stop.locationId,
        message: `${stop.name} needs ${crates} crates a visit, more than a van holds (${limits.capacity}).`,
      })
    const reasons: string[] = []
    const open = input.weekdays.filter((weekday) => {
      if (!stop.allowedWeekdays.includes(weekday)) return false
      const window = stop.windows.find((w) => w.weekday === weekday)
      if (!window) return false
      const arrival = limits.shiftStart + (input.matrix.minutes[i + 1] ?? 0)
      const start = Math.max(arrival, window.opens)
      const home = start + stop.serviceMinutes + (input.matrix.minutes[(i + 1) * n] ?? 0)
      if (start > window.closes - stop.serviceMinutes)
        reasons.push(
          `on ${dayNames[weekday]} the van arrives at ${clock(arrival)} at the earliest, too late for ${stop.serviceMinutes} minutes before the window closes (${clock(window.closes)})`,
        )
      else if (home > limits.shiftEnd)
        reasons.push(`on ${dayNames[weekday]} the van cannot be back at the depot before the shift ends (${clock(limits.shiftEnd)})`)
      else return true
      return false
    })
    if (open.length < stop.visitsPerWeek) clashes.push(tooFewDays(stop, open, input.weekdays, reasons))
    return open
  })
  return { days, clashes }
}

function tooFewDays(stop: WeekStop, open: number[], weekdays: number[], reasons: string[]): Clash {
  const allowed = stop.allowedWeekdays.filter((d) => weekdays.includes(d))
  const windowDays = stop.windows.map((w) => w.weekday).filter((d) => allowed.includes(d))
  const why = [
    `the van may come on ${dayList(allowed)}`,
    ...(stop.windowKind === 'opening_hours' ? [`it is open on ${dayList(windowDays)} of those`] : []),
    ...reasons,
  ]
  return {
    kind: open.length === 0 && reasons.length ? 'unreachable' : 'no_visit_days',
    locationId: stop.locationId,
    message: `${stop.name} needs ${stop.visitsPerWeek} visits a week but can be visited on ${open.length === 0 ? 'no day' : `only ${dayList(open)}`}: ${why.join('; ')}.`,
  }
}
