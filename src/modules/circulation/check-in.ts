import type { Trx } from '../../db/database.js'
import { ConflictError, NotFoundError } from '../../errors.js'
import { chooseCaptureHold } from '../holds/capture.js'
import { lockCaptureCandidates } from '../holds/capture.repository.js'
import { lockHoldClaimingItem, updateHold } from '../holds/hold.repository.js'
import { type HoldRouting, routeToHold } from '../holds/route-to-hold.js'
import { findOpenTransitOfItem, insertTransit, receiveTransit } from '../logistics/transit.repository.js'
import { appendEvents, itemDimensions } from '../statistics/circulation-events.js'
import { type ClosedLoan, closeOpenLoan } from './close-loan.js'
import { localDate } from './dates.js'
import { type CirculationItem, lockItemForReturn, updateItem } from './item.repository.js'
import type { CirculationPolicy } from './policy.js'

/** What the desk does with a returned copy. */
export type CheckInAnswer =
  | HoldRouting
  | { action: 'send'; reason: 'home'; toLocationId: string; transitId: number }
  | { action: 'shelve'; reason: 'home' | 'floating' }

export interface CheckIn {
  item: CirculationItem
  answer: CheckInAnswer
  loan: ClosedLoan | null
  /** a transit that ended here (or, if it was meant elsewhere, ended early) */
  receivedTransitId: number | null
  /** the copy was lost or missing and turned up again */
  foundAgain: boolean
}

/**
 * Check-in at any location of the network: close the loan, receive the transit, then decide —
 * the hold this copy was pulled for, else a waiting hold it can fill here or on its way
 * (opportunistic capture), else home, or stay here when its collection floats.
 */
export async function checkIn(
  trx: Trx,
  request: { itemBarcode: string; locationId: string },
  policy: CirculationPolicy,
  now: Date,
): Promise<CheckIn> {
  const here = request.locationId
  const found = await lockItemForReturn(trx, request.itemBarcode)
  if (!found) throw new NotFoundError('item', { barcode: request.itemBarcode })
  const { item, loan: openLoan } = found
  if (item.status === 'withdrawn')
    throw new ConflictError('item_withdrawn', `Item ${item.barcode} is withdrawn: set it aside, do not shelve it.`)
  const foundAgain = item.status === 'lost' || item.status === 'missing'
  // the open loan came with the lock; a copy is in transit exactly when it has an open transit (the
  // state-machine property test holds us to it), so the status saves that look-up
  const loan = item.status === 'on_loan' && openLoan ? await closeOpenLoan(trx, item, openLoan, here, policy, now) : null
  const transit = item.status === 'in_transit' ? await findOpenTransitOfItem(trx, item.id) : undefined
  if (transit) await receiveTransit(trx, transit.id, here, now)
  const where = {
    at: now,
    channel: 'desk' as const,
    organisation_id: policy.location(here).organisationId,
    location_id: here,
    ...itemDimensions(item),
  }
  await appendEvents(trx, [
    ...(transit ? [{ ...where, action: 'transit_received' as const }] : []),
    ...(foundAgain ? [{ ...where, action: 'item_available' as const }] : []),
  ])
  const answer = await decide(trx, item, here, policy, now)
  return { item, answer, loan, receivedTransitId: transit?.id ?? null, foundAgain }
}

async function decide(trx: Trx, item: CirculationItem, here: string, policy: CirculationPolicy, now: Date): Promise<CheckInAnswer> {
  const claim = await lockHoldClaimingItem(trx, item.id)
  if (claim?.status === 'ready' && claim.pickup_location_id === here && claim.pickup_deadline && claim.pickup_code) {
    // scanned again while on this hold shelf: the same answer, nothing changes
    await updateItem(trx, item.id, { status: 'on_hold_shelf', current_location_id: here }, now)
    return {
      action: 'hold_shelf',
      holdId: claim.id,
      pickupLocationId: here,
      pickupDeadline: claim.pickup_deadline,
      pickupCode: claim.pickup_code,
    }
  }
  if (claim) return routeToHold(trx, claim, item, here, policy, now)
  const today = localDate(now)
  const candidates = await lockCaptureCandidates(trx, item, today)
  const captured = chooseCaptureHold(
    candidates.map((c) => ({
      holdId: c.id,
      status: c.status,
      patronOrganisationId: c.patron_organisation_id,
      category: c.category,
      pickupLocationId: c.pickup_location_id,
      placedAt: c.placed_at,
      targetLocationId: c.target_location_id,
    })),
    {
      organisationId: item.organisation_id,
      homeLocationId: item.home_location_id,
      format: item.format,
      collection: item.collection,
      acquiredOn: item.acquired_on,
    },
    here,
    policy,
    today,
  )
  const hold = captured && candidates.find((c) => c.id === captured.holdId)
  if (hold) {
    const tier =
      hold.pickup_location_id === here
        ? 'pickup_location'
        : hold.patron_organisation_id === item.organisation_id
          ? 'own_organisation'
          : 'provincial'
    const cost = policy.cost(here, hold.pickup_location_id)
    await updateHold(trx, hold.id, {
      status: 'targeted',
      target_item_id: item.id,
      target_tier: tier,
      targeted_at: now,
      hopeless_since: null,
      target_reason: JSON.stringify({
        tier,
        chosen: {
          itemId: item.id,
          barcode: item.barcode,
          locationId: here,
          organisationId: item.organisation_id,
          km: cost.km,
          minutes: cost.minutes,
          euros: cost.euros,
        },
        eligible: 1,
        available: 1,
        excluded: {},
        tied: 1,
        tieBreak: 'only',
        summary: `Copy ${item.barcode} was returned at ${here} and captured for this hold (capture order: ${policy.settings(item.organisation_id).captureOrder.join(', ')}).`,
      }),
    })
    return routeToHold(trx, hold, item, here, policy, now)
  }
  return sendHomeOrShelve(trx, item, here, policy, now)
}

async function sendHomeOrShelve(
  trx: Trx,
  item: CirculationItem,
  here: string,
  policy: CirculationPolicy,
  now: Date,
): Promise<CheckInAnswer> {
  if (item.home_location_id === here) {
    await updateItem(trx, item.id, { status: 'available', current_location_id: here }, now)
    return { action: 'shelve', reason: 'home' }
  }
  // a floating collection stays wherever it is returned, anywhere in the network; the owner stays the owner
  const floats = policy.settings(item.organisation_id).floatingCollections.includes(item.collection)
  if (floats) {
    await updateItem(trx, item.id, { status: 'available', current_location_id: here, home_location_id: here }, now)
    return { action: 'shelve', reason: 'floating' }
  }
  const transit = await insertTransit(trx, {
    item_id: item.id,
    from_location_id: here,
    to_location_id: item.home_location_id,
    reason: 'home',
    hold_id: null,
    created_at: now,
  })
  await updateItem(trx, item.id, { status: 'in_transit', current_location_id: here }, now)
  await appendEvents(trx, [
    {
      at: now,
      channel: 'desk',
      action: 'transit_created',
      organisation_id: policy.location(here).organisationId,
      location_id: here,
      ...itemDimensions(item),
    },
  ])
  return { action: 'send', reason: 'home', toLocationId: item.home_location_id, transitId: transit.id }
}
