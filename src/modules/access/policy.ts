import { ForbiddenError } from '../../errors.js'
import type { Actor } from './actor.js'

/**
 * The rules of who sees which members, in one place. Members' personal data stays in their
 * organisation: desk staff and organisation admins see their own organisation's members, a member
 * sees only themselves, and the network's own roles (the POI) see no members at all.
 */
export type PatronScope = { kind: 'organisation'; organisationId: string } | { kind: 'self'; patronId: number }

export function patronScope(actor: Actor): PatronScope {
  if (actor.kind === 'patron') return { kind: 'self', patronId: actor.patronId }
  if (actor.kind === 'staff' && (actor.role === 'desk' || actor.role === 'organisation_admin') && actor.organisationId) {
    return { kind: 'organisation', organisationId: actor.organisationId }
  }
  throw new ForbiddenError('no_member_access', "Your role gives no access to members' personal data.")
}

export function isInPatronScope(scope: PatronScope, patron: { id: number; organisation_id: string }): boolean {
  return scope.kind === 'self' ? patron.id === scope.patronId : patron.organisation_id === scope.organisationId
}

/** Network admins manage everything; an organisation admin manages their own organisation. */
export function assertManagesOrganisation(actor: Actor, organisationId: string): void {
  if (actor.kind === 'staff' && actor.role === 'network_admin') return
  if (actor.kind === 'staff' && actor.role === 'organisation_admin' && actor.organisationId === organisationId) return
  throw new ForbiddenError('organisation_scope', `You can only manage your own organisation, not ${organisationId}.`, { organisationId })
}

/** The organisation whose records an actor is limited to, or null when they see the whole network. */
export function organisationLimit(actor: Actor): string | null {
  if (actor.kind === 'staff' && actor.role === 'network_admin') return null
  if (actor.kind === 'staff') return actor.organisationId
  if (actor.kind === 'patron') return actor.organisationId
  throw new ForbiddenError('organisation_scope', 'Sign in first.')
}
