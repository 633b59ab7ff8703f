import { Random } from '../../../demo/random.js'
import { orderedCrossover } from './crossover.js'
import { Individual } from './individual.js'
import { LocalSearch } from './local-search.js'
import { granularNeighbours } from './neighbours.js'
import { PenaltyManager } from './penalty-manager.js'
import { defaultPopulationParameters, Population } from './population.js'
import type { RoutingProblem, RoutingSolution, SolverOptions } from './problem.js'
import { ProblemData } from './problem-data.js'
import { savingsRoutes } from './savings.js'
import { shuffle } from './shuffle.js'
import { Splitter } from './split.js'

/** Iterations without a new best before the population starts afresh (HGS-CVRP's default). */
const restartAfter = 20_000
const granularity = 20

/**
 * A hybrid genetic search for vehicle routing in the manner of Vidal's HGS-CVRP (2022) and PyVRP
 * (Wouda, Lan & Kool 2024): parents by binary tournament, ordered crossover on giant tours, Split,
 * local search as education, penalised infeasible solutions with weights that adapt to keep a
 * fifth of the offspring feasible, and survivors chosen for cost and diversity. Starts from
 * Clarke–Wright savings. Written here rather than bound to HGS-CVRP or PyVRP (C++/Python) so it
 * runs in Node without native code, with time windows, pickups and shift limits of our own vans.
 */
export function solveRouting(problem: RoutingProblem, options: SolverOptions): RoutingSolution {
  const started = performance.now()
  const deadline = started + options.seconds * 1000
  const maxIterations = options.maxIterations ?? Number.POSITIVE_INFINITY
  const data = new ProblemData(problem)
  const random = new Random(options.seed)
  const penalties = new PenaltyManager(data)
  const localSearch = new LocalSearch(data, granularNeighbours(data, granularity), random)
  const splitter = new Splitter(data)
  const population = new Population(defaultPopulationParameters, random, penalties.current)
  let best: Individual | null = null

  const educate = (routes: number[][]): Individual => {
    const individual = new Individual(data, localSearch.run(routes, penalties.current))
    penalties.record(individual)
    population.add(individual)
    if (!individual.feasible && random.next() < 0.5) {
      const repaired = new Individual(data, localSearch.run(individual.routes, penalties.boosted(10)))
      if (repaired.feasible) population.add(repaired)
      return repaired.feasible ? repaired : individual
    }
    return individual
  }
  const better = (candidate: Individual) =>
    best === null ||
    (candidate.feasible && (!best.feasible || candidate.distance < best.distance - 1e-9)) ||
    (!candidate.feasible && !best.feasible && candidate.penalisedCost(penalties.current) < best.penalisedCost(penalties.current))

  const seedPopulation = () => {
    const start = educate(splitter.split(savingsRoutes(data).flat(), penalties.current))
    if (better(start)) best = start
    for (let i = 0; i < 4 * defaultPopulationParameters.mu && performance.now() < deadline; i++) {
      const individual = educate(splitter.split(shuffle(data.clients.slice(), random), penalties.current))
      if (better(individual)) best = individual
    }
  }

  seedPopulation()
  let sinceImprovement = 0
  for (let iteration = 1; iteration <= maxIterations && performance.now() < deadline; iteration++) {
    const tour = orderedCrossover(population.selectParent().tour, population.selectParent().tour, random)
    const child = educate(splitter.split(tour, penalties.current))
    if (better(child)) {
      best = child
      sinceImprovement = 0
    } else sinceImprovement++
    if (iteration % 100 === 0) penalties.adapt()
    if (sinceImprovement >= restartAfter) {
      population.clear()
      seedPopulation()
      sinceImprovement = 0
    }
  }
  return toSolution(data, best as unknown as Individual)
}

function toSolution(data: ProblemData, individual: Individual): RoutingSolution {
  const excessVehicles = Math.max(0, individual.routes.length - (data.problem.maxVehicles ?? Number.POSITIVE_INFINITY))
  return {
    routes: individual.routes.map((route) => [...route]),
    distance: individual.distance,
    excessLoad: individual.excessLoad,
    timeWarp: individual.lateness,
    excessVehicles,
    feasible: individual.feasible && excessVehicles === 0,
  }
}
