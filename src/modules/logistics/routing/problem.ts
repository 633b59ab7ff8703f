/**
 * A vehicle routing problem as the solver sees it: node 0 is the depot, nodes 1..n-1 the clients.
 * Capacitated, with optional pickups (crates on) beside deliveries (crates off), service times,
 * time windows, a route duration limit (the shift) and a fleet size limit. Plain data, so it
 * crosses to a worker thread as it is.
 */
export interface RoutingProblem {
  /** number of nodes including the depot */
  size: number
  /** the cost that is minimised (km, or CVRPLIB's rounded distance), row-major size × size */
  distance: Float64Array
  /** travel minutes, row-major; needed when there are windows or a duration limit */
  duration?: Float64Array
  /** load taken from the depot to each client */
  delivery: number[]
  /** load brought from each client back to the depot */
  pickup?: number[]
  capacity: number
  /** minutes spent at each client */
  service?: number[]
  /** earliest and latest start of service per node; the depot's is the shift: leave from, be back by */
  windows?: [number, number][]
  /** the longest a route may take, depot to depot */
  maxDuration?: number
  /** how many routes (vans) at most */
  maxVehicles?: number
  /** planar coordinates of the nodes, when known: they guide SWAP* and the neighbourhoods' sectors */
  coordinates?: [number, number][]
}

export const isTimed = (problem: RoutingProblem) => problem.windows !== undefined || problem.maxDuration !== undefined

/** A problem that breaks these rules is a programming error of the caller, not bad user input. */
export function assertWellFormed(problem: RoutingProblem): void {
  const { size } = problem
  const fail = (message: string) => {
    throw new Error(`routing problem: ${message}`)
  }
  if (size < 2) fail('needs a depot and at least one client')
  if (problem.distance.length !== size * size) fail('distance matrix is not size × size')
  if (problem.duration && problem.duration.length !== size * size) fail('duration matrix is not size × size')
  if (isTimed(problem) && !problem.duration) fail('windows or a duration limit need a duration matrix')
  for (const [name, values] of [
    ['delivery', problem.delivery],
    ['pickup', problem.pickup],
    ['service', problem.service],
    ['windows', problem.windows],
  ] as const) {
    if (values && values.length !== size) fail(`${name} has ${values.length} entries for ${size} nodes`)
  }
  if (!(problem.capacity > 0)) fail('capacity must be positive')
  if (problem.maxVehicles !== undefined && problem.maxVehicles < 1) fail('maxVehicles must be at least 1')
}

/** A solution: routes as lists of client nodes (depot left out), and how it measures. */
export interface RoutingSolution {
  routes: number[][]
  /** total of `distance` over all routes */
  distance: number
  /** load above capacity, summed over routes */
  excessLoad: number
  /** minutes late (time warp) plus minutes over the duration limit, summed over routes */
  timeWarp: number
  /** routes beyond maxVehicles */
  excessVehicles: number
  feasible: boolean
}

export interface SolverOptions {
  seed: number
  /** stop after this many seconds */
  seconds: number
  /** stop after this many genetic iterations as well: the same seed and budget give the same routes */
  maxIterations?: number
}
