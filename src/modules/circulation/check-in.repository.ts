import { type QueryCreator, sql } from 'kysely'
import { jsonObjectFrom } from 'kysely/helpers/postgres'
import type { Database, Executor, Trx } from '../../db/database.js'
import type { Last } from '../../db/prepared.js'
import { executePlannedOnce, prepared } from '../../db/prepared.js'
import { type CaptureRow, captureCandidatesQuery } from '../holds/capture.repository.js'
import { claimingHoldStatuses } from '../holds/holds.tables.js'
import { openTransit } from '../logistics/transit.repository.js'
import { type CirculationEvent, insertEvents } from '../statistics/circulation-events.js'
import { type ItemChanges, selectItemWithOpenLoan, updateItemQuery, withOpenLoan } from './item.repository.js'
import { closeLoanQuery, type LoanClosing } from './loan.repository.js'

/**
 * Everything a check-in decides on, in one round trip: the copy, locked, with its open loan; the
 * hold it is claimed for (locked), its open transit, and — when no hold claims it — the waiting
 * holds it could fill (capture candidates, locked, skipping those another desk holds).
 */
const ofItem = <T>(column: string) => sql<T>`(select ${sql.ref(column)} from item)`

const readForCheckIn = prepared((db: Executor, barcode: string, today: string, captureLimit: number) =>
  db
    .with('item', (db) => selectItemWithOpenLoan(db).where('i.barcode', '=', barcode).forUpdate('i'))
    .with('claim', (db) =>
      db
        .selectFrom('holds')
        .select(['id', 'patron_id', 'status', 'pickup_location_id', 'pickup_deadline', 'pickup_code'])
        .where('target_item_id', '=', ofItem<number>('id'))
        .where('status', 'in', claimingHoldStatuses)
        .forUpdate(),
    )
    .with('transit', (db) => openTransit(db).select('id').where('item_id', '=', ofItem<number>('id')))
    .selectNoFrom((eb) => [
      jsonObjectFrom(eb.selectFrom('item').selectAll()).as('item'),
      jsonObjectFrom(eb.selectFrom('claim').selectAll()).as('claim'),
      jsonObjectFrom(eb.selectFrom('transit').selectAll()).as('transit'),
      sql<CaptureRow[]>`(select coalesce(json_agg(c), '[]') from (${captureCandidatesQuery(
        { id: ofItem('id'), record_id: ofItem('record_id'), work_id: ofItem('work_id'), format: ofItem('format') },
        today,
        captureLimit,
      )}) c where not exists (select 1 from claim))`.as('candidates'),
    ]),
)

export async function lockForCheckIn(trx: Trx, barcode: string, today: string, captureLimit = 200) {
  const [row] = await readForCheckIn(trx, barcode, today, captureLimit)
  if (!row?.item) return undefined
  return {
    ...withOpenLoan(row.item),
    claim: row.claim,
    transitId: row.transit?.id ?? null,
    // json carries the time as text
    candidates: row.candidates.map((c) => ({ ...c, placed_at: new Date(c.placed_at) })),
  }
}

export type CheckInClaim = NonNullable<NonNullable<Awaited<ReturnType<typeof lockForCheckIn>>>['claim']>

export interface CheckInWrites {
  itemId: number
  itemChanges: ItemChanges | null
  loan: { id: number; closing: LoanClosing } | null
  events: readonly CirculationEvent[]
}

/** A check-in's own writes in one statement: the loan it ends, the copy's new state, and its events. */
export async function writeCheckIn(trx: Trx, writes: CheckInWrites, now: Date, last: Last = {}): Promise<void> {
  const { itemId, itemChanges, loan, events } = writes
  // the parts touch different tables, so running them as parts of one statement is safe
  let db: QueryCreator<Database> = trx
  if (loan) db = db.with('closed', (qb) => closeLoanQuery(qb, loan.id, loan.closing))
  if (events.length > 0) db = db.with('logged', (qb) => insertEvents(qb, events))
  if (itemChanges) await executePlannedOnce(trx, updateItemQuery(db, itemId, itemChanges, now), last)
  else if (db !== trx) await executePlannedOnce(trx, db.selectNoFrom(sql<number>`1`.as('written')), last)
}
