import { toColumns } from '../../db/columns.js'
import type { Db, Executor } from '../../db/database.js'
import { NotFoundError, ValidationError } from '../../errors.js'
import { listLocations } from '../network/network.repository.js'
import { IncompleteMatrixError, missingPairs, parseMatrixCsv } from './distance-matrix.js'
import { defaultVan, referenceFigures } from './fleet-figures.js'
import { locationSettings, shiftOf } from './location-settings.js'
import { toLocationTransport, toVan } from './transport.mapping.js'
import * as repo from './transport.repository.js'
import type { CreateVan, LocationTransport, UpdateLocationTransport, UpdateVan, Van } from './transport.schema.js'

/** The shift the vans work, for key-access windows: the first active van's, or the default. */
async function fleetShift(db: Executor) {
  const [van] = await repo.listVans(db, { activeOnly: true })
  return shiftOf(van ?? { shift_start: defaultVan.shiftStart, shift_minutes: defaultVan.shiftMinutes })
}

export async function listLocationTransport(db: Executor): Promise<LocationTransport[]> {
  return (await locationSettings(db, { shift: await fleetShift(db) })).map(toLocationTransport)
}

export async function getLocationTransport(db: Executor, locationId: string): Promise<LocationTransport> {
  const [settings] = await locationSettings(db, { shift: await fleetShift(db) }, locationId)
  if (!settings) throw new NotFoundError('location served by the vans', { id: locationId })
  return toLocationTransport(settings)
}

/** Changes what a location needs from the vans; fields not sent keep their value (or default). */
export async function updateLocationTransport(db: Db, locationId: string, changes: UpdateLocationTransport): Promise<LocationTransport> {
  const current = await getLocationTransport(db, locationId)
  const next = { ...current, ...changes }
  if (next.visitsPerWeek > next.weekdays.length)
    throw new ValidationError([
      { field: 'body.visitsPerWeek', message: `${next.visitsPerWeek} visits do not fit in ${next.weekdays.length} allowed weekday(s)` },
    ])
  await repo.upsertLocationTransport(db, {
    location_id: locationId,
    visits_per_week: next.visitsPerWeek,
    weekdays: [...next.weekdays].sort((a, b) => a - b),
    delivery_window: next.deliveryWindow,
    service_minutes: next.serviceMinutes,
    crates_per_visit:
      changes.cratesPerVisit !== undefined ? changes.cratesPerVisit : current.cratesEstimated ? null : current.cratesPerVisit,
    note: next.note,
  })
  return getLocationTransport(db, locationId)
}

export async function createVan(db: Executor, input: CreateVan): Promise<Van> {
  const figures = referenceFigures[input.fuel]
  return toVan(
    await repo.insertVan(db, {
      ...toColumns(input),
      energy_per_km: input.energyPerKm ?? figures.energyPerKm,
      co2_kg_per_km: input.co2KgPerKm ?? figures.co2KgPerKm,
    }),
  )
}

export async function updateVan(db: Executor, id: string, changes: UpdateVan): Promise<Van> {
  const row = await repo.updateVan(db, id, toColumns(changes))
  if (!row) throw new NotFoundError('van', { id })
  return toVan(row)
}

/**
 * Replaces the distance matrix with an imported CSV. It must cover every ordered pair of the
 * depot and the locations the vans serve; otherwise nothing changes and the missing pairs are named.
 */
export async function importDistanceMatrix(db: Db, csv: string): Promise<{ pairs: number }> {
  const known = new Set((await listLocations(db, { includeNonPublic: true })).map((l) => l.id))
  const rows = parseMatrixCsv(csv, known)
  const depots = (await repo.listDepots(db)).map((d) => d.location_id)
  const served = (await listLocationTransport(db)).filter((s) => s.visitsPerWeek > 0).map((s) => s.locationId)
  const missing = missingPairs([...depots, ...served], rows)
  if (missing.length) throw new IncompleteMatrixError(missing)
  await db.transaction().execute((trx) =>
    repo.replaceDistanceMatrix(
      trx,
      rows.map((r) => ({ from_location_id: r.from, to_location_id: r.to, km: r.km, minutes: r.minutes })),
    ),
  )
  return { pairs: rows.length }
}
