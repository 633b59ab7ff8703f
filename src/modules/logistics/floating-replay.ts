import { itemsPerCrate } from './expected-crates.js'

/** Returns away from home in one week, one lane (from where returned to the copy's home). */
export interface ReturnsAway {
  week: number
  locationId: string
  homeLocationId: string
  organisationId: string
  collection: string | null
  n: number
}

/** Which collections float, per organisation; '*' floats every collection of that organisation. */
export type FloatingChoice = Record<string, string[]>

export interface ReplayOutcome {
  /** copies that would have travelled home */
  transits: number
  /** those copies in crates: per week and lane ⌈copies / items per crate⌉ */
  crates: number
  /** copies sent plus received per location per week (what the planner turns into crates per visit) */
  weeklyVolume: Map<string, number>
}

export const floats = (choice: FloatingChoice, organisationId: string, collection: string | null) => {
  const collections = choice[organisationId] ?? []
  return collections.includes('*') || (collection !== null && collections.includes(collection))
}

/**
 * Replays the returns away from home under a floating choice: a copy of a floating collection
 * stays where it was returned, any other goes home in a crate. A simplification worth knowing:
 * each return is replayed on its own, so a floating copy's later journeys are taken as they were.
 */
export function replayFloating(returns: readonly ReturnsAway[], choice: FloatingChoice, weeks: number): ReplayOutcome {
  const lanes = new Map<string, number>()
  const volume = new Map<string, number>()
  let transits = 0
  for (const r of returns) {
    if (floats(choice, r.organisationId, r.collection)) continue
    transits += r.n
    const lane = `${r.week}|${r.locationId}|${r.homeLocationId}`
    lanes.set(lane, (lanes.get(lane) ?? 0) + r.n)
    for (const id of [r.locationId, r.homeLocationId]) volume.set(id, (volume.get(id) ?? 0) + r.n / weeks)
  }
  let crates = 0
  for (const n of lanes.values()) crates += Math.ceil(n / itemsPerCrate)
  return { transits, crates, weeklyVolume: volume }
}
