import { type RawBuilder, sql } from 'kysely'
import type { Executor, Trx } from '../../db/database.js'
import { idArray } from '../../db/id-array.js'
import type { RecordFormat } from '../catalogue/catalogue.tables.js'
import { claimingHoldStatuses } from './holds.tables.js'
import type { CandidateCopy, TargetReason } from './targeting.js'

export interface WaitingHold {
  id: number
  patron_id: number
  patron_organisation_id: string
  level: 'title' | 'item'
  record_id: number
  any_edition: boolean
  item_id: number | null
  pickup_location_id: string
  excluded_item_ids: number[]
  hopeless_since: Date | null
  category: string
  birth_year: number
  municipality_code: string | null
  work_id: number | null
  format: RecordFormat
  audience: string
  fiction: boolean
}

const waitingHoldColumns = [
  'h.id',
  'h.patron_id',
  'h.patron_organisation_id',
  'h.level',
  'h.record_id',
  'h.any_edition',
  'h.item_id',
  'h.pickup_location_id',
  'h.excluded_item_ids',
  'h.hopeless_since',
] as const

/**
 * Waiting holds, oldest first, locked; holds another run holds are skipped, so two runs (or a run
 * and a check-in) never fight over one hold. The batch is picked and locked first, and only then
 * joined to its members and records: joined before the limit, the planner joined every waiting
 * hold to both tables and sorted them all (300 ms a batch of 5,000 at 50,000 holds).
 */
export function lockWaitingHolds(trx: Trx, today: string, limit: number, holdIds?: readonly number[]) {
  return (
    trx
      .with('picked', (db) => {
        let query = db
          .selectFrom('holds as h')
          .select([...waitingHoldColumns, 'h.placed_at'])
          .where('h.status', '=', 'waiting')
          .where((eb) => eb.or([eb('h.suspended_until', 'is', null), eb('h.suspended_until', '<=', today)]))
        // one array parameter, not thousands of them: binding and planning stay cheap for big batches
        if (holdIds) query = query.where(sql<boolean>`h.id = any(${idArray(holdIds, 'bigint')})`)
        return query.orderBy('h.placed_at').orderBy('h.id').limit(limit).forUpdate().skipLocked()
      })
      .selectFrom('picked as h')
      // each member by its key: as a plain join the planner hashed all 120,000 members for 5,000 holds
      // (130 ms a batch); `limit 1` keeps the lateral subquery from being flattened back into that join
      .innerJoinLateral(
        (db) =>
          db
            .selectFrom('patrons as p')
            .select(['p.category', 'p.birth_year', 'p.municipality_code'])
            .whereRef('p.id', '=', 'h.patron_id')
            .limit(1)
            .as('p'),
        (join) => join.onTrue(),
      )
      .innerJoin('records as r', 'r.id', 'h.record_id')
      .select([
        ...waitingHoldColumns,
        'p.category',
        'p.birth_year',
        'p.municipality_code',
        'r.work_id',
        'r.format',
        'r.audience',
        'r.fiction',
      ])
      .orderBy('h.placed_at')
      .orderBy('h.id')
      .execute() as Promise<WaitingHold[]>
  )
}

/** Other editions of these works, for title-level holds that accept any edition of the same format. */
export function editionsOfWorks(db: Executor, workIds: readonly number[]) {
  if (workIds.length === 0) return Promise.resolve([])
  return (
    db
      .selectFrom('records')
      .select(['id', 'work_id', 'format', 'audience', 'fiction'])
      // `in (select unnest …)`, not `= any(…)`: for the thousands of works of a batch the planner
      // otherwise scans the whole records table (in parallel) instead of probing the work index
      .where(sql<boolean>`work_id in (select unnest(${idArray(workIds)}))`)
      .execute()
  )
}

/**
 * A copy that may fill a hold, its columns named as the engine weighs it: the row is its candidate,
 * so a batch of tens of thousands of copies is not copied into new objects.
 */
export interface CopyRow extends CandidateCopy {
  record_id: number
  home_location_id: string
}

/** What the statistics say of a title (and its copies' type): read once per record, not per copy. */
export interface RecordFacts {
  format: RecordFormat
  audience: string
  fiction: boolean
}

/**
 * Every copy of these records (and these copies) that still exists, available when on the shelf
 * and claimed by no hold, with their records' facts: those of `known` records (the batch read them
 * with its holds and editions), the others read here. Copies and their records are read apart:
 * joined, the planner hashes the whole records table for a batch of a few thousand titles.
 */
export async function copiesOf(
  db: Executor,
  recordIds: readonly number[],
  itemIds: readonly number[],
  known: ReadonlyMap<number, RecordFacts>,
): Promise<{ copies: CopyRow[]; records: Map<number, RecordFacts> }> {
  const records = new Map(known)
  if (recordIds.length === 0 && itemIds.length === 0) return { copies: [], records }
  const [byRecord, byItem] = await Promise.all([
    recordIds.length ? copyRows(db, sql`i.record_id = any(${idArray(recordIds)})`) : [],
    itemIds.length ? copyRows(db, sql`i.id = any(${idArray(itemIds)})`) : [],
  ])
  const seen = new Set(byRecord.map((row) => row.itemId))
  const items = [...byRecord, ...byItem.filter((row) => !seen.has(row.itemId))]
  const ids = [...new Set(items.map((row) => row.record_id))].filter((id) => !records.has(id))
  const rows = ids.length
    ? await db
        .selectFrom('records')
        .select(['id', 'format', 'audience', 'fiction'])
        .where(sql<boolean>`id = any(${idArray(ids)})`)
        .execute()
    : []
  for (const { id, ...facts } of rows) records.set(id, facts)
  const copies: CopyRow[] = []
  for (const item of items) {
    const record = records.get(item.record_id)
    if (!record) continue
    // the copy's type is its record's format: set on the row itself
    item.format = record.format
    copies.push(item as CopyRow)
  }
  return { copies, records }
}

