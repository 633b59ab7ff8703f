import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres'
import type { Executor, Trx } from '../../db/database.js'
import { prepared } from '../../db/prepared.js'
import { activeHoldStatuses, claimingHoldStatuses, type HoldStatus, type TargetTier } from '../holds/holds.tables.js'
import { selectCirculationItem } from './item.repository.js'
import { selectPatronWithStanding } from './patron-eligibility.repository.js'

/** A hold the check-out must know of: the copy's claim, or the borrower's own hold on the title. */
export interface CheckOutHold {
  id: number
  patron_id: number
  status: HoldStatus
  target_item_id: number | null
  target_tier: TargetTier | null
  pickup_location_id: string
}

/**
 * Everything a check-out decides on, locked, in one round trip: the copy (locked first, as every
 * change to a copy is), the member with their open loans and what they owe, and the holds that
 * matter — the one the copy is claimed for, and the member's own active hold on its title.
 */
const readForCheckOut = prepared((db: Executor, barcode: string, cardNumber: string, namesFor: string | null) =>
  db
    .with('item', (db) => selectCirculationItem(db).where('i.barcode', '=', barcode).forUpdate('i'))
    .with('patron', (db) => selectPatronWithStanding(db, namesFor).where('card_number', '=', cardNumber).forUpdate())
    .with('hold', (db) =>
      db
        .selectFrom(['holds as h', 'item', 'patron'])
        .select(['h.id', 'h.patron_id', 'h.status', 'h.target_item_id', 'h.target_tier', 'h.pickup_location_id'])
        .where((eb) =>
          eb.or([
            eb.and([eb('h.target_item_id', '=', eb.ref('item.id')), eb('h.status', 'in', claimingHoldStatuses)]),
            eb.and([
              eb('h.patron_id', '=', eb.ref('patron.id')),
              eb('h.record_id', '=', eb.ref('item.record_id')),
              eb('h.status', 'in', activeHoldStatuses),
            ]),
          ]),
        )
        .forUpdate('h'),
    )
    .selectNoFrom((eb) => [
      jsonObjectFrom(eb.selectFrom('item').selectAll()).as('item'),
      jsonObjectFrom(eb.selectFrom('patron').selectAll()).as('patron'),
      jsonArrayFrom(eb.selectFrom('hold').selectAll()).as('holds'),
    ]),
)

export async function lockForCheckOut(trx: Trx, barcode: string, cardNumber: string, namesFor: string | null) {
  const [row] = await readForCheckOut(trx, barcode, cardNumber, namesFor)
  if (!row) throw new Error('the check-out read returns one row')
  return { item: row.item ?? undefined, patron: row.patron ?? undefined, holds: row.holds as CheckOutHold[] }
}
