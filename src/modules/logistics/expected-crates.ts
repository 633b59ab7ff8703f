/**
 * Crates a location sends and receives per visit. The measure is the transit volume of recent
 * weeks: crates = ⌈items a week / items per crate / visits a week⌉. Until the transits table
 * (circulation) exists there is no volume, and the location's size stands in, measured by its
 * staffed hours: a central library open 47 hours a week gets 5 crates, a village branch open 11
 * hours 2, a service point 1. Callers pass `weeklyTransits` once a volume source exists.
 */
export const itemsPerCrate = 25

export interface CrateEstimateInput {
  staffedHoursPerWeek: number
  visitsPerWeek: number
  /** items sent plus received per week, averaged over recent weeks; undefined while unknown */
  weeklyTransits?: number | undefined
}

export function expectedCratesPerVisit({ staffedHoursPerWeek, visitsPerWeek, weeklyTransits }: CrateEstimateInput): number {
  if (visitsPerWeek === 0) return 0
  if (weeklyTransits !== undefined) return Math.max(1, Math.ceil(weeklyTransits / 2 / itemsPerCrate / visitsPerWeek))
  return Math.min(8, Math.max(1, Math.ceil(staffedHoursPerWeek / 10)))
}
