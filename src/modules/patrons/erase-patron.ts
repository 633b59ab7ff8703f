import type { Db } from '../../db/database.js'
import { ConflictError } from '../../errors.js'
import type { Actor } from '../access/actor.js'
import type { ErasureBlocker, ErasureStep } from './erasure-steps.js'
import { updatePatron } from './patron.repository.js'
import { audit, lockPatronInScope, staffPatronAccess } from './patron-access.js'
import { insertAccessLog } from './patron-access-log.repository.js'

export class ErasureRefusedError extends ConflictError {
  constructor(blockers: ErasureBlocker[]) {
    super('erasure_refused', `This member cannot be erased yet: ${blockers.map((b) => b.detail).join(' ')}`, { blockers })
  }
}

/** What is left of an erased member: nothing that names them. Age, category and municipality stay for the figures. */
const unusablePinHash = 'erased'
const anonymous = (id: number, now: Date) => ({
  card_number: `ERASED${String(id).padStart(8, '0')}`,
  pin_hash: unusablePinHash,
  first_name: '-',
  last_name: '-',
  email: null,
  phone: null,
  street_address: null,
  postcode: null,
  town: null,
  accommodation_note: null,
  extra_loans: 0,
  extra_loan_days: 0,
  blocked_reason: null,
  blocked_at: null,
  keep_history: false,
  erased_at: now,
})

/**
 * Erasure on the member's request (GDPR art. 17): refused while any module has something to
 * settle, otherwise every module removes its rows and the member's row is anonymised — kept, so
 * that what points at it stays consistent.
 */
export async function erasePatron(db: Db, actor: Actor, id: number, now: Date, steps: readonly ErasureStep[]) {
  const access = staffPatronAccess(actor)
  return db.transaction().execute(async (trx) => {
    await lockPatronInScope(trx, access, id)
    const blockers = (await Promise.all(steps.map((step) => step.blockers(trx, id)))).flat()
    if (blockers.length) throw new ErasureRefusedError(blockers)
    for (const step of steps) await step.erase(trx, id)
    await updatePatron(trx, id, anonymous(id, now), now)
    await insertAccessLog(trx, [audit(access, id, 'erase')], now)
    return { id, erasedAt: now }
  })
}
