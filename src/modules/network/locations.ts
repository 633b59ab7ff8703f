import { toColumns } from '../../db/columns.js'
import type { Db, Executor } from '../../db/database.js'
import { NotFoundError, ValidationError } from '../../errors.js'
import type { Actor } from '../access/actor.js'
import { assertManagesOrganisation } from '../access/policy.js'
import { toLocation } from './network.mapping.js'
import * as repo from './network.repository.js'
import type { CreateLocation, Location, UpdateLocation } from './network.schema.js'
import { type DaySpan, overlappingWeekday, type WeekHours } from './opening-hours.js'

export async function listLocations(db: Executor, filter: repo.LocationFilter): Promise<Location[]> {
  const rows = await repo.listLocations(db, filter)
  const hours = await repo.hoursOfLocations(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((row) => toLocation(row, hours))
}

export async function getLocation(db: Executor, id: string): Promise<Location> {
  const row = await repo.findLocation(db, id)
  if (!row) throw new NotFoundError('location', { id })
  return toLocation(row, await repo.hoursOfLocations(db, [id]))
}

export async function createLocation(db: Db, actor: Actor, input: CreateLocation): Promise<Location> {
  assertManagesOrganisation(actor, input.organisationId)
  if (input.hours) assertValidWeek(input.hours)
  await db.transaction().execute(async (trx) => {
    const { hours, ...fields } = input
    await repo.insertLocation(trx, toColumns(fields))
    if (hours) await writeWeek(trx, input.id, hours)
  })
  return getLocation(db, input.id)
}

export async function updateLocation(db: Db, actor: Actor, id: string, changes: UpdateLocation): Promise<Location> {
  const existing = await getLocation(db, id)
  assertManagesOrganisation(actor, existing.organisationId)
  await repo.updateLocation(db, id, toColumns(changes))
  return getLocation(db, id)
}

export async function setLocationHours(db: Db, actor: Actor, id: string, week: WeekHours): Promise<Location> {
  const existing = await getLocation(db, id)
  assertManagesOrganisation(actor, existing.organisationId)
  assertValidWeek(week)
  await db.transaction().execute((trx) => writeWeek(trx, id, week))
  return getLocation(db, id)
}

/** Refused (409) by the database while items, members or staff still refer to the location. */
export async function deleteLocation(db: Db, actor: Actor, id: string): Promise<void> {
  const existing = await getLocation(db, id)
  assertManagesOrganisation(actor, existing.organisationId)
  await repo.deleteLocation(db, id)
}

function assertValidWeek(week: WeekHours): void {
  const problems = (['staffed', 'selfService'] as const).flatMap((kind) => {
    const spans: DaySpan[] = week[kind]
    const backwards = spans.find((s) => s.closes <= s.opens)
    const overlap = overlappingWeekday(spans)
    return [
      ...(backwards
        ? [{ field: `body.hours.${kind}`, message: `closes (${backwards.closes}) must be after opens (${backwards.opens})` }]
        : []),
      ...(overlap ? [{ field: `body.hours.${kind}`, message: `spans overlap on weekday ${overlap}` }] : []),
    ]
  })
  if (problems.length) throw new ValidationError(problems)
}

async function writeWeek(trx: Executor, locationId: string, week: WeekHours): Promise<void> {
  await repo.replaceLocationHours(trx, locationId, 'staffed', week.staffed)
  await repo.replaceLocationHours(trx, locationId, 'self_service', week.selfService)
}
