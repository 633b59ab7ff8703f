import { sql } from 'kysely'
import type { Trx } from '../../db/database.js'
import { addDays, localDate } from '../circulation/dates.js'
import { queueNotices } from '../notices/queue-notice.js'
import { appendEvents } from '../statistics/circulation-events.js'
import { withdrawQueuedRequests } from './national-ibl.repository.js'

export interface ExpiryReport {
  unfilled: number
  uncollected: number
  reminders: number
}

/**
 * The daily hold housekeeping: unfilled holds past their date expire; holds nobody collected
 * before the pickup deadline expire (the copy shows on the hold shelf as 'to clear', and checking
 * it in sends it to the next member or home); a reminder two days before the deadline.
 */
export async function expireHolds(trx: Trx, now: Date): Promise<ExpiryReport> {
  const today = localDate(now)
  const unfilled = await sql<{ id: number; patron_id: number; title: string; patron_organisation_id: string; record_id: number }>`
    update holds h set status = 'expired', closed_at = ${now}, close_reason = 'not filled in time', target_item_id = null
    from records r where r.id = h.record_id and h.status in ('waiting', 'targeted') and h.expires_on < ${today}
    returning h.id, h.patron_id, r.title, h.patron_organisation_id, h.record_id`.execute(trx)
  const uncollected = await sql<{ id: number; patron_id: number; title: string; patron_organisation_id: string; record_id: number }>`
    update holds h set status = 'expired', closed_at = ${now}, close_reason = 'not collected'
    from records r where r.id = h.record_id and h.status = 'ready' and h.pickup_deadline < ${today}
    returning h.id, h.patron_id, r.title, h.patron_organisation_id, h.record_id`.execute(trx)
  const expired = [...unfilled.rows, ...uncollected.rows]
  await withdrawQueuedRequests(
    trx,
    unfilled.rows.map((h) => h.id),
    now,
  )
  await queueNotices(
    trx,
    expired.map((h) => ({
      patronId: h.patron_id,
      kind: 'hold_expired' as const,
      values: { title: h.title },
      dedupeKey: `hold_expired:${h.id}`,
    })),
    now,
  )
  await appendEvents(
    trx,
    expired.map((h) => ({
      at: now,
      action: 'hold_expired' as const,
      channel: 'system' as const,
      organisation_id: h.patron_organisation_id,
      record_id: h.record_id,
    })),
  )
  const remind = await trx
    .selectFrom('holds as h')
    .innerJoin('records as r', 'r.id', 'h.record_id')
    .innerJoin('locations as l', 'l.id', 'h.pickup_location_id')
    .select(['h.id', 'h.patron_id', 'r.title', 'l.name', 'h.pickup_deadline'])
    .where('h.status', '=', 'ready')
    .where('h.pickup_deadline', '=', addDays(today, 2))
    .execute()
  await queueNotices(
    trx,
    remind.map((h) => ({
      patronId: h.patron_id,
      kind: 'pickup_reminder' as const,
      values: { title: h.title, locationName: h.name, date: h.pickup_deadline ?? today },
      dedupeKey: `pickup_reminder:${h.id}`,
    })),
    now,
  )
  return { unfilled: unfilled.rows.length, uncollected: uncollected.rows.length, reminders: remind.length }
}
