import { type RawBuilder, sql } from 'kysely'
import type { Executor } from '../../../db/database.js'

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

/** What to match: a text query (tsquery text for naober_dutch), an exact ISBN or record ids, or everything. */
export type Match = { tsquery: string } | { isbn: string } | { ids: number[] } | { sql: RawBuilder<boolean> } | null

/** How many of the best hits the facets are counted over: exact below it, a sample above (as Koha does). */
export const facetSample = 1000

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

export interface FacetCount {
  facet: string
  value: string
  count: number
}

/** Facet counts over the best hits: format, language, audience, fiction, year, and where a copy is available now. */
export async function facetCounts(db: Executor, match: Match, filters: SearchFilters): Promise<{ counts: FacetCount[]; sampled: number }> {
  const { rows } = await sql<FacetCount & { sampled: number }>`with hits as (
      select r.id, r.format, r.language, r.audience, r.fiction, r.year from records r
      where ${condition(match, filters)} order by ${rank(match)} desc, r.id limit ${facetSample}
    ), available as (
      select distinct i.record_id, i.current_location_id, l.organisation_id from hits h
      join items i on i.record_id = h.id and i.status = 'available' join locations l on l.id = i.current_location_id
    )
    select 'format' as facet, format as value, count(*)::int as count from hits group by format
    union all select 'language', language, count(*) from hits group by language
    union all select 'audience', audience, count(*) from hits group by audience
    union all select 'fiction', fiction::text, count(*) from hits group by fiction
    union all select 'year', year::text, count(*) from hits where year is not null group by year
    union all select 'organisation', organisation_id, count(distinct record_id) from available group by organisation_id
    union all select 'location', current_location_id, count(distinct record_id) from available group by current_location_id
    union all select 'sampled', '', count(*) from hits`.execute(db)
  const sampled = rows.find((r) => r.facet === 'sampled')?.count ?? 0
  return { counts: rows.filter((r) => r.facet !== 'sampled'), sampled }
}

export function recordIdsByBarcode(db: Executor, barcode: string) {
  return db.selectFrom('items').select('record_id').where('barcode', '=', barcode).execute()
}

export function knownTerms(db: Executor, words: string[]) {
  return db.selectFrom('catalogue_terms').select('term').where('term', 'in', words).execute()
}

export async function similarTerms(db: Executor, word: string) {
  const { rows } = await sql<{ term: string; records: number }>`select term, records from catalogue_terms
    where term % ${word} order by similarity(term, ${word}) desc, records desc limit 10`.execute(db)
  return rows
}
