import { Concat } from './concat.js'
import type { ProblemData } from './problem-data.js'

/**
 * Clarke & Wright's parallel savings (1964): start with one route per client, then join the two
 * routes whose join saves the most, d(i,0) + d(0,j) − d(i,j), as long as the joined route still
 * fits the van, its windows and the shift. Routes may be turned around only when that cannot
 * change anything (symmetric distances, no time). The solver's starting point and the
 * benchmark's baseline; the fleet limit is not enforced here.
 */
export function savingsRoutes(data: ProblemData): number[][] {
  const reversible = !data.timed && !data.hasPickups && isSymmetric(data)
  const routeOf = new Map<number, number[]>()
  for (const client of data.clients) routeOf.set(client, [client])
  const concat = new Concat(data)
  const fits = (clients: readonly number[]) => {
    concat.startAt(0)
    for (const client of clients) concat.addNode(client)
    concat.addNode(0)
    return concat.excessLoad() === 0 && concat.lateness() === 0
  }
  for (const { i, j } of rankedSavings(data)) {
    const a = routeOf.get(i) as number[]
    const b = routeOf.get(j) as number[]
    if (a === b) continue
    const joined = join(a, i, b, j, reversible)
    if (!joined || !fits(joined)) continue
    for (const client of joined) routeOf.set(client, joined)
  }
  return [...new Set(routeOf.values())]
}

function rankedSavings(data: ProblemData): { i: number; j: number; saving: number }[] {
  const savings: { i: number; j: number; saving: number }[] = []
  for (const i of data.clients)
    for (const j of data.clients) if (i !== j) savings.push({ i, j, saving: data.d(i, 0) + data.d(0, j) - data.d(i, j) })
  return savings.sort((x, y) => y.saving - x.saving || x.i - y.i || x.j - y.j)
}

/** Route a ending in i followed by route b starting with j, turning routes around if allowed. */
function join(a: number[], i: number, b: number[], j: number, reversible: boolean): number[] | null {
  const aEnds = a[a.length - 1] === i
  const bStarts = b[0] === j
  if (aEnds && bStarts) return [...a, ...b]
  if (!reversible) return null
  const aStarts = a[0] === i
  const bEnds = b[b.length - 1] === j
  if (!(aEnds || aStarts) || !(bStarts || bEnds)) return null
  return [...(aEnds ? a : [...a].reverse()), ...(bStarts ? b : [...b].reverse())]
}

function isSymmetric(data: ProblemData): boolean {
  for (let i = 0; i < data.n; i++) for (let j = i + 1; j < data.n; j++) if (data.d(i, j) !== data.d(j, i)) return false
  return true
}
