import type { CvrplibInstance } from './cvrplib.js'

export interface CvrpVerdict {
  feasible: boolean
  /** the cost recomputed from the instance */
  cost: number
  problems: string[]
}

/**
 * An independent check of a CVRP solution, sharing no code with the solver: every customer exactly
 * once, no route over capacity, no more routes than VEHICLES allows, and the cost summed again
 * from the file's coordinates (TSPLIB nint) or explicit weights. Routes use CVRPLIB numbering.
 */
export function verifyCvrpSolution(instance: CvrplibInstance, routes: readonly (readonly number[])[]): CvrpVerdict {
  const problems: string[] = []
  const seen = new Map<number, number>()
  let cost = 0
  routes.forEach((route, r) => {
    let load = 0
    let previous = instance.depot
    for (const customer of route) {
      if (!Number.isInteger(customer) || customer < 0 || customer >= instance.dimension || customer === instance.depot) {
        problems.push(`route ${r + 1} visits ${customer}, which is not a customer`)
        continue
      }
      seen.set(customer, (seen.get(customer) ?? 0) + 1)
      load += instance.demands[customer] ?? 0
      cost += edge(instance, previous, customer)
      previous = customer
    }
    cost += edge(instance, previous, instance.depot)
    if (route.length === 0) problems.push(`route ${r + 1} is empty`)
    if (load > instance.capacity) problems.push(`route ${r + 1} carries ${load}, more than the capacity ${instance.capacity}`)
  })
  for (let customer = 0; customer < instance.dimension; customer++) {
    if (customer === instance.depot) continue
    const visits = seen.get(customer) ?? 0
    if (visits !== 1) problems.push(`customer ${customer} is visited ${visits} times`)
  }
  if (instance.vehicles !== null && routes.length > instance.vehicles)
    problems.push(`${routes.length} routes, but only ${instance.vehicles} vehicles`)
  return { feasible: problems.length === 0, cost, problems }
}

function edge(instance: CvrplibInstance, from: number, to: number): number {
  if (instance.edgeWeightType === 'EXPLICIT') return instance.weights[from * instance.dimension + to] ?? Number.NaN
  const a = instance.coordinates?.[from]
  const b = instance.coordinates?.[to]
  if (!a || !b) return Number.NaN
  const dx = a[0] - b[0]
  const dy = a[1] - b[1]
  return Math.round(Math.sqrt(dx * dx + dy * dy))
}
