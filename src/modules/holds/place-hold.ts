import type { Trx } from '../../db/database.js'
import { NotFoundError } from '../../errors.js'
import { addDays, localDate } from '../circulation/dates.js'
import { findItemByBarcode } from '../circulation/item.repository.js'
import { lockPatronById, patronStanding } from '../circulation/patron-eligibility.repository.js'
import { assertInGoodStanding } from '../circulation/patron-standing.js'
import type { CirculationPolicy } from '../circulation/policy.js'
import { appendEvents, patronDimensions } from '../statistics/circulation-events.js'
import {
  AlreadyOnHoldError,
  type DigitalAlternative,
  DigitalAlternativeError,
  HoldLimitReachedError,
  NotHoldableError,
  PickupNotAllowedError,
} from './hold.errors.js'
import { countActiveHolds, findActiveHoldOnRecord, insertHold } from './hold.repository.js'
import { digitalEditions, findRecordForHold } from './place-hold.repository.js'
import { type TargetingOutcome, targetHolds } from './target-holds.js'

export interface PlaceHoldRequest {
  patronId: number
  recordId?: number | undefined
  itemBarcode?: string | undefined
  pickupLocationId: string
  anyEdition?: boolean | undefined
  expiresOn?: string | undefined
  confirmIbl?: boolean | undefined
  staffUserId: number | null
}

export interface PlacedHold {
  holdId: number
  outcome: TargetingOutcome | undefined
  digitalAlternatives: DigitalAlternative[]
  expectedFeeCents: number
}

/**
 * Places a hold and targets it at once, so the member sees straight away whether a copy is on its
 * way. When it would take an IBL transport and the work is also an e-book or audiobook, the
 * member's organisation decides: say so, or ask the member to confirm first.
 */
export async function placeHold(trx: Trx, request: PlaceHoldRequest, policy: CirculationPolicy, now: Date): Promise<PlacedHold> {
  const patron = await lockPatronById(trx, request.patronId)
  if (!patron) throw new NotFoundError('member', { id: request.patronId })
  const today = localDate(now)
  const standing = await patronStanding(trx, patron.id)
  const settings = policy.settings(patron.organisation_id)
  assertInGoodStanding(patron, standing.owed_cents, settings.maxOwedCents, today)
  const pickup = policy.findLocation(request.pickupLocationId)
  if (!pickup) throw new NotFoundError('location', { id: request.pickupLocationId })
  if (!pickup.pickupAllowed) throw new PickupNotAllowedError(pickup.id)

  const item = request.itemBarcode ? await findItemByBarcode(trx, request.itemBarcode) : undefined
  if (request.itemBarcode && !item) throw new NotFoundError('item', { barcode: request.itemBarcode })
  const record = await findRecordForHold(trx, item?.record_id ?? request.recordId ?? 0)
  if (!record) throw new NotFoundError('record', { id: request.recordId ?? 0 })
  if (record.format === 'ebook' || record.format === 'audiobook') {
    throw new NotHoldableError(
      `This is an ${record.format}: read or listen online${record.online_url ? ` at ${record.online_url}` : ''}, no hold needed.`,
    )
  }
  const rule = policy.rule(patron.organisation_id, patron.category, { format: record.format, collection: item?.collection ?? 'general' })
  const active = await countActiveHolds(trx, patron.id)
  if (active >= rule.maxHolds) throw new HoldLimitReachedError(active, rule.maxHolds)
  const existing = await findActiveHoldOnRecord(trx, patron.id, record.id)
  if (existing) throw new AlreadyOnHoldError(existing.id)

  const hold = await insertHold(trx, {
    patron_id: patron.id,
    patron_organisation_id: patron.organisation_id,
    level: item ? 'item' : 'title',
    record_id: record.id,
    any_edition: item ? false : (request.anyEdition ?? true),
    item_id: item?.id ?? null,
    pickup_location_id: pickup.id,
    placed_at: now,
    expires_on: request.expiresOn ?? addDays(today, settings.holdExpiryDays),
    placed_by_staff_user_id: request.staffUserId,
  })
  const [outcome] = await targetHolds(trx, policy, now, { holdIds: [hold.id] })
  const tier = outcome?.reason.tier
  const goesIbl = tier === 'provincial' || tier === 'national'
  const alternatives = goesIbl && settings.digitalAlternative !== 'off' && record.work_id ? await digitalEditions(trx, record.work_id) : []
  if (alternatives.length > 0 && settings.digitalAlternative === 'confirm' && !request.confirmIbl)
    throw new DigitalAlternativeError(tier ?? 'provincial', alternatives)
  await appendEvents(trx, [
    {
      at: now,
      action: 'hold_placed',
      channel: request.staffUserId ? 'desk' : 'member',
      organisation_id: patron.organisation_id,
      location_id: pickup.id,
      record_id: record.id,
      format: record.format,
      ibl_tier: tier ?? null,
      ...patronDimensions(patron, now),
    },
  ])
  const fees = rule.holdFeeCents
  const expectedFeeCents = tier === 'national' ? fees.national : tier === 'provincial' ? fees.provincial : fees.local
  return { holdId: hold.id, outcome, digitalAlternatives: alternatives, expectedFeeCents }
}
