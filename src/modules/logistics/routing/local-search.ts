import type { Random } from '../../../demo/random.js'
import { Concat } from './concat.js'
import { type MoveContext, relocateChain, swapChains, swapTails, swapTailsReversed } from './inter-route-moves.js'
import { relocateWithin, swapWithin, twoOpt } from './intra-route-moves.js'
import type { Penalties, ProblemData } from './problem-data.js'
import { Route } from './route.js'
import { shuffle } from './shuffle.js'
import { swapStar } from './swap-star.js'

/**
 * The education step of the hybrid genetic search: first-improvement local search over granular
 * neighbourhoods (Toth & Vigo 2003) — each client is only tried next to its few closest
 * neighbours — with relocate, or-opt, swap, cross exchange, 2-opt and 2-opt*, then SWAP*
 * (Vidal 2022) between routes whose sectors overlap. A pair is tried again only when one of
 * its routes changed since the last try.
 */
export class LocalSearch {
  private readonly routes: Route[]
  private readonly routeOf: Int32Array
  private readonly posOf: Int32Array
  private readonly lastTested: Int32Array
  private readonly ctx: MoveContext
  private moveCount = 0
  private penalties: Penalties = { load: 1, time: 1 }

  constructor(
    private readonly data: ProblemData,
    private readonly neighbours: number[][],
    private readonly random: Random,
  ) {
    this.routes = Array.from({ length: data.maxVehicles }, (_, i) => new Route(i, data))
    this.routeOf = new Int32Array(data.n)
    this.posOf = new Int32Array(data.n)
    this.lastTested = new Int32Array(data.n)
    this.ctx = {
      data,
      penalties: this.penalties,
      a: new Concat(data),
      b: new Concat(data),
      commit: (...routes: Route[]) => {
        this.moveCount++
        for (const route of routes) {
          route.update(this.penalties, this.routeOf, this.posOf)
          route.modifiedAt = this.moveCount
        }
      },
    }
  }

  /** Improves the routes until no move in the neighbourhood gains; returns the new routes. */
  run(routes: readonly number[][], penalties: Penalties): number[][] {
    this.penalties.load = penalties.load
    this.penalties.time = penalties.time
    this.load(routes)
    const order = shuffle(this.data.clients.slice(), this.random)
    for (const list of this.neighbours) shuffle(list, this.random)
    this.lastTested.fill(-1)
    let improved = true
    for (let loop = 0; improved; loop++) {
      improved = false
      for (const u of order) {
        const lastTest = this.lastTested[u] ?? -1
        this.lastTested[u] = this.moveCount
        for (const v of this.neighbours[u] ?? []) {
          const ru = this.routeOf[u] as number
          const rv = this.routeOf[v] as number
          const modified = Math.max(this.route(ru).modifiedAt, this.route(rv).modifiedAt)
          if (lastTest >= 0 && modified <= lastTest) continue
          if (this.tryPair(u, v)) improved = true
        }
        if (loop > 0 && this.tryEmptyRoute(u)) improved = true
      }
      if (!improved && this.data.coordinates && !this.data.timed && swapStar(this.ctx, this.routes, this.data.coordinates)) improved = true
    }
    return this.routes.filter((r) => !r.isEmpty).map((r) => r.clients())
  }

  private route(index: number): Route {
    return this.routes[index] as Route
  }

  private load(routes: readonly number[][]): void {
    if (routes.length > this.routes.length) throw new Error('more routes than the local search holds')
    this.moveCount = 0
    this.routes.forEach((route, i) => {
      route.setClients(routes[i] ?? [])
      route.update(this.penalties, this.routeOf, this.posOf)
      route.modifiedAt = -1
    })
  }

  /** The moves of U next to its neighbour V, in HGS-CVRP's order; true when one was applied. */
  private tryPair(u: number, v: number): boolean {
    const ru = this.route(this.routeOf[u] as number)
    const rv = this.route(this.routeOf[v] as number)
    const pu = this.posOf[u] as number
    const pv = this.posOf[v] as number
    const ctx = this.ctx
    if (ru === rv) {
      return (
        relocateWithin(ctx, ru, pu, 1, false, pv) ||
        relocateWithin(ctx, ru, pu, 2, false, pv) ||
        relocateWithin(ctx, ru, pu, 2, true, pv) ||
        swapWithin(ctx, ru, pu, 1, pv) ||
        swapWithin(ctx, ru, pu, 2, pv) ||
        twoOpt(ctx, ru, pu, pv) ||
        (pv === 1 && relocateWithin(ctx, ru, pu, 1, false, 0))
      )
    }
    return (
      this.interMoves(ru, pu, rv, pv) ||
      swapChains(ctx, ru, pu, 1, rv, pv, 1) ||
      swapChains(ctx, ru, pu, 2, rv, pv, 1) ||
      swapChains(ctx, ru, pu, 2, rv, pv, 2) ||
      (pv === 1 && this.interMoves(ru, pu, rv, 0))
    )
  }

  private interMoves(ru: Route, pu: number, rv: Route, pv: number): boolean {
    const ctx = this.ctx
    return (
      relocateChain(ctx, ru, pu, 1, false, rv, pv) ||
      relocateChain(ctx, ru, pu, 2, false, rv, pv) ||
      relocateChain(ctx, ru, pu, 2, true, rv, pv) ||
      swapTails(ctx, ru, pu, rv, pv) ||
      swapTailsReversed(ctx, ru, pu, rv, pv)
    )
  }

  /** Opens a new route for U (and what follows it) when the fleet allows another. */
  private tryEmptyRoute(u: number): boolean {
    const empty = this.routes.find((r) => r.isEmpty)
    if (!empty) return false
    const ru = this.route(this.routeOf[u] as number)
    const pu = this.posOf[u] as number
    return this.interMoves(ru, pu, empty, 0)
  }
}
