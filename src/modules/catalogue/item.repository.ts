import type { Insertable, Updateable } from 'kysely'
import type { Executor } from '../../db/database.js'
import type { ItemStatus, ItemTable } from './catalogue.tables.js'

export interface ItemFilter {
  recordId?: number | undefined
  recordIds?: number[] | undefined
  organisationId?: string | undefined
  locationId?: string | undefined
  status?: ItemStatus | undefined
}

export function findItem(db: Executor, id: number) {
  return db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirst()
}

export function findItemByBarcode(db: Executor, barcode: string) {
  return db.selectFrom('items').selectAll().where('barcode', '=', barcode).executeTakeFirst()
}

export async function listItems(db: Executor, filter: ItemFilter, offset: number, limit: number) {
  let query = db.selectFrom('items')
  if (filter.recordId) query = query.where('record_id', '=', filter.recordId)
  if (filter.recordIds) query = query.where('record_id', 'in', filter.recordIds.length ? filter.recordIds : [0])
  if (filter.organisationId) query = query.where('organisation_id', '=', filter.organisationId)
  if (filter.locationId) query = query.where('current_location_id', '=', filter.locationId)
  if (filter.status) query = query.where('status', '=', filter.status)
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('barcode').offset(offset).limit(limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: count.n }
}

export function insertItem(db: Executor, item: Insertable<ItemTable>) {
  return db.insertInto('items').values(item).returningAll().executeTakeFirstOrThrow()
}

export function updateItem(db: Executor, id: number, changes: Updateable<ItemTable>) {
  return db
    .updateTable('items')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function deleteItem(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('items').where('id', '=', id).execute()
}
