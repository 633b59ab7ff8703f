import type { CvrplibInstance } from './cvrplib.js'
import type { RoutingProblem, RoutingSolution } from './problem.js'

/**
 * A CVRPLIB instance as a routing problem: the depot becomes node 0, the other nodes follow in
 * file order. `labels[k]` is the CVRPLIB number of problem node k — its 0-based index in the
 * file, which is how CVRPLIB's .sol files number customers when the depot is node 1.
 */
export function toRoutingProblem(instance: CvrplibInstance): { problem: RoutingProblem; labels: number[] } {
  const n = instance.dimension
  const labels = [instance.depot, ...Array.from({ length: n }, (_, i) => i).filter((i) => i !== instance.depot)]
  const distance = new Float64Array(n * n)
  labels.forEach((from, i) => {
    labels.forEach((to, j) => {
      distance[i * n + j] = instance.weights[from * n + to] ?? 0
    })
  })
  const problem: RoutingProblem = {
    size: n,
    distance,
    delivery: labels.map((node) => instance.demands[node] ?? 0),
    capacity: instance.capacity,
    ...(instance.vehicles !== null && { maxVehicles: instance.vehicles }),
    ...(instance.coordinates && { coordinates: labels.map((node) => instance.coordinates?.[node] ?? [0, 0]) }),
  }
  return { problem, labels }
}

/** Routes in CVRPLIB numbering. */
export function toCvrplibRoutes(solution: RoutingSolution, labels: readonly number[]): number[][] {
  return solution.routes.map((route) => route.map((node) => labels[node] ?? -1))
}

/** The CVRPLIB .sol text: `Route #1: 3 7 12` per route, then `Cost 784`. */
export function formatSol(routes: readonly (readonly number[])[], cost: number): string {
  const lines = routes.map((route, i) => `Route #${i + 1}: ${route.join(' ')}`)
  const rounded = Math.round(cost)
  lines.push(`Cost ${Math.abs(cost - rounded) < 1e-6 ? rounded : cost.toFixed(2)}`)
  return `${lines.join('\n')}\n`
}
