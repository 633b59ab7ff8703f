import type { Db } from '../../db/database.js'
import { NotFoundError } from '../../errors.js'
import type { Actor } from '../access/actor.js'
import type { CheckIn, CheckInAnswer } from './check-in.js'
import { checkIn } from './check-in.js'
import { type CheckOut, checkOut } from './check-out.js'
import { deskLocation, namesVisibleTo } from './desk.js'
import type { CirculationItem } from './item.repository.js'
import { findItemByBarcode } from './item.repository.js'
import { findOpenLoanOfItem } from './loan.repository.js'
import type { CheckInBody, CheckInResponse, CheckOutBody, CheckOutResponse, RenewBody } from './loan.schema.js'
import type { CirculationPolicy } from './policy.js'
import { type Renewal, renew } from './renew.js'

/** A desk's check-out or check-in is its whole transaction: its last write takes COMMIT with it. */
const wholeTransaction = { thenCommit: true }

/** Check-out at a staff desk: the location must be one the user works at. */
export async function lendAtDesk(
  db: Db,
  actor: Actor,
  body: CheckOutBody,
  policy: CirculationPolicy,
  now: Date,
): Promise<CheckOutResponse> {
  const locationId = deskLocation(actor, body.locationId, policy)
  const staffUserId = actor.kind === 'staff' && actor.staffUserId > 0 ? actor.staffUserId : null
  const result = await db.transaction().execute((trx) =>
    checkOut(
      trx,
      {
        itemBarcode: body.itemBarcode,
        cardNumber: body.cardNumber,
        locationId,
        channel: 'desk',
        staffUserId,
        namesFor: namesVisibleTo(actor),
      },
      policy,
      now,
      wholeTransaction,
    ),
  )
  return toCheckOutResponse(result)
}

/**
 * Check-out at a self-service kiosk (the SIP2 server calls this): the kiosk has checked the card
 * and PIN; its location comes from its own configuration.
 */
export function lendSelfService(
  db: Db,
  request: { itemBarcode: string; cardNumber: string; locationId: string },
  policy: CirculationPolicy,
  now: Date,
): Promise<CheckOut> {
  policy.location(request.locationId)
  return db
    .transaction()
    .execute((trx) => checkOut(trx, { ...request, channel: 'self_service', staffUserId: null }, policy, now, wholeTransaction))
}

/** Check-in at a staff desk or a return machine: the answer says where the copy goes. */
export async function returnAtDesk(
  db: Db,
  actor: Actor,
  body: CheckInBody,
  policy: CirculationPolicy,
  now: Date,
): Promise<CheckInResponse> {
  const locationId = deskLocation(actor, body.locationId, policy)
  const result = await db
    .transaction()
    .execute((trx) => checkIn(trx, { itemBarcode: body.itemBarcode, locationId }, policy, now, wholeTransaction))
  return toCheckInResponse(result, policy)
}

export function returnSelfService(
  db: Db,
  request: { itemBarcode: string; locationId: string },
  policy: CirculationPolicy,
  now: Date,
): Promise<CheckIn> {
  policy.location(request.locationId)
  return db.transaction().execute((trx) => checkIn(trx, request, policy, now, wholeTransaction))
}

/** Staff renew any loan by its copy (the member stands at the desk); a member renews their own loans only. */
export async function renewLoanFor(db: Db, actor: Actor, body: RenewBody, policy: CirculationPolicy, now: Date): Promise<Renewal> {
  const loanId = 'loanId' in body ? body.loanId : await openLoanIdOf(db, body.itemBarcode)
  return db.transaction().execute(async (trx) => {
    if (actor.kind === 'patron') {
      const loan = await trx.selectFrom('loans').select(['patron_id']).where('id', '=', loanId).executeTakeFirst()
      if (!loan || loan.patron_id !== actor.patronId) throw new NotFoundError('loan', { id: loanId })
    }
    return renew(trx, loanId, actor.kind === 'patron' ? 'member' : 'desk', policy, now)
  })
}

async function openLoanIdOf(db: Db, barcode: string): Promise<number> {
  const item = await findItemByBarcode(db, barcode)
  if (!item) throw new NotFoundError('item', { barcode })
  const loan = await findOpenLoanOfItem(db, item.id)
  if (!loan) throw new NotFoundError('open loan', { barcode })
  return loan.id
}

export const toItemSummary = (item: CirculationItem) => ({
  barcode: item.barcode,
  title: item.title,
  format: item.format,
  organisationId: item.organisation_id,
  homeLocationId: item.home_location_id,
  shelfCode: item.shelf_code,
})

function toCheckOutResponse(result: CheckOut): CheckOutResponse {
  return {
    loanId: result.loan.id,
    item: toItemSummary(result.item),
    dueOn: result.loan.due_on,
    locationId: result.loan.location_id,
    patron: { organisationId: result.patron.organisation_id, category: result.patron.category, name: result.patronName },
    filledHoldId: result.filledHoldId,
  }
}

export function toCheckInResponse(result: CheckIn, policy: CirculationPolicy): CheckInResponse {
  return {
    item: toItemSummary(result.item),
    answer: toAnswer(result.answer, policy),
    loan: result.loan && { dueOn: result.loan.dueOn, daysLate: result.loan.daysLate, fineCents: result.loan.fineCents },
    receivedTransit: result.receivedTransitId !== null,
    foundAgain: result.foundAgain,
  }
}

function toAnswer(answer: CheckInAnswer, policy: CirculationPolicy): CheckInResponse['answer'] {
  const none = { toLocationId: null, toLocationName: null, holdId: null, pickupDeadline: null, pickupCode: null, transitId: null }
  switch (answer.action) {
    case 'hold_shelf':
      return {
        ...none,
        action: 'hold_shelf',
        reason: 'hold',
        holdId: answer.holdId,
        pickupDeadline: answer.pickupDeadline,
        pickupCode: answer.pickupCode,
        message: `Hold shelf: pickup code ${answer.pickupCode}, until ${answer.pickupDeadline}.`,
      }
    case 'send': {
      const to = policy.location(answer.toLocationId)
      return {
        ...none,
        action: 'send',
        reason: answer.reason,
        toLocationId: to.id,
        toLocationName: to.name,
        transitId: answer.transitId,
        holdId: answer.reason === 'hold' ? answer.holdId : null,
        message: answer.reason === 'hold' ? `Send to ${to.name} for a hold.` : `Send home to ${to.name}.`,
      }
    }
    case 'shelve':
      return {
        ...none,
        action: 'shelve',
        reason: answer.reason,
        message: answer.reason === 'home' ? 'Shelve here.' : 'Shelve here: this collection floats.',
      }
  }
}
