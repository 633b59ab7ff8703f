import type { Generated, Selectable } from 'kysely'

export const transitReasons = ['hold', 'home', 'float', 'rotation'] as const
export type TransitReason = (typeof transitReasons)[number]

/** A copy on its way between two locations. Logistics adds crates and van runs to it. */
export interface TransitTable {
  id: Generated<number>
  item_id: number
  from_location_id: string
  to_location_id: string
  reason: TransitReason
  hold_id: number | null
  created_at: Date
  sent_at: Date | null
  received_at: Date | null
  received_location_id: string | null
  cancelled_at: Date | null
  /** the crate that carries it, once packed */
  crate_id: Generated<number | null>
}

export type TransitRow = Selectable<TransitTable>
