import type { Insertable } from 'kysely'
import type { Executor } from '../../db/database.js'
import type { NoticeTable } from './notice.tables.js'

/** Queues notices; one per occasion (the dedupe key), so a job that runs twice sends nothing twice. */
export async function insertNotices(db: Executor, notices: readonly Insertable<NoticeTable>[]): Promise<void> {
  if (notices.length === 0) return
  await db
    .insertInto('notices')
    .values([...notices])
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute()
}

export function listUnsentNotices(db: Executor, limit: number, maxAttempts: number) {
  return db
    .selectFrom('notices')
    .selectAll()
    .where('sent_at', 'is', null)
    .where('attempts', '<', maxAttempts)
    .orderBy('created_at')
    .limit(limit)
    .execute()
}

export async function markNoticeSent(db: Executor, id: number, at: Date): Promise<void> {
  await db
    .updateTable('notices')
    .set((eb) => ({ sent_at: at, attempts: eb('attempts', '+', 1), error: null }))
    .where('id', '=', id)
    .execute()
}

/** A failed attempt; `giveUp` sets the attempts to the maximum, so it is not tried again (e.g. no address). */
export async function markNoticeFailed(db: Executor, id: number, error: string, at: Date, giveUp?: number): Promise<void> {
  await db
    .updateTable('notices')
    .set((eb) => ({ failed_at: at, attempts: giveUp ?? eb('attempts', '+', 1), error: error.slice(0, 500) }))
    .where('id', '=', id)
    .execute()
}

export function listNoticesOfPatron(db: Executor, patronId: number, limit: number) {
  return db
    .selectFrom('notices')
    .select(['id', 'kind', 'language', 'subject', 'body', 'created_at', 'sent_at', 'failed_at'])
    .where('patron_id', '=', patronId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute()
}
