import { toColumns } from '../../db/columns.js'
import type { Db } from '../../db/database.js'
import { ForbiddenError, NotFoundError } from '../../errors.js'
import type { PatronActor } from '../access/actor.js'
import { hashSecret, verifySecret } from '../access/passwords.js'
import { hashToken } from '../access/session.repository.js'
import { assertNotThrottled, clearSignInFailures, recordSignInFailure } from '../access/sign-in-throttle.js'
import { toPatron } from './patron.mapping.js'
import { deletePatronSessions, findPatronById, updatePatron } from './patron.repository.js'
import type { Patron, UpdateOwnAccount } from './patron.schema.js'
import { normalisePostcode } from './postcode.js'

/** A member's own data, all of it (they have the right to see what is kept). Not on the staff trail. */
export async function getOwnAccount(db: Db, actor: PatronActor): Promise<Patron> {
  const row = await findPatronById(db, actor.patronId)
  if (!row) throw new NotFoundError('member', { id: actor.patronId })
  return toPatron(row)
}

/** Contact, language and the privacy choice; names, birth year and category are changed at the desk. */
export async function updateOwnAccount(db: Db, actor: PatronActor, input: UpdateOwnAccount, now: Date): Promise<Patron> {
  const { postcode, ...rest } = input
  const changes = { ...toColumns(rest), ...(postcode !== undefined && { postcode: postcode && normalisePostcode(postcode) }) }
  return toPatron(await updatePatron(db, actor.patronId, changes, now))
}

export class WrongPinError extends ForbiddenError {
  constructor() {
    super('wrong_pin', 'The current PIN is not right.')
  }
}

/**
 * A new PIN, with the old one: a wrong old PIN counts as a failed sign-in (it is a way to guess
 * it), and the member's other sessions end, so a lost phone is signed out.
 */
export async function changeOwnPin(
  db: Db,
  actor: PatronActor,
  sessionToken: string,
  pins: { currentPin: string; newPin: string },
  now: Date,
) {
  const row = await findPatronById(db, actor.patronId)
  if (!row) throw new NotFoundError('member', { id: actor.patronId })
  const subject = `card:${row.card_number}`
  await assertNotThrottled(db, subject, now)
  if (!(await verifySecret(pins.currentPin, row.pin_hash))) {
    await recordSignInFailure(db, subject, now)
    throw new WrongPinError()
  }
  const pinHash = await hashSecret(pins.newPin)
  await db.transaction().execute(async (trx) => {
    await clearSignInFailures(trx, subject)
    await updatePatron(trx, row.id, { pin_hash: pinHash }, now)
    await deletePatronSessions(trx, row.id, hashToken(sessionToken))
  })
}
