import type { Trx } from '../../db/database.js'
import { type CirculationEvent, itemDimensions, patronDimensions } from '../statistics/circulation-events.js'
import { chargeFee } from './charge-fee.js'
import { daysBetween, localDate } from './dates.js'
import { overdueFine } from './fines.js'
import type { CirculationItem, OpenLoanOfItem } from './item.repository.js'
import type { LoanClosing } from './loan.repository.js'
import type { CirculationPolicy } from './policy.js'

export interface ClosedLoan {
  loanId: number
  dueOn: string
  daysLate: number
  fineCents: number
}

/** What ending a returned loan writes: the loan's closing, and its check-in event. */
export interface LoanEnd {
  closed: ClosedLoan
  closing: LoanClosing
  event: CirculationEvent
  /** the member, when the loan still knows them (a fine goes on their organisation's ledger) */
  patron: { id: number; organisation_id: string } | undefined
}

/**
 * Ends the copy's open loan (read with the copy's lock): the overdue fine the member's rules ask
 * (none when fine-free), and the member unlinked unless they chose to keep a reading history.
 */
export function endLoan(item: CirculationItem, loan: OpenLoanOfItem, here: string, policy: CirculationPolicy, now: Date): LoanEnd {
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
  return {
    closed: { loanId: loan.id, dueOn: loan.due_on, daysLate, fineCents },
    closing: { returned_at: now, return_location_id: here, closed_as: 'returned', keepPatron: loan.keep_history ?? false },
    event: {
      at: now,
      action: 'checkin',
      channel: 'desk',
      organisation_id: policy.location(here).organisationId,
      location_id: here,
      ...itemDimensions(item),
      ...(patron && patronDimensions(patron, now)),
    },
    patron,
  }
}

/** The fine of a late return, on the ledger of the member's organisation. */
export async function chargeLateFine(trx: Trx, item: CirculationItem, end: LoanEnd, now: Date): Promise<void> {
  if (!end.patron || end.closed.fineCents <= 0) return
  await chargeFee(
    trx,
    { patron: end.patron, kind: 'overdue', amountCents: end.closed.fineCents, loanId: end.closed.loanId, itemId: item.id },
    now,
  )
}
