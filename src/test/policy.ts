import { type CirculationPolicy, defaultSettings, type LocationInfo, type OrganisationSettings } from '../modules/circulation/policy.js'
import { fallbackRule, type Rule } from '../modules/circulation/rules.js'
import { estimatedDistances, transportCost, type VanSchedule } from '../modules/logistics/transport-cost.js'

/** A few real Drenthe locations, for pure tests of the rules and the engine. */
export const testLocations = {
  'bind-meppel': { organisationId: 'bind', latitude: 52.6958, longitude: 6.1944 },
  'bind-beilen': { organisationId: 'bind', latitude: 52.8628, longitude: 6.5136 },
  'bind-westerbork': { organisationId: 'bind', latitude: 52.85, longitude: 6.6089 },
  'facet-emmen': { organisationId: 'facet', latitude: 52.7792, longitude: 6.9069 },
  'dnk-assen': { organisationId: 'dnk', latitude: 52.9925, longitude: 6.5625 },
  'hgv-hoogeveen': { organisationId: 'hgv', latitude: 52.7225, longitude: 6.4764 },
} as const

export interface FakePolicyOptions {
  settings?: Record<string, Partial<OrganisationSettings>>
  rule?: (organisationId: string, category: string) => Partial<Rule>
  /** an adopted van schedule, counted from a Monday */
  schedule?: VanSchedule
}

/** A policy without a database: every day open, the fallback rule unless told otherwise. */
export function fakePolicy(options: FakePolicyOptions = {}): CirculationPolicy {
  const points = new Map(Object.entries(testLocations))
  const distances = estimatedDistances(points)
  const location = (id: string): LocationInfo => {
    const found = points.get(id)
    if (!found) throw new Error(`no test location ${id}`)
    return { id, name: id, organisationId: found.organisationId, type: 'branch', pickupAllowed: true }
  }
  return {
    settings: (organisationId) => ({ ...defaultSettings, ...options.settings?.[organisationId] }),
    rule: (organisationId, category) => ({ ...fallbackRule, ...options.rule?.(organisationId, category) }),
    location,
    findLocation: (id) => (points.has(id) ? location(id) : undefined),
    openDayFrom: (_locationId, date) => date,
    cost: (from, to) => transportCost(distances, from, to, undefined, options.schedule && { visits: options.schedule, todayWeekday: 1 }),
    distances,
  }
}
