import type { Generated, Selectable } from 'kysely'

export type PatronAccessAction = 'read' | 'search' | 'create' | 'update' | 'erase'
export type Language = 'nl' | 'en'

export interface PatronCategoryTable {
  code: string
  name_nl: string
  name_en: string
  min_age: number | null
  max_age: number | null
}

export interface PatronTable {
  id: Generated<number>
  organisation_id: string
  card_number: string
  pin_hash: string
  first_name: string
  last_name: string
  birth_year: number
  municipality_code: string | null
  home_location_id: string
  category: string
  email: string | null
  phone: string | null
  street_address: string | null
  postcode: string | null
  town: string | null
  preferred_language: Generated<Language>
  extra_loans: Generated<number>
  extra_loan_days: Generated<number>
  accommodation_note: string | null
  blocked_reason: string | null
  blocked_at: Date | null
  keep_history: Generated<boolean>
  expires_on: string | null
  erased_at: Date | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface PatronAccessLogTable {
  id: Generated<number>
  staff_user_id: number
  patron_id: number
  action: PatronAccessAction
  /** what was read or changed, e.g. 'accommodations' or 'blocked: …' */
  detail: string | null
  /** the desk the staff user worked at */
  location_id: string | null
  at: Generated<Date>
}

export interface PatronCardSeriesTable {
  organisation_id: string
  prefix: number
  next_serial: Generated<number>
}

export type PatronCategoryRow = Selectable<PatronCategoryTable>
export type PatronRow = Selectable<PatronTable>
export type PatronAccessLogRow = Selectable<PatronAccessLogTable>
