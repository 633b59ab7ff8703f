import type { Selectable } from 'kysely'
import type { CatalogueRecord, Item } from './catalogue.schema.js'
import type { ItemTable, RecordTable } from './catalogue.tables.js'

export const toRecord = (row: Omit<Selectable<RecordTable>, 'created_at' | 'updated_at'>): CatalogueRecord => ({
  id: row.id,
  workId: row.work_id,
  controlNumber: row.control_number,
  title: row.title,
  subtitle: row.subtitle,
  authors: row.authors,
  isbns: row.isbns,
  publisher: row.publisher,
  year: row.year,
  language: row.language.trim(),
  format: row.format,
  audience: row.audience,
  fiction: row.fiction,
  subjects: row.subjects,
  series: row.series,
  seriesNumber: row.series_number,
  onlineUrl: row.online_url,
})

export const toItem = (row: Selectable<ItemTable>): Item => ({
  id: row.id,
  barcode: row.barcode,
  recordId: row.record_id,
  organisationId: row.organisation_id,
  homeLocationId: row.home_location_id,
  currentLocationId: row.current_location_id,
  shelfCode: row.shelf_code,
  collection: row.collection,
  status: row.status,
  acquiredOn: row.acquired_on,
  priceCents: row.price_cents,
})
