import type { QueryCreator } from 'kysely'
import type { Database, Executor } from '../../db/database.js'
import { type TransitReason, transitReasons } from './transit.tables.js'

/** Transits not yet received or cancelled. */
export const openTransit = (db: QueryCreator<Database>) =>
  db.selectFrom('transits').where('received_at', 'is', null).where('cancelled_at', 'is', null)

export function findOpenTransitOfItem(db: Executor, itemId: number) {
  return openTransit(db).selectAll().where('item_id', '=', itemId).executeTakeFirst()
}

export interface NewTransit {
  item_id: number
  from_location_id: string
  to_location_id: string
  reason: TransitReason
  hold_id: number | null
  created_at: Date
}

export function insertTransit(db: Executor, transit: NewTransit) {
  return db.insertInto('transits').values(transit).returningAll().executeTakeFirstOrThrow()
}

export async function receiveTransit(db: Executor, id: number, locationId: string, at: Date): Promise<void> {
  await db.updateTable('transits').set({ received_at: at, received_location_id: locationId }).where('id', '=', id).execute()
}

export async function cancelTransit(db: Executor, id: number, at: Date): Promise<void> {
  await db.updateTable('transits').set({ cancelled_at: at }).where('id', '=', id).execute()
}

/** Marks open transits as left on the van; returns the ones that changed. */
export function markTransitsSent(db: Executor, ids: readonly number[], at: Date) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .updateTable('transits')
    .set({ sent_at: at })
    .where('id', 'in', ids)
    .where('sent_at', 'is', null)
    .where('received_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .returningAll()
    .execute()
}

export interface TransitFilter {
  fromLocationId?: string | undefined
  toLocationId?: string | undefined
  open?: boolean | undefined
}

export function listTransits(db: Executor, filter: TransitFilter, limit: number, offset: number) {
  let query = db.selectFrom('transits as t').innerJoin('items as i', 'i.id', 't.item_id').innerJoin('records as r', 'r.id', 'i.record_id')
  if (filter.fromLocationId) query = query.where('t.from_location_id', '=', filter.fromLocationId)
  if (filter.toLocationId) query = query.where('t.to_location_id', '=', filter.toLocationId)
  if (filter.open) query = query.where('t.received_at', 'is', null).where('t.cancelled_at', 'is', null)
  return query
    .select([
      't.id',
      't.item_id',
      'i.barcode',
      'r.title',
      't.from_location_id',
      't.to_location_id',
      't.reason',
      't.hold_id',
      't.created_at',
      't.sent_at',
      't.received_at',
      't.received_location_id',
      't.cancelled_at',
    ])
    .orderBy('t.created_at', 'desc')
    .orderBy('t.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute()
}

/**
 * Copies sent from and received at each location per week, averaged over recent weeks: the
 * transit volume the route planner turns into crates per visit (its TransitVolumeSource).
 */
export function weeklyTransitVolume(now: () => Date, weeks = 4, reasons: readonly TransitReason[] = transitReasons) {
  return async (db: Executor, locationIds: readonly string[]): Promise<ReadonlyMap<string, number>> => {
    if (locationIds.length === 0) return new Map()
    const since = new Date(now().getTime() - weeks * 7 * 86_400_000)
    const rows = await db
      .selectFrom((eb) =>
        eb
          .selectFrom('transits')
          .select('from_location_id as location_id')
          .where('created_at', '>=', since)
          .where('reason', 'in', reasons)
          .unionAll(
            eb
              .selectFrom('transits')
              .select('to_location_id as location_id')
              .where('created_at', '>=', since)
              .where('reason', 'in', reasons),
          )
          .as('t'),
      )
      .select(['t.location_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('t.location_id', 'in', locationIds)
      .groupBy('t.location_id')
      .execute()
    return new Map(rows.map((row) => [row.location_id, row.n / weeks]))
  }
}

/** When the oldest transit still on record was made: how many weeks of volume are known. */
export async function earliestTransitAt(db: Executor): Promise<Date | null> {
  const row = await db
    .selectFrom('transits')
    .select((eb) => eb.fn.min('created_at').as('first'))
    .executeTakeFirst()
  return row?.first ?? null
}
