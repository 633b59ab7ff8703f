import type { Db } from '../../db/database.js'
import { localDate } from '../circulation/dates.js'
import type { CirculationPolicy } from '../circulation/policy.js'
import { type TargetingOutcome, targetHolds } from './target-holds.js'
import { pullLoadByLocation, waitingHoldIds } from './targeting.repository.js'

export interface TargetingRun {
  holds: number
  targeted: number
  waiting: number
  national: number
  hopeless: number
  seconds: number
}

/**
 * A full pass of the IBL engine over every waiting hold, oldest first, in batches of their own
 * transactions: a desk never waits long on a lock, and a failure loses one batch, not the run.
 * Two batches overlap: while one writes its targets, the next reads its copies and ranks them, so
 * the database and the engine work at the same time. They still choose one after another, and a
 * batch never offers a copy an earlier one took, so the outcome is that of batches run in turn.
 */
export async function runTargeting(db: Db, policy: CirculationPolicy, now: Date, batchSize = 5000): Promise<TargetingRun> {
  const started = performance.now()
  const ids = await waitingHoldIds(db, localDate(now))
  const run: TargetingRun = { holds: 0, targeted: 0, waiting: 0, national: 0, hopeless: 0, seconds: 0 }
  const tally = (outcomes: readonly TargetingOutcome[]) => {
    for (const outcome of outcomes) run[outcome.result]++
    run.holds += outcomes.length
  }
  // read the pull load once; each batch adds the copies it chose (a desk pulling meanwhile only lowers it)
  const load = await pullLoadByLocation(db)
  const taken = new Set<number>()
  const nextTurn = turns()
  let writing: Promise<TargetingOutcome[]> | undefined
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize)
    const turn = nextTurn()
    const next = db
      .transaction()
      .execute((trx) => targetHolds(trx, policy, now, { holdIds: batch, limit: batch.length, load, taken, turn }))
    try {
      // at most two batches at once: this one starts while the one before finishes
      if (writing) tally(await writing)
    } catch (error) {
      await next.catch(() => {})
      throw error
    }
    writing = next
  }
  if (writing) tally(await writing)
  run.seconds = (performance.now() - started) / 1000
  return run
}

/** Turns in the order they are handed out: each is ready once the one before it is done. */
function turns(): () => { ready: Promise<void>; done: () => void } {
  let last = Promise.resolve()
  return () => {
    const ready = last
    let done = () => {}
    last = new Promise<void>((resolve) => {
      done = resolve
    })
    return { ready, done }
  }
}
