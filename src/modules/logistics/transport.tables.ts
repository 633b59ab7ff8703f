import type { ColumnType, Generated, Selectable } from 'kysely'

export type Fuel = 'diesel' | 'electric'
export type DeliveryWindowKind = 'opening_hours' | 'key_access'
export type PlanStatus = 'running' | 'done' | 'failed'

export interface DepotTable {
  id: string
  name: string
  location_id: string
  created_at: Generated<Date>
}

export interface VanTable {
  id: string
  name: string
  depot_id: string
  capacity_crates: number
  shift_start: Generated<string>
  shift_minutes: Generated<number>
  average_speed_kmh: Generated<number>
  fuel: Fuel
  energy_per_km: number
  co2_kg_per_km: number
  active: Generated<boolean>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface LocationTransportTable {
  location_id: string
  visits_per_week: Generated<number>
  weekdays: ColumnType<number[], number[] | undefined, number[]>
  delivery_window: Generated<DeliveryWindowKind>
  service_minutes: Generated<number>
  crates_per_visit: number | null
  note: string | null
  updated_at: Generated<Date>
}

export interface DistanceMatrixTable {
  from_location_id: string
  to_location_id: string
  km: number
  minutes: number
}

export interface RoutePlanTable {
  id: Generated<number>
  status: Generated<PlanStatus>
  parameters: ColumnType<unknown, string, string>
  result: ColumnType<unknown, string | null, string | null>
  error: string | null
  requested_by: number | null
  created_at: Generated<Date>
  finished_at: Date | null
  /** when the POI adopted this plan as the van schedule; one at a time */
  adopted_at: Generated<Date | null>
}

export type DepotRow = Selectable<DepotTable>
export type VanRow = Selectable<VanTable>
export type LocationTransportRow = Selectable<LocationTransportTable>
export type RoutePlanRow = Selectable<RoutePlanTable>
