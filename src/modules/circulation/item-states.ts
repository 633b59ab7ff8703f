import type { Db } from '../../db/database.js'
import { ConflictError, NotFoundError } from '../../errors.js'
import type { Actor } from '../access/actor.js'
import { lockHoldClaimingItem, updateHold } from '../holds/hold.repository.js'
import { targetHolds } from '../holds/target-holds.js'
import type { CirculationAction } from '../statistics/circulation-event.tables.js'
import { appendEvents, itemDimensions } from '../statistics/circulation-events.js'
import { chargeFee } from './charge-fee.js'
import { deskLocation } from './desk.js'
import { lockItemByBarcode, updateItem } from './item.repository.js'
import { closeLoan, findOpenLoanOfItem } from './loan.repository.js'
import type { ItemStateBody } from './loan.schema.js'
import { findPatronById } from './patron-eligibility.repository.js'
import type { CirculationPolicy } from './policy.js'

const actions: Record<ItemStateBody['state'], CirculationAction> = {
  lost: 'item_lost',
  missing: 'item_missing',
  damaged: 'item_damaged',
  withdrawn: 'item_withdrawn',
  available: 'item_available',
}

/**
 * Lost, missing, damaged, withdrawn (or back to available). A copy lost while on loan ends the loan
 * and charges the member the lost-item charge of their rules (or the copy's price); a hold that
 * counted on the copy looks for another one.
 */
export async function setItemState(db: Db, actor: Actor, body: ItemStateBody, policy: CirculationPolicy, now: Date) {
  const locationId = deskLocation(actor, body.locationId, policy)
  const staffUserId = actor.kind === 'staff' && actor.staffUserId > 0 ? actor.staffUserId : null
  return db.transaction().execute(async (trx) => {
    const item = await lockItemByBarcode(trx, body.itemBarcode)
    if (!item) throw new NotFoundError('item', { barcode: body.itemBarcode })
    if (policy.location(locationId).organisationId !== item.organisation_id && actor.kind === 'staff' && actor.role !== 'network_admin') {
      throw new ConflictError(
        'not_your_item',
        `Item ${item.barcode} belongs to ${item.organisation_id}; only its own staff change its state.`,
      )
    }
    const loan = await findOpenLoanOfItem(trx, item.id)
    if (loan && body.state !== 'lost') {
      throw new ConflictError('item_on_loan', `Item ${item.barcode} is on loan: check it in first, or mark it lost.`)
    }
    let chargedCents = 0
    if (loan) {
      const patron = loan.patron_id === null ? undefined : await findPatronById(trx, loan.patron_id)
      await closeLoan(trx, loan.id, {
        returned_at: now,
        return_location_id: null,
        closed_as: 'lost',
        keepPatron: patron?.keep_history ?? false,
      })
      if (patron) {
        const rule = policy.rule(patron.organisation_id, patron.category, item)
        chargedCents = rule.lostItemChargeCents ?? item.price_cents ?? 0
        await chargeFee(
          trx,
          { patron, kind: 'lost', amountCents: chargedCents, loanId: loan.id, itemId: item.id, note: body.note ?? null, staffUserId },
          now,
        )
      }
    }
    const claim = await lockHoldClaimingItem(trx, item.id)
    if (claim && body.state !== 'available') {
      await updateHold(trx, claim.id, {
        status: 'waiting',
        target_item_id: null,
        target_tier: null,
        targeted_at: null,
        ready_at: null,
        pickup_deadline: null,
        pickup_code: null,
      })
    }
    await updateItem(trx, item.id, { status: body.state }, now)
    await appendEvents(trx, [
      {
        at: now,
        action: actions[body.state],
        channel: 'desk',
        organisation_id: item.organisation_id,
        location_id: locationId,
        ...itemDimensions(item),
      },
    ])
    if (claim && body.state !== 'available') await targetHolds(trx, policy, now, { holdIds: [claim.id] })
    return { barcode: item.barcode, status: body.state, closedLoan: loan !== undefined, chargedCents }
  })
}
