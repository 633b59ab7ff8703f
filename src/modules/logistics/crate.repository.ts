import type { Executor, Trx } from '../../db/database.js'
import type { CrateRow } from './crate.tables.js'

export interface NewCrate {
  code?: string | undefined
  label: string | null
  from_location_id: string
  to_location_id: string
  run_date: string | null
  packed_at: Date
}

export function insertCrate(db: Executor, crate: NewCrate): Promise<CrateRow> {
  return db.insertInto('crates').values(crate).returningAll().executeTakeFirstOrThrow()
}

export function findCrateByCode(db: Executor, code: string): Promise<CrateRow | undefined> {
  return db.selectFrom('crates').selectAll().where('code', '=', code).executeTakeFirst()
}

export async function crateCodeOf(db: Executor, id: number): Promise<string> {
  return (await db.selectFrom('crates').select('code').where('id', '=', id).executeTakeFirstOrThrow()).code
}

export function lockCrateByCode(trx: Trx, code: string): Promise<CrateRow | undefined> {
  return trx.selectFrom('crates').selectAll().where('code', '=', code).forUpdate().executeTakeFirst()
}

export async function markCrateSent(trx: Trx, id: number, runDate: string, at: Date): Promise<void> {
  await trx.updateTable('crates').set({ status: 'sent', sent_at: at, run_date: runDate }).where('id', '=', id).execute()
}

export async function markCrateReceived(trx: Trx, id: number, at: Date): Promise<void> {
  await trx.updateTable('crates').set({ status: 'received', received_at: at }).where('id', '=', id).execute()
}

/** The open transits of the copies with these barcodes, locked: what staff want to pack. */
export function lockOpenTransitsOfBarcodes(trx: Trx, barcodes: readonly string[]) {
  return trx
    .selectFrom('transits as t')
    .innerJoin('items as i', 'i.id', 't.item_id')
    .select(['t.id', 'i.barcode', 't.from_location_id', 't.to_location_id', 't.sent_at', 't.crate_id'])
    .where('i.barcode', 'in', barcodes)
    .where('t.received_at', 'is', null)
    .where('t.cancelled_at', 'is', null)
    .forUpdate('t')
    .execute()
}

export function barcodesKnown(db: Executor, barcodes: readonly string[]) {
  return db.selectFrom('items').select('barcode').where('barcode', 'in', barcodes).execute()
}

export async function putTransitsInCrate(trx: Trx, crateId: number, transitIds: readonly number[]): Promise<number> {
  const rows = await trx
    .updateTable('transits')
    .set({ crate_id: crateId })
    .where('id', 'in', transitIds)
    .where('crate_id', 'is', null)
    .returning('id')
    .execute()
  return rows.length
}

/** What a crate holds, as its manifest lists it (no member data: the manifest travels with the crate). */
export function crateContents(db: Executor, crateIds: readonly number[]) {
  if (crateIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('transits as t')
    .innerJoin('items as i', 'i.id', 't.item_id')
    .innerJoin('records as r', 'r.id', 'i.record_id')
    .select([
      't.id as transit_id',
      't.crate_id',
      'i.barcode',
      'r.title',
      'r.authors',
      'i.shelf_code',
      't.reason',
      't.hold_id',
      't.received_at',
      't.received_location_id',
    ])
    .where('t.crate_id', 'in', crateIds)
    .orderBy('i.barcode')
    .execute()
}

export interface CrateFilter {
  fromLocationId?: string | undefined
  toLocationId?: string | undefined
  status?: CrateRow['status'] | undefined
  runDate?: string | undefined
}

export function listCrates(db: Executor, filter: CrateFilter, limit = 200) {
  let query = db.selectFrom('crates').selectAll()
  if (filter.fromLocationId) query = query.where('from_location_id', '=', filter.fromLocationId)
  if (filter.toLocationId) query = query.where('to_location_id', '=', filter.toLocationId)
  if (filter.status) query = query.where('status', '=', filter.status)
  if (filter.runDate) query = query.where('run_date', '=', filter.runDate)
  return query.orderBy('packed_at', 'desc').orderBy('id', 'desc').limit(limit).execute()
}

export type ToPackRow = Awaited<ReturnType<typeof transitsToPack>>[number]

/** Open transits at a location that wait for a crate, by destination: what the desk still has to pack. */
export function transitsToPack(db: Executor, fromLocationId: string) {
  return db
    .selectFrom('transits as t')
    .innerJoin('items as i', 'i.id', 't.item_id')
    .innerJoin('records as r', 'r.id', 'i.record_id')
    .select(['t.id as transit_id', 't.to_location_id', 'i.barcode', 'r.title', 't.reason', 't.created_at'])
    .where('t.from_location_id', '=', fromLocationId)
    .where('t.crate_id', 'is', null)
    .where('t.sent_at', 'is', null)
    .where('t.received_at', 'is', null)
    .where('t.cancelled_at', 'is', null)
    .orderBy('t.to_location_id')
    .orderBy('t.created_at')
    .execute()
}
