import type { Random } from '../../../demo/random.js'

/** Ordered crossover (OX) on giant tours: a slice of the first parent, the rest in the second's order. */
export function orderedCrossover(first: readonly number[], second: readonly number[], random: Random): number[] {
  const n = first.length
  const child = new Array<number>(n)
  const taken = new Set<number>()
  const start = Math.floor(random.next() * n)
  let end = Math.floor(random.next() * n)
  while (n > 1 && end === start) end = Math.floor(random.next() * n)
  for (let i = start; i !== (end + 1) % n; i = (i + 1) % n) {
    const client = first[i] as number
    child[i] = client
    taken.add(client)
  }
  let write = (end + 1) % n
  for (let k = 1; k <= n; k++) {
    const client = second[(end + k) % n] as number
    if (taken.has(client)) continue
    child[write] = client
    write = (write + 1) % n
  }
  return child
}
