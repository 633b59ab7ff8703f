import { type RawBuilder, sql } from 'kysely'
import type { Executor } from '../../../db/database.js'
import { executePlannedOnce } from '../../../db/prepared.js'

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

/**
 * How many matches a relevance search ranks. Ranking reads every match's text vector, and a word
 * such as "molen" matches tens of thousands of records at a million: ranking (and counting, and
 * faceting) all of them is what made a search slow. So the search ranks the first matches the index
 * gives, pages through them, counts facets over them and estimates the total beyond them.
 */
export const rankWindow = 500

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

/** A match with what the facets and the ordering of a window need, and no more. */
export interface WindowHit {
  id: number
  rank: number
  year: number | null
  format: string
  language: string
  audience: string
  fiction: boolean
}

/**
 * The first matches as the sort wants them: for relevance the records matching in their title and,
 * unless those alone fill the window, the first others the index finds, the best `size` of them (ranked
 * again by the caller); for the other sorts the first `size` in that order. One more than asked is
 * read, so the caller knows whether the window holds every match.
 */
export async function searchWindow(
  db: Executor,
  match: Match,
  filters: SearchFilters,
  sort: SearchSort,
  size: number,
): Promise<WindowHit[]> {
  const columns = sql`r.id, ${rank(match)} as rank, r.year, r.format, trim(r.language) as language, r.audience, r.fiction`
  if (sort === 'relevance' && match && 'tsquery' in match) {
    // The records with the words in their title first (see the title_search migration). Reading a
    // common word's matches from the text index is most of a search's cost, so the second pass over
    // all matches only runs when the titles leave room in the window (a one-time filter in the plan).
    const inTitle = condition({ sql: sql<boolean>`r.title_search @@ to_tsquery('naober_dutch', ${match.tsquery})` }, filters)
    return executePlannedOnce(
      db,
      sql<WindowHit>`with titled as (select ${columns} from records r where ${inTitle} limit ${size + 1})
      select * from titled
      union (select ${columns} from records r where ${condition(match, filters)} and (select count(*) from titled) <= ${size}
        limit ${size + 1})
      order by rank desc, year desc nulls last, id limit ${size + 1}`,
    )
  }
  const order = sort === 'relevance' ? sql`` : sql`order by ${orderings[sort]}`
  return executePlannedOnce(
    db,
    sql<WindowHit>`select ${columns} from records r where ${condition(match, filters)} ${order} limit ${size + 1}`,
  )
}

/** The planner's estimate of how many records match: what a search shows as the total beyond its window. */
export async function estimateMatches(db: Executor, match: Match, filters: SearchFilters): Promise<number> {
  const { rows } = await sql<{
    'QUERY PLAN': unknown
  }>`explain (format json) select 1 from records r where ${condition(match, filters)}`.execute(db)
  const plan = rows[0]?.['QUERY PLAN']
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan: { 'Plan Rows': number } }[]
  return Math.round(parsed[0]?.Plan['Plan Rows'] ?? 0)
}

export interface AvailableFacet {
  facet: 'organisation' | 'location'
  value: string
  count: number
}

/** Per organisation and per location: how many of these records have a copy on the shelf there. */
export async function availableFacets(db: Executor, recordIds: number[]): Promise<AvailableFacet[]> {
  if (recordIds.length === 0) return []
  const { rows } = await sql<{ organisation_id: string | null; location_id: string | null; count: number }>`
    select l.organisation_id, i.current_location_id as location_id, count(distinct i.record_id)::int as count
    from items i join locations l on l.id = i.current_location_id
    where i.record_id = any(${recordIds}::int[]) and i.status = 'available'
    group by grouping sets ((l.organisation_id), (i.current_location_id))`.execute(db)
  return rows.map((r) =>
    r.organisation_id !== null
      ? { facet: 'organisation', value: r.organisation_id, count: r.count }
      : { facet: 'location', value: r.location_id ?? '', count: r.count },
  )
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
