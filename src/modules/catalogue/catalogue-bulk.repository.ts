import { type RawBuilder, sql } from 'kysely'
import type { Executor } from '../../db/database.js'
import { executeStatement, type Last } from '../../db/prepared.js'
import type { RecordFields } from './record-fields.js'

/**
 * Writes many records, works and items in one statement each: a batch travels as one JSON
 * parameter and json_to_recordset turns it into rows (JSON arrays become text[]). The MARC
 * import and the demo generator both write through here. Plain json, not jsonb: the text is read
 * once, straight into rows, where jsonb first builds its own binary copy of it. The server's CPU
 * for an import batch of 500 records and 995 copies, 18 runs each alternating: 48.9 ms with jsonb,
 * 44.4 ms with json.
 */

export interface BulkRecord extends RecordFields {
  id: number
  workId: number | null
}

export interface BulkItem {
  barcode: string
  recordId: number
  organisationId: string
  homeLocationId: string
  shelfCode: string | null
  collection: string
  priceCents: number | null
  acquiredOn: string | null
  status?: string
}

/**
 * The next record id. The sequence is looked up once per statement (a sub-select), not for every
 * row: pg_get_serial_sequence reads pg_depend at each call. Ids for an import batch of 500 records:
 * 2.2-2.9 ms with a look-up for each (EXPLAIN ANALYZE), 0.3-0.6 ms with one; the server's CPU for
 * the batch's ids, best of 25: 3.6-4.2 ms against 2.4-2.8 ms.
 */
const nextRecordId = sql`nextval((select pg_get_serial_sequence('records', 'id')::regclass))::int`

/** Reserves record ids up front, so the items of a batch can point at records written with them. */
export async function allocateRecordIds(db: Executor, count: number): Promise<number[]> {
  if (count === 0) return []
  const { rows } = await sql<{ id: number }>`select ${nextRecordId} as id from generate_series(1, ${count})`.execute(db)
  return rows.map((r) => r.id)
}

const recordRowType = sql`r(n int, id int, work_id int, control_number text, title text, subtitle text, authors text[], isbns text[],
  publisher text, year smallint, language text, format text, audience text, fiction boolean, subjects text[], series text,
  series_number text, online_url text)`

/** A record as a row of the JSON parameter; `n` is its place in the batch, by which its copies name it. */
const recordJson = (r: RecordFields, id: number | null, workId: number | null, n: number) => ({
  n,
  id,
  work_id: workId,
  control_number: r.controlNumber,
  title: r.title,
  subtitle: r.subtitle,
  authors: r.authors,
  isbns: r.isbns,
  publisher: r.publisher,
  year: r.year,
  language: r.language,
  format: r.format,
  audience: r.audience,
  fiction: r.fiction,
  subjects: r.subjects,
  series: r.series,
  series_number: r.seriesNumber,
  online_url: r.onlineUrl,
})

export async function insertRecords(db: Executor, records: BulkRecord[]): Promise<void> {
  if (records.length === 0) return
  await sql`insert into records (id, work_id, control_number, title, subtitle, authors, isbns, publisher, year, language,
      format, audience, fiction, subjects, series, series_number, online_url)
    overriding system value
    select id, work_id, control_number, title, subtitle, authors, isbns, publisher, year, language, format, audience, fiction,
      subjects, series, series_number, online_url
    from json_to_recordset(${JSON.stringify(records.map((r, n) => recordJson(r, r.id, r.workId, n)))}::json) as ${recordRowType}`.execute(
    db,
  )
}

/**
 * The work id of each key, creating the works that do not exist yet. Known works are read, not
 * written again: an upsert's `do update` would leave a dead row behind for every known work.
 */
