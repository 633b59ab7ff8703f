import { randomInt } from 'node:crypto'
import type { Trx } from '../../db/database.js'
import { addDays, localDate } from '../circulation/dates.js'
import type { CirculationItem } from '../circulation/item.repository.js'
import { updateItem } from '../circulation/item.repository.js'
import type { CirculationPolicy } from '../circulation/policy.js'
import { insertTransit } from '../logistics/transit.repository.js'
import { queueNotices } from '../notices/queue-notice.js'
import { appendEvents, itemDimensions } from '../statistics/circulation-events.js'
import { updateHold } from './hold.repository.js'

export type HoldRouting =
  | { action: 'hold_shelf'; holdId: number; pickupLocationId: string; pickupDeadline: string; pickupCode: string }
  | { action: 'send'; reason: 'hold'; holdId: number; toLocationId: string; transitId: number }

// No 0/O or 1/I: the code is read aloud at the desk and typed at a locker.
const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export const newPickupCode = () => Array.from({ length: 4 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('')

/**
 * A copy in hand at `here` that fills a hold: onto this hold shelf when the member picks up here
 * (with a deadline and a ready notice), else into a transit to the pickup location.
 */
export async function routeToHold(
  trx: Trx,
  hold: { id: number; patron_id: number; pickup_location_id: string },
  item: CirculationItem,
  here: string,
  policy: CirculationPolicy,
  now: Date,
): Promise<HoldRouting> {
  const dimensions = {
    at: now,
    channel: 'desk' as const,
    organisation_id: policy.location(here).organisationId,
    location_id: here,
    ...itemDimensions(item),
  }
  if (hold.pickup_location_id === here) {
    const pickup = policy.location(here)
    const deadline = policy.openDayFrom(here, addDays(localDate(now), policy.settings(pickup.organisationId).holdShelfDays))
    const pickupCode = newPickupCode()
    await updateHold(trx, hold.id, {
      status: 'ready',
      target_item_id: item.id,
      ready_at: now,
      pickup_deadline: deadline,
      pickup_code: pickupCode,
    })
    await updateItem(trx, item.id, { status: 'on_hold_shelf', current_location_id: here }, now)
    await queueNotices(
      trx,
      [
        {
          patronId: hold.patron_id,
          kind: 'hold_ready',
          values: { title: item.title, locationName: pickup.name, date: deadline, pickupCode },
          dedupeKey: `hold_ready:${hold.id}`,
        },
      ],
      now,
    )
    await appendEvents(trx, [{ ...dimensions, action: 'hold_ready' }])
    return { action: 'hold_shelf', holdId: hold.id, pickupLocationId: here, pickupDeadline: deadline, pickupCode }
  }
  const transit = await insertTransit(trx, {
    item_id: item.id,
    from_location_id: here,
    to_location_id: hold.pickup_location_id,
    reason: 'hold',
    hold_id: hold.id,
    created_at: now,
  })
  await updateHold(trx, hold.id, { status: 'in_transit', target_item_id: item.id })
  await updateItem(trx, item.id, { status: 'in_transit', current_location_id: here }, now)
  await appendEvents(trx, [{ ...dimensions, action: 'transit_created' }])
  return { action: 'send', reason: 'hold', holdId: hold.id, toLocationId: hold.pickup_location_id, transitId: transit.id }
}
