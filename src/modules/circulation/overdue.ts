import type { Trx } from '../../db/database.js'
import { queueNotices } from '../notices/queue-notice.js'
import { addDays, localDate } from './dates.js'
import { listOpenLoansDueOn, listOverdueLoansToNotify, markOverdueNotified } from './loan.repository.js'

export interface OverdueReport {
  overdue: number
  dueSoon: number
}

/** Days before the due date that the 'due soon' notice goes out. */
export const dueSoonDays = 3

/**
 * The overdue job: one overdue notice per loan that passed its due date (again after a renewal),
 * and a 'due soon' notice a few days before. Fines are charged at return, from the days late.
 */
export async function detectOverdue(trx: Trx, now: Date, batch = 5000): Promise<OverdueReport> {
  const today = localDate(now)
  const overdue = await listOverdueLoansToNotify(trx, today, batch)
  const dueSoon = await listOpenLoansDueOn(trx, addDays(today, dueSoonDays))
  const titles = await titlesOf(
    trx,
    [...overdue, ...dueSoon].map((l) => l.item_id),
  )
  await queueNotices(
    trx,
    [
      ...overdue.flatMap((loan) =>
        loan.patron_id === null
          ? []
          : [
              {
                patronId: loan.patron_id,
                kind: 'overdue' as const,
                values: { title: titles.get(loan.item_id) ?? '', date: loan.due_on },
                dedupeKey: `overdue:${loan.id}:${loan.due_on}`,
              },
            ],
      ),
      ...dueSoon.flatMap((loan) =>
        loan.patron_id === null
          ? []
          : [
              {
                patronId: loan.patron_id,
                kind: 'due_soon' as const,
                values: { title: titles.get(loan.item_id) ?? '', date: loan.due_on },
                dedupeKey: `due_soon:${loan.id}:${loan.due_on}`,
              },
            ],
      ),
    ],
    now,
  )
  await markOverdueNotified(
    trx,
    overdue.map((l) => l.id),
    today,
  )
  return { overdue: overdue.length, dueSoon: dueSoon.length }
}

async function titlesOf(trx: Trx, itemIds: readonly number[]): Promise<Map<number, string>> {
  if (itemIds.length === 0) return new Map()
  const rows = await trx
    .selectFrom('items as i')
    .innerJoin('records as r', 'r.id', 'i.record_id')
    .select(['i.id', 'r.title'])
    .where('i.id', 'in', itemIds)
    .execute()
  return new Map(rows.map((row) => [row.id, row.title]))
}
