import type { Actor } from '../access/actor.js'
import { staff } from '../access/actor.js'
import { deskLocation } from '../circulation/desk.js'
import type { CirculationPolicy } from '../circulation/policy.js'

/** Crates are handled by the desks that pack and unpack them and by the POI's logistics planner. */
export const crateHandlers = staff('desk', 'organisation_admin', 'network_admin', 'logistics_planner')

/**
 * The location a crate is packed at or received at, checked against the actor: the planner may act
 * for any location (they stand in for a desk that cannot), desk roles only for their own.
 */
export function crateLocation(actor: Actor, requested: string | undefined, policy: CirculationPolicy): string {
  if (actor.kind === 'staff' && actor.role === 'logistics_planner' && requested) return policy.location(requested).id
  return deskLocation(actor, requested, policy)
}
