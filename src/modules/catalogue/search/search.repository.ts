import { type RawBuilder, type Selectable, sql } from 'kysely'
import type { Executor } from '../../../db/database.js'
import { prepared } from '../../../db/prepared.js'
import { gone } from '../availability.repository.js'
import type { RecordTable } from '../catalogue.tables.js'
import { recordColumnsToSelect } from '../record.repository.js'
import type { ShelfCopies, WindowValues } from './search-window.js'

export type SearchSort = 'relevance' | 'newest' | 'title' | 'author'

export interface SearchFilters {
  format?: string[] | undefined
  language?: string | undefined
  audience?: string | undefined
  fiction?: boolean | undefined
  yearFrom?: number | undefined
  yearTo?: number | undefined
  availableAt?: string | undefined
  availableIn?: string | undefined
}

/**
 * What to match: a text query (tsquery text for naober_dutch), an exact ISBN or record ids, or
 * everything. `oneWord`: the text query is a single word, the kind that matches thousands of records
 * (see firstOf).
 */
export type Match = { tsquery: string; oneWord?: boolean } | { isbn: string } | { ids: number[] } | { sql: RawBuilder<boolean> } | null

/**
 * How many matches a relevance search ranks. Ranking reads every match's text vector, and a word
 * such as "molen" matches tens of thousands of records at a million: ranking (and counting, and
 * faceting) all of them is what made a search slow. So the search ranks the first matches the index
 * gives, pages through them, counts facets over them and estimates the total beyond them.
 *
 * 200 (ten pages of 20), not 500: every window row costs the server its heap read, its rank and
 * its shelf copies, and with 200 a query whose titles alone fill the window skips the pass over all
 * its matches. On 1,000,724 records the bench's 13 queries cost the server 8.4 ms a search on
 * average instead of 12.0 (300: 9.5), per query kind 15–40 % less (CPU of the backend, the two
 * windows alternating call by call). Facets over 200 hits still describe ten pages; Koha counts
 * its facets over 20 records by default (maxRecordsForFacets).
 */
export const rankWindow = 200

function condition(match: Match, filters: SearchFilters): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = []
  if (match && 'tsquery' in match) parts.push(sql`r.search @@ to_tsquery('naober_dutch', ${match.tsquery})`)
  if (match && 'isbn' in match) parts.push(sql`r.isbns @> array[${match.isbn}]::text[]`)
  if (match && 'ids' in match) parts.push(sql`r.id = any(${match.ids}::int[])`)
  if (match && 'sql' in match) parts.push(match.sql)
  if (filters.format?.length) parts.push(sql`r.format = any(${filters.format}::text[])`)
  if (filters.language) parts.push(sql`r.language = ${filters.language}`)
  if (filters.audience) parts.push(sql`r.audience = ${filters.audience}`)
  if (filters.fiction !== undefined) parts.push(sql`r.fiction = ${filters.fiction}`)
  if (filters.yearFrom) parts.push(sql`r.year >= ${filters.yearFrom}`)
  if (filters.yearTo) parts.push(sql`r.year <= ${filters.yearTo}`)
  if (filters.availableAt)
    parts.push(
      sql`exists (select 1 from items i where i.record_id = r.id and i.status = 'available' and i.current_location_id = ${filters.availableAt})`,
    )
  if (filters.availableIn)
    parts.push(sql`exists (select 1 from items i join locations l on l.id = i.current_location_id
      where i.record_id = r.id and i.status = 'available' and l.organisation_id = ${filters.availableIn})`)
  return parts.length ? sql<boolean>`${sql.join(parts, sql` and `)}` : sql<boolean>`true`
}

function rank(match: Match): RawBuilder<number> {
  return match && 'tsquery' in match
    ? sql<number>`ts_rank_cd(r.search, to_tsquery('naober_dutch', ${match.tsquery}))`
    : sql<number>`0::real`
}

const orderings: Record<SearchSort, RawBuilder<unknown>> = {
  relevance: sql`rank desc, r.year desc nulls last, r.id`,
  newest: sql`r.year desc nulls last, r.id desc`,
  title: sql`lower(r.title), r.id`,
  author: sql`lower(r.authors[1]) nulls last, lower(r.title), r.id`,
}

