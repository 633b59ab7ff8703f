import type { ColumnType, Generated, Selectable } from 'kysely'

export type OrganisationKind = 'library' | 'support'
export type LocationType = 'branch' | 'service_point' | 'mobile_library' | 'school_library' | 'pickup_locker' | 'office'
export type HoursKind = 'staffed' | 'self_service'

export interface OrganisationTable {
  id: string
  name: string
  short_name: string
  kind: OrganisationKind
  website: string | null
  created_at: Generated<Date>
}

export interface MunicipalityTable {
  code: string
  name: string
  seat: string | null
  organisation_id: string | null
  population: number | null
  population_date: string | null
  area_km2: number | null
  centroid_latitude: number | null
  centroid_longitude: number | null
}

export interface PlaceTable {
  id: Generated<number>
  name: string
  municipality_code: string
  latitude: number
  longitude: number
  population: number | null
  geonames_id: number | null
}

export interface LocationTable {
  id: string
  name: string
  organisation_id: string
  type: LocationType
  town: string
  municipality_code: string
  street_address: string | null
  postcode: string | null
  latitude: number
  longitude: number
  pickup_allowed: Generated<boolean>
  public: Generated<boolean>
  accessibility: ColumnType<string[], string[] | undefined, string[]>
  phone: string | null
  email: string | null
  note: string | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface LocationHoursTable {
  location_id: string
  weekday: number
  kind: HoursKind
  opens: string
  closes: string
}

export interface ClosedDayTable {
  id: Generated<number>
  location_id: string | null
  date: string
  reason: string
}

export type OrganisationRow = Selectable<OrganisationTable>
export type MunicipalityRow = Selectable<MunicipalityTable>
export type PlaceRow = Selectable<PlaceTable>
export type LocationRow = Selectable<LocationTable>
export type LocationHoursRow = Selectable<LocationHoursTable>
export type ClosedDayRow = Selectable<ClosedDayTable>
