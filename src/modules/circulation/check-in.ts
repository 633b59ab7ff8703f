import type { Trx } from '../../db/database.js'
import type { Last } from '../../db/prepared.js'
import { ConflictError, NotFoundError } from '../../errors.js'
import { chooseCaptureHold } from '../holds/capture.js'
import { updateHold } from '../holds/hold.repository.js'
import { type HoldRouting, routeToHold } from '../holds/route-to-hold.js'
import { insertTransit, receiveTransit } from '../logistics/transit.repository.js'
import { type CirculationEvent, itemDimensions } from '../statistics/circulation-events.js'
import { lockForCheckIn, writeCheckIn } from './check-in.repository.js'
import { type ClosedLoan, chargeLateFine, endLoan } from './close-loan.js'
import { localDate } from './dates.js'
import type { CirculationItem, ItemChanges } from './item.repository.js'
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

/** What a path of the check-in leaves for its final write: the copy's new state and more events. */
interface Decision {
  answer: CheckInAnswer
  itemChanges: ItemChanges | null
  events: CirculationEvent[]
}

/**
 * Check-in at any location of the network: close the loan, receive the transit, then decide —
 * the hold this copy was pulled for, else a waiting hold it can fill here or on its way
 * (opportunistic capture), else home, or stay here when its collection floats. One locked read,
 * and on the common paths one write.
 */
export async function checkIn(
  trx: Trx,
  request: { itemBarcode: string; locationId: string },
  policy: CirculationPolicy,
  now: Date,
  last: Last = {},
): Promise<CheckIn> {
  const here = request.locationId
  const found = await lockForCheckIn(trx, request.itemBarcode, localDate(now))
  if (!found) throw new NotFoundError('item', { barcode: request.itemBarcode })
  const { item, loan: openLoan } = found
  if (item.status === 'withdrawn')
    throw new ConflictError('item_withdrawn', `Item ${item.barcode} is withdrawn: set it aside, do not shelve it.`)
  const foundAgain = item.status === 'lost' || item.status === 'missing'
  const loanEnd = item.status === 'on_loan' && openLoan ? endLoan(item, openLoan, here, policy, now) : null
  if (loanEnd) await chargeLateFine(trx, item, loanEnd, now)
  // a copy is in transit exactly when it has an open transit (the state-machine property test holds us to it)
  const transitId = item.status === 'in_transit' ? found.transitId : null
  if (transitId !== null) await receiveTransit(trx, transitId, here, now)
  const where = {
    at: now,
    channel: 'desk' as const,
    organisation_id: policy.location(here).organisationId,
    location_id: here,
    ...itemDimensions(item),
  }
  const decision = await decide(trx, found, here, policy, now)
  await writeCheckIn(
    trx,
    {
      itemId: item.id,
      itemChanges: decision.itemChanges,
      loan: loanEnd && { id: loanEnd.closed.loanId, closing: loanEnd.closing },
      events: [
        ...(loanEnd ? [loanEnd.event] : []),
        ...(transitId !== null ? [{ ...where, action: 'transit_received' as const }] : []),
        ...(foundAgain ? [{ ...where, action: 'item_available' as const }] : []),
        ...decision.events,
      ],
    },
    now,
    last,
  )
  return { item, answer: decision.answer, loan: loanEnd?.closed ?? null, receivedTransitId: transitId, foundAgain }
}

type CheckInRead = NonNullable<Awaited<ReturnType<typeof lockForCheckIn>>>

async function decide(trx: Trx, found: CheckInRead, here: string, policy: CirculationPolicy, now: Date): Promise<Decision> {
  const { item, claim } = found
  if (claim?.status === 'ready' && claim.pickup_location_id === here && claim.pickup_deadline && claim.pickup_code) {
    // scanned again while on this hold shelf: the same answer, nothing changes
    const answer = {
      action: 'hold_shelf',
      holdId: claim.id,
      pickupLocationId: here,
      pickupDeadline: claim.pickup_deadline,
      pickupCode: claim.pickup_code,
    } as const
    return { answer, itemChanges: { status: 'on_hold_shelf', current_location_id: here }, events: [] }
  }
  if (claim) return { answer: await routeToHold(trx, claim, item, here, policy, now), itemChanges: null, events: [] }
  const today = localDate(now)
  const { candidates } = found
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
    return { answer: await routeToHold(trx, hold, item, here, policy, now), itemChanges: null, events: [] }
  }
  return sendHomeOrShelve(trx, item, here, policy, now)
}

async function sendHomeOrShelve(trx: Trx, item: CirculationItem, here: string, policy: CirculationPolicy, now: Date): Promise<Decision> {
  if (item.home_location_id === here)
    return { answer: { action: 'shelve', reason: 'home' }, itemChanges: { status: 'available', current_location_id: here }, events: [] }
  // a floating collection stays wherever it is returned, anywhere in the network; the owner stays the owner
  const floats = policy.settings(item.organisation_id).floatingCollections.includes(item.collection)
  if (floats)
    return {
      answer: { action: 'shelve', reason: 'floating' },
      itemChanges: { status: 'available', current_location_id: here, home_location_id: here },
      events: [],
    }
  const transit = await insertTransit(trx, {
    item_id: item.id,
    from_location_id: here,
    to_location_id: item.home_location_id,
    reason: 'home',
    hold_id: null,
    created_at: now,
  })
  return {
    answer: { action: 'send', reason: 'home', toLocationId: item.home_location_id, transitId: transit.id },
    itemChanges: { status: 'in_transit', current_location_id: here },
    events: [
      {
        at: now,
        channel: 'desk',
        action: 'transit_created',
        organisation_id: policy.location(here).organisationId,
        location_id: here,
        ...itemDimensions(item),
      },
    ],
  }
}