async function copyRows(db: Executor, condition: RawBuilder<boolean>) {
  // `format` comes empty, and copiesOf fills it in from the copy's record: a column the rows already
  // have is set, where adding a property to each of 40,000 rows cost 100-150 ms of CPU a batch
  const result = await sql<Omit<CopyRow, 'format'> & { format: RecordFormat | null }>`
    select i.id as "itemId", i.barcode, i.record_id, i.organisation_id as "organisationId", i.current_location_id as "locationId",
      i.collection, i.acquired_on as "acquiredOn", i.home_location_id, null::text as format,
      i.status = 'available'
        and not exists (select 1 from holds h where h.target_item_id = i.id and h.status in ('targeted', 'in_transit', 'ready')) as available
    from items i
    where ${condition} and i.status not in ('lost', 'missing', 'withdrawn')`.execute(db)
  return result.rows
}

/**
 * Locks the chosen copies that are still free to take: on the shelf and claimed by no hold as of
 * now (they were read earlier in the batch). A copy a desk is handling right now is skipped.
 */
export async function lockFreeCopies(trx: Trx, itemIds: readonly number[]): Promise<Set<number>> {
  if (itemIds.length === 0) return new Set()
  const rows = await trx
    .selectFrom('items as i')
    .select('i.id')
    .where(sql<boolean>`i.id = any(${idArray(itemIds)})`)
    .where('i.status', '=', 'available')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('holds as h').select('h.id').whereRef('h.target_item_id', '=', 'i.id').where('h.status', 'in', claimingHoldStatuses),
        ),
      ),
    )
    .forUpdate('i')
    .skipLocked()
    .execute()
  return new Set(rows.map((row) => row.id))
}

/** Copies waiting to be pulled, per location: the load the engine spreads. */
export async function pullLoadByLocation(db: Executor): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('holds as h')
    .innerJoin('items as i', 'i.id', 'h.target_item_id')
    .select(['i.current_location_id as location_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('h.status', '=', 'targeted')
    .groupBy('i.current_location_id')
    .execute()
  return new Map(rows.map((row) => [row.location_id, row.n]))
}

export interface TargetWrite {
  id: number
  itemId: number
  tier: string
  reason: TargetReason
}

// A batch's rows travel as one JSON document: serialising it is one native call, where arrays of
// thousands of JSON strings are escaped element by element by the driver.

/** Writes many targets in one statement (the engine's batches are thousands of holds). */
export async function writeTargets(trx: Trx, targets: readonly TargetWrite[], at: Date): Promise<void> {
  if (targets.length === 0) return
  // jsonb, not json: the document is parsed once, where json_to_recordset parsed each reason again
  // into jsonb (99 against 183 ms for 5,000 holds)
  await sql`
    update holds h set status = 'targeted', target_item_id = v."itemId", target_tier = v.tier, target_reason = v.reason,
      targeted_at = ${at}, hopeless_since = null
    from jsonb_to_recordset(${JSON.stringify(targets)}::jsonb) as v(id bigint, "itemId" integer, tier text, reason jsonb)
    where h.id = v.id`.execute(trx)
}

export interface WaitingWrite {
  id: number
  reason: TargetReason
  hopeless: boolean
  national: boolean
}

export async function writeWaitingReasons(trx: Trx, holds: readonly WaitingWrite[], at: Date) {
  if (holds.length === 0) return
  await sql`
    update holds h set target_reason = v.reason, target_tier = case when v.national then 'national' end,
      hopeless_since = case when v.hopeless then coalesce(h.hopeless_since, ${at}) else null end
    from jsonb_to_recordset(${JSON.stringify(holds)}::jsonb) as v(id bigint, reason jsonb, hopeless boolean, national boolean)
    where h.id = v.id`.execute(trx)
}

/** Holds that have a national request, and whether it is still open. */
export async function nationalRequestsOf(db: Executor, holdIds: readonly number[]): Promise<Map<number, string>> {
  if (holdIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('national_ibl_requests')
    .select(['hold_id', 'status'])
    .where(sql<boolean>`hold_id = any(${idArray(holdIds, 'bigint')})`)
    .orderBy('id')
    .execute()
  return new Map(rows.map((row) => [row.hold_id, row.status]))
}

/** Every hold waiting for a copy (not suspended), oldest first: the work list of a targeting run. */
export async function waitingHoldIds(db: Executor, today: string): Promise<number[]> {
  const rows = await db
    .selectFrom('holds')
    .select('id')
    .where('status', '=', 'waiting')
    .where((eb) => eb.or([eb('suspended_until', 'is', null), eb('suspended_until', '<=', today)]))
    .orderBy('placed_at')
    .orderBy('id')
    .execute()
  return rows.map((row) => row.id)
}
