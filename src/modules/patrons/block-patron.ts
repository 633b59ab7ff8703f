import type { Db } from '../../db/database.js'
import { ConflictError } from '../../errors.js'
import type { Actor } from '../access/actor.js'
import { changePatron } from './change-patron.js'
import type { Patron } from './patron.schema.js'

/**
 * A blocked member cannot borrow or place holds (circulation reads blocked_reason) but can still
 * sign in and read why. The reason is what the member is told, so write it for them.
 */
export function blockPatron(db: Db, actor: Actor, id: number, reason: string, now: Date): Promise<Patron> {
  return changePatron(db, actor, id, now, (row) => {
    if (row.blocked_reason) {
      throw new ConflictError(
        'already_blocked',
        `This member is already blocked: ${row.blocked_reason} Unblock first to give another reason.`,
      )
    }
    return { changes: { blocked_reason: reason, blocked_at: now }, detail: `blocked: ${reason}` }
  })
}

export function unblockPatron(db: Db, actor: Actor, id: number, reason: string, now: Date): Promise<Patron> {
  return changePatron(db, actor, id, now, (row) => {
    if (!row.blocked_reason) throw new ConflictError('not_blocked', 'This member is not blocked.')
    return {
      changes: { blocked_reason: null, blocked_at: null },
      detail: `unblocked (was: ${row.blocked_reason}): ${reason}`.slice(0, 500),
    }
  })
}
