import { Concat } from './concat.js'
import type { Penalties, ProblemData } from './problem-data.js'

/**
 * Split (Prins 2004; Vidal 2016): cuts a giant tour into routes at the best places, by a shortest
 * path over "route from client i to client j" arcs priced with distance and penalties. Without a
 * fleet limit a route stops growing at 1.5 × capacity (longer ones are never worth it); with a
 * limit the path has at most that many arcs.
 */
export class Splitter {
  private readonly concat: Concat
  private readonly scratch: Concat

  constructor(private readonly data: ProblemData) {
    this.concat = new Concat(data)
    this.scratch = new Concat(data)
  }

  split(tour: readonly number[], penalties: Penalties): number[][] {
    const arcs = this.arcs(tour, penalties)
    const routes = this.unlimited(tour, arcs)
    return routes.length <= this.data.maxVehicles ? routes : this.limited(tour, arcs, this.data.maxVehicles)
  }

  /** cost[i][j]: the route that serves tour[i..j-1]; missing when it is too heavy to consider. */
  private arcs(tour: readonly number[], penalties: Penalties): Map<number, number>[] {
    const { data, concat, scratch } = this
    const limit = 1.5 * data.capacity
    return tour.map((_, i) => {
      const costs = new Map<number, number>()
      concat.startAt(0)
      let distance = 0
      let previous = 0
      for (let j = i; j < tour.length; j++) {
        const client = tour[j] as number
        distance += data.d(previous, client)
        concat.addNode(client)
        previous = client
        costs.set(j + 1, distance + data.d(client, 0) + concat.penaltyHome(penalties, scratch))
        if (concat.load > limit && data.problem.maxVehicles === undefined) break
      }
      return costs
    })
  }

  private unlimited(tour: readonly number[], arcs: Map<number, number>[]): number[][] {
    const n = tour.length
    const potential = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY)
    const from = new Int32Array(n + 1)
    potential[0] = 0
    for (let i = 0; i < n; i++) {
      const base = potential[i] as number
      if (base === Number.POSITIVE_INFINITY) continue
      for (const [j, cost] of arcs[i] as Map<number, number>) {
        if (base + cost < (potential[j] as number)) {
          potential[j] = base + cost
          from[j] = i
        }
      }
    }
    return cutsToRoutes(tour, (j) => from[j] as number, n)
  }

  private limited(tour: readonly number[], arcs: Map<number, number>[], vehicles: number): number[][] {
    const n = tour.length
    const potential = Array.from({ length: vehicles + 1 }, () => new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY))
    const from = Array.from({ length: vehicles + 1 }, () => new Int32Array(n + 1))
    ;(potential[0] as Float64Array)[0] = 0
    for (let k = 0; k < vehicles; k++) {
      const current = potential[k] as Float64Array
      const next = potential[k + 1] as Float64Array
      for (let i = 0; i < n; i++) {
        const base = current[i] as number
        if (base === Number.POSITIVE_INFINITY) continue
        for (const [j, cost] of arcs[i] as Map<number, number>) {
          if (base + cost < (next[j] as number)) {
            next[j] = base + cost
            ;(from[k + 1] as Int32Array)[j] = i
          }
        }
      }
    }
    let best = 1
    for (let k = 1; k <= vehicles; k++) if ((potential[k]?.[n] ?? Infinity) < (potential[best]?.[n] ?? Infinity)) best = k
    let k = best
    return cutsToRoutes(tour, (j) => (from[k--] as Int32Array)[j] as number, n)
  }
}

function cutsToRoutes(tour: readonly number[], previousCut: (j: number) => number, n: number): number[][] {
  const routes: number[][] = []
  for (let j = n; j > 0; ) {
    const i = previousCut(j)
    routes.unshift(tour.slice(i, j))
    j = i
  }
  return routes
}
