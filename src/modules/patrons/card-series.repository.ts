import { sql } from 'kysely'
import type { Executor } from '../../db/database.js'

/**
 * The card series of an organisation, created with the next free prefix the first time the
 * organisation registers a member (the demo gives the Drenthe organisations fixed prefixes).
 */
export async function ensureCardSeries(db: Executor, organisationId: string): Promise<void> {
  await sql`insert into patron_card_series (organisation_id, prefix)
    select ${organisationId}, coalesce(max(prefix), 1000) + 1 from patron_card_series
    on conflict (organisation_id) do nothing`.execute(db)
}

/** Reserves `count` serials in one statement (the row lock serialises desks registering at once). */
export async function reserveCardSerials(db: Executor, organisationId: string, count: number): Promise<{ prefix: number; first: number }> {
  await ensureCardSeries(db, organisationId)
  const row = await db
    .updateTable('patron_card_series')
    .set((eb) => ({ next_serial: eb('next_serial', '+', count) }))
    .where('organisation_id', '=', organisationId)
    .returning(['prefix', 'next_serial'])
    .executeTakeFirstOrThrow()
  return { prefix: row.prefix, first: row.next_serial - count }
}

export async function insertCardSeries(db: Executor, series: { organisation_id: string; prefix: number }[]): Promise<void> {
  await db.insertInto('patron_card_series').values(series).execute()
}
