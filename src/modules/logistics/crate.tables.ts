import type { Generated, Selectable } from 'kysely'

export const crateStatuses = ['packed', 'sent', 'received'] as const
export type CrateStatus = (typeof crateStatuses)[number]

/** A crate of copies from one location to another, carried by the van on one run (a date). */
export interface CrateTable {
  id: Generated<number>
  code: Generated<string>
  label: string | null
  from_location_id: string
  to_location_id: string
  status: Generated<CrateStatus>
  run_date: string | null
  packed_at: Date
  sent_at: Date | null
  received_at: Date | null
}

export type CrateRow = Selectable<CrateTable>
