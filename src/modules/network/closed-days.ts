import type { Db, Executor } from '../../db/database.js'
import { ForbiddenError, NotFoundError } from '../../errors.js'
import type { Actor } from '../access/actor.js'
import { assertManagesOrganisation } from '../access/policy.js'
import { getLocation } from './locations.js'
import { toClosedDay } from './network.mapping.js'
import * as repo from './network.repository.js'
import type { ClosedDay } from './network.schema.js'

export async function listClosedDays(db: Executor, locationId: string, from: string, to: string): Promise<ClosedDay[]> {
  await getLocation(db, locationId)
  return (await repo.closedDaysBetween(db, [locationId], from, to)).map(toClosedDay)
}

/** A closed day of one location (its organisation's admin) or of the whole network (the network admin). */
export async function addClosedDay(
  db: Db,
  actor: Actor,
  locationId: string | null,
  day: { date: string; reason: string },
): Promise<ClosedDay> {
  if (locationId) assertManagesOrganisation(actor, (await getLocation(db, locationId)).organisationId)
  else assertNetworkAdmin(actor)
  return toClosedDay(await repo.insertClosedDay(db, { location_id: locationId, ...day }))
}

export async function removeClosedDay(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const removed = await repo.deleteClosedDay(trx, id)
    if (!removed) throw new NotFoundError('closed day', { id })
    if (removed.location_id) assertManagesOrganisation(actor, (await getLocation(trx, removed.location_id)).organisationId)
    else assertNetworkAdmin(actor)
  })
}

function assertNetworkAdmin(actor: Actor): void {
  if (actor.kind !== 'staff' || actor.role !== 'network_admin')
    throw new ForbiddenError('organisation_scope', 'Only the network admin closes the whole network.')
}
