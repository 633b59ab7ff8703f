import type { Db } from '../../db/database.js'
import { listUnsentNotices, markNoticeFailed, markNoticeSent } from './notice.repository.js'
import type { NoticeSender } from './sender.js'

const maxAttempts = 5

export interface SendReport {
  sent: number
  failed: number
  /** members without an e-mail address: their notices wait for the desk or the web app */
  noAddress: number
}

/** Sends what waits in the outbox; a failure is recorded and retried on the next run, up to five times. */
export async function sendNotices(db: Db, sender: NoticeSender, now: Date, limit = 500): Promise<SendReport> {
  const report: SendReport = { sent: 0, failed: 0, noAddress: 0 }
  for (const notice of await listUnsentNotices(db, limit, maxAttempts)) {
    if (!notice.recipient) {
      report.noAddress++
      await markNoticeFailed(db, notice.id, 'no e-mail address', now, maxAttempts)
      continue
    }
    try {
      await sender.send({ to: notice.recipient, subject: notice.subject, text: notice.body })
      await markNoticeSent(db, notice.id, now)
      report.sent++
    } catch (error) {
      await markNoticeFailed(db, notice.id, error instanceof Error ? error.message : String(error), now)
      report.failed++
    }
  }
  return report
}
