import type { Penalties, ProblemData } from './problem-data.js'

/**
 * Load and time of a route built piece by piece, each piece concatenated in O(1).
 * Load: a segment carries its deliveries from the start, picks up along the way; its peak load
 * is what must fit in the van. Time: the time-warp segments of Vidal et al. (2013, "A hybrid
 * genetic algorithm with adaptive diversity management for a large class of vehicle routing
 * problems with time windows"): duration, time warp, and the earliest and latest start that
 * give that duration. Time warp is how many minutes a route arrives too late in total.
 */
export class Concat {
  delivery = 0
  pickup = 0
  load = 0
  first = -1
  last = -1
  duration = 0
  timeWarp = 0
  early = 0
  late = 0

  constructor(private readonly data: ProblemData) {}

  /** A segment of one node; the depot's window is the shift: leave from, be back by. */
  startAt(node: number): this {
    const data = this.data
    const d = data.delivery[node] ?? 0
    const p = data.pickup[node] ?? 0
    this.delivery = d
    this.pickup = p
    this.load = Math.max(d, p)
    this.first = node
    this.last = node
    this.duration = data.service[node] ?? 0
    this.timeWarp = 0
    this.early = data.early[node] ?? 0
    this.late = data.late[node] ?? 0
    return this
  }

  copy(other: Concat): this {
    this.delivery = other.delivery
    this.pickup = other.pickup
    this.load = other.load
    this.first = other.first
    this.last = other.last
    this.duration = other.duration
    this.timeWarp = other.timeWarp
    this.early = other.early
    this.late = other.late
    return this
  }

  addLoad(delivery: number, pickup: number, load: number): void {
    this.load = Math.max(this.load + delivery, load + this.pickup)
    this.delivery += delivery
    this.pickup += pickup
  }

  addTime(first: number, last: number, duration: number, timeWarp: number, early: number, late: number): void {
    const travel = this.data.t(this.last, first)
    const delta = this.duration - this.timeWarp + travel
    const wait = Math.max(early - delta - this.late, 0)
    const warp = Math.max(this.early + delta - late, 0)
    this.duration += duration + travel + wait
    this.timeWarp += timeWarp + warp
    this.early = Math.max(early - delta, this.early) - wait
    this.late = Math.min(late - delta, this.late) + warp
    this.last = last
  }

  addNode(node: number): this {
    const data = this.data
    const d = data.delivery[node] ?? 0
    const p = data.pickup[node] ?? 0
    this.addLoad(d, p, Math.max(d, p))
    if (data.timed) this.addTime(node, node, data.service[node] ?? 0, 0, data.early[node] ?? 0, data.late[node] ?? 0)
    else this.last = node
    return this
  }

  addSegment(segment: Concat): this {
    this.addLoad(segment.delivery, segment.pickup, segment.load)
    if (this.data.timed) this.addTime(segment.first, segment.last, segment.duration, segment.timeWarp, segment.early, segment.late)
    else this.last = segment.last
    return this
  }

  /** Load above capacity. */
  excessLoad(): number {
    return Math.max(0, this.load - this.data.capacity)
  }

  /** Time warp plus minutes over the duration limit; the route must have come back to the depot. */
  lateness(): number {
    if (!this.data.timed) return 0
    return this.timeWarp + Math.max(0, this.duration - this.data.maxDuration)
  }

  penalty(penalties: Penalties): number {
    return penalties.load * this.excessLoad() + penalties.time * this.lateness()
  }

  /** The penalty of this open route once it drives back to the depot, leaving this one unchanged. */
  penaltyHome(penalties: Penalties, scratch: Concat): number {
    return scratch.copy(this).addNode(0).penalty(penalties)
  }
}
