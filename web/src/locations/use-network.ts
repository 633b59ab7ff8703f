import { api } from '../api/client'
import type { Location, Organisation } from '../api/types'
import { useApi } from '../api/use-api'

export interface Network {
  locations: Location[]
  organisations: Map<string, Organisation>
  locationName: (id: string) => string
}

// The network changes seldom: one answer serves every page of the visit.
let cached: Promise<Network> | undefined

function loadNetwork(): Promise<Network> {
  cached ??= Promise.all([api.get<Location[]>('/api/locations'), api.get<Organisation[]>('/api/organisations')]).then(
    ([locations, organisations]) => {
      const byId = new Map(locations.map((l) => [l.id, l]))
      return {
        locations: locations.filter((l) => l.public).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
        organisations: new Map(organisations.map((o) => [o.id, o])),
        locationName: (id) => byId.get(id)?.name ?? id,
      }
    },
    (error: unknown) => {
      cached = undefined
      throw error
    },
  )
  return cached
}

/** The public locations and the organisations, loaded once per visit. */
export function useNetwork() {
  return useApi(() => loadNetwork(), [])
}
