import type { Executor } from '../../db/database.js'

export function listCirculationSettings(db: Executor) {
  return db.selectFrom('circulation_settings').selectAll().execute()
}

export function listCirculationRules(db: Executor, organisationId?: string) {
  let query = db.selectFrom('circulation_rules').selectAll()
  if (organisationId) query = query.where('organisation_id', '=', organisationId)
  return query.orderBy('organisation_id').orderBy('id').execute()
}

export function listLocationsForCirculation(db: Executor) {
  return db
    .selectFrom('locations')
    .select(['id', 'name', 'organisation_id', 'type', 'pickup_allowed', 'public', 'latitude', 'longitude'])
    .orderBy('id')
    .execute()
}

export function listAllHours(db: Executor) {
  return db.selectFrom('location_hours').select(['location_id', 'weekday', 'kind', 'opens', 'closes']).execute()
}

export function listClosedDaysBetween(db: Executor, from: string, to: string) {
  return db.selectFrom('closed_days').select(['location_id', 'date']).where('date', '>=', from).where('date', '<=', to).execute()
}
