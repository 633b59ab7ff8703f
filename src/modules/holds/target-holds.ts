import type { Trx } from '../../db/database.js'
import { addDays, localDate } from '../circulation/dates.js'
import type { CirculationPolicy } from '../circulation/policy.js'
import { appendEvents, type CirculationEvent, itemDimensions, patronDimensions } from '../statistics/circulation-events.js'
import { requestNationally } from './request-nationally.js'
import { chooseCopy, type TargetDecision, type TargetReason } from './targeting.js'
import * as repo from './targeting.repository.js'

export interface TargetingOutcome {
  holdId: number
  result: 'targeted' | 'waiting' | 'national' | 'hopeless'
  reason: TargetReason
}

export interface TargetingOptions {
  /** only these holds (placing one hold targets it at once) */
  holdIds?: readonly number[]
  /** holds per transaction; the caller loops until a batch comes back short */
  limit?: number
  random?: () => number
  /** copies waiting to be pulled per location; a run passes one map through all its batches */
  load?: Map<string, number>
  /** copies the run's earlier batches chose: their transactions may still be writing, so a read does not show them claimed */
  taken?: Set<number>
  /** the run's batches overlap but choose in order, oldest holds first: wait for `ready`, call `done` once chosen */
  turn?: { ready: Promise<void>; done: () => void }
}

/**
 * One batch of the IBL engine: lock waiting holds (oldest first), load every copy that could fill
 * them in a few queries, decide in memory with chooseCopy, lock only the copies chosen, write the
 * targets in one statement. Copies claimed earlier in the batch are not offered again, and the pull
 * load they add counts.
 */
export async function targetHolds(
  trx: Trx,
  policy: CirculationPolicy,
  now: Date,
  options: TargetingOptions = {},
): Promise<TargetingOutcome[]> {
  // the next batch of a run waits for this one's choices, even when this one fails
  try {
    return await targetBatch(trx, policy, now, options)
  } finally {
    options.turn?.done()
  }
}

async function targetBatch(trx: Trx, policy: CirculationPolicy, now: Date, options: TargetingOptions): Promise<TargetingOutcome[]> {
  const today = localDate(now)
  const holds = await repo.lockWaitingHolds(trx, today, options.limit ?? 2000, options.holdIds)
  if (holds.length === 0) return []
  const batch = await readBatch(trx, holds)
  const load = options.load ?? (await repo.pullLoadByLocation(trx))
  await options.turn?.ready
  const decisions = await decideBatch(trx, batch, policy, today, { ...options, load })
  options.turn?.done()
  return writeBatch(trx, batch, decisions, policy, now)
}

/** Everything a batch decides with besides the policy: its holds, the copies that may fill them, their national requests. */
interface BatchFacts {
  holds: repo.WaitingHold[]
  recordSets: Map<number, number[]>
  copies: repo.CopyRow[]
  records: Map<number, repo.RecordFacts>
  national: Map<number, string>
}

async function readBatch(trx: Trx, holds: repo.WaitingHold[]): Promise<BatchFacts> {
  const { recordSets, known } = await recordSetsOf(trx, holds)
  const { copies, records } = await repo.copiesOf(
    trx,
    [...new Set([...recordSets.values()].flat())],
    holds.flatMap((h) => (h.item_id ? [h.item_id] : [])),
    known,
  )
  const national = await repo.nationalRequestsOf(
    trx,
    holds.map((h) => h.id),
  )
  return { holds, recordSets, copies, records, national }
}

async function decideBatch(
  trx: Trx,
  { holds, recordSets, copies }: BatchFacts,
  policy: CirculationPolicy,
  today: string,
  options: TargetingOptions & { load: Map<string, number> },
): Promise<Map<number, TargetDecision<repo.CopyRow>>> {
  const { load, taken } = options
  const candidates = candidatesOf(copies, taken)
  const random = options.random ?? Math.random
  const decisions = new Map<number, TargetDecision<repo.CopyRow>>()
  const choose = (hold: repo.WaitingHold) => {
    const requester = { organisationId: hold.patron_organisation_id, category: hold.category, pickupLocationId: hold.pickup_location_id }
    const own = candidatesFor(hold, recordSets.get(hold.id) ?? [], candidates)
    const decision = chooseCopy(requester, own, policy, today, { load: (id) => load.get(id) ?? 0, random })
    decisions.set(hold.id, decision)
    if (decision.copy) {
      decision.copy.available = false
      load.set(decision.copy.locationId, (load.get(decision.copy.locationId) ?? 0) + 1)
    }
  }
  // Lock only the copies chosen (a few thousand rows, not every copy of every title). One a desk is
  // handling right now, or that was lent or claimed since it was read, is skipped: its hold chooses
  // again among the copies still free, until every hold has a locked copy or none is left.
  let pending = holds
  while (pending.length > 0) {
    for (const hold of pending) choose(hold)
    const chosen = pending.flatMap((h) => decisions.get(h.id)?.copy?.itemId ?? [])
    const locked = await repo.lockFreeCopies(trx, chosen)
    pending = pending.filter((hold) => {
      const copy = decisions.get(hold.id)?.copy
      if (!copy || locked.has(copy.itemId)) return false
      load.set(copy.locationId, (load.get(copy.locationId) ?? 1) - 1)
      return true
    })
  }
  for (const decision of decisions.values()) if (decision.copy) taken?.add(decision.copy.itemId)
  return decisions
}

