import type { Updateable } from 'kysely'
import { toColumns } from '../../db/columns.js'
import type { Db, Trx } from '../../db/database.js'
import type { Actor } from '../access/actor.js'
import { hashSecret } from '../access/passwords.js'
import { toPatron } from './patron.mapping.js'
import { deletePatronSessions, updatePatron as updateRow } from './patron.repository.js'
import type { Accommodations, Patron, UpdatePatron } from './patron.schema.js'
import type { PatronRow, PatronTable } from './patron.tables.js'
import { audit, lockPatronInScope, type StaffPatronAccess, staffPatronAccess } from './patron-access.js'
import { insertAccessLog } from './patron-access-log.repository.js'
import { normalisePostcode } from './postcode.js'
import { assertPatronFacts } from './register-patron.js'

export interface Change {
  changes: Updateable<PatronTable>
  /** what the access trail says was changed */
  detail: string
}

/** Every change by staff: check access, lock the member, decide, write, log, map. */
export async function changePatron(
  db: Db,
  actor: Actor,
  id: number,
  now: Date,
  decide: (row: PatronRow, trx: Trx, access: StaffPatronAccess) => Change | Promise<Change>,
): Promise<Patron> {
  const access = staffPatronAccess(actor)
  return db.transaction().execute(async (trx) => {
    const row = await lockPatronInScope(trx, access, id)
    const { changes, detail } = await decide(row, trx, access)
    const updated = await updateRow(trx, id, changes, now)
    await insertAccessLog(trx, [audit(access, id, 'update', detail)], now)
    return toPatron(updated)
  })
}

/** Details, contact, category, home location, or a new card. The facts must still fit together. */
export function updatePatron(db: Db, actor: Actor, id: number, input: UpdatePatron, now: Date): Promise<Patron> {
  return changePatron(db, actor, id, now, async (row, trx, access) => {
    const facts = {
      cardNumber: input.cardNumber,
      birthYear: input.birthYear ?? row.birth_year,
      category: input.category ?? row.category,
      homeLocationId: input.homeLocationId ?? row.home_location_id,
    }
    await assertPatronFacts(trx, access, facts, now)
    const { postcode, ...rest } = input
    const changes = { ...toColumns(rest), ...(postcode !== undefined && { postcode: postcode && normalisePostcode(postcode) }) }
    return { changes, detail: `changed: ${Object.keys(input).join(', ')}` }
  })
}

export function setAccommodations(db: Db, actor: Actor, id: number, input: Accommodations, now: Date): Promise<Patron> {
  return changePatron(db, actor, id, now, () => ({
    changes: { extra_loans: input.extraLoans, extra_loan_days: input.extraLoanDays, accommodation_note: input.note },
    detail: 'accommodations',
  }))
}

/** A forgotten PIN, set anew at the desk; the member's open sessions end. */
export async function resetPin(db: Db, actor: Actor, id: number, pin: string, now: Date): Promise<Patron> {
  const pinHash = await hashSecret(pin)
  return changePatron(db, actor, id, now, async (_row, trx) => {
    await deletePatronSessions(trx, id)
    return { changes: { pin_hash: pinHash }, detail: 'PIN reset' }
  })
}
