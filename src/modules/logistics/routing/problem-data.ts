import { assertWellFormed, isTimed, type RoutingProblem } from './problem.js'

/** The weights of infeasibility in the search: per unit of excess load, per minute of time warp. */
export interface Penalties {
  load: number
  time: number
}

/**
 * The problem unpacked into flat arrays for the search: the hot loops read numbers by index
 * instead of optional fields.
 */
export class ProblemData {
  readonly n: number
  readonly dist: Float64Array
  readonly dur: Float64Array
  readonly delivery: Float64Array
  readonly pickup: Float64Array
  readonly service: Float64Array
  readonly early: Float64Array
  readonly late: Float64Array
  readonly capacity: number
  readonly maxDuration: number
  readonly maxVehicles: number
  /** whether the search tracks time at all (windows or a duration limit) */
  readonly timed: boolean
  readonly hasPickups: boolean
  readonly clients: number[]
  readonly totalDelivery: number
  readonly maxDistance: number
  readonly maxLoad: number
  readonly coordinates: readonly (readonly [number, number])[] | null

  constructor(readonly problem: RoutingProblem) {
    assertWellFormed(problem)
    const n = problem.size
    this.n = n
    this.dist = problem.distance
    this.dur = problem.duration ?? new Float64Array(n * n)
    this.delivery = Float64Array.from(problem.delivery)
    this.pickup = Float64Array.from(problem.pickup ?? new Array<number>(n).fill(0))
    this.service = Float64Array.from(problem.service ?? new Array<number>(n).fill(0))
    this.early = Float64Array.from(problem.windows?.map((w) => w[0]) ?? new Array<number>(n).fill(0))
    this.late = Float64Array.from(problem.windows?.map((w) => w[1]) ?? new Array<number>(n).fill(Number.POSITIVE_INFINITY))
    this.capacity = problem.capacity
    this.maxDuration = problem.maxDuration ?? Number.POSITIVE_INFINITY
    this.timed = isTimed(problem)
    this.coordinates = problem.coordinates ?? null
    this.hasPickups = this.pickup.some((p) => p > 0)
    this.clients = Array.from({ length: n - 1 }, (_, i) => i + 1)
    this.totalDelivery = this.delivery.reduce((a, b) => a + b, 0)
    this.maxDistance = this.dist.reduce((a, b) => Math.max(a, b), 0)
    this.maxLoad = Math.max(...this.delivery, ...this.pickup)
    // Without a limit, allow a few routes more than the load needs (as HGS-CVRP does).
    const byLoad =
      Math.ceil(
        (1.3 *
          Math.max(
            this.totalDelivery,
            this.pickup.reduce((a, b) => a + b, 0),
          )) /
          this.capacity,
      ) + 3
    this.maxVehicles = problem.maxVehicles ?? Math.min(n - 1, byLoad)
  }

  d(from: number, to: number): number {
    return this.dist[from * this.n + to] ?? 0
  }

  t(from: number, to: number): number {
    return this.dur[from * this.n + to] ?? 0
  }
}
