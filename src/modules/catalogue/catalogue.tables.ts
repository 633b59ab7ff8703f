import type { ColumnType, Generated, Selectable } from 'kysely'

export type RecordFormat = 'book' | 'large_print' | 'ebook' | 'audiobook' | 'dvd' | 'magazine' | 'game' | 'music' | 'other'
export type Audience = 'age_0_5' | 'age_6_11' | 'age_12_17' | 'adult'
export type ItemStatus =
  | 'available'
  | 'on_loan'
  | 'in_transit'
  | 'on_hold_shelf'
  | 'lost'
  | 'missing'
  | 'damaged'
  | 'withdrawn'
  | 'in_processing'

type TextArray = ColumnType<string[], string[] | undefined, string[]>

export interface WorkTable {
  id: Generated<number>
  key: string
  title: string
  author: string | null
}

export interface RecordTable {
  id: Generated<number>
  work_id: number | null
  control_number: string | null
  title: string
  subtitle: string | null
  authors: TextArray
  isbns: TextArray
  publisher: string | null
  year: number | null
  language: Generated<string>
  format: RecordFormat
  audience: Audience
  fiction: boolean
  subjects: TextArray
  series: string | null
  series_number: string | null
  online_url: string | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface ItemTable {
  id: Generated<number>
  barcode: string
  record_id: number
  organisation_id: string
  home_location_id: string
  current_location_id: string
  shelf_code: string | null
  collection: Generated<string>
  status: Generated<ItemStatus>
  status_changed_at: Generated<Date>
  acquired_on: Generated<string>
  price_cents: number | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export type WorkRow = Selectable<WorkTable>
export type RecordRow = Selectable<RecordTable>
export type ItemRow = Selectable<ItemTable>

/** The catalogue's words and how many records use each: the dictionary "did you mean" corrects against. */
export interface CatalogueTermTable {
  term: string
  records: number
}

export type ImportJobStatus = 'queued' | 'running' | 'done' | 'refused' | 'failed'

export interface CatalogueImportJobTable {
  id: Generated<number>
  file_name: string
  format: string | null
  items_field: '952' | '852' | null
  status: Generated<ImportJobStatus>
  bytes_total: Generated<number>
  bytes_read: Generated<number>
  records_read: Generated<number>
  created: Generated<number>
  updated: Generated<number>
  skipped: Generated<number>
  items_created: Generated<number>
  items_updated: Generated<number>
  problems: ColumnType<unknown[], string | undefined, string>
  message: string | null
  created_by: number | null
  created_at: Generated<Date>
  started_at: Date | null
  finished_at: Date | null
}
