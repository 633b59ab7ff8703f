import type { Random } from '../../../demo/random.js'

/** Fisher–Yates, in place, with the search's seeded generator (so a seed gives the same search). */
export function shuffle<T>(values: T[], random: Random): T[] {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1))
    const value = values[i] as T
    values[i] = values[j] as T
    values[j] = value
  }
  return values
}