export async function upsertWorks(
  db: Executor,
  works: { key: string; title: string; author: string | null }[],
): Promise<Map<string, number>> {
  if (works.length === 0) return new Map()
  // in the order of their keys: two imports (or two batches of one) creating the same works wait for
  // each other's lock in one order, never each for the other's (a deadlock)
  const unique = [...new Map(works.map((w) => [w.key, w])).values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const { rows } = await sql<{ id: number; key: string }>`with input as (
      select key, title, author from json_to_recordset(${JSON.stringify(unique)}::json) as w(key text, title text, author text)
    ), created as (
      insert into works (key, title, author) select key, title, author from input on conflict (key) do nothing returning id, key
    )
    select id, key from created union all select w.id, w.key from works w join input on input.key = w.key`.execute(db)
  const ids = new Map(rows.map((r) => [r.key, r.id]))
  // a work another transaction created meanwhile is not in this statement's snapshot: read it now
  const missing = unique.map((w) => w.key).filter((key) => !ids.has(key))
  if (missing.length) {
    const late = await sql<{ id: number; key: string }>`select id, key from works where key = any(${missing}::text[])`.execute(db)
    for (const r of late.rows) ids.set(r.key, r.id)
  }
  return ids
}

const itemRowType = sql`i(barcode text, record_id int, organisation_id text, home_location_id text, shelf_code text,
  collection text, price_cents int, acquired_on date, status text)`

const itemJson = (i: Omit<BulkItem, 'recordId'>) => ({
  barcode: i.barcode,
  organisation_id: i.organisationId,
  home_location_id: i.homeLocationId,
  shelf_code: i.shelfCode,
  collection: i.collection,
  price_cents: i.priceCents,
  acquired_on: i.acquiredOn,
  status: i.status ?? 'available',
})

const itemsAsJson = (items: BulkItem[]) => JSON.stringify(items.map((i) => Object.assign(itemJson(i), { record_id: i.recordId })))

/**
 * Inserts new copies (barcodes the caller knows to be free). A plain insert: an upsert's conflict
 * check costs every row a quarter more, and a batch of an import is mostly new copies.
 */
export async function insertItems(db: Executor, items: BulkItem[]): Promise<void> {
  if (items.length === 0) return
  await sql`insert into items (barcode, record_id, organisation_id, home_location_id, current_location_id, shelf_code,
      collection, price_cents, acquired_on, status)
    select barcode, record_id, organisation_id, home_location_id, home_location_id, shelf_code, collection, price_cents,
      coalesce(acquired_on, current_date), status
    from json_to_recordset(${itemsAsJson(items)}::json) as ${itemRowType}`.execute(db)
}

/** A record of an import: `id` null for a new one. */
export interface ImportedRecord {
  fields: RecordFields
  id: number | null
  workId: number | null
}

/** A copy of an import, naming its record by its place in the batch; `known` when its barcode exists already. */
export interface ImportedItem extends Omit<BulkItem, 'recordId'> {
  recordIndex: number
  known: boolean
}

const importedItemRowType = sql`i(record_n int, known boolean, barcode text, organisation_id text, home_location_id text,
  shelf_code text, collection text, price_cents int, acquired_on date, status text)`

/**
 * Writes a batch of an import in one statement, so that the database does not wait for the next
 * one between them: the new records get their ids here, the known ones are updated; new copies
 * are inserted and known barcodes updated (their record, home, shelf and price; not where they are
 * now); the words of the new records go into the "did you mean" dictionary. The copies' record
 * references are checked at the end of the statement, when the new records are there.
 * With `thenCommit` COMMIT is sent right behind it (see pipelined-driver.ts).
 */
export async function writeImportBatch(db: Executor, records: ImportedRecord[], items: ImportedItem[], last: Last): Promise<void> {
  const recordRows = JSON.stringify(records.map((r, n) => recordJson(r.fields, r.id, r.workId, n)))
  const itemRows = JSON.stringify(items.map((i) => Object.assign(itemJson(i), { record_n: i.recordIndex, known: i.known })))
  const statement = sql`with r as (
      select * from json_to_recordset(${recordRows}::json) as ${recordRowType}
    ), ids as materialized (
      select n, coalesce(id, ${nextRecordId}) as id, id is null as new from r
    ), new_records as (
      insert into records (id, work_id, control_number, title, subtitle, authors, isbns, publisher, year, language, format,
        audience, fiction, subjects, series, series_number, online_url)
      overriding system value
      select ids.id, work_id, control_number, title, subtitle, authors, isbns, publisher, year, language, format, audience,
        fiction, subjects, series, series_number, online_url
      from r join ids using (n) where ids.new
    ), known_records as (
      update records set work_id = coalesce(r.work_id, records.work_id), control_number = coalesce(r.control_number,
        records.control_number), title = r.title, subtitle = r.subtitle, authors = r.authors, isbns = r.isbns,
        publisher = r.publisher, year = r.year, language = r.language, format = r.format, audience = r.audience,
        fiction = r.fiction, subjects = r.subjects, series = r.series, series_number = r.series_number,
        online_url = r.online_url, updated_at = now()
      from r where records.id = r.id
    ), i as (
      select ids.id as record_id, i.* from json_to_recordset(${itemRows}::json) as ${importedItemRowType}
        join ids on ids.n = i.record_n
    ), new_items as (
      insert into items (barcode, record_id, organisation_id, home_location_id, current_location_id, shelf_code,
        collection, price_cents, acquired_on, status)
      select barcode, record_id, organisation_id, home_location_id, home_location_id, shelf_code, collection, price_cents,
        coalesce(acquired_on, current_date), status
      from i where not known
    ), known_items as (
      update items set record_id = i.record_id, home_location_id = i.home_location_id, shelf_code = i.shelf_code,
        price_cents = i.price_cents, updated_at = now()
      from i where i.known and items.barcode = i.barcode
    ), new_terms as (${addWords(wordCounts(sql`r`, sql`r.id is null`))})
    select`
  await executeStatement(db, statement, last)
}

/**
 * The "did you mean" dictionary's rows for some records (`r`, with their title, subtitle, authors,
 * subjects and series): each word, and how many of the records have it. In the words' order: two
 * transactions counting in the same common words lock their rows in one order, so the later one
 * waits for the earlier instead of each waiting for the other (a deadlock).
 */
const wordCounts = (records: RawBuilder<unknown>, where: RawBuilder<boolean>) => sql`select w, count(*) from ${records}
    cross join lateral catalogue_words(r.title, r.subtitle, r.authors, r.subjects, r.series) as w
  where ${where} group by w order by w`

/** Counts these words in on top of the dictionary's own. */
const addWords = (words: RawBuilder<unknown>) => sql`insert into catalogue_terms (term, records) ${words}
  on conflict (term) do update set records = catalogue_terms.records + excluded.records`

/** Adds the words of these records to the "did you mean" dictionary. */
export async function addTerms(db: Executor, recordIds: number[]): Promise<void> {
  if (recordIds.length === 0) return
  await addWords(wordCounts(sql`records r`, sql`r.id = any(${recordIds}::int[])`)).execute(db)
}

/** Rebuilds the dictionary from the whole catalogue (after a bulk load). */
export async function refreshTerms(db: Executor): Promise<void> {
  await sql`delete from catalogue_terms`.execute(db)
  await sql`insert into catalogue_terms (term, records) ${wordCounts(sql`records r`, sql`true`)}`.execute(db)
}

/** Merges the text indexes' pending entries (GIN fast update) into the indexes, as autovacuum would later. */
export async function flushSearchIndex(db: Executor): Promise<void> {
  await sql`select gin_clean_pending_list('records_search_idx'::regclass), gin_clean_pending_list('records_title_search_idx'::regclass),
    gin_clean_pending_list('records_search_sample_idx'::regclass), gin_clean_pending_list('records_title_search_sample_idx'::regclass)`.execute(
    db,
  )
}
