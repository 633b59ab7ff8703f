import type { Executor } from '../../db/database.js'
import { adoptedPlanNorm } from './transport.repository.js'
import type { VanSchedule } from './transport-cost.js'

/** The visit days of the adopted week plan, or null while the POI has adopted none. */
export async function adoptedVanSchedule(db: Executor): Promise<VanSchedule | null> {
  const norm = await adoptedPlanNorm(db)
  if (!Array.isArray(norm)) return null
  return new Map(norm.map((row: { locationId: string; weekdays: number[] }) => [row.locationId, row.weekdays]))
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a 'YYYY-MM-DD' date. */
export const isoWeekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay() || 7