export async function searchRecordIds(db: Executor, match: Match, filters: SearchFilters, sort: SearchSort, offset: number, limit: number) {
  const { rows } = await sql<{ id: number; rank: number; total: number }>`select r.id, ${rank(match)} as rank, count(*) over () as total
    from records r where ${condition(match, filters)}
    order by ${orderings[sort]} limit ${limit} offset ${offset}`.execute(db)
  const first = rows[0]
  if (first || (offset === 0 && limit > 0)) return { ids: rows.map((r) => r.id), total: first?.total ?? 0 }
  // A page past the end (or no records asked for): count separately.
  const { rows: count } = await sql<{ n: number }>`select count(*) as n from records r where ${condition(match, filters)}`.execute(db)
  return { ids: [], total: count[0]?.n ?? 0 }
}

/** Where availability is shown for: a location and its organisation (either may be unknown). */
export interface Place {
  locationId: string | null
  organisationId: string | null
}

/** A search's window and its page, as one statement returns them. */
export interface SearchPage {
  /** matches read: at most one more than the window, so more than it means the window is not all */
  found: number
  /** when the matches go beyond the window: the planner's estimate of how many there are */
  estimate: number | null
  /** the page's records, in the window's order */
  records: (RecordRow & { availability: PageAvailability })[]
  /** the window's facet values, column by column */
  window: WindowValues
  /** the window's copies on the shelf */
  shelves: ShelfCopies
}

type RecordRow = Omit<Selectable<RecordTable>, 'created_at' | 'updated_at'>

export interface PageAvailability {
  copies: number
  available: number
  at_location: number
  in_organisation: number
}

/** The window's order: the sort asked for, over the columns the window carries. */
const windowOrderings: Record<SearchSort, RawBuilder<unknown>> = {
  relevance: sql`rank desc, year desc nulls last, id`,
  newest: sql`year desc nulls last, id desc`,
  title: sql`title_key, id`,
  author: sql`author_key nulls last, title_key, id`,
}

/**
 * The first matches as the sort wants them and the window (see rankWindow), then the page's records
 * with their availability and where the window's copies are on the shelf, and for matches beyond the
 * window the planner's estimate of how many there are. For relevance the window holds the records
 * matching in their title and, unless those alone fill it, the first others the index finds, ranked;
 * for the other sorts the first `size` in that order.
 *
 * The window's statement is planned for its words at every call (a plan made once for all words
 * cannot know how common a word is, and cost a third more of the server's CPU); what follows from
 * the window's ids does not depend on the words, and is planned once per connection. Planned as one
 * statement with the window, that half was 0.5–0.85 ms of every search's 1–1.5 ms of planning, and
 * the server's CPU a search 7.4 → 6.3 ms over the bench's queries (old and new alternating).
 */
export async function searchPage(
  db: Executor,
  match: Match,
  filters: SearchFilters,
  sort: SearchSort,
  size: number,
  page: { offset: number; limit: number },
  place: Place,
): Promise<SearchPage> {
  const { rows } = await sql<{
    found: number
    window: WindowValues
  }>`with found as materialized (${firstMatches(match, filters, sort, size)}),
    window_hits as (select * from (select f.*, row_number() over (order by ${windowOrderings[sort]}) as position from found f) n
      where position <= ${size})
    select (select count(*) from found)::int as found, (${windowValues}) as window`.execute(db)
  const [row] = rows
  if (!row) throw new Error('a search statement returns one row')
  const { found, window } = row
  if (window.id.length === 0) return { found, estimate: null, window, records: [], shelves: { record: [], location: [], organisation: [] } }
  const pageIds = window.id.slice(page.offset, page.offset + page.limit)
  // sorted, the window's ids reach the items index as one scan that walks its keys in order
  const windowIds = [...Int32Array.from(window.id).sort()]
  // The page and, for matches beyond the window, their estimate: on one connection, so that the
  // two statements leave in one write and come back in one read (see pipelined-driver.ts).
  const [[shown], estimate] = await db
    .connection()
    .execute((connection) =>
      Promise.all([
        pageAndShelves(connection, pageIds, windowIds, place.locationId, place.organisationId),
        found > size ? estimateMatches(connection, match, filters) : null,
      ]),
    )
  if (!shown) throw new Error('a search statement returns one row')
  return { found, estimate, window, records: shown.records ?? [], shelves: shown.shelves }
}

