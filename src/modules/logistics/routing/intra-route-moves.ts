import { chainMoveChange, type MoveContext } from './inter-route-moves.js'
import type { Route } from './route.js'

const epsilon = 1e-7

/**
 * Moves inside one route. The distance change comes first, in O(1) from the cumulative arrays
 * (null where neighbouring positions make the formula wrong: then the new order is summed).
 * Only a move that can gain is built and, when load or time may change with the order, priced
 * whole — O(route length), a dozen stops or so.
 */
function tryOrder(ctx: MoveContext, route: Route, change: number | null, build: () => number[]): boolean {
  const { data } = ctx
  if (change !== null && change >= route.penalty - epsilon) return false
  const clients = build()
  let distance = 0
  let previous = 0
  for (const client of clients) {
    distance += data.d(previous, client)
    previous = client
  }
  distance += data.d(previous, 0)
  if (distance - route.distance >= route.penalty - epsilon) return false
  let penalty = 0
  if (data.timed || data.hasPickups) {
    const concat = ctx.a.startAt(0)
    for (const client of clients) concat.addNode(client)
    penalty = concat.addNode(0).penalty(ctx.penalties)
  } else penalty = route.penalty
  if (distance + penalty - route.distance - route.penalty > -epsilon) return false
  route.setClients(clients)
  ctx.commit(route)
  return true
}

/** Moves `count` clients from pu to after pv in the same route, optionally reversed. */
export function relocateWithin(ctx: MoveContext, route: Route, pu: number, count: number, reversed: boolean, pv: number): boolean {
  const lastU = pu + count - 1
  if (lastU >= route.end || (pv >= pu - 1 && pv <= lastU)) return false
  const change = chainMoveChange(ctx, route, pu, lastU, reversed, route, pv)
  return tryOrder(ctx, route, change, () => {
    const clients = route.clients()
    const chain = clients.splice(pu - 1, count)
    if (reversed) chain.reverse()
    clients.splice(pv < pu ? pv : pv - count, 0, ...chain)
    return clients
  })
}

/** Exchanges the client at pu (and the next, for countU = 2) with the one at pv, in one route. */
export function swapWithin(ctx: MoveContext, route: Route, pu: number, countU: number, pv: number): boolean {
  const lastU = pu + countU - 1
  if (pv < 1 || lastU >= route.end || (pv >= pu && pv <= lastU)) return false
  const { data } = ctx
  const adjacent = pv === pu - 1 || pv === lastU + 1
  const bu = route.node(pu - 1)
  const au = route.node(lastU + 1)
  const fu = route.node(pu)
  const lu = route.node(lastU)
  const bv = route.node(pv - 1)
  const v = route.node(pv)
  const av = route.node(pv + 1)
  const change = adjacent
    ? null
    : data.d(bu, v) + data.d(v, au) - data.d(bu, fu) - data.d(lu, au) + data.d(bv, fu) + data.d(lu, av) - data.d(bv, v) - data.d(v, av)
  return tryOrder(ctx, route, change, () => {
    const clients = route.clients()
    const chainU = clients.slice(pu - 1, lastU)
    if (pv < pu) {
      clients.splice(pu - 1, countU, v)
      clients.splice(pv - 1, 1, ...chainU)
    } else {
      clients.splice(pv - 1, 1, ...chainU)
      clients.splice(pu - 1, countU, v)
    }
    return clients
  })
}

/** 2-opt: reverses the clients between U and V (U before V), replacing edges U–X and V–Y by U–V and X–Y. */
export function twoOpt(ctx: MoveContext, route: Route, pu: number, pv: number): boolean {
  const [from, to] = pu < pv ? [pu, pv] : [pv, pu]
  if (to < from + 2 || to >= route.end) return false
  const { data } = ctx
  const a = route.node(from)
  const x = route.node(from + 1)
  const b = route.node(to)
  const y = route.node(to + 1)
  const change =
    data.d(a, b) + data.d(x, y) - data.d(a, x) - data.d(b, y) + route.revDistBetween(from + 1, to) - route.distBetween(from + 1, to)
  return tryOrder(ctx, route, change, () => {
    const clients = route.clients()
    clients.splice(from, to - from, ...clients.slice(from, to).reverse())
    return clients
  })
}
