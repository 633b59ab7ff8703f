import { fleetLimits } from './fleet-shift.js'
import { clock, type StopVisit, type WeekInput } from './week-types.js'

export interface RouteTiming {
  departure: number
  returnAt: number
  stops: StopVisit[]
  km: number
  drivingMinutes: number
  maxLoad: number
}

/**
 * The times of one route (matrix indices of its stops): the van leaves as late as it can without
 * any stop coming later than its window allows, so it does not stand waiting for a library to
 * open; it waits only where it must. Crates: all deliveries are on board at the start.
 */
export function scheduleRoute(input: WeekInput, weekday: number, route: readonly number[]): RouteTiming {
  const { shiftStart, shiftEnd } = fleetLimits(input)
  const first = simulate(input, weekday, route, shiftStart)
  let waited = 0
  let delay = first.waits.reduce((a, b) => a + b, 0) + Math.max(0, shiftEnd - first.returnAt)
  first.starts.forEach((start, k) => {
    waited += first.waits[k] ?? 0
    delay = Math.min(delay, waited + (first.latest[k] ?? 0) - start)
  })
  const totalWait = first.waits.reduce((a, b) => a + b, 0)
  return simulate(input, weekday, route, shiftStart + Math.max(0, Math.min(delay, totalWait))).timing
}

function simulate(input: WeekInput, weekday: number, route: readonly number[], departure: number) {
  const n = input.stops.length + 1
  let time = departure
  let previous = 0
  let km = 0
  let driving = 0
  let load = route.reduce((sum, node) => sum + (input.stops[node - 1]?.cratesOff ?? 0), 0)
  let maxLoad = load
  const waits: number[] = []
  const starts: number[] = []
  const latest: number[] = []
  const stops: StopVisit[] = route.map((node) => {
    const stop = input.stops[node - 1]
    const window = stop?.windows.find((w) => w.weekday === weekday)
    if (!stop || !window) throw new Error(`no window for stop ${node} on weekday ${weekday}`)
    const travel = input.matrix.minutes[previous * n + node] ?? 0
    km += input.matrix.km[previous * n + node] ?? 0
    driving += travel
    const arrival = time + travel
    const start = Math.max(arrival, window.opens)
    waits.push(start - arrival)
    starts.push(start)
    latest.push(window.closes - stop.serviceMinutes)
    time = start + stop.serviceMinutes
    previous = node
    load += stop.cratesOn - stop.cratesOff
    maxLoad = Math.max(maxLoad, load)
    return {
      locationId: stop.locationId,
      name: stop.name,
      arrival: clock(arrival),
      start: clock(start),
      leave: clock(time),
      window: stop.windowKind === 'key_access' ? 'key access' : `${clock(window.opens)}–${clock(window.closes)}`,
      cratesOff: stop.cratesOff,
      cratesOn: stop.cratesOn,
      loadAfter: load,
    }
  })
  driving += input.matrix.minutes[previous * n] ?? 0
  km += input.matrix.km[previous * n] ?? 0
  const returnAt = time + (input.matrix.minutes[previous * n] ?? 0)
  return { waits, starts, latest, returnAt, timing: { departure, returnAt, stops, km, drivingMinutes: driving, maxLoad } }
}
