import type { Db } from '../../db/database.js'
import { localDate } from '../circulation/dates.js'
import type { CirculationPolicy } from '../circulation/policy.js'
import { targetHolds } from './target-holds.js'
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
 */
export async function runTargeting(db: Db, policy: CirculationPolicy, now: Date, batchSize = 5000): Promise<TargetingRun> {
  const started = performance.now()
  const ids = await waitingHoldIds(db, localDate(now))
  const run: TargetingRun = { holds: 0, targeted: 0, waiting: 0, national: 0, hopeless: 0, seconds: 0 }
  // read the pull load once; each batch adds the copies it chose (a desk pulling meanwhile only lowers it)
  const load = await pullLoadByLocation(db)
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize)
    const outcomes = await db.transaction().execute((trx) => targetHolds(trx, policy, now, { holdIds: batch, limit: batch.length, load }))
    for (const outcome of outcomes) run[outcome.result]++
    run.holds += outcomes.length
  }
  run.seconds = (performance.now() - started) / 1000
  return run
}
