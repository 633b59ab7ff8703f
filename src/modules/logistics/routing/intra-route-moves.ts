import type { MoveContext } from './inter-route-moves.js'
import type { Route } from './route.js'

const epsilon = 1e-7

/**
 * Moves inside one route. A route holds a dozen clients or so, so each candidate order is built
 * and priced whole (O(route length)); that keeps asymmetric distances, pickups and time windows
 * right without a special case per move.
 */
function tryOrder(ctx: MoveContext, route: Route, clients: readonly number[]): boolean {
  const { data } = ctx
  let distance = 0
  let previous = 0
  const concat = ctx.a.startAt(0)
  for (const client of clients) {
    distance += data.d(previous, client)
    concat.addNode(client)
    previous = client
  }
  distance += data.d(previous, 0)
  if (distance - route.distance >= route.penalty - epsilon) return false
  const penalty = concat.addNode(0).penalty(ctx.penalties)
  if (distance + penalty - route.distance - route.penalty > -epsilon) return false
  route.setClients(clients)
  ctx.commit(route)
  return true
}

/** Moves `count` clients from pu to after pv in the same route, optionally reversed. */
export function relocateWithin(ctx: MoveContext, route: Route, pu: number, count: number, reversed: boolean, pv: number): boolean {
  const lastU = pu + count - 1
  if (lastU >= route.end || (pv >= pu - 1 && pv <= lastU)) return false
  const clients = route.clients()
  const chain = clients.splice(pu - 1, count)
  if (reversed) chain.reverse()
  const at = pv < pu ? pv : pv - count
  clients.splice(at, 0, ...chain)
  return tryOrder(ctx, route, clients)
}

/** Exchanges the client at pu (and the next, for countU = 2) with the one at pv, in one route. */
export function swapWithin(ctx: MoveContext, route: Route, pu: number, countU: number, pv: number): boolean {
  const lastU = pu + countU - 1
  if (pv < 1 || lastU >= route.end || (pv >= pu && pv <= lastU)) return false
  const clients = route.clients()
  const chainU = clients.slice(pu - 1, lastU)
  const v = clients[pv - 1] as number
  if (pv < pu) {
    clients.splice(pu - 1, countU, v)
    clients.splice(pv - 1, 1, ...chainU)
  } else {
    clients.splice(pv - 1, 1, ...chainU)
    clients.splice(pu - 1, countU, v)
  }
  return tryOrder(ctx, route, clients)
}

/** 2-opt: reverses the clients between U and V (U before V), replacing edges U–X and V–Y by U–V and X–Y. */
export function twoOpt(ctx: MoveContext, route: Route, pu: number, pv: number): boolean {
  const [from, to] = pu < pv ? [pu, pv] : [pv, pu]
  if (to < from + 2 || to >= route.end) return false
  const clients = route.clients()
  const middle = clients.slice(from, to).reverse()
  clients.splice(from, to - from, ...middle)
  return tryOrder(ctx, route, clients)
}
