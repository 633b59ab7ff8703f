import type { Executor } from '../../db/database.js'
import type { DigitalAlternative } from './hold.errors.js'

export function findRecordForHold(db: Executor, id: number) {
  return db.selectFrom('records').select(['id', 'work_id', 'title', 'format', 'online_url']).where('id', '=', id).executeTakeFirst()
}

/** The work's e-book and audiobook editions: the alternative to an IBL transport. */
export async function digitalEditions(db: Executor, workId: number): Promise<DigitalAlternative[]> {
  const rows = await db
    .selectFrom('records')
    .select(['id', 'title', 'format', 'online_url'])
    .where('work_id', '=', workId)
    .where('format', 'in', ['ebook', 'audiobook'])
    .orderBy('id')
    .execute()
  return rows.map((row) => ({ recordId: row.id, title: row.title, format: row.format, onlineUrl: row.online_url }))
}
