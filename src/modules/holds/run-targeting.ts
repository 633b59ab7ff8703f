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
 * Batches running at once: while one writes its targets, the next ranks its copies and the one after
 * it reads them, so the engine finds the next batch's copies read when it is done with one.
 */
const batchesAtOnce = 3

/**
 * A full pass of the IBL engine over every waiting hold, oldest first, in batches of their own
 * transactions: a desk never waits long on a lock, and a failure loses one batch, not the run.
 * Batches overlap, so the database and the engine work at the same time. They still choose one
 * after another, and a batch never offers a copy an earlier one took, so the outcome is that of
 * batches run in turn.
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
  const running: Promise<TargetingOutcome[]>[] = []
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize)
    const turn = nextTurn()
    const batchRun = db
      .transaction()
      .execute((trx) => targetHolds(trx, policy, now, { holdIds: batch, limit: batch.length, load, taken, turn }))
    // a failure is reported when the batch's turn to be tallied comes, not as an unhandled rejection before it
    batchRun.catch(() => {})
    running.push(batchRun)
    if (running.length === batchesAtOnce) await tallyOldest(running, tally)
  }
  while (running.length > 0) await tallyOldest(running, tally)
  run.seconds = (performance.now() - started) / 1000
  return run
}

/** Waits for the oldest batch running; if it failed, for the others too, then fails. */
async function tallyOldest(running: Promise<TargetingOutcome[]>[], tally: (outcomes: readonly TargetingOutcome[]) => void) {
  const oldest = running.shift() as Promise<TargetingOutcome[]>
  try {
    tally(await oldest)
  } catch (error) {
    await Promise.allSettled(running)
    throw error
  }
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
