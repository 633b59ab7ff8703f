import type { Db, Trx } from '../../db/database.js'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.js'
import type { Actor } from '../access/actor.js'
import { isInPatronScope, patronScope } from '../access/policy.js'
import { deskLocation } from '../circulation/desk.js'
import { findPatronByCard } from '../circulation/patron-eligibility.repository.js'
import type { CirculationPolicy } from '../circulation/policy.js'
import { holdShelf, hopelessHolds, pullList } from './desk-lists.repository.js'
import { findHold, findHoldDetails, listHoldsOfPatron } from './hold.repository.js'
import type { Hold, PlaceHoldBody } from './hold.schema.js'
import { cancelHold, lockHoldOrFail, reportNotOnShelf, suspendHold } from './hold-changes.js'
import { toHolds } from './hold-views.js'
import type { HoldRow } from './holds.tables.js'
import { placeHold } from './place-hold.js'
import type { TargetReason } from './targeting.js'

/** A member places their own hold; staff place one for the card the member shows. */
export async function placeHoldFor(db: Db, actor: Actor, body: PlaceHoldBody, policy: CirculationPolicy, now: Date) {
  if ((body.recordId === undefined) === (body.itemBarcode === undefined)) {
    throw new ValidationError([{ field: 'body.recordId', message: 'give either recordId (any copy) or itemBarcode (this copy)' }])
  }
  const patronId = await holderId(db, actor, body.cardNumber)
  const staffUserId = actor.kind === 'staff' && actor.staffUserId > 0 ? actor.staffUserId : null
  const placed = await db.transaction().execute((trx) => placeHold(trx, { ...body, patronId, staffUserId }, policy, now))
  return {
    hold: await getHold(db, actor, placed.holdId),
    expectedFeeCents: placed.expectedFeeCents,
    digitalAlternatives: placed.digitalAlternatives,
  }
}

async function holderId(db: Db, actor: Actor, cardNumber: string | undefined): Promise<number> {
  if (actor.kind === 'patron') return actor.patronId
  if (!cardNumber) throw new ValidationError([{ field: 'body.cardNumber', message: 'is required when staff place a hold' }])
  const patron = await findPatronByCard(db, cardNumber)
  if (!patron) throw new NotFoundError('member', { cardNumber })
  return patron.id
}

export async function myHolds(db: Db, actor: Actor, patronId: number, includeClosed: boolean): Promise<Hold[]> {
  return toHolds(db, actor, await listHoldsOfPatron(db, patronId, includeClosed))
}

/** Staff see the holds of their own organisation's members. */
export async function holdsOfCard(db: Db, actor: Actor, cardNumber: string, includeClosed: boolean): Promise<Hold[]> {
  const patron = await findPatronByCard(db, cardNumber)
  if (!patron || !isInPatronScope(patronScope(actor), patron)) throw new NotFoundError('member', { cardNumber })
  return myHolds(db, actor, patron.id, includeClosed)
}

/** A member sees their own hold; staff see any hold (it names no member), with why its copy was chosen. */
export async function getHold(db: Db, actor: Actor, id: number): Promise<Hold> {
  const row = await findHoldDetails(db, id)
  if (!row || (actor.kind === 'patron' && row.patron_id !== actor.patronId)) throw new NotFoundError('hold', { id })
  const [hold] = await toHolds(db, actor, [row])
  if (!hold) throw new NotFoundError('hold', { id })
  return hold
}

async function changeHold(db: Db, actor: Actor, id: number, change: (trx: Trx, hold: HoldRow) => Promise<void>): Promise<Hold> {
  const before = await findHold(db, id)
  if (!before || (actor.kind === 'patron' && before.patron_id !== actor.patronId)) throw new NotFoundError('hold', { id })
  if (
    actor.kind === 'staff' &&
    !isInPatronScope(patronScope(actor), { id: before.patron_id, organisation_id: before.patron_organisation_id })
  ) {
    throw new ForbiddenError('organisation_scope', "Only the member's own organisation changes their holds.")
  }
  await db.transaction().execute(async (trx) => change(trx, await lockHoldOrFail(trx, id)))
  return getHold(db, actor, id)
}

export const cancelHoldFor = (db: Db, actor: Actor, id: number, now: Date) =>
  changeHold(db, actor, id, (trx, hold) =>
    cancelHold(
      trx,
      hold,
      actor.kind === 'patron'
        ? { kind: 'member', patronId: actor.patronId }
        : { kind: 'staff', staffUserId: actor.kind === 'staff' ? actor.staffUserId : 0 },
      now,
    ),
  )

export const suspendHoldFor = (db: Db, actor: Actor, id: number, until: string | null, now: Date) =>
  changeHold(db, actor, id, (trx, hold) => suspendHold(trx, hold, until, now))

export async function pullListOf(db: Db, locationId: string) {
  const rows = await pullList(db, locationId)
  return rows.map((row) => ({
    holdId: row.hold_id,
    barcode: row.barcode,
    shelfCode: row.shelf_code,
    title: row.title,
    authors: row.authors,
    pickupLocationId: row.pickup_location_id,
    tier: row.target_tier,
    targetedAt: row.targeted_at,
    reason: (row.target_reason as TargetReason | null)?.summary ?? '',
  }))
}

export async function holdShelfOf(db: Db, locationId: string, today: string) {
  const rows = await holdShelf(db, locationId)
  return rows.map((row) => ({
    holdId: row.hold_id,
    barcode: row.barcode,
    title: row.title,
    pickupCode: row.pickup_code,
    readyAt: row.ready_at,
    pickupDeadline: row.pickup_deadline,
    expired: row.hold_id === null || (row.pickup_deadline !== null && row.pickup_deadline < today),
    afterDeadline: row.others_waiting
      ? ('next_member' as const)
      : row.home_location_id === locationId
        ? ('stay_here' as const)
        : ('return_home' as const),
  }))
}

export async function notOnShelf(db: Db, actor: Actor, locationId: string, itemBarcode: string, policy: CirculationPolicy, now: Date) {
  const at = deskLocation(actor, locationId, policy)
  const result = await db.transaction().execute((trx) => reportNotOnShelf(trx, { itemBarcode, locationId: at }, policy, now))
  return getHold(db, actor, result.holdId)
}

export async function hopelessList(db: Db, actor: Actor) {
  const organisationId =
    actor.kind === 'staff' && (actor.role === 'desk' || actor.role === 'organisation_admin') ? actor.organisationId : null
  const rows = await hopelessHolds(db, organisationId, 500)
  return rows.map((row) => ({
    holdId: row.id,
    recordId: row.record_id,
    title: row.title,
    format: row.format,
    pickupLocationId: row.pickup_location_id,
    patronOrganisationId: row.patron_organisation_id,
    placedAt: row.placed_at,
    hopelessSince: row.hopeless_since ?? row.placed_at,
    reason: (row.target_reason as TargetReason | null)?.summary ?? '',
  }))
}
