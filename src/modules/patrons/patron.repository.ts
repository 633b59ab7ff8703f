import { type Insertable, sql, type Updateable } from 'kysely'
import type { Executor, Trx } from '../../db/database.js'
import { forgetSessions } from '../access/session-cache.js'
import type { PatronTable } from './patron.tables.js'

const current = (db: Executor) => db.selectFrom('patrons').where('erased_at', 'is', null)

/** A member who has not been erased. */
export function findPatronById(db: Executor, id: number) {
  return current(db).selectAll().where('id', '=', id).executeTakeFirst()
}

export function lockPatronById(trx: Trx, id: number) {
  return current(trx).selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

export interface PatronFilter {
  /** words that each start a word of the member's name */
  name?: string | undefined
  cardNumber?: string | undefined
  /** the start of a postcode, in written form */
  postcode?: string | undefined
  blocked?: boolean | undefined
}

const likeEscape = (value: string) => value.replace(/[%_\\]/g, '\\$&')

export async function searchPatrons(db: Executor, organisationId: string, filter: PatronFilter, offset: number, limit: number) {
  let query = current(db).where('organisation_id', '=', organisationId)
  // ' ' || lower(name) is what the trigram index holds; '% word%' finds 'Vries' in 'de Vries'.
  for (const word of filter.name?.toLowerCase().split(/\s+/).filter(Boolean) ?? []) {
    query = query.where(sql<string>`' ' || lower(first_name || ' ' || last_name)`, 'like', `% ${likeEscape(word)}%`)
  }
  if (filter.cardNumber) query = query.where('card_number', '=', filter.cardNumber)
  if (filter.postcode) query = query.where('postcode', 'like', `${likeEscape(filter.postcode)}%`)
  if (filter.blocked !== undefined) query = query.where('blocked_at', filter.blocked ? 'is not' : 'is', null)
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy(sql`lower(last_name)`).orderBy(sql`lower(first_name)`).orderBy('id').offset(offset).limit(limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: count.n }
}

export async function cardNumberTaken(db: Executor, cardNumber: string): Promise<boolean> {
  return (await db.selectFrom('patrons').select('id').where('card_number', '=', cardNumber).executeTakeFirst()) !== undefined
}

export function insertPatron(db: Executor, values: Insertable<PatronTable>) {
  return db.insertInto('patrons').values(values).returningAll().executeTakeFirstOrThrow()
}

export function updatePatron(db: Executor, id: number, changes: Updateable<PatronTable>, now: Date) {
  return db
    .updateTable('patrons')
    .set({ ...changes, updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function listCategories(db: Executor) {
  return db.selectFrom('patron_categories').selectAll().orderBy('code').execute()
}

/** Ends a member's sessions, except the one given (the member changing their PIN stays signed in). */
export async function deletePatronSessions(db: Executor, patronId: number, keepTokenHash?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('patron_id', '=', patronId)
  if (keepTokenHash) query = query.where('token_hash', '<>', keepTokenHash)
  await query.execute()
  forgetSessions()
}
