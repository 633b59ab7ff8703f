import { Concat } from './concat.js'
import type { Penalties, ProblemData } from './problem-data.js'

/** A solution in the genetic search: its routes, the giant tour they read as, and how it measures. */
export class Individual {
  readonly tour: number[]
  distance = 0
  excessLoad = 0
  lateness = 0
  /** successor and predecessor of every client (0 = the depot), for the broken-pairs distance */
  readonly succ: Int32Array
  readonly pred: Int32Array
  biasedFitness = 0
  /** distances to the other individuals of its subpopulation, closest first */
  readonly closest: { distance: number; other: Individual }[] = []

  constructor(
    data: ProblemData,
    readonly routes: number[][],
  ) {
    this.tour = routes.flat()
    this.succ = new Int32Array(data.n)
    this.pred = new Int32Array(data.n)
    const concat = new Concat(data)
    for (const route of routes) {
      let previous = 0
      concat.startAt(0)
      for (const client of route) {
        this.distance += data.d(previous, client)
        concat.addNode(client)
        this.pred[client] = previous
        this.succ[previous] = client
        previous = client
      }
      this.distance += data.d(previous, 0)
      this.succ[previous] = 0
      concat.addNode(0)
      this.excessLoad += concat.excessLoad()
      this.lateness += concat.lateness()
    }
  }

  get feasible(): boolean {
    return this.excessLoad < 1e-9 && this.lateness < 1e-9
  }

  penalisedCost(penalties: Penalties): number {
    return this.distance + penalties.load * this.excessLoad + penalties.time * this.lateness
  }

  /** Broken-pairs distance (Prins 2009, as HGS-CVRP uses it): the share of client links that differ. */
  distanceTo(other: Individual): number {
    let differences = 0
    const n = this.succ.length
    for (let j = 1; j < n; j++) {
      const succ = this.succ[j]
      if (succ !== other.succ[j] && succ !== other.pred[j]) differences++
      if (this.pred[j] === 0 && other.pred[j] !== 0 && other.succ[j] !== 0) differences++
    }
    return differences / Math.max(1, n - 1)
  }

  /** Average distance to the `count` closest others: how much this one adds to the diversity. */
  diversity(count: number): number {
    const nearest = this.closest.slice(0, count)
    if (nearest.length === 0) return 0
    return nearest.reduce((sum, c) => sum + c.distance, 0) / nearest.length
  }
}
