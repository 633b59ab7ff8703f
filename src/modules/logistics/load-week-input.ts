import type { Executor } from '../../db/database.js'
import { ConflictError } from '../../errors.js'
import { findLocation } from '../network/network.repository.js'
import { matrixOver } from './distance-matrix.js'
import { referenceFigures } from './fleet-figures.js'
import { locationSettings, shiftOf, type TransitVolumeSource } from './location-settings.js'
import type { WeekInput, WeekVan } from './planner/week-types.js'
import * as repo from './transport.repository.js'
import type { VanRow } from './transport.tables.js'
import { defaultTransportParameters, estimatedDistances, type Point } from './transport-cost.js'

/** The what-if parameters of a week plan; left out, the transport model as it is. */
export interface WeekOptions {
  /** plan with this many vans (more than the fleet: copies of its first van) */
  vans?: number | undefined
  /** every van electric */
  electric?: boolean | undefined
  /** every visited location this many visits a week */
  visits?: number | undefined
  distances: 'estimate' | 'matrix'
  /** road km per great-circle km for the estimate (default 1.3) */
  roadFactor?: number | undefined
  seconds: number
  seed: number
}

/** Reads the transport model and builds the planner's input (plain data for the worker). */
export async function loadWeekInput(db: Executor, options: WeekOptions, transitVolume?: TransitVolumeSource): Promise<WeekInput> {
  const [depot] = await repo.listDepots(db)
  if (!depot) throw new ConflictError('no_depot', 'There is no depot: add the distribution point before planning.')
  const vans = whatIfFleet(await repo.listVans(db, { depotId: depot.id, activeOnly: true }), options)
  if (vans.length === 0) throw new ConflictError('no_vans', `Depot ${depot.id} has no active vans: add a van before planning.`)
  const shift = shiftOf({ shift_start: vans[0]?.shift_start ?? '07:30', shift_minutes: vans[0]?.shift_minutes ?? 510 })
  const settings = (await locationSettings(db, { shift, ...(transitVolume && { transitVolume }) }))
    .map((s) => (options.visits !== undefined && s.visitsPerWeek > 0 ? { ...s, visitsPerWeek: options.visits } : s))
    .filter((s) => s.visitsPerWeek > 0)
  const depotLocation = await findLocation(db, depot.location_id)
  if (!depotLocation) throw new ConflictError('no_depot', `Depot ${depot.id} stands at an unknown location.`)
  const ids = [depot.location_id, ...settings.map((s) => s.locationId)]
  const points = new Map<string, Point>([
    [depot.location_id, depotLocation as Point],
    ...settings.map((s) => [s.locationId, s] as [string, Point]),
  ])
  const speed = Math.min(...vans.map((v) => v.average_speed_kmh))
  return {
    depot: { id: depot.id, name: depot.name },
    stops: settings.map((s) => ({
      locationId: s.locationId,
      name: s.name,
      visitsPerWeek: Math.min(s.visitsPerWeek, 5),
      allowedWeekdays: s.weekdays,
      windowKind: s.deliveryWindow,
      windows: s.windows,
      serviceMinutes: s.serviceMinutes,
      cratesOff: s.cratesPerVisit,
      cratesOn: s.cratesPerVisit,
    })),
    vans: vans.map(toWeekVan),
    weekdays: [1, 2, 3, 4, 5],
    matrix:
      options.distances === 'matrix' ? matrixOver(ids, await storedMatrix(db)) : estimatedMatrix(ids, points, speed, options.roadFactor),
    distanceSource: options.distances,
    reference: referenceFigures,
    seconds: options.seconds,
    seed: options.seed,
  }
}

function whatIfFleet(vans: VanRow[], options: WeekOptions): VanRow[] {
  const count = options.vans ?? vans.length
  const first = vans[0]
  const fleet = first
    ? Array.from({ length: count }, (_, i) => vans[i] ?? { ...first, id: `${first.id}-extra-${i + 1}`, name: `Extra van ${i + 1}` })
    : []
  if (!options.electric) return fleet
  return fleet.map((van) => ({
    ...van,
    fuel: 'electric',
    energy_per_km: referenceFigures.electric.energyPerKm,
    co2_kg_per_km: referenceFigures.electric.co2KgPerKm,
  }))
}

const toWeekVan = (van: VanRow): WeekVan => {
  const shift = shiftOf(van)
  return {
    id: van.id,
    name: van.name,
    fuel: van.fuel,
    capacityCrates: van.capacity_crates,
    shiftStart: shift.start,
    shiftMinutes: van.shift_minutes,
    energyPerKm: van.energy_per_km,
    co2KgPerKm: van.co2_kg_per_km,
  }
}

function estimatedMatrix(ids: string[], points: Map<string, Point>, speed: number, roadFactor = defaultTransportParameters.roadFactor) {
  const distances = estimatedDistances(points, { ...defaultTransportParameters, averageSpeedKmh: speed, roadFactor })
  return {
    km: ids.flatMap((from) => ids.map((to) => distances.km(from, to))),
    minutes: ids.flatMap((from) => ids.map((to) => distances.minutes(from, to))),
  }
}

async function storedMatrix(db: Executor) {
  return (await repo.distanceMatrixRows(db)).map((r) => ({ from: r.from_location_id, to: r.to_location_id, km: r.km, minutes: r.minutes }))
}
