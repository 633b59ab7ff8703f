import type { Executor } from '../../db/database.js'

// Only places and times are read: an item's movements never say who borrowed it, so the loan's
// patron columns stay out of these selects.

export function loanMovementsOfItem(db: Executor, itemId: number) {
  return db
    .selectFrom('loans')
    .select(['id', 'location_id', 'checked_out_at', 'returned_at', 'return_location_id', 'closed_as'])
    .where('item_id', '=', itemId)
    .execute()
}

export function transitMovementsOfItem(db: Executor, itemId: number) {
  return db
    .selectFrom('transits')
    .select([
      'id',
      'from_location_id',
      'to_location_id',
      'reason',
      'created_at',
      'sent_at',
      'received_at',
      'received_location_id',
      'cancelled_at',
    ])
    .where('item_id', '=', itemId)
    .execute()
}

export type LoanMovementRow = Awaited<ReturnType<typeof loanMovementsOfItem>>[number]
export type TransitMovementRow = Awaited<ReturnType<typeof transitMovementsOfItem>>[number]
