import type { Trx } from '../../db/database.js'
import { appendEvents, itemDimensions, patronDimensions } from '../statistics/circulation-events.js'
import { chargeFee } from './charge-fee.js'
import { daysBetween, localDate } from './dates.js'
import { overdueFine } from './fines.js'
import type { CirculationItem, OpenLoanOfItem } from './item.repository.js'
import { closeLoan } from './loan.repository.js'
import type { CirculationPolicy } from './policy.js'

export interface ClosedLoan {
  loanId: number
  dueOn: string
  daysLate: number
  fineCents: number
}

/**
 * Ends the copy's open loan (read with the copy's lock): charges the overdue fine the member's rules
 * ask (none when fine-free), and unlinks the member unless they chose to keep a reading history.
 */
export async function closeOpenLoan(
  trx: Trx,
  item: CirculationItem,
  loan: OpenLoanOfItem,
  here: string,
  policy: CirculationPolicy,
  now: Date,
): Promise<ClosedLoan> {
  const patron =
    loan.patron_id !== null && loan.organisation_id !== null && loan.category !== null && loan.birth_year !== null
      ? {
          id: loan.patron_id,
          organisation_id: loan.organisation_id,
          category: loan.category,
          birth_year: loan.birth_year,
          municipality_code: loan.municipality_code,
        }
      : undefined
  const daysLate = Math.max(0, daysBetween(loan.due_on, localDate(now)))
  const fineCents = patron ? overdueFine(policy.rule(patron.organisation_id, patron.category, item), daysLate) : 0
  await closeLoan(trx, loan.id, {
    returned_at: now,
    return_location_id: here,
    closed_as: 'returned',
    keepPatron: loan.keep_history ?? false,
  })
  if (patron && fineCents > 0)
    await chargeFee(trx, { patron, kind: 'overdue', amountCents: fineCents, loanId: loan.id, itemId: item.id }, now)
  await appendEvents(trx, [
    {
      at: now,
      action: 'checkin',
      channel: 'desk',
      organisation_id: policy.location(here).organisationId,
      location_id: here,
      ...itemDimensions(item),
      ...(patron && patronDimensions(patron, now)),
    },
  ])
  return { loanId: loan.id, dueOn: loan.due_on, daysLate, fineCents }
}
