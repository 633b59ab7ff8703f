import type { TransitVolumeSource } from './location-settings.js'
import { earliestTransitAt, weeklyTransitVolume } from './transit.repository.js'

/** Weeks of transits the volume is averaged over; fewer known weeks would over- or understate it. */
export const volumeWeeks = 4

/**
 * The transit volume the planner turns into crates per visit, once `weeks` full weeks of transits
 * are on record; before that no location has a volume and each keeps its size estimate (a network
 * that just started would otherwise be planned with one crate everywhere).
 */
export function recentTransitVolume(now: () => Date, weeks = volumeWeeks): TransitVolumeSource {
  const volume = weeklyTransitVolume(now, weeks)
  return async (db, locationIds) => {
    const first = await earliestTransitAt(db)
    const known = first !== null && now().getTime() - first.getTime() >= weeks * 7 * 86_400_000
    return known ? volume(db, locationIds) : new Map()
  }
}
