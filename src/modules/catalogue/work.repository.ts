import type { Executor } from '../../db/database.js'
import { recordColumnsToSelect } from './record.repository.js'

export function findWork(db: Executor, id: number) {
  return db.selectFrom('works').select(['id', 'title', 'author']).where('id', '=', id).executeTakeFirst()
}

export function recordsOfWork(db: Executor, workId: number) {
  return db.selectFrom('records').select(recordColumnsToSelect).where('work_id', '=', workId).orderBy('id').execute()
}

export async function listWorks(db: Executor, offset: number, limit: number) {
  const [rows, count] = await Promise.all([
    db.selectFrom('works').select(['id', 'title', 'author']).orderBy('title').orderBy('id').offset(offset).limit(limit).execute(),
    db
      .selectFrom('works')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ])
  return { rows, total: count.n }
}
