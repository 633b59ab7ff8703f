import type { FloatingWhatIf } from '../modules/logistics/floating-what-if.js'
import type { WeekPlan } from '../modules/logistics/planner/week-types.js'

const hours = (minutes: number) => `${Math.floor(minutes / 60)}:${String(Math.round(minutes % 60)).padStart(2, '0')}`

/** A week plan as a planner reads it in a terminal: the week, then each day's routes stop by stop. */
export function formatWeekPlan(plan: WeekPlan): string {
  if (!plan.feasible) return ['The week cannot be planned:', ...plan.clashes.map((c) => `  - ${c.message}`)].join('\n')
  const { totals } = plan
  const lines = [
    `${totals.visits} visits, ${totals.routes} routes, ${totals.km} km, ${hours(totals.drivingMinutes)} h driving; ` +
      `CO2 ${totals.co2Kg.fleet} kg with this fleet (all diesel ${totals.co2Kg.allDiesel} kg, all electric ${totals.co2Kg.allElectric} kg)`,
  ]
  for (const day of plan.days) {
    lines.push('', `${day.day}: ${day.visits} visits, ${day.crates} crates, ${day.km} km`)
    for (const route of day.routes) {
      lines.push(
        `  ${route.van.name} (${route.van.fuel}) ${route.departure}–${route.return}, ${route.km} km, ${route.co2Kg.van} kg CO2, at most ${route.maxLoad} crates`,
      )
      for (const stop of route.stops)
        lines.push(`    ${stop.start}  ${stop.name}  (${stop.window}; ${stop.cratesOff} off, ${stop.cratesOn} on)`)
    }
  }
  const short = plan.norm.filter((c) => !c.met)
  lines.push(
    '',
    short.length === 0
      ? `Norm met: all ${plan.norm.length} locations get their visits.`
      : `Norm NOT met for: ${short.map((c) => `${c.name} (${c.planned} of ${c.required})`).join(', ')}`,
  )
  return lines.join('\n')
}

const describeChoice = (floating: Record<string, string[]>) =>
  Object.entries(floating)
    .map(([organisation, collections]) => `${organisation}: ${collections.join(', ')}`)
    .join('; ') || 'nothing floats'

/** The floating what-if as a small table: one line per policy. */
export function formatFloatingWhatIf(whatIf: FloatingWhatIf): string {
  const lines = [
    `${whatIf.returnsAway} returns away from home in the last ${whatIf.weeks} weeks; per week:`,
    `${'policy'.padEnd(14)}${'transits'.padStart(10)}${'crates'.padStart(9)}${'van km'.padStart(10)}${'kg CO2'.padStart(9)}  floating`,
  ]
  for (const p of whatIf.policies)
    lines.push(
      `${p.policy.padEnd(14)}${String(p.transitsPerWeek).padStart(10)}${String(p.cratesPerWeek).padStart(9)}${String(p.kmPerWeek ?? '—').padStart(10)}${String(p.co2KgPerWeek ?? '—').padStart(9)}  ${describeChoice(p.floating)}` +
        (p.clashes.length ? `\n  cannot be planned: ${p.clashes.join('; ')}` : ''),
    )
  return lines.join('\n')
}
