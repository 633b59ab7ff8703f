import { sql } from 'kysely'
import type { Executor } from '../../db/database.js'

/** Copies to pull at a location for holds, in shelf order (then title), so one walk along the shelves does it. */
export function pullList(db: Executor, locationId: string) {
  return db
    .selectFrom('holds as h')
    .innerJoin('items as i', 'i.id', 'h.target_item_id')
    .innerJoin('records as r', 'r.id', 'i.record_id')
    .select([
      'h.id as hold_id',
      'i.barcode',
      'i.shelf_code',
      'r.title',
      'r.authors',
      'h.pickup_location_id',
      'h.target_tier',
      'h.targeted_at',
      'h.target_reason',
    ])
    .where('h.status', '=', 'targeted')
    .where('i.current_location_id', '=', locationId)
    .orderBy(sql`i.shelf_code collate "C"`)
    .orderBy('r.title')
    .orderBy('i.barcode')
    .execute()
}

/**
 * What stands on a location's hold shelf: holds ready for pickup, and copies whose hold ended
 * (expired or cancelled) that still wait to be checked in and routed on. For each, what happens
 * after the deadline: another member waits for it, it goes home, or it stays (home is here).
 */
export async function holdShelf(db: Executor, locationId: string) {
  const result = await sql<{
    hold_id: number | null
    barcode: string
    title: string
    pickup_code: string | null
    ready_at: Date | null
    pickup_deadline: string | null
    home_location_id: string
    others_waiting: boolean
  }>`
    select h.id as hold_id, i.barcode, r.title, h.pickup_code, h.ready_at, h.pickup_deadline, i.home_location_id,
      exists (select 1 from holds o where o.record_id = i.record_id and o.status = 'waiting' and o.id is distinct from h.id) as others_waiting
    from items i
    join records r on r.id = i.record_id
    left join holds h on h.target_item_id = i.id and h.status = 'ready'
    where i.current_location_id = ${locationId} and i.status = 'on_hold_shelf'
    order by h.pickup_deadline nulls first, h.pickup_code, i.barcode`.execute(db)
  return result.rows
}

export function hopelessHolds(db: Executor, organisationId: string | null, limit: number) {
  let query = db
    .selectFrom('holds as h')
    .innerJoin('records as r', 'r.id', 'h.record_id')
    .select([
      'h.id',
      'h.record_id',
      'r.title',
      'r.format',
      'h.pickup_location_id',
      'h.patron_organisation_id',
      'h.placed_at',
      'h.hopeless_since',
      'h.target_reason',
    ])
    .where('h.status', '=', 'waiting')
    .where('h.hopeless_since', 'is not', null)
  if (organisationId) query = query.where('h.patron_organisation_id', '=', organisationId)
  return query.orderBy('h.hopeless_since').limit(limit).execute()
}
