import type { MoveContext } from './inter-route-moves.js'
import type { Route } from './route.js'

const epsilon = 1e-7
const turn = 2 * Math.PI

interface Insertion {
  cost: number
  /** insert after this node of the other route */
  after: number
}

/** The polar sector of a route's clients around the depot: start angle and width, grown point by point. */
function sectorOf(route: Route, angle: (node: number) => number): [number, number] {
  let start = angle(route.node(1))
  let width = 0
  for (let p = 2; p < route.end; p++) {
    const a = angle(route.node(p))
    const fromStart = (a - start + turn) % turn
    if (fromStart <= width) continue
    const beforeStart = (start - a + turn) % turn
    if (beforeStart < fromStart - width) {
      start = a
      width += beforeStart
    } else width = fromStart
  }
  return [start, width]
}

function overlap([s1, w1]: [number, number], [s2, w2]: [number, number]): boolean {
  return (s2 - s1 + turn) % turn <= w1 + epsilon || (s1 - s2 + turn) % turn <= w2 + epsilon
}

/**
 * SWAP* (Vidal 2022, "Hybrid genetic search for the CVRP: open-source implementation and SWAP*
 * neighborhood"): exchanges U of one route with V of another, each going to its best place in the
 * other route rather than to the other's old place. Only for routes whose polar sectors overlap,
 * and only without time windows or pickups (the load change is then a plain difference).
 */
export function swapStar(ctx: MoveContext, routes: Route[], coordinates: readonly (readonly [number, number])[]): boolean {
  const [dx, dy] = coordinates[0] ?? [0, 0]
  const angles = coordinates.map(([x, y]) => (Math.atan2(y - dy, x - dx) + turn) % turn)
  const angle = (node: number) => angles[node] ?? 0
  const used = routes.filter((r) => !r.isEmpty)
  const sectors = used.map((r) => sectorOf(r, angle))
  let improved = false
  for (let i = 0; i < used.length; i++) {
    for (let j = i + 1; j < used.length; j++) {
      const [r1, r2] = [used[i] as Route, used[j] as Route]
      if (r1.isEmpty || r2.isEmpty || !overlap(sectors[i] as [number, number], sectors[j] as [number, number])) continue
      if (bestSwapStar(ctx, r1, r2)) improved = true
    }
  }
  return improved
}

function removalGain(ctx: MoveContext, route: Route, p: number): number {
  const [a, u, b] = [route.node(p - 1), route.node(p), route.node(p + 1)]
  return ctx.data.d(a, b) - ctx.data.d(a, u) - ctx.data.d(u, b)
}

/** The three cheapest places to insert `node` into `route`. */
function topInsertions(ctx: MoveContext, node: number, route: Route): Insertion[] {
  const best: Insertion[] = []
  for (let p = 0; p < route.end; p++) {
    const [a, b] = [route.node(p), route.node(p + 1)]
    const cost = ctx.data.d(a, node) + ctx.data.d(node, b) - ctx.data.d(a, b)
    if (best.length < 3 || cost < (best[2] as Insertion).cost) {
      best.push({ cost, after: a })
      best.sort((x, y) => x.cost - y.cost)
      if (best.length > 3) best.pop()
    }
  }
  return best
}

/** Cheapest insertion of `node` into `route` once `removed` (at position pr) has left it. */
function insertionWithout(ctx: MoveContext, node: number, route: Route, pr: number, top: Insertion[]): Insertion {
  const removed = route.node(pr)
  const before = route.node(pr - 1)
  const after = route.node(pr + 1)
  let best: Insertion = { cost: ctx.data.d(before, node) + ctx.data.d(node, after) - ctx.data.d(before, after), after: before }
  for (const candidate of top) {
    if (candidate.after === removed || candidate.after === before) continue
    if (candidate.cost < best.cost) best = candidate
    break
  }
  return best
}

function loadPenalty(ctx: MoveContext, load: number): number {
  return ctx.penalties.load * Math.max(0, load - ctx.data.capacity)
}

function bestSwapStar(ctx: MoveContext, r1: Route, r2: Route): boolean {
  const { data } = ctx
  const load1 = r1.pre(r1.end).load
  const load2 = r2.pre(r2.end).load
  const top1 = r1.clients().map((u) => topInsertions(ctx, u, r2))
  const top2 = r2.clients().map((v) => topInsertions(ctx, v, r1))
  let best = { gain: -epsilon, pu: 0, pv: 0, u: { cost: 0, after: 0 }, v: { cost: 0, after: 0 } }
  for (let pu = 1; pu < r1.end; pu++) {
    const u = r1.node(pu)
    const removeU = removalGain(ctx, r1, pu)
    for (let pv = 1; pv < r2.end; pv++) {
      const v = r2.node(pv)
      const shift = (data.delivery[v] ?? 0) - (data.delivery[u] ?? 0)
      const penaltyChange = loadPenalty(ctx, load1 + shift) + loadPenalty(ctx, load2 - shift) - r1.penalty - r2.penalty
      const partial = removeU + removalGain(ctx, r2, pv) + penaltyChange
      if (partial >= best.gain) continue
      const insertU = insertionWithout(ctx, u, r2, pv, top1[pu - 1] as Insertion[])
      const insertV = insertionWithout(ctx, v, r1, pu, top2[pv - 1] as Insertion[])
      const gain = partial + insertU.cost + insertV.cost
      if (gain < best.gain) best = { gain, pu, pv, u: insertU, v: insertV }
    }
  }
  if (best.pu === 0) return false
  const u = r1.node(best.pu)
  const v = r2.node(best.pv)
  const clients1 = r1.clients().filter((c) => c !== u)
  const clients2 = r2.clients().filter((c) => c !== v)
  clients1.splice(best.v.after === 0 ? 0 : clients1.indexOf(best.v.after) + 1, 0, v)
  clients2.splice(best.u.after === 0 ? 0 : clients2.indexOf(best.u.after) + 1, 0, u)
  r1.setClients(clients1)
  r2.setClients(clients2)
  ctx.commit(r1, r2)
  return true
}
