import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { Random } from '../../../demo/random.js'
import { toCvrplibRoutes, toRoutingProblem } from './cvrp-instance.js'
import { parseCvrplib } from './cvrplib.js'
import { solveRouting } from './hgs.js'
import type { RoutingProblem, RoutingSolution } from './problem.js'
import { ProblemData } from './problem-data.js'
import { runInWorker } from './run-in-worker.js'
import { savingsRoutes } from './savings.js'
import { verifyCvrpSolution } from './verify-cvrp.js'

const budget = { seconds: 30, maxIterations: 300 }

async function augerat(name: string) {
  const instance = parseCvrplib(await readFile(`data/cvrplib/${name}.vrp`, 'utf8'))
  return { instance, ...toRoutingProblem(instance) }
}

/** Points on a plane; distance and minutes are both the rounded Euclidean distance. */
function planeProblem(points: [number, number][], extra: Partial<RoutingProblem> = {}): RoutingProblem {
  const n = points.length
  const distance = new Float64Array(n * n)
  points.forEach(([x1, y1], i) => {
    points.forEach(([x2, y2], j) => {
      distance[i * n + j] = Math.round(Math.hypot(x1 - x2, y1 - y2))
    })
  })
  return { size: n, distance, duration: distance, delivery: points.map((_, i) => (i === 0 ? 0 : 1)), capacity: 100, ...extra }
}

/** Drives each route as written, waiting where early; an independent check of windows, shift, capacity. */
function drive(problem: RoutingProblem, solution: RoutingSolution) {
  const n = problem.size
  const late: number[] = []
  let overloaded = false
  let overtime = false
  for (const route of solution.routes) {
    const [shiftStart, shiftEnd] = problem.windows?.[0] ?? [0, Number.POSITIVE_INFINITY]
    let time = shiftStart
    let previous = 0
    let load = route.reduce((sum, c) => sum + (problem.delivery[c] ?? 0), 0)
    if (load > problem.capacity) overloaded = true
    for (const client of route) {
      time = Math.max(time + (problem.duration?.[previous * n + client] ?? 0), problem.windows?.[client]?.[0] ?? 0)
      if (time > (problem.windows?.[client]?.[1] ?? Number.POSITIVE_INFINITY)) late.push(client)
      time += problem.service?.[client] ?? 0
      load += (problem.pickup?.[client] ?? 0) - (problem.delivery[client] ?? 0)
      if (load > problem.capacity) overloaded = true
      previous = client
    }
    time += problem.duration?.[previous * n] ?? 0
    if (time > shiftEnd || time - shiftStart > (problem.maxDuration ?? Number.POSITIVE_INFINITY)) overtime = true
  }
  return { late, overloaded, overtime }
}

describe('the routing solver', () => {
  it('solves A-n32-k5 feasibly and shorter than the savings it starts from, as the independent checker counts it', async () => {
    const { instance, problem, labels } = await augerat('A-n32-k5')
    const solution = solveRouting(problem, { seed: 1, ...budget })
    const verdict = verifyCvrpSolution(instance, toCvrplibRoutes(solution, labels))
    expect(verdict.problems).toEqual([])
    expect(verdict.cost).toBe(solution.distance)
    const savings = savingsRoutes(new ProblemData(problem)).map((route) => route.map((node) => labels[node] ?? -1))
    expect(verdict.cost).toBeLessThan(verifyCvrpSolution(instance, savings).cost)
  })

  it('gives the same routes for the same seed and iterations', async () => {
    const { problem } = await augerat('A-n33-k6')
    const first = solveRouting(problem, { seed: 7, ...budget })
    const second = solveRouting(problem, { seed: 7, ...budget })
    expect(second.routes).toEqual(first.routes)
  })

  it('gives the same routes on a solver thread as in the caller', async () => {
    const { problem } = await augerat('A-n32-k5')
    const options = { seed: 3, seconds: 30, maxIterations: 100 }
    expect((await runInWorker({ kind: 'route', problem, options })).routes).toEqual(solveRouting(problem, options).routes)
  }, 60_000)

  it('respects time windows that force the order, service times and the shift', () => {
    // Clients on a line; the far ones must be served early, the near ones late.
    const points: [number, number][] = [
      [0, 0],
      [10, 0],
      [20, 0],
      [30, 0],
      [40, 0],
    ]
    const problem = planeProblem(points, {
      service: [0, 5, 5, 5, 5],
      windows: [
        [0, 200],
        [150, 170],
        [120, 140],
        [40, 60],
        [40, 60],
      ],
      maxDuration: 200,
      maxVehicles: 1,
    })
    const solution = solveRouting(problem, { seed: 1, ...budget })
    expect(solution.feasible).toBe(true)
    expect(drive(problem, solution)).toEqual({ late: [], overloaded: false, overtime: false })
    // 3 and 4 (either way round: the same km) before 2, then 1: the only order the windows allow
    expect(solution.routes).toHaveLength(1)
    expect(solution.routes[0]?.slice(2)).toEqual([2, 1])
  })

  it('keeps routes within capacity, pickups included, and within the fleet', () => {
    const random = new Random(5)
    const points = Array.from({ length: 25 }, (): [number, number] => [random.int(0, 100), random.int(0, 100)])
    const delivery = points.map((_, i) => (i === 0 ? 0 : random.int(1, 9)))
    const pickup = points.map((_, i) => (i === 0 ? 0 : random.int(1, 9)))
    const problem = planeProblem(points, { delivery, pickup, capacity: 45, maxVehicles: 5 })
    const solution = solveRouting(problem, { seed: 2, ...budget })
    expect(solution.feasible).toBe(true)
    expect(solution.routes.length).toBeLessThanOrEqual(5)
    expect(drive(problem, solution).overloaded).toBe(false)
    expect(solution.routes.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))
  })

  it('says so when no plan fits: too much load for the vans it may use', () => {
    const points: [number, number][] = [
      [0, 0],
      [5, 5],
      [-5, 5],
      [5, -5],
    ]
    const problem = planeProblem(points, { delivery: [0, 40, 40, 40], capacity: 50, maxVehicles: 2 })
    const solution = solveRouting(problem, { seed: 1, ...budget })
    expect(solution.feasible).toBe(false)
    expect(solution.excessLoad).toBeGreaterThan(0)
  })

  it('reports a shift too short for the work as time warp', () => {
    const problem = planeProblem(
      [
        [0, 0],
        [50, 0],
        [0, 50],
      ],
      {
        windows: [
          [0, 100],
          [0, 1000],
          [0, 1000],
        ],
        maxVehicles: 1,
      },
    )
    const solution = solveRouting(problem, { seed: 1, ...budget })
    expect(solution.feasible).toBe(false)
    expect(solution.timeWarp).toBeGreaterThan(0)
    expect(drive(problem, solution).overtime).toBe(true)
  })
})
