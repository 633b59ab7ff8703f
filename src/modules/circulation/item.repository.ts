import type { Executor, Trx } from '../../db/database.js'
import type { ItemStatus } from '../catalogue/catalogue.tables.js'

const columns = [
  'i.id',
  'i.barcode',
  'i.record_id',
  'i.organisation_id',
  'i.home_location_id',
  'i.current_location_id',
  'i.shelf_code',
  'i.collection',
  'i.status',
  'i.acquired_on',
  'i.price_cents',
  'r.work_id',
  'r.title',
  'r.authors',
  'r.format',
  'r.audience',
  'r.fiction',
] as const

const withRecord = (db: Executor) => db.selectFrom('items as i').innerJoin('records as r', 'r.id', 'i.record_id')

/** Locks the copy (not its record): everything that changes a copy's state goes through this lock. */
export function lockItemByBarcode(trx: Trx, barcode: string) {
  return withRecord(trx).select(columns).where('i.barcode', '=', barcode).forUpdate('i').executeTakeFirst()
}

export function lockItemById(trx: Trx, id: number) {
  return withRecord(trx).select(columns).where('i.id', '=', id).forUpdate('i').executeTakeFirst()
}

export function findItemByBarcode(db: Executor, barcode: string) {
  return withRecord(db).select(columns).where('i.barcode', '=', barcode).executeTakeFirst()
}

export type CirculationItem = NonNullable<Awaited<ReturnType<typeof findItemByBarcode>>>

export interface ItemChanges {
  status?: ItemStatus
  current_location_id?: string
  home_location_id?: string
}

export async function updateItem(db: Executor, id: number, changes: ItemChanges, now: Date): Promise<void> {
  await db
    .updateTable('items')
    .set({ ...changes, ...(changes.status && { status_changed_at: now }), updated_at: now })
    .where('id', '=', id)
    .execute()
}
