import type { Executor, Trx } from '../../db/database.js'
import { ForbiddenError, NotFoundError } from '../../errors.js'
import type { Actor, StaffActor } from '../access/actor.js'
import { patronScope } from '../access/policy.js'
import { findPatronById, lockPatronById } from './patron.repository.js'
import type { PatronAccessAction, PatronRow } from './patron.tables.js'
import type { AccessLogEntry } from './patron-access-log.repository.js'

/** Staff working on their organisation's members: who they are and which members they may see. */
export interface StaffPatronAccess {
  staff: StaffActor
  organisationId: string
}

/** The first line of every staff use case on members; the rule itself lives in policy.ts. */
export function staffPatronAccess(actor: Actor): StaffPatronAccess {
  const scope = patronScope(actor)
  if (actor.kind !== 'staff' || scope.kind !== 'organisation') {
    throw new ForbiddenError('role_not_allowed', 'Only staff of a library organisation work on members.')
  }
  return { staff: actor, organisationId: scope.organisationId }
}

/** Refused without a word about the member: not their name, not their organisation. */
export class PatronOutOfScopeError extends ForbiddenError {
  constructor() {
    super('patron_out_of_scope', 'This member is not a member of your organisation.')
  }
}

function inScope(access: StaffPatronAccess, id: number, row: PatronRow | undefined): PatronRow {
  if (!row) throw new NotFoundError('member', { id })
  if (row.organisation_id !== access.organisationId) throw new PatronOutOfScopeError()
  return row
}

export async function findPatronInScope(db: Executor, access: StaffPatronAccess, id: number): Promise<PatronRow> {
  return inScope(access, id, await findPatronById(db, id))
}

export async function lockPatronInScope(trx: Trx, access: StaffPatronAccess, id: number): Promise<PatronRow> {
  return inScope(access, id, await lockPatronById(trx, id))
}

/** One row of the access trail: this staff user, at their desk, did this to this member. */
export const audit = (access: StaffPatronAccess, patronId: number, action: PatronAccessAction, detail?: string): AccessLogEntry => ({
  staffUserId: access.staff.staffUserId,
  locationId: access.staff.currentLocationId,
  patronId,
  action,
  detail: detail ?? null,
})
