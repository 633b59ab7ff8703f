import type { Executor } from '../../db/database.js'
import type { PatronAccessAction } from './patron.tables.js'

export interface AccessLogEntry {
  staffUserId: number
  locationId: string | null
  patronId: number
  action: PatronAccessAction
  detail?: string | null
}

export async function insertAccessLog(db: Executor, entries: readonly AccessLogEntry[], at: Date): Promise<void> {
  if (entries.length === 0) return
  await db
    .insertInto('patron_access_log')
    .values(
      entries.map((e) => ({
        staff_user_id: e.staffUserId,
        location_id: e.locationId,
        patron_id: e.patronId,
        action: e.action,
        detail: e.detail ?? null,
        at,
      })),
    )
    .execute()
}

export async function listAccessLog(db: Executor, patronId: number, offset: number, limit: number) {
  const query = db.selectFrom('patron_access_log as l').where('l.patron_id', '=', patronId)
  const [rows, count] = await Promise.all([
    query
      .innerJoin('staff_users as u', 'u.id', 'l.staff_user_id')
      .select(['l.id', 'l.at', 'l.action', 'l.detail', 'l.location_id', 'u.id as staff_user_id', 'u.username', 'u.display_name'])
      .orderBy('l.at', 'desc')
      .orderBy('l.id', 'desc')
      .offset(offset)
      .limit(limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: count.n }
}
