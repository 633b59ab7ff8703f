import type { Insertable, QueryCreator } from 'kysely'
import type { Database, Executor } from '../../db/database.js'
import type { Last } from '../../db/prepared.js'
import { executePlannedOnce } from '../../db/prepared.js'
import { type CirculationEvent, insertEvents } from '../statistics/circulation-events.js'
import type { LoanTable } from './circulation.tables.js'

export function findOpenLoanOfItem(db: Executor, itemId: number) {
  return db.selectFrom('loans').selectAll().where('item_id', '=', itemId).where('returned_at', 'is', null).executeTakeFirst()
}

export function findLoanById(db: Executor, id: number) {
  return db.selectFrom('loans').selectAll().where('id', '=', id).executeTakeFirst()
}

/**
 * Writes the loan, marks its copy on loan where it was lent and logs its events, in one statement:
 * round trips are what a desk waits for.
 */
export async function insertLoanOfItem(
  db: Executor,
  loan: Insertable<LoanTable> & { item_id: number; location_id: string },
  at: Date,
  events: readonly CirculationEvent[],
  last: Last = {},
) {
  const insert = db
    .with('lent', (qb) =>
      qb
        .updateTable('items')
        .set({ status: 'on_loan', current_location_id: loan.location_id, status_changed_at: at, updated_at: at })
        .where('id', '=', loan.item_id)
        .returning('id'),
    )
    .with('logged', (qb) => insertEvents(qb, events))
    .insertInto('loans')
    .values(loan)
    .returningAll()
  const [row] = await executePlannedOnce(db, insert, last)
  if (!row) throw new Error('the loan was not written')
  return row
}

export interface LoanClosing {
  returned_at: Date
  return_location_id: string | null
  closed_as: 'returned' | 'lost'
  /** false: the loan forgets its member (the default privacy choice) */
  keepPatron: boolean
}

export function closeLoanQuery(db: QueryCreator<Database>, id: number, closing: LoanClosing) {
  const { keepPatron, ...columns } = closing
  return db
    .updateTable('loans')
    .set({ ...columns, ...(keepPatron ? {} : { patron_id: null }) })
    .where('id', '=', id)
}

export async function closeLoan(db: Executor, id: number, closing: LoanClosing): Promise<void> {
  await closeLoanQuery(db, id, closing).execute()
}

export async function renewLoan(db: Executor, id: number, dueOn: string, at: Date): Promise<void> {
  await db
    .updateTable('loans')
    .set((eb) => ({ due_on: dueOn, renewals: eb('renewals', '+', 1), last_renewed_at: at, overdue_notified_on: null }))
    .where('id', '=', id)
    .execute()
}

const loansWithItems = (db: Executor) =>
  db
    .selectFrom('loans as l')
    .innerJoin('items as i', 'i.id', 'l.item_id')
    .innerJoin('records as r', 'r.id', 'i.record_id')
    .select([
      'l.id',
      'l.item_id',
      'i.barcode',
      'r.id as record_id',
      'r.title',
      'r.authors',
      'r.format',
      'i.organisation_id as item_organisation_id',
      'l.patron_id',
      'l.patron_organisation_id',
      'l.location_id',
      'l.channel',
      'l.checked_out_at',
      'l.due_on',
      'l.renewals',
      'l.returned_at',
      'l.return_location_id',
      'l.closed_as',
      'l.hold_id',
    ])

export function listOpenLoansOfPatron(db: Executor, patronId: number) {
  return loansWithItems(db).where('l.patron_id', '=', patronId).where('l.returned_at', 'is', null).orderBy('l.due_on').execute()
}

/** Returned loans the member chose to keep (their reading history), newest first. */
export function listLoanHistoryOfPatron(db: Executor, patronId: number, limit: number) {
  return loansWithItems(db)
    .where('l.patron_id', '=', patronId)
    .where('l.returned_at', 'is not', null)
    .orderBy('l.returned_at', 'desc')
    .limit(limit)
    .execute()
}

export function findLoanWithItem(db: Executor, id: number) {
  return loansWithItems(db).where('l.id', '=', id).executeTakeFirst()
}

export type LoanWithItem = NonNullable<Awaited<ReturnType<typeof findLoanWithItem>>>

/** Open loans due on a date, with the member's id, for notices. */
export function listOpenLoansDueOn(db: Executor, dueOn: string) {
  return db.selectFrom('loans').selectAll().where('returned_at', 'is', null).where('due_on', '=', dueOn).execute()
}

/** Open loans past due that have not had an overdue notice since they became overdue. */
export function listOverdueLoansToNotify(db: Executor, today: string, limit: number) {
  return db
    .selectFrom('loans')
    .selectAll()
    .where('returned_at', 'is', null)
    .where('due_on', '<', today)
    .where('overdue_notified_on', 'is', null)
    .orderBy('due_on')
    .limit(limit)
    .execute()
}

export async function markOverdueNotified(db: Executor, ids: readonly number[], on: string): Promise<void> {
  if (ids.length === 0) return
  await db.updateTable('loans').set({ overdue_notified_on: on }).where('id', 'in', ids).execute()
}
