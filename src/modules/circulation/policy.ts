import type { Executor } from '../../db/database.js'
import { NotFoundError } from '../../errors.js'
import {
  type DistanceSource,
  defaultTransportParameters,
  estimatedDistances,
  type TransportCost,
  transportCost,
} from '../logistics/transport-cost.js'
import { adoptedVanSchedule, isoWeekday } from '../logistics/van-schedule.js'
import type { LocationType } from '../network/network.tables.js'
import { addDays, firstOpenDayFrom, toWeekHours, type WeekHours } from '../network/opening-hours.js'
import type { CaptureKey, CirculationRuleRow, CirculationSettingsRow, DigitalAlternativePolicy } from './circulation.tables.js'
import * as repo from './policy.repository.js'
import { type ItemType, type Rule, resolveRule } from './rules.js'

export interface OrganisationSettings {
  suppliesIbl: boolean
  windowDays: number
  floatingCollections: string[]
  holdShelfDays: number
  holdExpiryDays: number
  captureOrder: CaptureKey[]
  digitalAlternative: DigitalAlternativePolicy
  nationalIbl: boolean
  maxOwedCents: number
}

/** An organisation without a settings row gets these (the same as the column defaults). */
export const defaultSettings: OrganisationSettings = {
  suppliesIbl: true,
  windowDays: 0,
  floatingCollections: [],
  holdShelfDays: 7,
  holdExpiryDays: 365,
  captureOrder: ['pickup_here', 'on_the_way', 'oldest'],
  digitalAlternative: 'inform',
  nationalIbl: true,
  maxOwedCents: 1000,
}

export const toSettings = (row: CirculationSettingsRow): OrganisationSettings => ({
  suppliesIbl: row.supplies_ibl,
  windowDays: row.window_days,
  floatingCollections: row.floating_collections,
  holdShelfDays: row.hold_shelf_days,
  holdExpiryDays: row.hold_expiry_days,
  captureOrder: row.capture_order,
  digitalAlternative: row.digital_alternative,
  nationalIbl: row.national_ibl,
  maxOwedCents: row.max_owed_cents,
})

export interface LocationInfo {
  id: string
  name: string
  organisationId: string
  type: LocationType
  pickupAllowed: boolean
}

/**
 * Everything circulation decides with that is not the live state: the rules, each organisation's
 * settings, the locations with their calendars, and the transport cost between them. Loaded once
 * and handed to the use cases as an argument.
 */
export interface CirculationPolicy {
  settings(organisationId: string): OrganisationSettings
  rule(organisationId: string, patronCategory: string, type: ItemType): Rule
  location(id: string): LocationInfo
  findLocation(id: string): LocationInfo | undefined
  /** The first day on or after `date` the location is open. */
  openDayFrom(locationId: string, date: string): string
  cost(fromLocationId: string, toLocationId: string): TransportCost
  distances: DistanceSource
}

interface Calendar {
  week: WeekHours
  closed: Set<string>
}

export async function loadCirculationPolicy(db: Executor, today: string): Promise<CirculationPolicy> {
  const [settingsRows, ruleRows, locationRows, hourRows, closedRows, vanSchedule] = await Promise.all([
    repo.listCirculationSettings(db),
    repo.listCirculationRules(db),
    repo.listLocationsForCirculation(db),
    repo.listAllHours(db),
    repo.listClosedDaysBetween(db, addDays(today, -31), addDays(today, 800)),
    adoptedVanSchedule(db),
  ])
  const settings = new Map(settingsRows.map((row) => [row.organisation_id, toSettings(row)]))
  const rules = groupBy(ruleRows, (row) => row.organisation_id)
  const locations = new Map(
    locationRows.map((row) => [
      row.id,
      { id: row.id, name: row.name, organisationId: row.organisation_id, type: row.type, pickupAllowed: row.pickup_allowed },
    ]),
  )
  const calendars = new Map<string, Calendar>()
  const networkClosed = closedRows.filter((row) => row.location_id === null).map((row) => row.date)
  for (const location of locationRows) {
    const hours = hourRows.filter((row) => row.location_id === location.id)
    const closed = new Set([...networkClosed, ...closedRows.filter((row) => row.location_id === location.id).map((row) => row.date)])
    calendars.set(location.id, { week: toWeekHours(hours), closed })
  }
  const distances = estimatedDistances(new Map(locationRows.map((row) => [row.id, row])))
  const schedule = vanSchedule ? { visits: vanSchedule, todayWeekday: isoWeekday(today) } : undefined
  // the engine asks these for every candidate copy of every hold: answer each cell of the matrix once
  const rulesFor = memoise((organisationId: string, patronCategory: string) =>
    memoise((format: ItemType['format'], collection: string) =>
      resolveRule(rules.get(organisationId) ?? [], patronCategory, { format, collection }),
    ),
  )
  const cost = memoise((from: string, to: string) => transportCost(distances, from, to, defaultTransportParameters, schedule))
  const location = (id: string) => {
    const found = locations.get(id)
    if (!found) throw new NotFoundError('location', { id })
    return found
  }
  return {
    settings: (organisationId) => settings.get(organisationId) ?? defaultSettings,
    rule: (organisationId, patronCategory, type) => rulesFor(organisationId, patronCategory)(type.format, type.collection),
    location,
    findLocation: (id) => locations.get(id),
    openDayFrom: (locationId, date) => {
      const calendar = calendars.get(locationId)
      return calendar ? firstOpenDayFrom(date, calendar.week, calendar.closed) : date
    },
    cost,
    distances,
  }
}

/** A function of two strings, remembered in nested maps: no key string is built on each call. */
function memoise<A extends string, B extends string, V>(compute: (a: A, b: B) => V): (a: A, b: B) => V {
  const cache = new Map<A, Map<B, V>>()
  return (a, b) => {
    let inner = cache.get(a)
    if (!inner) {
      inner = new Map()
      cache.set(a, inner)
    }
    let value = inner.get(b)
    if (value === undefined) {
      value = compute(a, b)
      inner.set(b, value)
    }
    return value
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const k = key(row)
    const group = groups.get(k)
    if (group) group.push(row)
    else groups.set(k, [row])
  }
  return groups
}

export type { CirculationRuleRow }
