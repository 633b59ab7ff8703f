import type { ColumnType, Generated, Selectable } from 'kysely'
import type { RecordFormat } from '../catalogue/catalogue.tables.js'

type TextArray = ColumnType<string[], string[] | undefined, string[]>

export const captureKeys = ['pickup_here', 'on_the_way', 'own_organisation', 'proximity', 'oldest'] as const
export type CaptureKey = (typeof captureKeys)[number]
export const digitalAlternativePolicies = ['off', 'inform', 'confirm'] as const
export type DigitalAlternativePolicy = (typeof digitalAlternativePolicies)[number]

export interface CirculationSettingsTable {
  organisation_id: string
  supplies_ibl: Generated<boolean>
  window_days: Generated<number>
  floating_collections: TextArray
  hold_shelf_days: Generated<number>
  hold_expiry_days: Generated<number>
  capture_order: ColumnType<CaptureKey[], CaptureKey[] | undefined, CaptureKey[]>
  digital_alternative: Generated<DigitalAlternativePolicy>
  national_ibl: Generated<boolean>
  max_owed_cents: Generated<number>
  updated_at: Generated<Date>
}

export interface CirculationRuleTable {
  id: Generated<number>
  organisation_id: string
  patron_category: string | null
  format: RecordFormat | null
  collection: string | null
  loan_days: number
  renewals: number
  max_loans: number
  max_holds: number
  holdable: Generated<boolean>
  travels: Generated<boolean>
  hold_fee_local_cents: Generated<number>
  hold_fee_provincial_cents: Generated<number>
  hold_fee_national_cents: Generated<number>
  overdue_fine_cents_per_day: Generated<number>
  max_overdue_fine_cents: Generated<number>
  lost_item_charge_cents: number | null
  updated_at: Generated<Date>
}

export type LoanChannel = 'desk' | 'self_service'

export interface LoanTable {
  id: Generated<number>
  item_id: number
  patron_id: number | null
  patron_organisation_id: string
  location_id: string
  hold_id: number | null
  channel: LoanChannel
  staff_user_id: number | null
  checked_out_at: Date
  due_on: string
  renewals: Generated<number>
  last_renewed_at: Date | null
  returned_at: Date | null
  return_location_id: string | null
  closed_as: 'returned' | 'lost' | null
  overdue_notified_on: string | null
}

export type FeeKind = 'overdue' | 'lost' | 'hold_local' | 'hold_provincial' | 'hold_national' | 'damage' | 'other'

export interface FeeTable {
  id: Generated<number>
  organisation_id: string
  patron_id: number
  kind: FeeKind
  amount_cents: number
  loan_id: number | null
  hold_id: number | null
  item_id: number | null
  note: string | null
  charged_at: Date
  charged_by_staff_user_id: number | null
}

export interface FeePaymentTable {
  id: Generated<number>
  fee_id: number
  kind: 'payment' | 'waiver'
  amount_cents: number
  reason: string | null
  staff_user_id: number | null
  at: Date
}

export type CirculationSettingsRow = Selectable<CirculationSettingsTable>
export type CirculationRuleRow = Selectable<CirculationRuleTable>
export type LoanRow = Selectable<LoanTable>
export type FeeRow = Selectable<FeeTable>
