import { scheduleRoute } from './schedule.js'
import { clock, type DayPlan, dayNames, type RoutePlan, round, type WeekInput } from './week-types.js'

/**
 * A day's routes as the planner shows them, each with a van: the longest route goes to the van
 * that emits least per km, so an electric van drives where it saves most.
 */
export function assignVans(input: WeekInput, weekday: number, routes: number[][]): DayPlan {
  const timed = routes.map((route) => scheduleRoute(input, weekday, route)).sort((a, b) => b.km - a.km)
  const vans = [...input.vans].sort((a, b) => a.co2KgPerKm - b.co2KgPerKm || a.id.localeCompare(b.id))
  const plans: RoutePlan[] = timed.map((timing, r) => {
    const van = vans[r] ?? vans[vans.length - 1]
    if (!van) throw new Error('a route without a van')
    return {
      van: { id: van.id, name: van.name, fuel: van.fuel },
      departure: clock(timing.departure),
      return: clock(timing.returnAt),
      stops: timing.stops,
      km: round(timing.km),
      drivingMinutes: Math.round(timing.drivingMinutes),
      durationMinutes: Math.round(timing.returnAt - timing.departure),
      maxLoad: timing.maxLoad,
      co2Kg: {
        van: round(timing.km * van.co2KgPerKm),
        diesel: round(timing.km * input.reference.diesel.co2KgPerKm),
        electric: round(timing.km * input.reference.electric.co2KgPerKm),
      },
    }
  })
  return {
    weekday,
    day: dayNames[weekday] ?? String(weekday),
    visits: plans.reduce((sum, r) => sum + r.stops.length, 0),
    crates: plans.reduce((sum, r) => sum + r.stops.reduce((total, s) => total + s.cratesOff + s.cratesOn, 0), 0),
    km: round(plans.reduce((sum, r) => sum + r.km, 0)),
    drivingMinutes: plans.reduce((sum, r) => sum + r.drivingMinutes, 0),
    routes: plans,
  }
}
