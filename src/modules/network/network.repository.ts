import type { Insertable, Updateable } from 'kysely'
import type { Executor } from '../../db/database.js'
import type { HoursKind, LocationHoursTable, LocationTable, LocationType, OrganisationTable } from './network.tables.js'

export function listOrganisations(db: Executor) {
  return db.selectFrom('organisations').selectAll().orderBy('name').execute()
}

export function findOrganisation(db: Executor, id: string) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst()
}

export function updateOrganisation(db: Executor, id: string, changes: Updateable<OrganisationTable>) {
  return db.updateTable('organisations').set(changes).where('id', '=', id).returningAll().executeTakeFirst()
}

export function listMunicipalities(db: Executor) {
  return db.selectFrom('municipalities').selectAll().orderBy('name').execute()
}

export function findMunicipality(db: Executor, code: string) {
  return db.selectFrom('municipalities').selectAll().where('code', '=', code).executeTakeFirst()
}

export interface PlaceFilter {
  municipalityCode?: string | undefined
  name?: string | undefined
}

export async function listPlaces(db: Executor, filter: PlaceFilter, offset: number, limit: number) {
  let query = db.selectFrom('places')
  if (filter.municipalityCode) query = query.where('municipality_code', '=', filter.municipalityCode)
  if (filter.name) query = query.where('name', 'ilike', `${filter.name.replace(/[%_\\]/g, '\\$&')}%`)
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('population', (ob) => ob.desc().nullsLast())
      .orderBy('name')
      .offset(offset)
      .limit(limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: count.n }
}

export interface LocationFilter {
  organisationId?: string | undefined
  municipalityCode?: string | undefined
  type?: LocationType | undefined
  pickupAllowed?: boolean | undefined
  includeNonPublic?: boolean
}

export function listLocations(db: Executor, filter: LocationFilter) {
  let query = db.selectFrom('locations').selectAll()
  if (filter.organisationId) query = query.where('organisation_id', '=', filter.organisationId)
  if (filter.municipalityCode) query = query.where('municipality_code', '=', filter.municipalityCode)
  if (filter.type) query = query.where('type', '=', filter.type)
  if (filter.pickupAllowed !== undefined) query = query.where('pickup_allowed', '=', filter.pickupAllowed)
  if (!filter.includeNonPublic) query = query.where('public', '=', true)
  return query.orderBy('name').execute()
}

export function findLocation(db: Executor, id: string) {
  return db.selectFrom('locations').selectAll().where('id', '=', id).executeTakeFirst()
}

export function findLocationsByIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('locations').select(['id', 'organisation_id']).where('id', 'in', ids).execute()
}

export async function insertLocation(db: Executor, location: Insertable<LocationTable>): Promise<void> {
  await db.insertInto('locations').values(location).execute()
}

export async function updateLocation(db: Executor, id: string, changes: Updateable<LocationTable>): Promise<void> {
  await db
    .updateTable('locations')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .execute()
}

export async function deleteLocation(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('locations').where('id', '=', id).execute()
}

export function hoursOfLocations(db: Executor, locationIds: readonly string[]) {
  if (locationIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('location_hours')
    .selectAll()
    .where('location_id', 'in', locationIds)
    .orderBy('location_id')
    .orderBy('kind')
    .orderBy('weekday')
    .orderBy('opens')
    .execute()
}

export async function replaceLocationHours(
  db: Executor,
  locationId: string,
  kind: HoursKind,
  hours: Omit<Insertable<LocationHoursTable>, 'location_id' | 'kind'>[],
): Promise<void> {
  await db.deleteFrom('location_hours').where('location_id', '=', locationId).where('kind', '=', kind).execute()
  if (hours.length === 0) return
  await db
    .insertInto('location_hours')
    .values(hours.map((span) => ({ ...span, location_id: locationId, kind })))
    .execute()
}

/** Closed days of the given locations (and the network-wide ones) in a date range, inclusive. */
export function closedDaysBetween(db: Executor, locationIds: readonly string[] | 'all', from: string, to: string) {
  let query = db.selectFrom('closed_days').selectAll().where('date', '>=', from).where('date', '<=', to)
  if (locationIds !== 'all') {
    query = query.where((eb) =>
      locationIds.length ? eb.or([eb('location_id', 'is', null), eb('location_id', 'in', locationIds)]) : eb('location_id', 'is', null),
    )
  }
  return query.orderBy('date').execute()
}

export function insertClosedDay(db: Executor, day: { location_id: string | null; date: string; reason: string }) {
  return db.insertInto('closed_days').values(day).returningAll().executeTakeFirstOrThrow()
}

export function deleteClosedDay(db: Executor, id: number) {
  return db.deleteFrom('closed_days').where('id', '=', id).returningAll().executeTakeFirst()
}
