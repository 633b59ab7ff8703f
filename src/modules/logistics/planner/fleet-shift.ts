import type { WeekInput } from './week-types.js'

/**
 * The solver plans a fleet of identical vans, so a mixed fleet is planned with what every van
 * can do: the smallest capacity and the shift they all work. Each route then gets a real van.
 */
export function fleetLimits(input: WeekInput): { capacity: number; shiftStart: number; shiftEnd: number } {
  const { vans } = input
  return {
    capacity: Math.min(...vans.map((v) => v.capacityCrates)),
    shiftStart: Math.max(...vans.map((v) => v.shiftStart)),
    shiftEnd: Math.min(...vans.map((v) => v.shiftStart + v.shiftMinutes)),
  }
}
