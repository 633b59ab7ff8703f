import type { Concat } from './concat.js'
import type { Penalties, ProblemData } from './problem-data.js'
import type { Route } from './route.js'

/** What a move needs: the data, the penalty weights, two scratch segments, and a way to commit. */
export interface MoveContext {
  data: ProblemData
  penalties: Penalties
  a: Concat
  b: Concat
  /** recomputes the changed routes and marks them modified */
  commit(...routes: Route[]): void
}

const epsilon = 1e-7

/**
 * Moves between two routes (ru ≠ rv). Each prices the distance change first from the cumulative
 * arrays and gives up unless it can beat the routes' current penalties; only then does it
 * concatenate segments to price load and time. U is the client at position pu of ru; V the node
 * at position pv of rv (pv = 0: the depot at its start). First improvement: a move that gains is
 * applied at once.
 */

/**
 * The distance change of moving positions pu..lastU of ru to after position pv of rv, optionally
 * reversed. Also right within one route (ru = rv) as long as pv lies outside pu − 1..lastU.
 */
export function chainMoveChange(ctx: MoveContext, ru: Route, pu: number, lastU: number, reversed: boolean, rv: Route, pv: number): number {
  const { data } = ctx
  const before = ru.node(pu - 1)
  const after = ru.node(lastU + 1)
  const first = ru.node(pu)
  const last = ru.node(lastU)
  const v = rv.node(pv)
  const y = rv.node(pv + 1)
  const chainChange = reversed ? ru.revDistBetween(pu, lastU) - ru.distBetween(pu, lastU) : 0
  const enter = reversed ? last : first
  const exit = reversed ? first : last
  return (
    data.d(before, after) - data.d(before, first) - data.d(last, after) + data.d(v, enter) + chainChange + data.d(exit, y) - data.d(v, y)
  )
}

/** Moves `count` clients starting at pu to after pv, optionally reversed (relocate, or-opt). */
export function relocateChain(ctx: MoveContext, ru: Route, pu: number, count: number, reversed: boolean, rv: Route, pv: number): boolean {
  const lastU = pu + count - 1
  if (lastU >= ru.end) return false
  const change = chainMoveChange(ctx, ru, pu, lastU, reversed, rv, pv)
  if (change >= ru.penalty + rv.penalty - epsilon) return false
  const penaltyU = ctx.a
    .copy(ru.pre(pu - 1))
    .addSegment(ru.suf(lastU + 1))
    .penalty(ctx.penalties)
  ctx.b.copy(rv.pre(pv))
  ru.appendTo(ctx.b, reversed ? lastU : pu, reversed ? pu : lastU)
  const penaltyV = ctx.b.addSegment(rv.suf(pv + 1)).penalty(ctx.penalties)
  if (change + penaltyU + penaltyV - ru.penalty - rv.penalty > -epsilon) return false
  const chain = ru.nodes.splice(pu, count)
  if (reversed) chain.reverse()
  rv.nodes.splice(pv + 1, 0, ...chain)
  ctx.commit(ru, rv)
  return true
}

/** Exchanges `countU` clients from pu with `countV` clients from pv (swap, cross exchange). */
export function swapChains(ctx: MoveContext, ru: Route, pu: number, countU: number, rv: Route, pv: number, countV: number): boolean {
  const { data } = ctx
  const lastU = pu + countU - 1
  const lastV = pv + countV - 1
  if (pv < 1 || lastU >= ru.end || lastV >= rv.end) return false
  const bu = ru.node(pu - 1)
  const au = ru.node(lastU + 1)
  const fu = ru.node(pu)
  const lu = ru.node(lastU)
  const bv = rv.node(pv - 1)
  const av = rv.node(lastV + 1)
  const fv = rv.node(pv)
  const lv = rv.node(lastV)
  const change =
    data.d(bu, fv) + data.d(lv, au) - data.d(bu, fu) - data.d(lu, au) + data.d(bv, fu) + data.d(lu, av) - data.d(bv, fv) - data.d(lv, av)
  if (change >= ru.penalty + rv.penalty - epsilon) return false
  ctx.a.copy(ru.pre(pu - 1))
  const penaltyU = rv
    .appendTo(ctx.a, pv, lastV)
    .addSegment(ru.suf(lastU + 1))
    .penalty(ctx.penalties)
  ctx.b.copy(rv.pre(pv - 1))
  const penaltyV = ru
    .appendTo(ctx.b, pu, lastU)
    .addSegment(rv.suf(lastV + 1))
    .penalty(ctx.penalties)
  if (change + penaltyU + penaltyV - ru.penalty - rv.penalty > -epsilon) return false
  const chainU = ru.nodes.slice(pu, lastU + 1)
  const chainV = rv.nodes.slice(pv, lastV + 1)
  ru.nodes.splice(pu, countU, ...chainV)
  rv.nodes.splice(pv, countV, ...chainU)
  ctx.commit(ru, rv)
  return true
}

