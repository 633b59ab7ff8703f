import { solveRouting } from '../routing/hgs.js'
import type { RoutingSolution } from '../routing/problem.js'
import { assignDays } from './assign-days.js'
import { dayProblem } from './day-problem.js'
import { assignVans } from './route-output.js'
import { visitDays } from './stop-days.js'
import { type Clash, type DayPlan, dayNames, type NormCheck, round, type WeekInput, type WeekPlan, type WeekTotals } from './week-types.js'

/** Genetic iterations for the quick routing while choosing days, and the cap per day after. */
const quickIterations = 150
const dayIterations = 300

/** Attempts at the visit days when a day turns out too full for the vans. */
const attempts = 3
/** km per visit that keeps visits off a day that was too full at the last attempt */
const overloadPenalty = 40

interface RoutedDay {
  weekday: number
  /** routes as matrix indices */
  routes: number[][]
}

/**
 * The weekly van plan: the days of every location's visits, then each day's routes with the
 * solver (windows, shift, capacity, fleet size). A day the vans cannot fit makes the next attempt
 * keep visits off it. Either a whole plan that meets every constraint, or the list of clashes
 * that make the week impossible — never part of a plan.
 */
export function planWeek(input: WeekInput): WeekPlan {
  const started = performance.now()
  const seconds = () => (performance.now() - started) / 1000
  const { days, clashes } = visitDays(input)
  if (clashes.length) return { feasible: false, clashes, seconds: seconds() }
  const dayPenalty = new Map<number, number>()
  let dayClashes: Clash[] = []
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const patterns = assignDays(input, days, quickIterations, dayPenalty)
    dayClashes = []
    const routed = routeDays(input, patterns, started, dayClashes)
    if (dayClashes.length === 0) {
      const dayPlans = routed.map(({ weekday, routes }) => assignVans(input, weekday, routes))
      const norm = normCheck(input, patterns)
      return { feasible: true, days: dayPlans, totals: totals(dayPlans), norm, normMet: norm.every((c) => c.met), seconds: seconds() }
    }
    for (const clash of dayClashes) if (clash.weekday) dayPenalty.set(clash.weekday, (dayPenalty.get(clash.weekday) ?? 0) + overloadPenalty)
  }
  return { feasible: false, clashes: dayClashes, seconds: seconds() }
}

function routeDays(input: WeekInput, patterns: number[][], started: number, clashes: Clash[]): RoutedDay[] {
  return input.weekdays.map((weekday, k) => {
    const stops = patterns.flatMap((pattern, i) => (pattern.includes(weekday) ? [i] : []))
    if (stops.length === 0) return { weekday, routes: [] }
    const { problem, nodes } = dayProblem(input, weekday, stops)
    const left = input.seconds - (performance.now() - started) / 1000
    const budget = Math.max(0.2, left / (input.weekdays.length - k))
    const solution = solveRouting(problem, { seed: input.seed + weekday, seconds: budget, maxIterations: dayIterations })
    if (!solution.feasible) clashes.push(overloaded(input, weekday, stops.length, solution))
    return { weekday, routes: solution.routes.map((route) => route.map((node) => nodes[node] as number)) }
  })
}

function overloaded(input: WeekInput, weekday: number, visits: number, solution: RoutingSolution): Clash {
  const reasons = [
    ...(solution.excessVehicles > 0 ? [`needs ${solution.routes.length} routes`] : []),
    ...(solution.timeWarp > 0 ? [`runs ${Math.round(solution.timeWarp)} minutes past windows or shifts`] : []),
    ...(solution.excessLoad > 0 ? [`carries ${solution.excessLoad} crates too many`] : []),
  ]
  return {
    kind: 'day_overloaded',
    weekday,
    message: `${dayNames[weekday]}: ${visits} visits do not fit ${input.vans.length} van${input.vans.length === 1 ? '' : 's'} within their windows and shifts (the best plan found ${reasons.join(', ')}). Add a van, allow more weekdays or key access, or lower the visits.`,
  }
}

function normCheck(input: WeekInput, patterns: number[][]): NormCheck[] {
  return input.stops.map((stop, i) => {
    const weekdays = patterns[i] ?? []
    return {
      locationId: stop.locationId,
      name: stop.name,
      required: stop.visitsPerWeek,
      planned: weekdays.length,
      weekdays,
      met: weekdays.length >= stop.visitsPerWeek,
    }
  })
}

function totals(days: DayPlan[]): WeekTotals {
  const routes = days.flatMap((d) => d.routes)
  const sum = (f: (r: (typeof routes)[number]) => number) => routes.reduce((total, r) => total + f(r), 0)
  return {
    km: round(sum((r) => r.km)),
    drivingMinutes: Math.round(sum((r) => r.drivingMinutes)),
    routes: routes.length,
    visits: sum((r) => r.stops.length),
    crates: sum((r) => r.stops.reduce((total, s) => total + s.cratesOff + s.cratesOn, 0)),
    co2Kg: {
      fleet: round(sum((r) => r.co2Kg.van)),
      allDiesel: round(sum((r) => r.co2Kg.diesel)),
      allElectric: round(sum((r) => r.co2Kg.electric)),
    },
  }
}
