import type { ProblemData } from './problem-data.js'

/**
 * Granular neighbourhoods: each client's `count` most related clients. Without time, related is
 * near; with windows, PyVRP's measure adds the waiting (weight 0.2) and the lateness (weight 1)
 * that going from one to the other would cause. Lists are made symmetric.
 */
export function granularNeighbours(data: ProblemData, count: number): number[][] {
  const lists: Set<number>[] = Array.from({ length: data.n }, () => new Set<number>())
  for (const i of data.clients) {
    const ranked = data.clients
      .filter((j) => j !== i)
      .map((j) => ({ j, relatedness: relatedness(data, i, j) }))
      .sort((a, b) => a.relatedness - b.relatedness || a.j - b.j)
      .slice(0, count)
    for (const { j } of ranked) {
      lists[i]?.add(j)
      lists[j]?.add(i)
    }
  }
  return lists.map((set) => [...set].sort((a, b) => a - b))
}

function relatedness(data: ProblemData, i: number, j: number): number {
  const distance = Math.min(data.d(i, j), data.d(j, i))
  if (!data.timed) return distance
  const travel = data.t(i, j)
  const service = data.service[i] ?? 0
  const wait = Math.max(0, (data.early[j] ?? 0) - travel - service - (data.late[i] ?? 0))
  const warp = Math.max(0, (data.early[i] ?? 0) + service + travel - (data.late[j] ?? 0))
  return distance + 0.2 * wait + warp
}
