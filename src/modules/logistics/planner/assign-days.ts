import { solveRouting } from '../routing/hgs.js'
import { dayProblem } from './day-problem.js'
import { candidatePatterns, spacingPenalty } from './visit-patterns.js'
import type { WeekInput } from './week-types.js'

/** km a pattern costs per unit of spacing penalty: Mon/Wed instead of Mon/Thu costs 30 km. */
const spacingWeight = 15
/** km a day costs per squared visit above or below the week's mean */
const balanceWeight = 5
/** patterns spread worse than the best one by more than this are not considered */
const spacingSlack = 2.5

interface State {
  input: WeekInput
  candidates: number[][][]
  chosen: number[][]
  /** per weekday: routes as lists of matrix indices */
  routes: Map<number, number[][]>
  visits: Map<number, number>
  mean: number
  /** km per visit on a day that was too full for the vans */
  dayPenalty: ReadonlyMap<number, number>
}

/**
 * Chooses the visit days of every location (a periodic VRP's pattern choice): first greedily,
 * each location on the days where its nearest already-planned neighbour is closest; then, with
 * each day routed quickly, moving a location to another pattern whenever the km saved by taking
 * it out of its days' routes, less the km of inserting it into the new days' routes, plus the
 * change in balance and spacing, is a gain. Time windows are left to the routing that follows.
 */
export function assignDays(
  input: WeekInput,
  visitDays: number[][],
  iterations: number,
  dayPenalty: ReadonlyMap<number, number> = new Map(),
): number[][] {
  const state = initialState(input, visitDays, dayPenalty)
  greedyStart(state)
  for (const weekday of input.weekdays) state.routes.set(weekday, quickRoutes(state, weekday, iterations))
  for (let round = 0; round < 20 && improvePatterns(state); round++);
  return state.chosen
}

function initialState(input: WeekInput, visitDays: number[][], dayPenalty: ReadonlyMap<number, number>): State {
  const candidates = input.stops.map((stop, i) => {
    const all = candidatePatterns(visitDays[i] ?? [], stop.visitsPerWeek)
    const best = spacingPenalty(all[0] ?? [])
    return all.filter((p) => spacingPenalty(p) <= best + spacingSlack)
  })
  const total = input.stops.reduce((sum, s) => sum + s.visitsPerWeek, 0)
  return {
    input,
    candidates,
    chosen: input.stops.map(() => []),
    routes: new Map(input.weekdays.map((d) => [d, []])),
    visits: new Map(input.weekdays.map((d) => [d, 0])),
    mean: total / input.weekdays.length,
    dayPenalty,
  }
}

const km = (state: State, from: number, to: number) => state.input.matrix.km[from * (state.input.stops.length + 1) + to] ?? 0

/** Marginal balance cost of one visit more (+1) or less (−1) on a day. */
function balanceChange(state: State, weekday: number, change: 1 | -1): number {
  const before = (state.visits.get(weekday) ?? 0) - state.mean
  return balanceWeight * ((before + change) ** 2 - before ** 2) + change * (state.dayPenalty.get(weekday) ?? 0)
}

function greedyStart(state: State): void {
  const { input } = state
  const members = new Map<number, number[]>(input.weekdays.map((d) => [d, [0]]))
  const order = input.stops
    .map((_, i) => i)
    .sort((a, b) => (state.candidates[a]?.length ?? 0) - (state.candidates[b]?.length ?? 0) || km(state, 0, b + 1) - km(state, 0, a + 1))
  for (const i of order) {
    const node = i + 1
    let best: { pattern: number[]; cost: number } | null = null
    for (const pattern of state.candidates[i] ?? []) {
      const cost =
        spacingWeight * spacingPenalty(pattern) +
        pattern.reduce(
          (sum, d) => sum + Math.min(...(members.get(d) ?? [0]).map((m) => km(state, m, node))) + balanceChange(state, d, 1),
          0,
        )
      if (!best || cost < best.cost) best = { pattern, cost }
    }
    state.chosen[i] = best?.pattern ?? []
    for (const d of state.chosen[i] ?? []) {
      members.get(d)?.push(node)
      state.visits.set(d, (state.visits.get(d) ?? 0) + 1)
    }
  }
}

function quickRoutes(state: State, weekday: number, iterations: number): number[][] {
  const stops = state.chosen.flatMap((pattern, i) => (pattern.includes(weekday) ? [i] : []))
  if (stops.length === 0) return []
  const { problem, nodes } = dayProblem(state.input, weekday, stops)
  const solution = solveRouting(problem, { seed: state.input.seed, seconds: 60, maxIterations: iterations })
  return solution.routes.map((route) => route.map((k) => nodes[k] as number))
}

function removalGain(state: State, weekday: number, node: number): number {
  for (const route of state.routes.get(weekday) ?? []) {
    const at = route.indexOf(node)
    if (at < 0) continue
    const before = route[at - 1] ?? 0
    const after = route[at + 1] ?? 0
    return km(state, before, node) + km(state, node, after) - km(state, before, after)
  }
  return 0
}

function cheapestInsertion(state: State, weekday: number, node: number): { cost: number; route: number; at: number } {
  const routes = state.routes.get(weekday) ?? []
  let best = { cost: 2 * km(state, 0, node), route: -1, at: 0 }
  routes.forEach((route, r) => {
    for (let at = 0; at <= route.length; at++) {
      const before = route[at - 1] ?? 0
      const after = route[at] ?? 0
      const cost = km(state, before, node) + km(state, node, after) - km(state, before, after)
      if (cost < best.cost) best = { cost, route: r, at }
    }
  })
  return best
}

/** One pass over the locations; true when a pattern changed. */
function improvePatterns(state: State): boolean {
  let improved = false
  state.input.stops.forEach((_, i) => {
    const node = i + 1
    const current = state.chosen[i] ?? []
    let best: { pattern: number[]; gain: number } | null = null
    for (const pattern of state.candidates[i] ?? []) {
      const leaving = current.filter((d) => !pattern.includes(d))
      const joining = pattern.filter((d) => !current.includes(d))
      if (leaving.length === 0 && joining.length === 0) continue
      const change =
        spacingWeight * (spacingPenalty(pattern) - spacingPenalty(current)) +
        leaving.reduce((sum, d) => sum - removalGain(state, d, node) + balanceChange(state, d, -1), 0) +
        joining.reduce((sum, d) => sum + cheapestInsertion(state, d, node).cost + balanceChange(state, d, 1), 0)
      if (change < -1e-6 && (!best || change < best.gain)) best = { pattern, gain: change }
    }
    if (!best) return
    moveStop(state, node, current, best.pattern)
    state.chosen[i] = best.pattern
    improved = true
  })
  return improved
}

function moveStop(state: State, node: number, from: number[], to: number[]): void {
  for (const d of from.filter((day) => !to.includes(day))) {
    const routes = (state.routes.get(d) ?? []).map((route) => route.filter((n) => n !== node)).filter((route) => route.length > 0)
    state.routes.set(d, routes)
    state.visits.set(d, (state.visits.get(d) ?? 0) - 1)
  }
  for (const d of to.filter((day) => !from.includes(day))) {
    const { route, at } = cheapestInsertion(state, d, node)
    const routes = state.routes.get(d) ?? []
    if (route < 0) routes.push([node])
    else routes[route]?.splice(at, 0, node)
    state.routes.set(d, routes)
    state.visits.set(d, (state.visits.get(d) ?? 0) + 1)
  }
}
