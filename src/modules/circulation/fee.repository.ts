import { type Insertable, sql } from 'kysely'
import type { Executor } from '../../db/database.js'
import type { FeePaymentTable, FeeTable } from './circulation.tables.js'

export function insertFee(db: Executor, fee: Insertable<FeeTable>) {
  return db.insertInto('fees').values(fee).returningAll().executeTakeFirstOrThrow()
}

export function insertFeePayment(db: Executor, payment: Insertable<FeePaymentTable>) {
  return db.insertInto('fee_payments').values(payment).returningAll().executeTakeFirstOrThrow()
}

const feesWithBalance = (db: Executor) =>
  db
    .selectFrom('fees as f')
    .select([
      'f.id',
      'f.organisation_id',
      'f.patron_id',
      'f.kind',
      'f.amount_cents',
      'f.loan_id',
      'f.hold_id',
      'f.item_id',
      'f.note',
      'f.charged_at',
      'f.charged_by_staff_user_id',
      sql<number>`coalesce((select sum(p.amount_cents) from fee_payments p where p.fee_id = f.id and p.kind = 'payment'), 0)`.as(
        'paid_cents',
      ),
      sql<number>`coalesce((select sum(p.amount_cents) from fee_payments p where p.fee_id = f.id and p.kind = 'waiver'), 0)`.as(
        'waived_cents',
      ),
    ])

export function lockFee(db: Executor, id: number) {
  return db.selectFrom('fees').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

export function findFeeWithBalance(db: Executor, id: number) {
  return feesWithBalance(db).where('f.id', '=', id).executeTakeFirst()
}

export type FeeWithBalance = NonNullable<Awaited<ReturnType<typeof findFeeWithBalance>>>

export function listFeesOfPatron(db: Executor, patronId: number) {
  return feesWithBalance(db).where('f.patron_id', '=', patronId).orderBy('f.charged_at', 'desc').execute()
}

export function paymentsOf(db: Executor, feeIds: readonly number[]) {
  if (feeIds.length === 0) return Promise.resolve([])
  return db.selectFrom('fee_payments').selectAll().where('fee_id', 'in', feeIds).orderBy('at').execute()
}

/** An organisation's ledger over a period: charged, paid and waived per kind of fee. */
export async function ledgerTotals(db: Executor, organisationId: string, from: Date, to: Date) {
  const result = await sql<{ kind: string; charged_cents: number; paid_cents: number; waived_cents: number; count: number }>`
    select f.kind, count(*) as count, sum(f.amount_cents) as charged_cents,
      coalesce(sum((select sum(p.amount_cents) from fee_payments p where p.fee_id = f.id and p.kind = 'payment')), 0) as paid_cents,
      coalesce(sum((select sum(p.amount_cents) from fee_payments p where p.fee_id = f.id and p.kind = 'waiver')), 0) as waived_cents
    from fees f where f.organisation_id = ${organisationId} and f.charged_at >= ${from} and f.charged_at < ${to}
    group by f.kind order by f.kind`.execute(db)
  return result.rows
}
