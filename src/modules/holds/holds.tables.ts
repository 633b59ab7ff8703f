import type { ColumnType, Generated, JSONColumnType, Selectable } from 'kysely'
import type { TargetReason } from './targeting.js'

export const holdStatuses = ['waiting', 'targeted', 'in_transit', 'ready', 'fulfilled', 'cancelled', 'expired'] as const
export type HoldStatus = (typeof holdStatuses)[number]
export const activeHoldStatuses = ['waiting', 'targeted', 'in_transit', 'ready'] as const satisfies readonly HoldStatus[]
/** Statuses in which a hold has a copy: the copy fills no other hold meanwhile. */
export const claimingHoldStatuses = ['targeted', 'in_transit', 'ready'] as const satisfies readonly HoldStatus[]
export const targetTiers = ['pickup_location', 'own_organisation', 'provincial', 'national'] as const
export type TargetTier = (typeof targetTiers)[number]

export interface HoldTable {
  id: Generated<number>
  patron_id: number
  patron_organisation_id: string
  level: 'title' | 'item'
  record_id: number
  any_edition: Generated<boolean>
  item_id: number | null
  pickup_location_id: string
  status: Generated<HoldStatus>
  placed_at: Date
  expires_on: string
  suspended_until: string | null
  target_item_id: number | null
  target_tier: TargetTier | null
  target_reason: JSONColumnType<TargetReason | null, string | null, string | null>
  targeted_at: Date | null
  excluded_item_ids: ColumnType<number[], number[] | undefined, number[]>
  ready_at: Date | null
  pickup_deadline: string | null
  pickup_code: string | null
  closed_at: Date | null
  close_reason: string | null
  hopeless_since: Date | null
  placed_by_staff_user_id: number | null
}

export const nationalIblStatuses = [
  'queued',
  'sent',
  'RequestReceived',
  'ExpectToSupply',
  'WillSupply',
  'Loaned',
  'Overdue',
  'Recalled',
  'RetryPossible',
  'Unfilled',
  'CopyCompleted',
  'LoanCompleted',
  'CompletedWithoutReturn',
  'Cancelled',
] as const
export type NationalIblStatus = (typeof nationalIblStatuses)[number]

export interface NationalIblRequestTable {
  id: Generated<number>
  hold_id: number
  requesting_agency_request_id: string
  requesting_agency_id: string
  status: Generated<NationalIblStatus>
  message: JSONColumnType<Record<string, unknown>, string, string>
  supplying_agency_id: string | null
  created_at: Date
  updated_at: Date
}

export interface NationalIblStatusChangeTable {
  id: Generated<number>
  request_id: number
  status: NationalIblStatus
  note: string | null
  at: Date
}

export type HoldRow = Selectable<HoldTable>
export type NationalIblRequestRow = Selectable<NationalIblRequestTable>
