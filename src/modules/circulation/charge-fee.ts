import type { Executor } from '../../db/database.js'
import { appendEvents } from '../statistics/circulation-events.js'
import type { FeeKind } from './circulation.tables.js'
import { insertFee } from './fee.repository.js'

export interface Charge {
  patron: { id: number; organisation_id: string }
  kind: FeeKind
  amountCents: number
  loanId?: number | null
  holdId?: number | null
  itemId?: number | null
  note?: string | null
  staffUserId?: number | null
}

/** A charge on the ledger of the member's own organisation (a zero amount charges nothing). */
export async function chargeFee(db: Executor, charge: Charge, now: Date): Promise<number | null> {
  if (charge.amountCents <= 0) return null
  const fee = await insertFee(db, {
    organisation_id: charge.patron.organisation_id,
    patron_id: charge.patron.id,
    kind: charge.kind,
    amount_cents: charge.amountCents,
    loan_id: charge.loanId ?? null,
    hold_id: charge.holdId ?? null,
    item_id: charge.itemId ?? null,
    note: charge.note ?? null,
    charged_at: now,
    charged_by_staff_user_id: charge.staffUserId ?? null,
  })
  await appendEvents(db, [
    { at: now, action: 'fee_charged', organisation_id: charge.patron.organisation_id, amount_cents: charge.amountCents, channel: 'system' },
  ])
  return fee.id
}
