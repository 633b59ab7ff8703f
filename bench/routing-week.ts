/**
 * The Drenthe week in the routing benchmark: the demo transport model (all served locations, two
 * visits a week) planned with 2, 3 and 4 vans, timed, checked by the independent week checker,
 * and compared with plain Clarke–Wright savings — once on the planner's own visit days (the
 * routing alone) and once on a week a person might draw up (best-spread patterns dealt out in
 * turn, savings routes).
 */
import { connect } from '../src/db/connect.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { seedDemo } from '../src/demo/seed.js'
import { loadWeekInput } from '../src/modules/logistics/load-week-input.js'
import { checkWeekPlan } from '../src/modules/logistics/planner/check-week.js'
import { dayProblem } from '../src/modules/logistics/planner/day-problem.js'
import { planWeek } from '../src/modules/logistics/planner/plan-week.js'
import { visitDays } from '../src/modules/logistics/planner/stop-days.js'
import { candidatePatterns } from '../src/modules/logistics/planner/visit-patterns.js'
import type { WeekInput } from '../src/modules/logistics/planner/week-types.js'
import { ProblemData } from '../src/modules/logistics/routing/problem-data.js'
import { savingsRoutes } from '../src/modules/logistics/routing/savings.js'

const round = (value: number) => Math.round(value * 10) / 10
const ratio = (planner: number, baseline: number) => Math.round((planner / baseline) * 1000) / 1000

/** Savings routes for each day's stops: total km and the most routes any day needs. */
function savingsWeek(input: WeekInput, stopsOfDay: Map<number, number[]>) {
  let km = 0
  let maxRoutes = 0
  for (const [weekday, stops] of stopsOfDay) {
    if (stops.length === 0) continue
    const { problem } = dayProblem(input, weekday, stops)
    const data = new ProblemData(problem)
    const routes = savingsRoutes(data)
    maxRoutes = Math.max(maxRoutes, routes.length)
    km += routes.reduce(
      (sum, route) => sum + [0, ...route, 0].reduce((s, node, i, all) => (i ? s + data.d(all[i - 1] ?? 0, node) : s), 0),
      0,
    )
  }
  return { km: round(km), max_routes_a_day: maxRoutes, fits_fleet: maxRoutes <= input.vans.length }
}

/** A week drawn up by hand: each location, in list order, gets the best-spread pattern whose days are least full. */
function manualDays(input: WeekInput): Map<number, number[]> {
  const { days } = visitDays(input)
  const load = new Map(input.weekdays.map((d) => [d, [] as number[]]))
  input.stops.forEach((stop, i) => {
    const patterns = candidatePatterns(days[i] ?? [], stop.visitsPerWeek).slice(0, 3)
    const fill = (p: number[]) => p.reduce((sum, d) => sum + (load.get(d)?.length ?? 0), 0)
    const pattern = patterns.reduce((best, p) => (fill(p) < fill(best) ? p : best), patterns[0] ?? [])
    for (const d of pattern) load.get(d)?.push(i)
  })
  return load
}

export async function benchDrentheWeek(seed: number, seconds = 8) {
  const handle = await connect({ dataDir: 'memory://' })
  await migrateToLatest(handle.db)
  await seedDemo(handle.db, new Date('2026-11-23T09:00:00Z'), { scale: 'small', seed: 1, catalogue: false })
  const runs = []
  for (const vans of [2, 3, 4]) {
    const input = await loadWeekInput(handle.db, { distances: 'estimate', seconds, seed, vans })
    const started = performance.now()
    const plan = planWeek(input)
    const elapsed = (performance.now() - started) / 1000
    const problems = checkWeekPlan(input, plan)
    const index = new Map(input.stops.map((s, i) => [s.locationId, i]))
    const plannerDays = new Map(
      plan.feasible ? plan.days.map((d) => [d.weekday, d.routes.flatMap((r) => r.stops.map((s) => index.get(s.locationId) ?? -1))]) : [],
    )
    const sameDays = savingsWeek(input, plannerDays)
    const manual = savingsWeek(input, manualDays(input))
    const km = plan.feasible ? plan.totals.km : Number.NaN
    runs.push({
      vans,
      locations: input.stops.length,
      visits: input.stops.reduce((sum, s) => sum + s.visitsPerWeek, 0),
      seconds: round(elapsed),
      feasible: plan.feasible && problems.length === 0,
      problems,
      norm_met: plan.feasible && plan.normMet,
      km,
      routes: plan.feasible ? plan.totals.routes : null,
      co2_kg: plan.feasible ? plan.totals.co2Kg : null,
      savings_same_days: {
        ...sameDays,
        km_saved: round(sameDays.km - km),
        saved_pct: round(((sameDays.km - km) / sameDays.km) * 100),
        ratio: ratio(km, sameDays.km),
      },
      savings_manual_week: {
        ...manual,
        km_saved: round(manual.km - km),
        saved_pct: round(((manual.km - km) / manual.km) * 100),
        ratio: ratio(km, manual.km),
      },
    })
    console.log(
      `Drenthe week, ${vans} vans: ${km} km in ${elapsed.toFixed(1)} s (savings same days ${sameDays.km} km, manual week ${manual.km} km)`,
    )
  }
  await handle.close()
  return runs
}