/** The found matches, one more than the window, with what ordering and facets need. */
function firstMatches(match: Match, filters: SearchFilters, sort: SearchSort, size: number): RawBuilder<unknown> {
  // only relevance orders by rank: the other sorts need not score the window's records
  const score = sort === 'relevance' ? rank(match) : sql<number>`0::real`
  const columns = sql`r.id, ${score} as rank, r.year, r.format, trim(r.language) as language, r.audience, r.fiction,
    ${sortKeys(sort)}`
  if (sort === 'relevance' && match && 'tsquery' in match) {
    // The records with the words in their title first (see the title_search migration). Reading a
    // common word's matches from the text index is most of a search's cost, so the second pass over
    // all matches only runs when the titles leave room in the window (a one-time filter in the plan).
    const n = size + 1
    const inTitle = condition({ sql: sql<boolean>`r.title_search @@ to_tsquery('naober_dutch', ${match.tsquery})` }, filters)
    const others = sql<boolean>`${condition(match, filters)} and (select count(*) from titled) < ${n}`
    const first = match.oneWord ? firstOf : firstOfAll
    return sql`with ${first('titled', columns, inTitle, n)}, ${first('others', columns, others, n)}
      select * from titled union select * from others
      order by rank desc, year desc nulls last, id limit ${n}`
  }
  const order = sort === 'relevance' ? sql`` : sql`order by ${orderings[sort]}`
  return sql`select ${columns} from records r where ${condition(match, filters)} ${order} limit ${size + 1}`
}

/**
 * Two CTEs, `name` and `name_sample`: the first n records matching, from the sample of a tenth of
 * the catalogue that has text indexes of its own (see the records_search_sample migration) when it
 * holds n of them, else from all records. GIN hands over every match of a word before the first is
 * read: 47,767 for "oorlog", whose bitmap cost 8 ms of the server's CPU to build and sort where the
 * sample's cost a tenth; the full pass runs only for words too rare to fill the window from the sample.
 * Only a query of one word tries the sample: several words together rarely fill it, and the wasted
 * pass and the longer plan cost such a query 2.5–3.5 ms more (koken drenthe, a phrase, titel + auteur).
 */
function firstOf(name: string, columns: RawBuilder<unknown>, where: RawBuilder<boolean>, n: number): RawBuilder<unknown> {
  const sample = sql.id(`${name}_sample`)
  // the sample's index predicate, literally, so that the planner can use its indexes
  return sql`${sample} as (select ${columns} from records r where ${where} and r.id % 10 = 0 limit ${n}),
    ${sql.id(name)} as (select * from ${sample} where (select count(*) from ${sample}) >= ${n}
      union all (select ${columns} from records r where ${where} and (select count(*) from ${sample}) < ${n} limit ${n}))`
}

/** The CTE `name`: the first n records matching, from all records. */
function firstOfAll(name: string, columns: RawBuilder<unknown>, where: RawBuilder<boolean>, n: number): RawBuilder<unknown> {
  return sql`${sql.id(name)} as (select ${columns} from records r where ${where} limit ${n})`
}

/** The title and author keys, only for the sorts that order by them: lowering a window of 500 of each cost about 1 ms. */
function sortKeys(sort: SearchSort): RawBuilder<unknown> {
  const title = sort === 'title' || sort === 'author' ? sql`lower(r.title)` : sql`null::text`
  const author = sort === 'author' ? sql`lower(r.authors[1])` : sql`null::text`
  return sql`${title} as title_key, ${author} as author_key`
}

/** A JSON array of a column's values over the rows aggregated, empty (not null) when there are none. */
const jsonArray = (column: RawBuilder<unknown>) => sql`coalesce(json_agg(${column}), '[]')`

