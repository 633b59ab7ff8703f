import type { RoutingProblem } from '../routing/problem.js'
import { fleetLimits } from './fleet-shift.js'
import type { WeekInput } from './week-types.js'

/**
 * One day's routing problem: the depot and the stops visited that day, with that day's
 * delivery windows (service has to end before a location closes), the shift, the crates and
 * the number of vans. `nodes[k]` is the matrix index of problem node k (0 = the depot).
 */
export function dayProblem(input: WeekInput, weekday: number, stops: readonly number[]): { problem: RoutingProblem; nodes: number[] } {
  const nodes = [0, ...stops.map((i) => i + 1)]
  const n = input.stops.length + 1
  const size = nodes.length
  const limits = fleetLimits(input)
  const distance = new Float64Array(size * size)
  const duration = new Float64Array(size * size)
  nodes.forEach((from, a) => {
    nodes.forEach((to, b) => {
      distance[a * size + b] = input.matrix.km[from * n + to] ?? 0
      duration[a * size + b] = input.matrix.minutes[from * n + to] ?? 0
    })
  })
  const stop = (k: number) => input.stops[(nodes[k] as number) - 1]
  const windows = nodes.map((_, k): [number, number] => {
    if (k === 0) return [limits.shiftStart, limits.shiftEnd]
    const s = stop(k)
    const window = s?.windows.find((w) => w.weekday === weekday)
    if (!s || !window) throw new Error(`stop ${k} has no window on weekday ${weekday}`)
    return [window.opens, window.closes - s.serviceMinutes]
  })
  return {
    nodes,
    problem: {
      size,
      distance,
      duration,
      delivery: nodes.map((_, k) => (k === 0 ? 0 : (stop(k)?.cratesOff ?? 0))),
      pickup: nodes.map((_, k) => (k === 0 ? 0 : (stop(k)?.cratesOn ?? 0))),
      service: nodes.map((_, k) => (k === 0 ? 0 : (stop(k)?.serviceMinutes ?? 0))),
      windows,
      capacity: limits.capacity,
      maxDuration: limits.shiftEnd - limits.shiftStart,
      maxVehicles: input.vans.length,
    },
  }
}
