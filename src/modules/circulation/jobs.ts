import type { Db } from '../../db/database.js'
import { type ExpiryReport, expireHolds } from '../holds/expire-holds.js'
import { runTargeting, type TargetingRun } from '../holds/run-targeting.js'
import { type SendReport, sendNotices } from '../notices/send-notices.js'
import type { NoticeSender } from '../notices/sender.js'
import { detectOverdue, type OverdueReport } from './overdue.js'
import { circulationPolicy } from './policy-cache.js'

export interface JobsReport {
  holds: ExpiryReport
  targeting: TargetingRun
  overdue: OverdueReport
  notices: SendReport
}

/**
 * The scheduled circulation work, in order: expire holds (freeing copies), target every waiting
 * hold, detect overdue loans, then send what the outbox holds. Each step is its own transaction.
 */
export async function runCirculationJobs(db: Db, sender: NoticeSender, now: Date): Promise<JobsReport> {
  const holds = await db.transaction().execute((trx) => expireHolds(trx, now))
  const targeting = await runTargeting(db, await circulationPolicy(db, now), now)
  const overdue = await db.transaction().execute((trx) => detectOverdue(trx, now))
  const notices = await sendNotices(db, sender, now)
  return { holds, targeting, overdue, notices }
}

/** Runs the jobs every `intervalMinutes` in the server process; returns a function that stops it. */
export function scheduleCirculationJobs(
  db: Db,
  sender: NoticeSender,
  now: () => Date,
  intervalMinutes: number,
  log: (message: string) => void,
): () => void {
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      const report = await runCirculationJobs(db, sender, now())
      log(
        `circulation jobs: ${report.targeting.targeted} holds targeted, ${report.overdue.overdue} overdue, ${report.notices.sent} notices sent`,
      )
    } catch (error) {
      log(`circulation jobs failed: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void tick(), intervalMinutes * 60_000)
  timer.unref()
  return () => clearInterval(timer)
}
