import type { Db, Executor } from '../../db/database.js'
import { ConflictError, NotFoundError, ValidationError } from '../../errors.js'
import type { Actor } from '../access/actor.js'
import { assertManagesOrganisation, isInPatronScope, patronScope } from '../access/policy.js'
import { appendEvents } from '../statistics/circulation-events.js'
import { chargeFee } from './charge-fee.js'
import { addDays } from './dates.js'
import * as repo from './fee.repository.js'
import type { ChargeBody, Fee, PaymentBody } from './fee.schema.js'
import { resolvePatronInScope } from './loan-views.js'

async function toFees(db: Executor, rows: repo.FeeWithBalance[]): Promise<Fee[]> {
  const payments = await repo.paymentsOf(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((row) => ({
    id: row.id,
    organisationId: row.organisation_id,
    kind: row.kind,
    amountCents: row.amount_cents,
    paidCents: row.paid_cents,
    waivedCents: row.waived_cents,
    balanceCents: row.amount_cents - row.paid_cents - row.waived_cents,
    note: row.note,
    chargedAt: row.charged_at,
    payments: payments
      .filter((p) => p.fee_id === row.id)
      .map((p) => ({ kind: p.kind, amountCents: p.amount_cents, reason: p.reason, staffUserId: p.staff_user_id, at: p.at })),
  }))
}

export async function feesOfPatron(db: Db, patronId: number): Promise<Fee[]> {
  return toFees(db, await repo.listFeesOfPatron(db, patronId))
}

export async function feesOfCard(db: Db, actor: Actor, cardNumber: string): Promise<Fee[]> {
  const patron = await resolvePatronInScope(db, actor, cardNumber)
  return feesOfPatron(db, patron.id)
}

/** A charge the desk adds by hand (damage, other), always with a note saying what for. */
export async function chargeByHand(db: Db, actor: Actor, body: ChargeBody, now: Date): Promise<Fee> {
  const patron = await resolvePatronInScope(db, actor, body.cardNumber)
  const staffUserId = actor.kind === 'staff' ? actor.staffUserId : null
  const id = await db
    .transaction()
    .execute((trx) => chargeFee(trx, { patron, kind: body.kind, amountCents: body.amountCents, note: body.note, staffUserId }, now))
  return feeById(db, id ?? 0)
}

async function feeById(db: Db, id: number): Promise<Fee> {
  const row = await repo.findFeeWithBalance(db, id)
  if (!row) throw new NotFoundError('fee', { id })
  const [fee] = await toFees(db, [row])
  if (!fee) throw new NotFoundError('fee', { id })
  return fee
}

/** A payment or a waiver against one charge, by staff of the member's organisation; a waiver says why. */
export async function payOrWaive(db: Db, actor: Actor, feeId: number, body: PaymentBody, now: Date): Promise<Fee> {
  if (body.kind === 'waiver' && !body.reason)
    throw new ValidationError([{ field: 'body.reason', message: 'is required for a waiver: say why' }])
  const staffUserId = actor.kind === 'staff' ? actor.staffUserId : null
  await db.transaction().execute(async (trx) => {
    const fee = await repo.lockFee(trx, feeId)
    if (!fee || !isInPatronScope(patronScope(actor), { id: fee.patron_id, organisation_id: fee.organisation_id }))
      throw new NotFoundError('fee', { id: feeId })
    const current = await repo.findFeeWithBalance(trx, feeId)
    const balance = current ? current.amount_cents - current.paid_cents - current.waived_cents : 0
    const amount = body.amountCents ?? balance
    if (balance <= 0) throw new ConflictError('fee_settled', `Fee ${feeId} is already settled.`)
    if (amount > balance)
      throw new ConflictError('more_than_owed', `The balance is ${balance} cents; ${amount} is more than that.`, { balanceCents: balance })
    await repo.insertFeePayment(trx, {
      fee_id: feeId,
      kind: body.kind,
      amount_cents: amount,
      reason: body.reason ?? null,
      staff_user_id: staffUserId,
      at: now,
    })
    await appendEvents(trx, [
      {
        at: now,
        action: body.kind === 'waiver' ? 'fee_waived' : 'fee_paid',
        organisation_id: fee.organisation_id,
        amount_cents: amount,
        channel: 'desk',
      },
    ])
  })
  return feeById(db, feeId)
}

/** An organisation's ledger for a period (inclusive dates): charged, paid, waived per kind. */
export async function ledger(db: Db, actor: Actor, organisationId: string, from: string, to: string) {
  assertManagesOrganisation(actor, organisationId)
  const kinds = await repo.ledgerTotals(db, organisationId, new Date(`${from}T00:00:00Z`), new Date(`${addDays(to, 1)}T00:00:00Z`))
  const sum = (key: 'charged_cents' | 'paid_cents' | 'waived_cents') => kinds.reduce((total, k) => total + k[key], 0)
  return {
    organisationId,
    from,
    to,
    kinds: kinds.map((k) => ({
      kind: k.kind,
      count: k.count,
      chargedCents: k.charged_cents,
      paidCents: k.paid_cents,
      waivedCents: k.waived_cents,
    })),
    totals: {
      chargedCents: sum('charged_cents'),
      paidCents: sum('paid_cents'),
      waivedCents: sum('waived_cents'),
      openCents: sum('charged_cents') - sum('paid_cents') - sum('waived_cents'),
    },
  }
}