/** Targets, the reasons of the holds that wait, national requests and statistics: a few statements for the whole batch. */
async function writeBatch(
  trx: Trx,
  { holds, records, national }: BatchFacts,
  decisions: Map<number, TargetDecision<repo.CopyRow>>,
  policy: CirculationPolicy,
  now: Date,
): Promise<TargetingOutcome[]> {
  const today = localDate(now)
  const outcomes: TargetingOutcome[] = []
  const targets: repo.TargetWrite[] = []
  const waiting: repo.WaitingWrite[] = []
  const toRequest: repo.WaitingHold[] = []
  const events: CirculationEvent[] = []
  for (const hold of holds) {
    const decision = decisions.get(hold.id)
    if (!decision) throw new Error(`hold ${hold.id} was not decided`)
    const copy = decision.copy
    if (copy) {
      targets.push({
        id: hold.id,
        itemId: copy.itemId,
        tier: decision.reason.tier ?? 'provincial',
        reason: decision.reason,
      })
      const record = records.get(copy.record_id)
      events.push({
        at: now,
        action: 'hold_targeted',
        channel: 'system',
        organisation_id: copy.organisationId,
        location_id: copy.locationId,
        ibl_tier: decision.reason.tier,
        ...patronDimensions(
          {
            organisation_id: hold.patron_organisation_id,
            category: hold.category,
            birth_year: hold.birth_year,
            municipality_code: hold.municipality_code,
          },
          now,
        ),
        // the record's facts named one by one: spread into the copy's, they cost 20-30 ms of CPU a batch, this 2 ms
        ...(record &&
          itemDimensions({
            record_id: copy.record_id,
            organisation_id: copy.organisationId,
            home_location_id: copy.home_location_id,
            format: record.format,
            audience: record.audience,
            fiction: record.fiction,
            collection: copy.collection,
          })),
      })
      outcomes.push({ holdId: hold.id, result: 'targeted', reason: decision.reason })
      continue
    }
    const canGoNational =
      decision.reason.eligible === 0 && hold.level === 'title' && policy.settings(hold.patron_organisation_id).nationalIbl
    const nationalStatus = national.get(hold.id)
    const hopeless = decision.reason.eligible === 0 && (!canGoNational || nationalStatus === 'Unfilled')
    if (canGoNational && nationalStatus === undefined) toRequest.push(hold)
    const result = hopeless ? 'hopeless' : canGoNational ? 'national' : 'waiting'
    const reason = { ...decision.reason, tier: result === 'national' ? ('national' as const) : null }
    if (result === 'national') reason.summary = `${reason.summary} A national IBL request is in the outbox.`
    waiting.push({ id: hold.id, reason, hopeless, national: result === 'national' })
    outcomes.push({ holdId: hold.id, result, reason })
  }
  await repo.writeTargets(trx, targets, now)
  await repo.writeWaitingReasons(trx, waiting, now)
  await requestNationally(trx, toRequest, now, addDays(today, 42))
  await appendEvents(trx, events)
  return outcomes
}

/**
 * For each title-level hold, the records whose copies may fill it: the record, and if allowed the
 * work's editions of the same format. With the facts of every record read on the way.
 */
async function recordSetsOf(
  trx: Trx,
  holds: readonly repo.WaitingHold[],
): Promise<{ recordSets: Map<number, number[]>; known: Map<number, repo.RecordFacts> }> {
  const workIds = [
    ...new Set(holds.filter((h) => h.level === 'title' && h.any_edition && h.work_id !== null).map((h) => h.work_id as number)),
  ]
  const editions = await repo.editionsOfWorks(trx, workIds)
  const known = new Map<number, repo.RecordFacts>()
  for (const { record_id, format, audience, fiction } of holds) known.set(record_id, { format, audience, fiction })
  // grouped by work once: a batch has thousands of holds and as many works
  const byWork = new Map<number | null, typeof editions>()
  for (const edition of editions) {
    known.set(edition.id, { format: edition.format, audience: edition.audience, fiction: edition.fiction })
    const group = byWork.get(edition.work_id)
    if (group) group.push(edition)
    else byWork.set(edition.work_id, [edition])
  }
  const recordSets = new Map<number, number[]>()
  for (const hold of holds) {
    if (hold.level === 'item') continue
    const same = hold.any_edition ? (byWork.get(hold.work_id) ?? []).filter((e) => e.format === hold.format).map((e) => e.id) : []
    recordSets.set(hold.id, [...new Set([hold.record_id, ...same])])
  }
  return { recordSets, known }
}

interface Candidates {
  byId: Map<number, repo.CopyRow>
  byRecord: Map<number, repo.CopyRow[]>
}

/**
 * The copies grouped per record. One candidate per copy, shared by every hold of the batch that may
 * take it: a copy chosen is marked unavailable in place, so the holds after it see it gone.
 */
function candidatesOf(copies: readonly repo.CopyRow[], taken: ReadonlySet<number> | undefined): Candidates {
  const byId = new Map<number, repo.CopyRow>()
  const byRecord = new Map<number, repo.CopyRow[]>()
  for (const copy of copies) {
    // read as free, but an earlier batch of the run took it
    if (taken?.has(copy.itemId)) copy.available = false
    byId.set(copy.itemId, copy)
    const group = byRecord.get(copy.record_id)
    if (group) group.push(copy)
    else byRecord.set(copy.record_id, [copy])
  }
  return { byId, byRecord }
}

/** The copies that may fill a hold: its own copy, or those of its records, less those not found on the shelf for it. */
function candidatesFor(hold: repo.WaitingHold, recordIds: readonly number[], candidates: Candidates): readonly repo.CopyRow[] {
  const item = hold.item_id ? candidates.byId.get(hold.item_id) : undefined
  const own = hold.item_id
    ? item
      ? [item]
      : []
    : recordIds.length === 1
      ? (candidates.byRecord.get(recordIds[0] as number) ?? [])
      : recordIds.flatMap((id) => candidates.byRecord.get(id) ?? [])
  return hold.excluded_item_ids.length ? own.filter((c) => !hold.excluded_item_ids.includes(c.itemId)) : own
}
