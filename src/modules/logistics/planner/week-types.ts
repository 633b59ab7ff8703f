import type { DeliveryWindowKind, Fuel } from '../transport.tables.js'

/**
 * The weekly planner's input and output: plain data, so the plan can be computed in a worker
 * thread and stored as JSON. Times are minutes after midnight; weekdays are ISO (1 = Monday).
 */
export interface DayWindow {
  weekday: number
  opens: number
  closes: number
}

export interface WeekStop {
  locationId: string
  name: string
  visitsPerWeek: number
  /** the weekdays the transport settings allow */
  allowedWeekdays: number[]
  windowKind: DeliveryWindowKind
  /** per weekday the van may come, when; with key access, the whole shift */
  windows: DayWindow[]
  serviceMinutes: number
  /** crates delivered at each visit */
  cratesOff: number
  /** crates collected at each visit */
  cratesOn: number
}

export interface EnergyFigures {
  /** litres of diesel or kWh per km */
  energyPerKm: number
  co2KgPerKm: number
}

export interface WeekVan extends EnergyFigures {
  id: string
  name: string
  fuel: Fuel
  capacityCrates: number
  shiftStart: number
  shiftMinutes: number
}

export interface WeekInput {
  depot: { id: string; name: string }
  stops: WeekStop[]
  vans: WeekVan[]
  /** the days the vans drive */
  weekdays: number[]
  /** km and minutes between places, row-major; index 0 is the depot, then the stops in order */
  matrix: { km: number[]; minutes: number[] }
  distanceSource: 'estimate' | 'matrix'
  /** what a diesel and an electric van use and emit per km, for the comparison on every route */
  reference: Record<Fuel, EnergyFigures>
  seconds: number
  seed: number
}

export type ClashKind = 'no_visit_days' | 'unreachable' | 'crates_exceed_van' | 'day_overloaded' | 'no_vans'

export interface Clash {
  kind: ClashKind
  locationId?: string
  weekday?: number
  message: string
}

export interface StopVisit {
  locationId: string
  name: string
  arrival: string
  start: string
  leave: string
  /** the delivery window that day, or 'key access' */
  window: string
  cratesOff: number
  cratesOn: number
  /** crates in the van when it drives on */
  loadAfter: number
}

export interface Co2 {
  /** with the van that drives the route */
  van: number
  diesel: number
  electric: number
}

export interface RoutePlan {
  van: { id: string; name: string; fuel: Fuel }
  departure: string
  return: string
  stops: StopVisit[]
  km: number
  drivingMinutes: number
  durationMinutes: number
  maxLoad: number
  co2Kg: Co2
}

export interface DayPlan {
  weekday: number
  day: string
  visits: number
  crates: number
  km: number
  drivingMinutes: number
  routes: RoutePlan[]
}

export interface NormCheck {
  locationId: string
  name: string
  required: number
  planned: number
  weekdays: number[]
  met: boolean
}

export interface WeekTotals {
  km: number
  drivingMinutes: number
  routes: number
  visits: number
  crates: number
  co2Kg: { fleet: number; allDiesel: number; allElectric: number }
}

export type WeekPlan =
  | { feasible: true; days: DayPlan[]; totals: WeekTotals; norm: NormCheck[]; normMet: boolean; seconds: number }
  | { feasible: false; clashes: Clash[]; seconds: number }

export const dayNames = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

export const clock = (minutes: number) => {
  const rounded = Math.round(minutes)
  return `${String(Math.floor(rounded / 60)).padStart(2, '0')}:${String(rounded % 60).padStart(2, '0')}`
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits
