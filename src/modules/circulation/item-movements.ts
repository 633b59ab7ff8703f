import type { Executor } from '../../db/database.js'
import { NotFoundError } from '../../errors.js'
import { findItem } from '../catalogue/item.repository.js'
import type { TransitReason } from '../logistics/transit.tables.js'
import { type LoanMovementRow, loanMovementsOfItem, type TransitMovementRow, transitMovementsOfItem } from './movement.repository.js'

export const movementKinds = [
  'checked_out',
  'checked_in',
  'closed_as_lost',
  'transit_created',
  'transit_sent',
  'transit_received',
  'transit_cancelled',
] as const
export type MovementKind = (typeof movementKinds)[number]

/** One step in a copy's life: where and when, never who. */
export interface Movement {
  at: Date
  kind: MovementKind
  locationId: string
  toLocationId: string | null
  transitReason: TransitReason | null
}

function fromLoan(loan: LoanMovementRow): Movement[] {
  const out: Movement = {
    at: loan.checked_out_at,
    kind: 'checked_out',
    locationId: loan.location_id,
    toLocationId: null,
    transitReason: null,
  }
  if (loan.returned_at === null) return [out]
  const kind = loan.closed_as === 'lost' ? 'closed_as_lost' : 'checked_in'
  const back: Movement = {
    at: loan.returned_at,
    kind,
    locationId: loan.return_location_id ?? loan.location_id,
    toLocationId: null,
    transitReason: null,
  }
  return [out, back]
}

function fromTransit(t: TransitMovementRow): Movement[] {
  const step = (at: Date, kind: MovementKind, locationId: string): Movement => ({
    at,
    kind,
    locationId,
    toLocationId: t.to_location_id,
    transitReason: t.reason,
  })
  const steps = [step(t.created_at, 'transit_created', t.from_location_id)]
  if (t.sent_at) steps.push(step(t.sent_at, 'transit_sent', t.from_location_id))
  if (t.received_at) steps.push(step(t.received_at, 'transit_received', t.received_location_id ?? t.to_location_id))
  if (t.cancelled_at) steps.push(step(t.cancelled_at, 'transit_cancelled', t.from_location_id))
  return steps
}

/** Within one moment, the order a check-in goes through: received or returned, then sent on. */
const order: Record<MovementKind, number> = {
  checked_out: 0,
  checked_in: 1,
  closed_as_lost: 1,
  transit_received: 1,
  transit_created: 2,
  transit_sent: 3,
  transit_cancelled: 3,
}

export function movementsOf(loans: readonly LoanMovementRow[], transits: readonly TransitMovementRow[]): Movement[] {
  return [...loans.flatMap(fromLoan), ...transits.flatMap(fromTransit)].sort(
    (a, b) => b.at.getTime() - a.at.getTime() || order[b.kind] - order[a.kind],
  )
}

/**
 * An item's movement history for staff: check-outs and check-ins per location and date, and its
 * transits. Built from loans and transits, not from the statistics events, which on purpose carry
 * no item id.
 */
export async function itemMovements(db: Executor, itemId: number): Promise<Movement[]> {
  const item = await findItem(db, itemId)
  if (!item) throw new NotFoundError('item', { id: itemId })
  return movementsOf(await loanMovementsOfItem(db, itemId), await transitMovementsOfItem(db, itemId))
}
