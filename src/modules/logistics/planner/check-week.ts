import type { WeekInput, WeekPlan } from './week-types.js'

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
/** Times in a plan are rounded to the minute; each leg may shift by a minute. */
const tolerance = 1.01

/**
 * An independent check of a week plan against its input, sharing no code with the planner:
 * every location visited as often as required on distinct allowed days with a window; every
 * route's km summed again from the matrix; times that follow from the travel times; service
 * inside the window; departure and return inside the shift; crates within the van at every
 * stop; no more routes a day than vans. Returns the problems found (none: the plan holds).
 */
export function checkWeekPlan(input: WeekInput, plan: WeekPlan): string[] {
  if (!plan.feasible) return ['the plan is not feasible']
  const problems: string[] = []
  const n = input.stops.length + 1
  const index = new Map(input.stops.map((s, i) => [s.locationId, i + 1]))
  const visits = new Map<string, number[]>()
  const shiftStart = Math.max(...input.vans.map((v) => v.shiftStart))
  const shiftEnd = Math.min(...input.vans.map((v) => v.shiftStart + v.shiftMinutes))
  const capacity = Math.min(...input.vans.map((v) => v.capacityCrates))
  for (const day of plan.days) {
    if (day.routes.length > input.vans.length) problems.push(`${day.day}: ${day.routes.length} routes for ${input.vans.length} vans`)
    if (new Set(day.routes.map((r) => r.van.id)).size !== day.routes.length) problems.push(`${day.day}: a van drives twice`)
    day.routes.forEach((route, r) => {
      const label = `${day.day} route ${r + 1}`
      let time = minutesOf(route.departure)
      let previous = 0
      let km = 0
      let load = route.stops.reduce((sum, s) => sum + s.cratesOff, 0)
      if (time < shiftStart - tolerance) problems.push(`${label} leaves before the shift`)
      if (load > capacity) problems.push(`${label} starts with ${load} crates in a van of ${capacity}`)
      for (const visit of route.stops) {
        const node = index.get(visit.locationId)
        const stop = node ? input.stops[node - 1] : undefined
        if (!node || !stop) {
          problems.push(`${label} visits unknown ${visit.locationId}`)
          continue
        }
        visits.set(stop.locationId, [...(visits.get(stop.locationId) ?? []), day.weekday])
        km += input.matrix.km[previous * n + node] ?? Number.NaN
        const arrival = time + (input.matrix.minutes[previous * n + node] ?? Number.NaN)
        const start = minutesOf(visit.start)
        const window = stop.windows.find((w) => w.weekday === day.weekday)
        if (Math.abs(minutesOf(visit.arrival) - arrival) > tolerance)
          problems.push(`${label}: arrival at ${stop.name} does not follow from the drive`)
        if (start < arrival - tolerance) problems.push(`${label}: service at ${stop.name} starts before the van arrives`)
        if (!window || start < window.opens - tolerance || start + stop.serviceMinutes > window.closes + tolerance)
          problems.push(`${label}: ${stop.name} is served outside its window`)
        time = start + stop.serviceMinutes
        load += stop.cratesOn - stop.cratesOff
        if (load > capacity) problems.push(`${label}: ${load} crates after ${stop.name}, more than ${capacity}`)
        previous = node
      }
      km += input.matrix.km[previous * n] ?? Number.NaN
      const back = time + (input.matrix.minutes[previous * n] ?? Number.NaN)
      if (back > shiftEnd + tolerance || Math.abs(minutesOf(route.return) - back) > tolerance)
        problems.push(`${label} is not back within the shift`)
      if (Math.abs(km - route.km) > 0.1) problems.push(`${label}: ${route.km} km reported, ${km.toFixed(1)} km driven`)
    })
  }
  for (const stop of input.stops) {
    const days = visits.get(stop.locationId) ?? []
    if (days.length !== stop.visitsPerWeek) problems.push(`${stop.name}: ${days.length} visits, ${stop.visitsPerWeek} required`)
    if (new Set(days).size !== days.length) problems.push(`${stop.name} is visited twice on one day`)
    if (days.some((d) => !stop.allowedWeekdays.includes(d))) problems.push(`${stop.name} is visited on a day that is not allowed`)
  }
  return problems
}
