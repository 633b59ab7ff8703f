import type { Trx } from '../../db/database.js'
import { addDays, localDate } from '../circulation/dates.js'
import type { CirculationPolicy } from '../circulation/policy.js'
import { appendEvents, type CirculationEvent, itemDimensions, patronDimensions } from '../statistics/circulation-events.js'
import { requestNationally } from './request-nationally.js'
import { type CandidateCopy, chooseCopy, type TargetDecision, type TargetReason } from './targeting.js'
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
  const today = localDate(now)
  const holds = await repo.lockWaitingHolds(trx, today, options.limit ?? 2000, options.holdIds)
  if (holds.length === 0) return []
  const recordSets = await recordSetsOf(trx, holds)
  const copies = await repo.copiesOf(
    trx,
    [...new Set([...recordSets.values()].flat())],
    holds.flatMap((h) => (h.item_id ? [h.item_id] : [])),
  )
  const load = options.load ?? (await repo.pullLoadByLocation(trx))
  const national = await repo.nationalRequestsOf(
    trx,
    holds.map((h) => h.id),
  )
  const byRecord = groupCopies(copies)
  const copyById = new Map(copies.map((c) => [c.id, c]))
  const random = options.random ?? Math.random
  // on the shelf and claimed by no hold when read; a copy chosen in this batch leaves the set
  const free = new Set(copies.filter((c) => c.status === 'available' && !c.claimed && !c.moving).map((c) => c.id))
  const decisions = new Map<number, TargetDecision>()
  const choose = (hold: repo.WaitingHold) => {
    const own = hold.item_id
      ? copies.filter((c) => c.id === hold.item_id)
      : (recordSets.get(hold.id) ?? []).flatMap((id) => byRecord.get(id) ?? [])
    const candidates: CandidateCopy[] = own
      .filter((c) => !hold.excluded_item_ids.includes(c.id))
      .map((c) => ({
        itemId: c.id,
        barcode: c.barcode,
        locationId: c.current_location_id,
        organisationId: c.organisation_id,
        format: c.format,
        collection: c.collection,
        acquiredOn: c.acquired_on,
        available: free.has(c.id),
      }))
    const requester = { organisationId: hold.patron_organisation_id, category: hold.category, pickupLocationId: hold.pickup_location_id }
    const decision = chooseCopy(requester, candidates, policy, today, { load: (id) => load.get(id) ?? 0, random })
    decisions.set(hold.id, decision)
    if (decision.copy) {
      free.delete(decision.copy.itemId)
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

  const outcomes: TargetingOutcome[] = []
  const targets: repo.TargetWrite[] = []
  const waiting: { id: number; reason: string; hopeless: boolean; national: boolean }[] = []
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
        reason: JSON.stringify(decision.reason),
      })
      const row = copyById.get(copy.itemId)
      events.push({
        at: now,
        action: 'hold_targeted',
        channel: 'system',
        organisation_id: copy.organisationId,
        location_id: copy.locationId,
        ibl_tier: decision.reason.tier,
        ...patronDimensions({ ...hold, organisation_id: hold.patron_organisation_id }, now),
        ...(row && itemDimensions({ ...row, organisation_id: row.organisation_id })),
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
    waiting.push({ id: hold.id, reason: JSON.stringify(reason), hopeless, national: result === 'national' })
    outcomes.push({ holdId: hold.id, result, reason })
  }
  await repo.writeTargets(trx, targets, now)
  await repo.writeWaitingReasons(trx, waiting, now)
  await requestNationally(trx, toRequest, now, addDays(today, 42))
  await appendEvents(trx, events)
  return outcomes
}

/** For each title-level hold, the records whose copies may fill it: the record, and if allowed the work's editions of the same format. */
async function recordSetsOf(trx: Trx, holds: readonly repo.WaitingHold[]): Promise<Map<number, number[]>> {
  const workIds = [
    ...new Set(holds.filter((h) => h.level === 'title' && h.any_edition && h.work_id !== null).map((h) => h.work_id as number)),
  ]
  const editions = await repo.editionsOfWorks(trx, workIds)
  // grouped by work once: a batch has thousands of holds and as many works
  const byWork = new Map<number | null, typeof editions>()
  for (const edition of editions) {
    const group = byWork.get(edition.work_id)
    if (group) group.push(edition)
    else byWork.set(edition.work_id, [edition])
  }
  const sets = new Map<number, number[]>()
  for (const hold of holds) {
    if (hold.level === 'item') continue
    const same = hold.any_edition ? (byWork.get(hold.work_id) ?? []).filter((e) => e.format === hold.format).map((e) => e.id) : []
    sets.set(hold.id, [...new Set([hold.record_id, ...same])])
  }
  return sets
}

function groupCopies(copies: readonly repo.CopyRow[]): Map<number, repo.CopyRow[]> {
  const groups = new Map<number, repo.CopyRow[]>()
  for (const copy of copies) {
    const group = groups.get(copy.record_id)
    if (group) group.push(copy)
    else groups.set(copy.record_id, [copy])
  }
  return groups
}
