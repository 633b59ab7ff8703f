import type { LocationTransportSettings } from './location-settings.js'
import { clock } from './planner/week-types.js'
import type { Depot, LocationTransport, Van } from './transport.schema.js'
import type { DepotRow, VanRow } from './transport.tables.js'

export const toDepot = (row: DepotRow): Depot => ({ id: row.id, name: row.name, locationId: row.location_id })

export const toVan = (row: VanRow): Van => ({
  id: row.id,
  name: row.name,
  depotId: row.depot_id,
  capacityCrates: row.capacity_crates,
  shiftStart: row.shift_start.slice(0, 5),
  shiftMinutes: row.shift_minutes,
  averageSpeedKmh: row.average_speed_kmh,
  fuel: row.fuel,
  energyPerKm: row.energy_per_km,
  co2KgPerKm: row.co2_kg_per_km,
  active: row.active,
})

export const toLocationTransport = (s: LocationTransportSettings): LocationTransport => ({
  locationId: s.locationId,
  name: s.name,
  visitsPerWeek: s.visitsPerWeek,
  weekdays: s.weekdays,
  deliveryWindow: s.deliveryWindow,
  serviceMinutes: s.serviceMinutes,
  cratesPerVisit: s.cratesPerVisit,
  cratesEstimated: s.cratesEstimated,
  windows: s.windows.map((w) => ({ weekday: w.weekday, opens: clock(w.opens), closes: clock(w.closes) })),
  note: s.note,
})
