import type { Random } from '../../../demo/random.js'
import type { Individual } from './individual.js'
import type { Penalties } from './problem-data.js'

/** HGS-CVRP's population parameters (Vidal 2022, table 1). */
export interface PopulationParameters {
  /** survivors of each subpopulation */
  mu: number
  /** offspring before a survivor selection */
  lambda: number
  /** elite individuals protected by the biased fitness */
  elite: number
  /** closest individuals counted for the diversity contribution */
  close: number
}

export const defaultPopulationParameters: PopulationParameters = { mu: 25, lambda: 40, elite: 4, close: 5 }

/**
 * Two subpopulations, feasible and infeasible. Survivors are chosen by biased fitness: the rank
 * by cost plus the rank by contribution to diversity, so the search keeps good and different
 * solutions apart from merely good ones.
 */
export class Population {
  private readonly feasible: Individual[] = []
  private readonly infeasible: Individual[] = []

  constructor(
    private readonly params: PopulationParameters,
    private readonly random: Random,
    private readonly penalties: Penalties,
  ) {}

  get size(): number {
    return this.feasible.length + this.infeasible.length
  }

  add(individual: Individual): void {
    const group = individual.feasible ? this.feasible : this.infeasible
    for (const other of group) {
      const distance = individual.distanceTo(other)
      insertSorted(individual.closest, { distance, other })
      insertSorted(other.closest, { distance, other: individual })
    }
    group.push(individual)
    if (group.length > this.params.mu + this.params.lambda) this.selectSurvivors(group)
  }

  /** Binary tournament on biased fitness over both subpopulations. */
  selectParent(): Individual {
    this.updateFitness(this.feasible)
    this.updateFitness(this.infeasible)
    const pick = () => {
      const index = Math.floor(this.random.next() * this.size)
      return (index < this.feasible.length ? this.feasible[index] : this.infeasible[index - this.feasible.length]) as Individual
    }
    const a = pick()
    const b = pick()
    return a.biasedFitness < b.biasedFitness ? a : b
  }

  clear(): void {
    this.feasible.length = 0
    this.infeasible.length = 0
  }

  private selectSurvivors(group: Individual[]): void {
    while (group.length > this.params.mu) {
      this.updateFitness(group)
      let worst = 0
      let worstIsClone = false
      group.forEach((individual, i) => {
        const isClone = (individual.closest[0]?.distance ?? 1) < 1e-9
        const current = group[worst] as Individual
        if ((isClone && !worstIsClone) || (isClone === worstIsClone && individual.biasedFitness > current.biasedFitness)) {
          worst = i
          worstIsClone = isClone
        }
      })
      const [removed] = group.splice(worst, 1)
      for (const other of group) {
        const at = other.closest.findIndex((c) => c.other === removed)
        if (at >= 0) other.closest.splice(at, 1)
      }
    }
  }

  private updateFitness(group: Individual[]): void {
    if (group.length === 0) return
    if (group.length === 1) {
      ;(group[0] as Individual).biasedFitness = 0
      return
    }
    const byCost = group.map((individual) => ({ individual, cost: individual.penalisedCost(this.penalties) }))
    byCost.sort((a, b) => a.cost - b.cost)
    const byDiversity = byCost.map(({ individual }, rank) => ({ individual, rank, diversity: -individual.diversity(this.params.close) }))
    byDiversity.sort((a, b) => a.diversity - b.diversity)
    const last = group.length - 1
    const weight = 1 - this.params.elite / group.length
    byDiversity.forEach(({ individual, rank }, diversityRank) => {
      individual.biasedFitness = rank / last + weight * (diversityRank / last)
    })
  }
}

function insertSorted(list: { distance: number; other: Individual }[], entry: { distance: number; other: Individual }): void {
  let at = list.length
  while (at > 0 && (list[at - 1]?.distance ?? 0) > entry.distance) at--
  list.splice(at, 0, entry)
}
