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
  const deadline = performance.now() + options.seconds * 1000
  const search = new HybridGeneticSearch(new ProblemData(problem), options.seed, deadline)
  search.seedPopulation()
  let sinceImprovement = 0
  for (let iteration = 1; iteration <= (options.maxIterations ?? Number.POSITIVE_INFINITY) && performance.now() < deadline; iteration++) {
    sinceImprovement = search.generation() ? 0 : sinceImprovement + 1
    if (iteration % 100 === 0) search.penalties.adapt()
    if (sinceImprovement >= restartAfter) {
      search.restart()
      sinceImprovement = 0
    }
  }
  return search.solution()
}

class HybridGeneticSearch {
  readonly penalties: PenaltyManager
  private readonly random: Random
  private readonly localSearch: LocalSearch
  private readonly splitter: Splitter
  private readonly population: Population
  private best: Individual | null = null

  constructor(
    private readonly data: ProblemData,
    seed: number,
    private readonly deadline: number,
  ) {
    this.random = new Random(seed)
    this.penalties = new PenaltyManager(data)
    this.localSearch = new LocalSearch(data, granularNeighbours(data, granularity), this.random)
    this.splitter = new Splitter(data)
    this.population = new Population(defaultPopulationParameters, this.random, this.penalties.current)
  }

  /** The savings solution and random giant tours, each split and educated. */
  seedPopulation(): void {
    this.offer(this.educate(this.splitter.split(savingsRoutes(this.data).flat(), this.penalties.current)))
    for (let i = 0; i < 4 * defaultPopulationParameters.mu && performance.now() < this.deadline; i++)
      this.offer(this.educate(this.splitter.split(shuffle(this.data.clients.slice(), this.random), this.penalties.current)))
  }

  /** One offspring: two parents, crossover, split, education; true when it is the new best. */
  generation(): boolean {
    const tour = orderedCrossover(this.population.selectParent().tour, this.population.selectParent().tour, this.random)
    return this.offer(this.educate(this.splitter.split(tour, this.penalties.current)))
  }

  restart(): void {
    this.population.clear()
    this.seedPopulation()
  }

  solution(): RoutingSolution {
    if (!this.best) throw new Error('the search found no solution at all')
    return toSolution(this.data, this.best)
  }

  /** Local search, then into the population; half of the infeasible ones are repaired with heavier penalties. */
  private educate(routes: number[][]): Individual {
    const individual = new Individual(this.data, this.localSearch.run(routes, this.penalties.current))
    this.penalties.record(individual)
    this.population.add(individual)
    if (individual.feasible || this.random.next() >= 0.5) return individual
    const repaired = new Individual(this.data, this.localSearch.run(individual.routes, this.penalties.boosted(10)))
    if (!repaired.feasible) return individual
    this.population.add(repaired)
    return repaired
  }

  /** Keeps the best solution: feasible beats infeasible, then the shorter (or less penalised). */
  private offer(candidate: Individual): boolean {
    const best = this.best
    const better =
      best === null ||
      (candidate.feasible && (!best.feasible || candidate.distance < best.distance - 1e-9)) ||
      (!candidate.feasible &&
        !best.feasible &&
        candidate.penalisedCost(this.penalties.current) < best.penalisedCost(this.penalties.current))
    if (better) this.best = candidate
    return better
  }
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
