import { type Insertable, sql, type Updateable } from 'kysely'
import type { Executor, Trx } from '../../db/database.js'
import { activeHoldStatuses, claimingHoldStatuses, type HoldTable } from './holds.tables.js'

export function insertHold(db: Executor, hold: Insertable<HoldTable>) {
  return db.insertInto('holds').values(hold).returningAll().executeTakeFirstOrThrow()
}

export function lockHold(trx: Trx, id: number) {
  return trx.selectFrom('holds').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

export function findHold(db: Executor, id: number) {
  return db.selectFrom('holds').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function updateHold(db: Executor, id: number, changes: Updateable<HoldTable>): Promise<void> {
  await db.updateTable('holds').set(changes).where('id', '=', id).execute()
}

/** The hold a copy is claimed for (targeted, on its way, or on the hold shelf), locked. */
export function lockHoldClaimingItem(trx: Trx, itemId: number) {
  return trx
    .selectFrom('holds')
    .selectAll()
    .where('target_item_id', '=', itemId)
    .where('status', 'in', claimingHoldStatuses)
    .forUpdate()
    .executeTakeFirst()
}

export async function countActiveHolds(db: Executor, patronId: number): Promise<number> {
  const row = await db
    .selectFrom('holds')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('patron_id', '=', patronId)
    .where('status', 'in', activeHoldStatuses)
    .executeTakeFirstOrThrow()
  return row.n
}

export function findActiveHoldOnRecord(db: Executor, patronId: number, recordId: number) {
  return db
    .selectFrom('holds')
    .select('id')
    .where('patron_id', '=', patronId)
    .where('record_id', '=', recordId)
    .where('status', 'in', activeHoldStatuses)
    .executeTakeFirst()
}

/** Position in the queue of the title: 1 + active holds on the same record placed earlier. */
export async function queuePositions(db: Executor, holdIds: readonly number[]): Promise<Map<number, number>> {
  if (holdIds.length === 0) return new Map()
  const rows = await sql<{ id: number; position: number }>`
    select h.id, 1 + (select count(*) from holds o where o.record_id = h.record_id and o.status in ('waiting', 'targeted', 'in_transit', 'ready')
      and (o.placed_at, o.id) < (h.placed_at, h.id)) as position
    from holds h where h.id = any(${[...holdIds]}::bigint[])`.execute(db)
  return new Map(rows.rows.map((row) => [row.id, row.position]))
}

const holdDetails = (db: Executor) =>
  db
    .selectFrom('holds as h')
    .innerJoin('records as r', 'r.id', 'h.record_id')
    .leftJoin('items as i', 'i.id', 'h.target_item_id')
    .leftJoin('transits as t', (join) =>
      join.onRef('t.hold_id', '=', 'h.id').on('t.received_at', 'is', null).on('t.cancelled_at', 'is', null),
    )
    .select([
      'h.id',
      'h.patron_id',
      'h.patron_organisation_id',
      'h.level',
      'h.record_id',
      'r.title',
      'r.authors',
      'r.format',
      'h.any_edition',
      'h.item_id',
      'h.pickup_location_id',
      'h.status',
      'h.placed_at',
      'h.expires_on',
      'h.suspended_until',
      'h.target_item_id',
      'i.barcode as target_barcode',
      'i.current_location_id as target_location_id',
      'i.shelf_code as target_shelf_code',
      'h.target_tier',
      'h.target_reason',
      'h.targeted_at',
      'h.ready_at',
      'h.pickup_deadline',
      'h.pickup_code',
      'h.closed_at',
      'h.close_reason',
      'h.hopeless_since',
      't.id as transit_id',
      't.created_at as transit_created_at',
      't.sent_at as transit_sent_at',
    ])

export function findHoldDetails(db: Executor, id: number) {
  return holdDetails(db).where('h.id', '=', id).executeTakeFirst()
}

export type HoldDetails = NonNullable<Awaited<ReturnType<typeof findHoldDetails>>>

export function listHoldsOfPatron(db: Executor, patronId: number, includeClosed: boolean) {
  let query = holdDetails(db).where('h.patron_id', '=', patronId)
  if (!includeClosed) query = query.where('h.status', 'in', activeHoldStatuses)
  return query.orderBy('h.placed_at', 'desc').limit(200).execute()
}
