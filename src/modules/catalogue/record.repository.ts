import type { Insertable, Updateable } from 'kysely'
import type { Executor } from '../../db/database.js'
import type { RecordTable } from './catalogue.tables.js'

export interface RecordFilter {
  isbn?: string | undefined
  controlNumber?: string | undefined
  workId?: number | undefined
  format?: RecordTable['format'] | undefined
}

export const recordColumnsToSelect = [
  'id',
  'work_id',
  'control_number',
  'title',
  'subtitle',
  'authors',
  'isbns',
  'publisher',
  'year',
  'language',
  'format',
  'audience',
  'fiction',
  'subjects',
  'series',
  'series_number',
  'online_url',
] as const

export function findRecord(db: Executor, id: number) {
  return db.selectFrom('records').select(recordColumnsToSelect).where('id', '=', id).executeTakeFirst()
}

export function findRecords(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('records').select(recordColumnsToSelect).where('id', 'in', ids).execute()
}

export async function listRecords(db: Executor, filter: RecordFilter, offset: number, limit: number) {
  let query = db.selectFrom('records')
  if (filter.isbn) query = query.where('isbns', '@>', [filter.isbn])
  if (filter.controlNumber) query = query.where('control_number', '=', filter.controlNumber)
  if (filter.workId) query = query.where('work_id', '=', filter.workId)
  if (filter.format) query = query.where('format', '=', filter.format)
  const [rows, count] = await Promise.all([
    query.select(recordColumnsToSelect).orderBy('id').offset(offset).limit(limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: count.n }
}

export async function insertRecord(db: Executor, record: Insertable<RecordTable>): Promise<number> {
  const row = await db.insertInto('records').values(record).returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function updateRecord(db: Executor, id: number, changes: Updateable<RecordTable>): Promise<boolean> {
  const result = await db
    .updateTable('records')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function deleteRecord(db: Executor, id: number): Promise<boolean> {
  const result = await db.deleteFrom('records').where('id', '=', id).executeTakeFirst()
  return result.numDeletedRows > 0n
}

/** Removes a work that no record belongs to any more. */
export async function deleteEmptyWork(db: Executor, workId: number): Promise<void> {
  await db
    .deleteFrom('works')
    .where('id', '=', workId)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('records').select('id').where('work_id', '=', workId))))
    .execute()
}
