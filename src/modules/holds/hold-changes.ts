import type { Trx } from '../../db/database.js'
import { NotFoundError } from '../../errors.js'
import { localDate } from '../circulation/dates.js'
import { lockItemByBarcode, updateItem } from '../circulation/item.repository.js'
import type { CirculationPolicy } from '../circulation/policy.js'
import { appendEvents, itemDimensions } from '../statistics/circulation-events.js'
import { HoldStateError } from './hold.errors.js'
import { lockHold, lockHoldClaimingItem, updateHold } from './hold.repository.js'
import type { HoldRow } from './holds.tables.js'
import { withdrawQueuedRequests } from './national-ibl.repository.js'
import { type TargetingOutcome, targetHolds } from './target-holds.js'

export type HoldChanger = { kind: 'member'; patronId: number } | { kind: 'staff'; staffUserId: number }

/** A member may cancel until the copy is pulled; staff may cancel any hold that is not closed. */
export async function cancelHold(trx: Trx, hold: HoldRow, by: HoldChanger, now: Date): Promise<void> {
  const cancellable = by.kind === 'member' ? ['waiting', 'targeted'] : ['waiting', 'targeted', 'in_transit', 'ready']
  if (!cancellable.includes(hold.status)) {
    throw new HoldStateError(
      'hold_not_cancellable',
      hold.status === 'in_transit' || hold.status === 'ready'
        ? 'The copy is already on its way or waiting for you; ask the desk if you no longer want it.'
        : `This hold is already ${hold.status}.`,
      { holdStatus: hold.status },
    )
  }
  await updateHold(trx, hold.id, {
    status: 'cancelled',
    closed_at: now,
    close_reason: by.kind === 'member' ? 'cancelled by member' : 'cancelled by staff',
  })
  // a copy left on the hold shelf shows there as 'to clear': checking it in routes it on
  await withdrawQueuedRequests(trx, [hold.id], now)
  await appendEvents(trx, [
    {
      at: now,
      action: 'hold_cancelled',
      channel: by.kind === 'member' ? 'member' : 'desk',
      organisation_id: hold.patron_organisation_id,
      record_id: hold.record_id,
    },
  ])
}

/** Suspends a hold until a date (null resumes it); a copy already chosen is released for others. */
export async function suspendHold(trx: Trx, hold: HoldRow, until: string | null, now: Date): Promise<void> {
  if (hold.status !== 'waiting' && hold.status !== 'targeted') {
    throw new HoldStateError('hold_not_suspendable', `A hold that is ${hold.status} cannot be suspended.`, { holdStatus: hold.status })
  }
  const suspending = until !== null && until > localDate(now)
  await updateHold(trx, hold.id, {
    suspended_until: suspending ? until : null,
    ...(suspending && hold.status === 'targeted' && { status: 'waiting', target_item_id: null, target_tier: null, targeted_at: null }),
  })
}

export async function lockHoldOrFail(trx: Trx, id: number): Promise<HoldRow> {
  const hold = await lockHold(trx, id)
  if (!hold) throw new NotFoundError('hold', { id })
  return hold
}

/**
 * The pull list named a copy that is not on the shelf: mark it missing, never offer it to this hold
 * again, and target the hold anew.
 */
export async function reportNotOnShelf(
  trx: Trx,
  request: { itemBarcode: string; locationId: string },
  policy: CirculationPolicy,
  now: Date,
): Promise<{ holdId: number; outcome: TargetingOutcome | undefined }> {
  const item = await lockItemByBarcode(trx, request.itemBarcode)
  if (!item) throw new NotFoundError('item', { barcode: request.itemBarcode })
  const hold = await lockHoldClaimingItem(trx, item.id)
  if (hold?.status !== 'targeted') {
    throw new HoldStateError('not_on_pull_list', `Item ${item.barcode} is not on a pull list.`, { barcode: item.barcode })
  }
  await updateItem(trx, item.id, { status: 'missing' }, now)
  await updateHold(trx, hold.id, {
    status: 'waiting',
    target_item_id: null,
    target_tier: null,
    targeted_at: null,
    excluded_item_ids: [...hold.excluded_item_ids, item.id],
  })
  await appendEvents(trx, [
    {
      at: now,
      action: 'item_missing',
      channel: 'desk',
      organisation_id: policy.location(request.locationId).organisationId,
      location_id: request.locationId,
      ...itemDimensions(item),
    },
  ])
  const [outcome] = await targetHolds(trx, policy, now, { holdIds: [hold.id] })
  return { holdId: hold.id, outcome }
}
