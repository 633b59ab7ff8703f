import { sql } from 'kysely'
import type { Executor } from '../../db/database.js'

/** Copies that no longer count as part of the collection. */
export const gone = ['withdrawn', 'lost', 'missing'] as const

export interface LocationCopies {
  record_id: number
  location_id: string
  location_name: string
  organisation_id: string
  available: number
  copies: number
  shelf_codes: string[]
}

/** Per record and location: copies there now and how many are on the shelf. */
export function copiesByLocation(db: Executor, recordIds: readonly number[]): Promise<LocationCopies[]> {
  if (recordIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('items as i')
    .innerJoin('locations as l', 'l.id', 'i.current_location_id')
    .where('i.record_id', 'in', recordIds)
    .where('i.status', 'not in', gone)
    .groupBy(['i.record_id', 'l.id', 'l.name', 'l.organisation_id'])
    .select([
      'i.record_id',
      'l.id as location_id',
      'l.name as location_name',
      'l.organisation_id',
      sql<number>`count(*) filter (where i.status = 'available')`.as('available'),
      sql<number>`count(*)`.as('copies'),
      sql<string[]>`coalesce(array_agg(distinct i.shelf_code) filter (where i.shelf_code is not null), '{}')`.as('shelf_codes'),
    ])
    .orderBy('available', 'desc')
    .orderBy('l.name')
    .execute()
}
