import type { Executor } from '../../db/database.js'
import { patronContact } from '../circulation/patron-eligibility.repository.js'
import { insertNotices } from './notice.repository.js'
import type { NoticeKind } from './notice.tables.js'
import { type NoticeValues, renderNotice } from './templates.js'

export interface NoticeRequest {
  patronId: number
  kind: NoticeKind
  values: Omit<NoticeValues, 'firstName'>
  dedupeKey: string
}

/** Writes notices to the outbox in the member's language, in the transaction that caused them. */
export async function queueNotices(db: Executor, requests: readonly NoticeRequest[], now: Date): Promise<void> {
  const rows = []
  for (const request of requests) {
    const patron = await patronContact(db, request.patronId)
    if (!patron) continue
    const { subject, body } = renderNotice(request.kind, patron.preferred_language, { ...request.values, firstName: patron.first_name })
    rows.push({
      patron_id: patron.id,
      organisation_id: patron.organisation_id,
      kind: request.kind,
      language: patron.preferred_language,
      recipient: patron.email,
      subject,
      body,
      dedupe_key: request.dedupeKey,
      created_at: now,
    })
  }
  await insertNotices(db, rows)
}
