import type { QueryCreator } from 'kysely'
import type { Database, Executor, Trx } from '../../db/database.js'
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

const withRecord = (db: QueryCreator<Database>) => db.selectFrom('items as i').innerJoin('records as r', 'r.id', 'i.record_id')

/** The copy as circulation sees it, with what its record says (for a query that reads more at once). */
export const selectCirculationItem = (db: QueryCreator<Database>) => withRecord(db).select(columns)

/** Locks the copy (not its record): everything that changes a copy's state goes through this lock. */
export function lockItemByBarcode(trx: Trx, barcode: string) {
  return withRecord(trx).select(columns).where('i.barcode', '=', barcode).forUpdate('i').executeTakeFirst()
}

/** The copy with its open loan (if any) and what closing the loan needs of its member: their rules, privacy choice and group. */
export function selectItemWithOpenLoan(db: QueryCreator<Database>) {
  return withRecord(db)
    .leftJoin('loans as l', (join) => join.onRef('l.item_id', '=', 'i.id').on('l.returned_at', 'is', null))
    .leftJoin('patrons as p', 'p.id', 'l.patron_id')
    .select([
      ...columns,
      'l.id as loan_id',
      'l.due_on as loan_due_on',
      'p.id as loan_patron_id',
      'p.organisation_id as loan_patron_organisation_id',
      'p.category as loan_patron_category',
      'p.birth_year as loan_patron_birth_year',
      'p.municipality_code as loan_patron_municipality_code',
      'p.keep_history as loan_patron_keep_history',
    ])
}

type ItemWithOpenLoanRow = Awaited<ReturnType<ReturnType<typeof selectItemWithOpenLoan>['executeTakeFirstOrThrow']>>

/** Splits a row of `selectItemWithOpenLoan` into the copy and its open loan. */
export function withOpenLoan(row: ItemWithOpenLoanRow) {
  const {
    loan_id,
    loan_due_on,
    loan_patron_id,
    loan_patron_organisation_id,
    loan_patron_category,
    loan_patron_birth_year,
    loan_patron_municipality_code,
    loan_patron_keep_history,
    ...item
  } = row
  const loan =
    loan_id !== null && loan_due_on !== null
      ? {
          id: loan_id,
          due_on: loan_due_on,
          patron_id: loan_patron_id,
          organisation_id: loan_patron_organisation_id,
          category: loan_patron_category,
          birth_year: loan_patron_birth_year,
          municipality_code: loan_patron_municipality_code,
          keep_history: loan_patron_keep_history,
        }
      : null
  return { item, loan }
}

export type OpenLoanOfItem = NonNullable<ReturnType<typeof withOpenLoan>['loan']>

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

export function updateItemQuery(db: QueryCreator<Database>, id: number, changes: ItemChanges, now: Date) {
  return db
    .updateTable('items')
    .set({ ...changes, ...(changes.status && { status_changed_at: now }), updated_at: now })
    .where('id', '=', id)
}

export async function updateItem(db: Executor, id: number, changes: ItemChanges, now: Date): Promise<void> {
  await updateItemQuery(db, id, changes, now).execute()
}
