import type { Individual } from './individual.js'
import type { Penalties, ProblemData } from './problem-data.js'

const targetFeasible = 0.2
const [minimum, maximum] = [0.1, 100_000]

/**
 * Adapts the weights of excess load and time warp so that about a fifth of the educated
 * offspring come out feasible (HGS-CVRP): too few, the weight grows by 20 %; too many, it
 * shrinks by 15 %.
 */
export class PenaltyManager {
  readonly current: Penalties
  private loadFeasible: boolean[] = []
  private timeFeasible: boolean[] = []

  constructor(data: ProblemData) {
    this.current = { load: clamp(data.maxDistance / Math.max(1, data.maxLoad)), time: 1 }
  }

  record(individual: Individual): void {
    this.loadFeasible.push(individual.excessLoad < 1e-9)
    this.timeFeasible.push(individual.lateness < 1e-9)
  }

  adapt(): void {
    this.current.load = adapted(this.current.load, this.loadFeasible)
    this.current.time = adapted(this.current.time, this.timeFeasible)
    this.loadFeasible = []
    this.timeFeasible = []
  }

  /** Stronger weights for repairing an infeasible offspring. */
  boosted(factor: number): Penalties {
    return { load: this.current.load * factor, time: this.current.time * factor }
  }
}

function adapted(weight: number, feasible: boolean[]): number {
  if (feasible.length === 0) return weight
  const share = feasible.filter(Boolean).length / feasible.length
  if (share < targetFeasible - 0.05) return clamp(weight * 1.2)
  if (share > targetFeasible + 0.05) return clamp(weight * 0.85)
  return weight
}

const clamp = (weight: number) => Math.min(maximum, Math.max(minimum, weight))
