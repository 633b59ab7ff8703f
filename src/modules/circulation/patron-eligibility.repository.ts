import { type QueryCreator, sql } from 'kysely'
import type { Database, Executor, Trx } from '../../db/database.js'

// What circulation reads of a member: enough to decide and to count, never their address. Names
// are read only for staff of the member's own organisation (see patron-view.ts).
const columns = [
  'id',
  'organisation_id',
  'card_number',
  'category',
  'birth_year',
  'municipality_code',
  'home_location_id',
  'extra_loans',
  'extra_loan_days',
  'blocked_reason',
  'keep_history',
  'expires_on',
  'preferred_language',
] as const

// an erased member keeps their row (so loans and events stay consistent) but is nobody to lend to
export function findPatronByCard(db: Executor, cardNumber: string) {
  return db.selectFrom('patrons').select(columns).where('card_number', '=', cardNumber).where('erased_at', 'is', null).executeTakeFirst()
}

export function findPatronById(db: Executor, id: number) {
  return db.selectFrom('patrons').select(columns).where('id', '=', id).executeTakeFirst()
}

/** Locks the member's row: their loans and holds are counted and changed one transaction at a time. */
export function lockPatronById(trx: Trx, id: number) {
  return trx.selectFrom('patrons').select(columns).where('id', '=', id).forUpdate().executeTakeFirst()
}

const openLoans = sql<number>`(select count(*) from loans l where l.patron_id = patrons.id and l.returned_at is null)`.as('open_loans')
const owedCents =
  sql<number>`coalesce((select sum(f.amount_cents - coalesce((select sum(p.amount_cents) from fee_payments p where p.fee_id = f.id), 0))
  from fees f where f.patron_id = patrons.id), 0)`.as('owed_cents')

/**
 * The member with their open loans and what they owe: what the check-out's checks need. Their name
 * comes along only for staff of their own organisation (`namesFor`).
 */
export function selectPatronWithStanding(db: QueryCreator<Database>, namesFor: string | null) {
  return db
    .selectFrom('patrons')
    .select([
      ...columns,
      openLoans,
      owedCents,
      sql<string | null>`case when patrons.organisation_id = ${namesFor} then patrons.first_name || ' ' || patrons.last_name end`.as(
        'name',
      ),
    ])
}

export type CirculationPatron = NonNullable<Awaited<ReturnType<typeof findPatronById>>>

/** Open loans and what the member still owes, in one round trip. */
export async function patronStanding(db: Executor, patronId: number) {
  const row = await sql<{ open_loans: number; owed_cents: number }>`
    select
      (select count(*) from loans where patron_id = ${patronId} and returned_at is null) as open_loans,
      coalesce((select sum(f.amount_cents - coalesce((select sum(p.amount_cents) from fee_payments p where p.fee_id = f.id), 0))
        from fees f where f.patron_id = ${patronId}), 0) as owed_cents`.execute(db)
  return row.rows[0] ?? { open_loans: 0, owed_cents: 0 }
}

export function patronContact(db: Executor, patronId: number) {
  return db
    .selectFrom('patrons')
    .select(['id', 'organisation_id', 'email', 'first_name', 'preferred_language'])
    .where('id', '=', patronId)
    .executeTakeFirst()
}
