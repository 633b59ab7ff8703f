import type { Actor } from '../access/actor.js'
import { NoLocationChosenError, NotYourLocationError } from './circulation.errors.js'
import type { CirculationPolicy } from './policy.js'

/**
 * Where a staff member lends or returns: the location they name, else the one of their session.
 * Desk staff work at their own locations, an organisation admin at any of the organisation's,
 * the network admin (and the command line) anywhere.
 */
export function deskLocation(actor: Actor, requested: string | undefined, policy: CirculationPolicy): string {
  if (actor.kind !== 'staff') throw new NotYourLocationError(requested ?? 'unknown')
  const locationId = requested ?? actor.currentLocationId
  if (!locationId) throw new NoLocationChosenError()
  const location = policy.location(locationId)
  const allowed =
    actor.role === 'network_admin' ||
    (actor.role === 'desk' && actor.locationIds.includes(locationId)) ||
    (actor.role === 'organisation_admin' && actor.organisationId === location.organisationId)
  if (!allowed) throw new NotYourLocationError(locationId)
  return locationId
}

/** The organisation whose members' names the actor sees: desk staff and organisation admins see their own. */
export function namesVisibleTo(actor: Actor): string | null {
  return actor.kind === 'staff' && (actor.role === 'desk' || actor.role === 'organisation_admin') ? actor.organisationId : null
}