/** 2-opt*: the route of U continues with the tail of V's route after V, and the other way round. */
export function swapTails(ctx: MoveContext, ru: Route, pu: number, rv: Route, pv: number): boolean {
  const { data } = ctx
  const u = ru.node(pu)
  const x = ru.node(pu + 1)
  const v = rv.node(pv)
  const y = rv.node(pv + 1)
  const change = data.d(u, y) + data.d(v, x) - data.d(u, x) - data.d(v, y)
  if (change >= ru.penalty + rv.penalty - epsilon) return false
  const penaltyU = ctx.a
    .copy(ru.pre(pu))
    .addSegment(rv.suf(pv + 1))
    .penalty(ctx.penalties)
  const penaltyV = ctx.b
    .copy(rv.pre(pv))
    .addSegment(ru.suf(pu + 1))
    .penalty(ctx.penalties)
  if (change + penaltyU + penaltyV - ru.penalty - rv.penalty > -epsilon) return false
  const tailU = ru.nodes.splice(pu + 1)
  const tailV = rv.nodes.splice(pv + 1)
  ru.nodes.push(...tailV)
  rv.nodes.push(...tailU)
  ctx.commit(ru, rv)
  return true
}

/**
 * 2-opt* crosswise: U's route goes on to V and drives V's route backwards to the depot; V's route
 * starts with U's tail backwards and goes on after V.
 */
export function swapTailsReversed(ctx: MoveContext, ru: Route, pu: number, rv: Route, pv: number): boolean {
  const { data } = ctx
  const u = ru.node(pu)
  const y = rv.node(pv + 1)
  const lastU = ru.end - 1
  const newU = ru.distTo(pu) + (pv >= 1 ? data.d(u, rv.node(pv)) + rv.revDistBetween(1, pv) + data.d(rv.node(1), 0) : data.d(u, 0))
  const tailV = rv.distance - rv.distTo(pv + 1)
  const newV =
    (pu < lastU ? data.d(0, ru.node(lastU)) + ru.revDistBetween(pu + 1, lastU) + data.d(ru.node(pu + 1), y) : data.d(0, y)) + tailV
  const change = newU + newV - ru.distance - rv.distance
  if (change >= ru.penalty + rv.penalty - epsilon) return false
  ctx.a.copy(ru.pre(pu))
  if (pv >= 1) rv.appendTo(ctx.a, pv, 1)
  const penaltyU = ctx.a.addNode(0).penalty(ctx.penalties)
  ctx.b.startAt(0)
  if (pu < lastU) ru.appendTo(ctx.b, lastU, pu + 1)
  const penaltyV = ctx.b.addSegment(rv.suf(pv + 1)).penalty(ctx.penalties)
  if (change + penaltyU + penaltyV - ru.penalty - rv.penalty > -epsilon) return false
  const headV = rv.nodes.slice(1, pv + 1).reverse()
  const tailU = ru.nodes.slice(pu + 1, -1).reverse()
  ru.setClients([...ru.nodes.slice(1, pu + 1), ...headV])
  rv.setClients([...tailU, ...rv.nodes.slice(pv + 1, -1)])
  ctx.commit(ru, rv)
  return true
}
