import type { Db, Executor } from '../../db/database.js'
import { NotFoundError } from '../../errors.js'
import type { Actor } from '../access/actor.js'
import { isInPatronScope, patronScope } from '../access/policy.js'
import { localDate } from './dates.js'
import { type LoanWithItem, listLoanHistoryOfPatron, listOpenLoansOfPatron } from './loan.repository.js'
import type { Loan } from './loan.schema.js'
import { findPatronByCard } from './patron-eligibility.repository.js'

export const toLoan = (row: LoanWithItem, today: string): Loan => ({
  id: row.id,
  barcode: row.barcode,
  recordId: row.record_id,
  title: row.title,
  authors: row.authors,
  format: row.format,
  locationId: row.location_id,
  checkedOutAt: row.checked_out_at,
  dueOn: row.due_on,
  renewals: row.renewals,
  overdue: row.returned_at === null && row.due_on < today,
  returnedAt: row.returned_at,
})

/** A member's loans (and, if they keep one, their reading history). */
export async function loansOfPatron(db: Executor, patronId: number, history: boolean, now: Date): Promise<Loan[]> {
  const rows = history ? await listLoanHistoryOfPatron(db, patronId, 200) : await listOpenLoansOfPatron(db, patronId)
  return rows.map((row) => toLoan(row, localDate(now)))
}

/** Staff look up a member's loans: only their own organisation's members (patronScope). */
export async function resolvePatronInScope(db: Db, actor: Actor, cardNumber: string) {
  const scope = patronScope(actor)
  const patron = await findPatronByCard(db, cardNumber)
  // a member of another organisation is 'not found' here, so the route does not reveal who is a member where
  if (!patron || !isInPatronScope(scope, patron)) throw new NotFoundError('member', { cardNumber })
  return patron
}
