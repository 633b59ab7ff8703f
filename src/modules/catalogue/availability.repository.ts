import { sql } from 'kysely'
import type { Executor } from '../../db/database.js'

/** Copies that no longer count as part of the collection. */
const gone = ['withdrawn', 'lost', 'missing'] as const

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

export interface AvailabilitySummary {
  record_id: number
  copies: number
  available: number
  at_location: number
  in_organisation: number
}

/** For a page of search hits: available copies at the member's location, in their organisation, in the province. */
export async function availabilitySummary(
  db: Executor,
  recordIds: readonly number[],
  locationId: string | null,
  organisationId: string | null,
): Promise<Map<number, AvailabilitySummary>> {
  if (recordIds.length === 0) return new Map()
  const { rows } = await sql<AvailabilitySummary>`select i.record_id, count(*)::int as copies,
      count(*) filter (where i.status = 'available')::int as available,
      count(*) filter (where i.status = 'available' and i.current_location_id = ${locationId})::int as at_location,
      count(*) filter (where i.status = 'available' and l.organisation_id = ${organisationId})::int as in_organisation
    from items i join locations l on l.id = i.current_location_id
    where i.record_id = any(${recordIds}::int[]) and i.status not in ('withdrawn', 'lost', 'missing')
    group by i.record_id`.execute(db)
  return new Map(rows.map((r) => [r.record_id, r]))
}
