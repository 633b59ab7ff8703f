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

/**
 * The weekly van plan: the days of every location's visits, then each day's routes with the
 * solver (windows, shift, capacity, fleet size). Either a whole plan that meets every constraint,
 * or the list of clashes that make the week impossible — never part of a plan.
 */
export function planWeek(input: WeekInput): WeekPlan {
  const started = performance.now()
  const seconds = () => (performance.now() - started) / 1000
  const { days, clashes } = visitDays(input)
  if (clashes.length) return { feasible: false, clashes, seconds: seconds() }
  const patterns = assignDays(input, days, quickIterations)
  const routed: { weekday: number; solution: RoutingSolution | null; nodes: number[] }[] = []
  const dayClashes: Clash[] = []
  for (const [k, weekday] of input.weekdays.entries()) {
    const stops = patterns.flatMap((pattern, i) => (pattern.includes(weekday) ? [i] : []))
    if (stops.length === 0) {
      routed.push({ weekday, solution: null, nodes: [0] })
      continue
    }
    const { problem, nodes } = dayProblem(input, weekday, stops)
    const budget = Math.max(0.2, (input.seconds - seconds()) / (input.weekdays.length - k))
    const solution = solveRouting(problem, { seed: input.seed + weekday, seconds: budget, maxIterations: dayIterations })
    if (!solution.feasible) dayClashes.push(overloaded(input, weekday, stops.length, solution))
    routed.push({ weekday, solution, nodes })
  }
  if (dayClashes.length) return { feasible: false, clashes: dayClashes, seconds: seconds() }
  const dayPlans = routed.map(({ weekday, solution, nodes }) =>
    assignVans(
      input,
      weekday,
      (solution?.routes ?? []).map((route) => route.map((k) => nodes[k] as number)),
    ),
  )
  const norm = normCheck(input, patterns)
  return { feasible: true, days: dayPlans, totals: totals(dayPlans), norm, normMet: norm.every((c) => c.met), seconds: seconds() }
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
