import type { Insertable } from 'kysely'
import type { Db } from '../db/database.js'
import { hashSecret } from '../modules/access/passwords.js'
import type { ItemTable, RecordTable } from '../modules/catalogue/catalogue.tables.js'
import type { CirculationSettingsTable } from '../modules/circulation/circulation.tables.js'
import { invalidateCirculationPolicy } from '../modules/circulation/policy-cache.js'
import type { TransitTable } from '../modules/logistics/transit.tables.js'
import type { RoutePlanTable } from '../modules/logistics/transport.tables.js'
import type { PatronTable } from '../modules/patrons/patron.tables.js'

let sequence = 0
const next = () => ++sequence
const unique = (prefix: string) => `${prefix}${process.pid % 1000}${String(next()).padStart(6, '0')}`

export const testPin = '1234'
let pinHash: Promise<string> | undefined
const testPinHash = () => {
  pinHash ??= hashSecret(testPin)
  return pinHash
}

export async function buildRecord(db: Db, overrides: Partial<Insertable<RecordTable>> = {}) {
  return db
    .insertInto('records')
    .values({ title: `Testtitel ${next()}`, authors: ['Test, Auteur'], format: 'book', audience: 'adult', fiction: true, ...overrides })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function buildItem(
  db: Db,
  overrides: Partial<Insertable<ItemTable>> & { record_id?: number; home_location_id: string; organisation_id: string },
) {
  const recordId = overrides.record_id ?? (await buildRecord(db)).id
  return db
    .insertInto('items')
    .values({ barcode: unique('T'), current_location_id: overrides.home_location_id, ...overrides, record_id: recordId })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** A member with PIN 1234 (see testPin). */
export async function buildPatron(
  db: Db,
  overrides: Partial<Insertable<PatronTable>> & { organisation_id: string; home_location_id: string },
) {
  return db
    .insertInto('patrons')
    .values({
      card_number: unique('2'),
      pin_hash: await testPinHash(),
      first_name: 'Test',
      last_name: `Lid ${next()}`,
      birth_year: 1980,
      category: 'adult',
      ...overrides,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** A waiting title-level hold of a new Bind member for pickup in Beilen, as a targeting run finds it. */
export async function buildWaitingHold(db: Db, recordId: number, placedAt: Date) {
  const patron = await buildPatron(db, { organisation_id: 'bind', home_location_id: 'bind-beilen' })
  return db
    .insertInto('holds')
    .values({
      patron_id: patron.id,
      patron_organisation_id: 'bind',
      level: 'title',
      record_id: recordId,
      pickup_location_id: 'bind-beilen',
      placed_at: placedAt,
      expires_on: '2027-12-31',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
}

export async function buildWork(db: Db, title = `Werk ${next()}`) {
  return db
    .insertInto('works')
    .values({ key: `${title.toLowerCase()}|${next()}`, title, author: 'Test, Auteur' })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** An organisation's circulation settings (window time, floating, capture order …); clears the policy cache. */
export async function setCirculationSettings(db: Db, organisationId: string, settings: Partial<Insertable<CirculationSettingsTable>>) {
  await db
    .insertInto('circulation_settings')
    .values({ organisation_id: organisationId, ...settings })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(settings))
    .execute()
  invalidateCirculationPolicy(db)
}
/** A week plan row, running unless told otherwise (as if its solver thread were still at work). */
export async function buildRoutePlan(db: Db, overrides: Partial<Insertable<RoutePlanTable>> = {}) {
  return db
    .insertInto('route_plans')
    .values({ parameters: JSON.stringify({ seconds: 5 }), ...overrides })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** A copy's transit, received by default (history); give received_at: null for an open one. */
export async function buildTransit(
  db: Db,
  overrides: Partial<Insertable<TransitTable>> & { from_location_id: string; to_location_id: string; created_at: Date },
) {
  const item_id = overrides.item_id ?? (await buildItem(db, { organisation_id: 'bind', home_location_id: overrides.to_location_id })).id
  return db
    .insertInto('transits')
    .values({ reason: 'home', received_at: overrides.created_at, received_location_id: overrides.to_location_id, ...overrides, item_id })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** An anonymous check-in event: a copy of `item_organisation_id` returned at `location_id`. */
export async function buildReturnEvent(
  db: Db,
  event: { at: Date; location_id: string; item_home_location_id: string; item_organisation_id: string; collection: string },
) {
  await db
    .insertInto('circulation_events')
    .values({ action: 'checkin', channel: 'desk', ...event })
    .execute()
}
