import type { Trx } from '../../db/database.js'
import { chooseCaptureHold } from '../holds/capture.js'
import { lockCaptureCandidates } from '../holds/capture.repository.js'
import { appendEvents, itemDimensions, patronDimensions } from '../statistics/circulation-events.js'
import { RenewalRefusedError } from './circulation.errors.js'
import type { LoanChannel } from './circulation.tables.js'
import { addDays, laterDate, localDate } from './dates.js'
import { lockItemById } from './item.repository.js'
import { findLoanById, renewLoan } from './loan.repository.js'
import { lockPatronById, patronStanding } from './patron-eligibility.repository.js'
import { assertInGoodStanding } from './patron-standing.js'
import type { CirculationPolicy } from './policy.js'
import { withAccommodations } from './rules.js'

export interface Renewal {
  loanId: number
  dueOn: string
  renewals: number
  renewalsLeft: number
}

/**
 * Renews an open loan from today, never shortening it. Refused when the renewals are used up, or
 * while another member waits for a hold this copy could fill — they come first.
 */
export async function renew(
  trx: Trx,
  loanId: number,
  channel: LoanChannel | 'member',
  policy: CirculationPolicy,
  now: Date,
): Promise<Renewal> {
  const found = await findLoanById(trx, loanId)
  if (!found) throw new RenewalRefusedError('loan_closed', `Loan ${loanId} does not exist.`)
  const item = await lockItemById(trx, found.item_id)
  const loan = await findLoanById(trx, loanId)
  if (!item || !loan || loan.returned_at || loan.patron_id === null)
    throw new RenewalRefusedError('loan_closed', 'This loan has already ended.')
  const patron = await lockPatronById(trx, loan.patron_id)
  if (!patron) throw new RenewalRefusedError('loan_closed', 'This loan has no member any more.')
  const today = localDate(now)
  const standing = await patronStanding(trx, patron.id)
  assertInGoodStanding(patron, standing.owed_cents, policy.settings(patron.organisation_id).maxOwedCents, today)
  const rule = withAccommodations(policy.rule(patron.organisation_id, patron.category, item), {
    extraLoans: patron.extra_loans,
    extraLoanDays: patron.extra_loan_days,
  })
  if (loan.renewals >= rule.renewals) {
    throw new RenewalRefusedError(
      'renewal_limit_reached',
      `This loan has been renewed ${loan.renewals} times; the limit is ${rule.renewals}.`,
      {
        renewals: loan.renewals,
        max: rule.renewals,
      },
    )
  }
  const waiting = (await lockCaptureCandidates(trx, item, today)).filter((h) => h.patron_id !== patron.id && h.status === 'waiting')
  const fillable = waiting.filter((h) =>
    chooseCaptureHold(
      [
        {
          holdId: h.id,
          status: 'waiting',
          patronOrganisationId: h.patron_organisation_id,
          category: h.category,
          pickupLocationId: h.pickup_location_id,
          placedAt: h.placed_at,
          targetLocationId: null,
        },
      ],
      {
        organisationId: item.organisation_id,
        homeLocationId: item.home_location_id,
        format: item.format,
        collection: item.collection,
        acquiredOn: item.acquired_on,
      },
      item.current_location_id,
      policy,
      today,
    ),
  )
  if (fillable.length > 0) {
    throw new RenewalRefusedError(
      'others_waiting',
      `${fillable.length === 1 ? 'Another member is' : `${fillable.length} other members are`} waiting for this title, so it cannot be renewed. Please return it by ${loan.due_on}.`,
      { waiting: fillable.length, dueOn: loan.due_on },
    )
  }
  const candidate = policy.openDayFrom(loan.location_id, addDays(today, rule.loanDays))
  const dueOn = laterDate(candidate, loan.due_on)
  await renewLoan(trx, loan.id, dueOn, now)
  await appendEvents(trx, [
    {
      at: now,
      action: 'renewal',
      channel: channel === 'member' ? 'member' : channel,
      organisation_id: patron.organisation_id,
      location_id: null,
      ...itemDimensions(item),
      ...patronDimensions(patron, now),
    },
  ])
  return { loanId: loan.id, dueOn, renewals: loan.renewals + 1, renewalsLeft: rule.renewals - loan.renewals - 1 }
}
