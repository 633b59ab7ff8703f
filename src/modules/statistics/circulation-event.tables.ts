import type { Generated, Selectable } from 'kysely'

export const circulationActions = [
  'checkout',
  'checkin',
  'renewal',
  'hold_placed',
  'hold_targeted',
  'hold_ready',
  'hold_fulfilled',
  'hold_cancelled',
  'hold_expired',
  'transit_created',
  'transit_sent',
  'transit_received',
  'fee_charged',
  'fee_paid',
  'fee_waived',
  'item_lost',
  'item_missing',
  'item_damaged',
  'item_withdrawn',
  'item_available',
  'national_ibl_requested',
] as const
export type CirculationAction = (typeof circulationActions)[number]
export type AgeBand = '0-5' | '6-11' | '12-17' | '18-29' | '30-44' | '45-64' | '65+'
export type EventChannel = 'desk' | 'self_service' | 'system' | 'member'

/** Append-only (a trigger refuses updates and deletes); no column identifies a member. */
export interface CirculationEventTable {
  id: Generated<number>
  at: Date
  action: CirculationAction
  channel: EventChannel | null
  organisation_id: string | null
  location_id: string | null
  record_id: number | null
  item_organisation_id: string | null
  item_home_location_id: string | null
  format: string | null
  audience: string | null
  fiction: boolean | null
  collection: string | null
  patron_organisation_id: string | null
  patron_category: string | null
  age_band: AgeBand | null
  municipality_code: string | null
  ibl_tier: string | null
  amount_cents: number | null
}

export type CirculationEventRow = Selectable<CirculationEventTable>
