import type { Executor } from '../../db/database.js'
import * as network from '../network/network.repository.js'
import type { LocationHoursRow, LocationRow } from '../network/network.tables.js'
import { deliveryWindows, minutesOfDay, staffedHoursPerWeek } from './delivery-windows.js'
import { expectedCratesPerVisit } from './expected-crates.js'
import type { DayWindow } from './planner/week-types.js'
import * as repo from './transport.repository.js'
import type { DeliveryWindowKind, LocationTransportRow } from './transport.tables.js'

/** A location's transport settings as they apply: its own row, or the defaults. */
export interface LocationTransportSettings {
  locationId: string
  name: string
  latitude: number
  longitude: number
  visitsPerWeek: number
  weekdays: number[]
  deliveryWindow: DeliveryWindowKind
  serviceMinutes: number
  cratesPerVisit: number
  /** false when someone set the crates; true when estimated */
  cratesEstimated: boolean
  windows: DayWindow[]
  note: string | null
}

export const defaultSettings = { visitsPerWeek: 2, weekdays: [1, 2, 3, 4, 5], deliveryWindow: 'opening_hours', serviceMinutes: 10 } as const

/**
 * Items sent and received per week per location, from the transits of recent weeks. The seam
 * for the circulation module's transits table: until it exists no source is passed and crates
 * are estimated from each location's size (see expected-crates.ts).
 */
export type TransitVolumeSource = (db: Executor, locationIds: readonly string[]) => Promise<ReadonlyMap<string, number>>

export interface SettingsOptions {
  shift: { start: number; end: number }
  transitVolume?: TransitVolumeSource
}

/** Every location the vans serve (the public ones, not the depot's own), with its settings. */
export async function locationSettings(db: Executor, options: SettingsOptions, onlyId?: string): Promise<LocationTransportSettings[]> {
  const depots = new Set((await repo.listDepots(db)).map((d) => d.location_id))
  const locations = (await network.listLocations(db, { includeNonPublic: true })).filter(
    (l) => !depots.has(l.id) && (onlyId ? l.id === onlyId : l.public),
  )
  const ids = locations.map((l) => l.id)
  const [hours, rows, volume] = await Promise.all([
    network.hoursOfLocations(db, ids),
    repo.listLocationTransport(db),
    options.transitVolume ? options.transitVolume(db, ids) : Promise.resolve(new Map<string, number>()),
  ])
  const rowOf = new Map(rows.map((r) => [r.location_id, r]))
  return locations.map((location) =>
    settingsOf(
      location,
      hours.filter((h) => h.location_id === location.id),
      rowOf.get(location.id),
      volume.get(location.id),
      options.shift,
    ),
  )
}

function settingsOf(
  location: LocationRow,
  hours: LocationHoursRow[],
  row: LocationTransportRow | undefined,
  weeklyTransits: number | undefined,
  shift: { start: number; end: number },
): LocationTransportSettings {
  const visitsPerWeek = row?.visits_per_week ?? defaultSettings.visitsPerWeek
  const weekdays = row?.weekdays ?? [...defaultSettings.weekdays]
  const deliveryWindow = row?.delivery_window ?? defaultSettings.deliveryWindow
  const estimated = expectedCratesPerVisit({ staffedHoursPerWeek: staffedHoursPerWeek(hours), visitsPerWeek, weeklyTransits })
  return {
    locationId: location.id,
    name: location.name,
    latitude: location.latitude,
    longitude: location.longitude,
    visitsPerWeek,
    weekdays,
    deliveryWindow,
    serviceMinutes: row?.service_minutes ?? defaultSettings.serviceMinutes,
    cratesPerVisit: row?.crates_per_visit ?? estimated,
    cratesEstimated: row?.crates_per_visit === null || row?.crates_per_visit === undefined,
    windows: deliveryWindows(deliveryWindow, weekdays, hours, shift),
    note: row?.note ?? null,
  }
}

export const shiftOf = (van: { shift_start: string; shift_minutes: number }) => {
  const start = minutesOfDay(van.shift_start)
  return { start, end: start + van.shift_minutes }
}
