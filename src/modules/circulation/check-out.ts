import type { Trx } from '../../db/database.js'
import type { Last } from '../../db/prepared.js'
import { NotFoundError } from '../../errors.js'
import { updateHold } from '../holds/hold.repository.js'
import type { TargetTier } from '../holds/holds.tables.js'
import { targetHolds } from '../holds/target-holds.js'
import { findOpenTransitOfItem } from '../logistics/transit.repository.js'
import { itemDimensions, patronDimensions } from '../statistics/circulation-events.js'
import { chargeFee } from './charge-fee.js'
import { type CheckOutHold, lockForCheckOut } from './check-out.repository.js'
import {
  ItemHeldForAnotherError,
  ItemInTransitError,
  ItemNotLendableError,
  ItemOnLoanError,
  LoanLimitReachedError,
} from './circulation.errors.js'
import type { LoanChannel, LoanRow } from './circulation.tables.js'
import { addDays, localDate } from './dates.js'
import type { CirculationItem } from './item.repository.js'
import { findOpenLoanOfItem, insertLoanOfItem } from './loan.repository.js'
import type { CirculationPatron } from './patron-eligibility.repository.js'
import { assertInGoodStanding } from './patron-standing.js'
import type { CirculationPolicy } from './policy.js'
import { withAccommodations } from './rules.js'

export interface CheckOutRequest {
  itemBarcode: string
  cardNumber: string
  locationId: string
  channel: LoanChannel
  staffUserId: number | null
  /** the organisation whose members' names this desk sees (the answer names the member then) */
  namesFor?: string | null
}

export interface CheckOut {
  loan: LoanRow
  item: CirculationItem
  patron: CirculationPatron
  /** the member's name, when the desk may see it */
  patronName: string | null
  filledHoldId: number | null
  /** a hold whose copy this was, for another member: it looks for another copy now */
  releasedHoldId: number | null
}

/**
 * Lends a copy: lock the copy, then the member, in one read; refuse with the reason a person can
 * act on; write the loan with its events, and fulfil the member's hold on it. The partial unique
 * index on open loans backs the lock up.
 */
export async function checkOut(
  trx: Trx,
  request: CheckOutRequest,
  policy: CirculationPolicy,
  now: Date,
  last: Last = {},
): Promise<CheckOut> {
  const { item, patron, holds } = await lockForCheckOut(trx, request.itemBarcode, request.cardNumber, request.namesFor ?? null)
  if (!item) throw new NotFoundError('item', { barcode: request.itemBarcode })
  await assertLendable(trx, item)
  if (!patron) throw new NotFoundError('member', { cardNumber: request.cardNumber })
  const today = localDate(now)
  assertInGoodStanding(patron, patron.owed_cents, policy.settings(patron.organisation_id).maxOwedCents, today)
  const rule = withAccommodations(policy.rule(patron.organisation_id, patron.category, item), {
    extraLoans: patron.extra_loans,
    extraLoanDays: patron.extra_loan_days,
  })
  if (patron.open_loans >= rule.maxLoans) throw new LoanLimitReachedError(patron.open_loans, rule.maxLoans)

  const claim = holds.find(
    (h) => h.target_item_id === item.id && (h.status === 'targeted' || h.status === 'in_transit' || h.status === 'ready'),
  )
  if (claim && claim.patron_id !== patron.id && claim.status === 'ready')
    throw new ItemHeldForAnotherError(item.barcode, claim.pickup_location_id)
  // the member's own hold on this title that nobody is bringing yet (or this very copy): taking it fills the hold
  const own =
    claim?.patron_id === patron.id
      ? claim
      : holds.find((h) => h.patron_id === patron.id && (h.status === 'waiting' || h.status === 'targeted'))
  const released = claim && claim.patron_id !== patron.id ? claim : null
  if (released) await updateHold(trx, released.id, { status: 'waiting', target_item_id: null, target_tier: null, targeted_at: null })

  const where = {
    at: now,
    channel: request.channel,
    organisation_id: policy.location(request.locationId).organisationId,
    location_id: request.locationId,
  }
  const dims = { ...itemDimensions(item), ...patronDimensions(patron, now) }
  const loan = await insertLoanOfItem(
    trx,
    {
      item_id: item.id,
      patron_id: patron.id,
      patron_organisation_id: patron.organisation_id,
      location_id: request.locationId,
      hold_id: own?.id ?? null,
      channel: request.channel,
      staff_user_id: request.staffUserId,
      checked_out_at: now,
      due_on: policy.openDayFrom(request.locationId, addDays(today, rule.loanDays)),
    },
    now,
    [
      { ...where, ...dims, action: 'checkout', ibl_tier: own?.target_tier ?? null },
      ...(own ? [{ ...where, ...dims, action: 'hold_fulfilled' as const, ibl_tier: own.target_tier }] : []),
    ],
    { thenCommit: last.thenCommit && !own && !released },
  )
  if (own) await fulfilHold(trx, own, patron, loan, rule.holdFeeCents, now)
  if (released) await targetHolds(trx, policy, now, { holdIds: [released.id] })
  return { loan, item, patron, patronName: patron.name, filledHoldId: own?.id ?? null, releasedHoldId: released?.id ?? null }
}

async function assertLendable(trx: Trx, item: CirculationItem): Promise<void> {
  switch (item.status) {
    case 'available':
    case 'on_hold_shelf':
      return
    case 'on_loan': {
      const loan = await findOpenLoanOfItem(trx, item.id)
      throw new ItemOnLoanError(item.barcode, loan ?? { location_id: item.current_location_id, due_on: 'unknown' })
    }
    case 'in_transit': {
      const transit = await findOpenTransitOfItem(trx, item.id)
      throw new ItemInTransitError(item.barcode, transit?.to_location_id ?? item.home_location_id)
    }
    case 'lost':
    case 'missing':
    case 'damaged':
    case 'withdrawn':
    case 'in_processing':
      throw new ItemNotLendableError(item.barcode, item.status)
  }
}

const feeKind = {
  pickup_location: 'hold_local',
  own_organisation: 'hold_local',
  provincial: 'hold_provincial',
  national: 'hold_national',
} as const
const feeTier = { pickup_location: 'local', own_organisation: 'local', provincial: 'provincial', national: 'national' } as const

async function fulfilHold(
  trx: Trx,
  hold: CheckOutHold,
  patron: CirculationPatron,
  loan: LoanRow,
  fees: { local: number; provincial: number; national: number },
  now: Date,
): Promise<void> {
  await updateHold(trx, hold.id, { status: 'fulfilled', closed_at: now, close_reason: 'lent', target_item_id: loan.item_id })
  const tier: TargetTier = hold.target_tier ?? 'pickup_location'
  await chargeFee(
    trx,
    { patron, kind: feeKind[tier], amountCents: fees[feeTier[tier]], holdId: hold.id, loanId: loan.id, itemId: loan.item_id },
    now,
  )
}
