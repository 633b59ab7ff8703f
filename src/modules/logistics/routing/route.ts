import { Concat } from './concat.js'
import type { Penalties, ProblemData } from './problem-data.js'

/**
 * One route in the local search: the depot, its clients, the depot again, with prefix and suffix
 * segments at every position so that a move's new routes are priced from a few concatenations.
 */
export class Route {
  /** depot, clients…, depot */
  nodes: number[] = [0, 0]
  /** distance from the start to each position */
  cumDist: number[] = [0, 0]
  /** distance from each position back to the start, driving the route backwards */
  cumRev: number[] = [0, 0]
  prefix: Concat[] = []
  suffix: Concat[] = []
  distance = 0
  penalty = 0
  /** when the route last changed (a move counter), so untouched pairs are not tested again */
  modifiedAt = -1
  /** polar angle sector of its clients around the depot (for SWAP*) */
  sectorStart = 0
  sectorEnd = 0

  constructor(
    readonly index: number,
    private readonly data: ProblemData,
  ) {}

  get size(): number {
    return this.nodes.length - 2
  }

  get isEmpty(): boolean {
    return this.nodes.length === 2
  }

  /** The last position: the depot at the end. */
  get end(): number {
    return this.nodes.length - 1
  }

  clients(): number[] {
    return this.nodes.slice(1, -1)
  }

  setClients(clients: readonly number[]): void {
    this.nodes = [0, ...clients, 0]
  }

  /** Recomputes the cumulative arrays after a change; O(route length). */
  update(penalties: Penalties, routeOf: Int32Array, posOf: Int32Array): void {
    const { data, nodes } = this
    const last = nodes.length - 1
    while (this.prefix.length < nodes.length) {
      this.prefix.push(new Concat(data))
      this.suffix.push(new Concat(data))
    }
    this.cumDist.length = nodes.length
    this.cumRev.length = nodes.length
    this.cumDist[0] = 0
    this.cumRev[0] = 0
    ;(this.prefix[0] as Concat).startAt(0)
    for (let p = 1; p <= last; p++) {
      const node = nodes[p] as number
      const previous = nodes[p - 1] as number
      this.cumDist[p] = (this.cumDist[p - 1] as number) + data.d(previous, node)
      this.cumRev[p] = (this.cumRev[p - 1] as number) + data.d(node, previous)
      ;(this.prefix[p] as Concat).copy(this.prefix[p - 1] as Concat).addNode(node)
      if (p < last) {
        routeOf[node] = this.index
        posOf[node] = p
      }
    }
    ;(this.suffix[last] as Concat).startAt(0)
    for (let p = last - 1; p >= 0; p--) (this.suffix[p] as Concat).startAt(nodes[p] as number).addSegment(this.suffix[p + 1] as Concat)
    this.distance = this.cumDist[last] as number
    this.penalty = (this.prefix[last] as Concat).penalty(penalties)
  }

  /** Repricing after the penalty weights changed. */
  reprice(penalties: Penalties): void {
    this.penalty = (this.prefix[this.end] as Concat).penalty(penalties)
  }

  pre(p: number): Concat {
    return this.prefix[p] as Concat
  }

  suf(p: number): Concat {
    return this.suffix[p] as Concat
  }

  node(p: number): number {
    return this.nodes[p] as number
  }

  /** Distance from the start to position p. */
  distTo(p: number): number {
    return this.cumDist[p] as number
  }

  /** Forward distance from position i to j (i ≤ j). */
  distBetween(i: number, j: number): number {
    return (this.cumDist[j] as number) - (this.cumDist[i] as number)
  }

  /** Distance from position j back to i (i ≤ j), driving backwards. */
  revDistBetween(i: number, j: number): number {
    return (this.cumRev[j] as number) - (this.cumRev[i] as number)
  }

  /** Appends positions i..j to a concatenation, forwards (i ≤ j) or backwards (i > j). */
  appendTo(concat: Concat, i: number, j: number): Concat {
    if (i <= j) for (let p = i; p <= j; p++) concat.addNode(this.nodes[p] as number)
    else for (let p = i; p >= j; p--) concat.addNode(this.nodes[p] as number)
    return concat
  }
}