/** The window's facet values as arrays (counted by windowFacets). */
const windowValues = sql`select json_build_object('id', ${jsonArray(sql`id order by position`)}, 'format', ${jsonArray(sql`format`)},
    'language', ${jsonArray(sql`language`)}, 'audience', ${jsonArray(sql`audience`)}, 'fiction', ${jsonArray(sql`fiction`)},
    'year', ${jsonArray(sql`year`)})
  from window_hits`

/** The page's records in the window's order, each with its copies: all, on the shelf, here, in the organisation. */
const pageRecords = sql`select json_agg(p order by p.position) from (
    select page.position, ${sql.join(recordColumnsToSelect.map((c) => sql.ref(`r.${c}`)))},
      json_build_object('copies', coalesce(a.copies, 0), 'available', coalesce(a.available, 0),
        'at_location', coalesce(a.at_location, 0), 'in_organisation', coalesce(a.in_organisation, 0)) as availability
    from page join records r on r.id = page.id
    left join lateral (select count(*)::int as copies,
        count(*) filter (where i.status = 'available')::int as available,
        count(*) filter (where i.status = 'available' and i.current_location_id = place.location_id)::int as at_location,
        count(*) filter (where i.status = 'available' and l.organisation_id = place.organisation_id)::int as in_organisation
      from items i join locations l on l.id = i.current_location_id, place
      where i.record_id = r.id and i.status not in (${sql.join(gone.map((status) => sql.lit(status)))})) a on true
  ) p`

/** The copies on the shelf of the records given as a sorted array: one index scan that walks the keys in order. */
const shelfCopies = (recordIds: number[]) => sql`select json_build_object('record', ${jsonArray(sql`i.record_id`)},
    'location', ${jsonArray(sql`i.current_location_id`)}, 'organisation', ${jsonArray(sql`l.organisation_id`)})
  from items i join locations l on l.id = i.current_location_id
  where i.record_id = any(${recordIds}::int[]) and i.status = 'available'`

/**
 * The page's records in window order, each with its copies (all, on the shelf, here, in the
 * organisation), and the window's copies on the shelf with their location and its organisation
 * (counted by windowFacets). Planned once per connection: nothing in it depends on the words.
 */
const pageAndShelves = prepared(
  (_db: Executor, pageIds: number[], windowIds: number[], locationId: string | null, organisationId: string | null) =>
    sql<{ records: SearchPage['records'] | null; shelves: ShelfCopies }>`with page as (
      select id, position from unnest(${pageIds}::int[]) with ordinality as p(id, position)),
    place as (select ${locationId}::text as location_id,
      coalesce((select organisation_id from locations where id = ${locationId}::text), ${organisationId}::text) as organisation_id)
    select (${pageRecords}) as records, (${shelfCopies(windowIds)}) as shelves`,
)

/** The planner's estimate of how many records match: what a search shows as the total beyond its window. */
async function estimateMatches(db: Executor, match: Match, filters: SearchFilters): Promise<number> {
  const { rows } = await sql<{
    'QUERY PLAN': unknown
  }>`explain (format json) select 1 from records r where ${condition(match, filters)}`.execute(db)
  const plan = rows[0]?.['QUERY PLAN']
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan: { 'Plan Rows': number } }[]
  return Math.round(parsed[0]?.Plan['Plan Rows'] ?? 0)
}

export function recordIdsByBarcode(db: Executor, barcode: string) {
  return db.selectFrom('items').select('record_id').where('barcode', '=', barcode).execute()
}

/**
 * For each word: the catalogue's closest words (by trigram similarity, then the most used), or none
 * when the catalogue knows the word itself. One statement for all words: a query that found nothing
 * waits for each round trip (a misspelt query took five in a row).
 */
export async function correctionCandidates(db: Executor, words: string[]) {
  const { rows } = await sql<{ word: string; candidates: { term: string; records: number }[] | null }>`select w.word,
      case when known.term is null then (select coalesce(json_agg(c), '[]') from (select term, records from catalogue_terms
        where term % w.word order by similarity(term, w.word) desc, records desc limit 10) c) end as candidates
    from unnest(${words}::text[]) with ordinality as w(word, n)
    left join catalogue_terms known on known.term = w.word
    order by w.n`.execute(db)
  return rows
}
