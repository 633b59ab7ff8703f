import type { Executor } from '../../../db/database.js'
import type { Actor } from '../../access/actor.js'
import { findLocation } from '../../network/network.repository.js'
import { availabilitySummary } from '../availability.repository.js'
import { toRecord } from '../catalogue.mapping.js'
import { findRecords } from '../record.repository.js'
import { bestCorrection } from './did-you-mean.js'
import * as repo from './search.repository.js'
import type { SearchRequest, SearchResult } from './search.schema.js'
import { foldWord, type ParsedQuery, parseSearchQuery, replaceWords, toTsquery, wordsOf } from './search-query.js'
import { rankWindowHits, windowFacets } from './search-window.js'

const barcodeLike = /^(?=.*[0-9])[0-9A-Za-z-]{4,32}$/

/**
 * One search over the whole network's catalogue. An ISBN or a barcode answers exactly; words are
 * matched with Dutch stemming and accent folding; a query that finds nothing is corrected word by
 * word against the catalogue's own words and the correction searched instead ("did you mean").
 */
export async function searchCatalogue(db: Executor, actor: Actor, request: SearchRequest): Promise<SearchResult> {
  const query = request.q?.trim() ?? ''
  const parsed = parseSearchQuery(query)
  const exactBarcode = parsed.kind === 'text' && barcodeLike.test(query) ? await repo.recordIdsByBarcode(db, query) : []
  const match: repo.Match = exactBarcode.length ? { ids: exactBarcode.map((r) => r.record_id) } : toMatch(parsed)
  let result = await run(db, match, request)
  let searchedFor = query
  let didYouMean: string | null = null
  if (result.window.length === 0 && parsed.kind === 'text') {
    const corrected = await correct(db, query)
    if (corrected) {
      didYouMean = corrected
      const retry = await run(db, toMatch(parseSearchQuery(corrected)), request)
      if (retry.window.length > 0) {
        result = retry
        searchedFor = corrected
      }
    }
  }
  // what is left are independent queries: run side by side, a search waits for the slowest, not for their sum
  const [records, availability, available, total] = await Promise.all([
    findRecords(db, result.ids),
    whereTheMemberIs(db, actor, request.location).then((where) =>
      availabilitySummary(db, result.ids, where.locationId, where.organisationId),
    ),
    repo.availableFacets(
      db,
      result.window.map((h) => h.id),
    ),
    totalOf(db, result, request),
  ])
  const byId = new Map(records.map((r) => [r.id, r]))
  return {
    query,
    searchedFor,
    didYouMean,
    exact: exactBarcode.length ? 'barcode' : parsed.kind === 'isbn' ? 'isbn' : null,
    total,
    totalExact: result.totalExact,
    page: request.page,
    pageSize: request.pageSize,
    sort: request.sort ?? 'relevance',
    hits: result.ids.flatMap((id) => {
      const row = byId.get(id)
      if (!row) return []
      const a = availability.get(id)
      return [
        {
          record: toRecord(row),
          availability: {
            copies: a?.copies ?? 0,
            atLocation: a?.at_location ?? 0,
            inOrganisation: a?.in_organisation ?? 0,
            inProvince: a?.available ?? 0,
          },
        },
      ]
    }),
    facets: windowFacets(result.window, available),
    facetsCounted: result.window.length,
  }
}

function toMatch(parsed: ParsedQuery): repo.Match {
  switch (parsed.kind) {
    case 'isbn':
      return { isbn: parsed.isbn }
    case 'text':
      return { tsquery: toTsquery(parsed.parts) }
    case 'empty':
      return null
  }
}

/**
 * The window of matches (see rankWindow) and the page out of it. Relevance pages past the window are
 * empty.
 */
async function run(db: Executor, match: repo.Match, request: SearchRequest) {
  const sort = request.sort ?? (match && 'tsquery' in match ? 'relevance' : 'newest')
  const offset = (request.page - 1) * request.pageSize
  // the other sorts are exact in SQL, so their window can reach as deep as the page asked for
  const size = sort === 'relevance' ? repo.rankWindow : Math.max(repo.rankWindow, offset + request.pageSize)
  const found = await repo.searchWindow(db, match, request, sort, size)
  const window = found.slice(0, size)
  const ordered = sort === 'relevance' ? rankWindowHits(window) : window
  return {
    match,
    window,
    found: found.length,
    totalExact: found.length <= size,
    ids: ordered.slice(offset, offset + request.pageSize).map((h) => h.id),
  }
}

/** How many records match: exact when the window holds every match, else the planner's estimate. */
function totalOf(db: Executor, result: Awaited<ReturnType<typeof run>>, request: SearchRequest): Promise<number> {
  if (result.totalExact) return Promise.resolve(result.window.length)
  return repo.estimateMatches(db, result.match, request).then((estimate) => Math.max(result.found, estimate))
}

/** Replaces each word the catalogue does not know by its closest known word; null when nothing changes. */
async function correct(db: Executor, query: string): Promise<string | null> {
  const words = [...new Set(wordsOf(query).map(foldWord))].filter((w) => w.length >= 3 && !/^[0-9]+$/.test(w))
  if (words.length === 0) return null
  const known = new Set((await repo.knownTerms(db, words)).map((r) => r.term))
  const replacements = new Map<string, string>()
  for (const word of words.filter((w) => !known.has(w))) {
    const correction = bestCorrection(word, await repo.similarTerms(db, word))
    if (correction) replacements.set(word, correction)
  }
  return replacements.size ? replaceWords(query, replacements) : null
}

/** The location availability is shown for: the one asked for, else where the staff member works. */
async function whereTheMemberIs(db: Executor, actor: Actor, locationId: string | undefined) {
  const id = locationId ?? (actor.kind === 'staff' ? actor.currentLocationId : null)
  const location = id ? await findLocation(db, id) : undefined
  const organisationId = location?.organisation_id ?? (actor.kind === 'anonymous' ? null : actor.organisationId)
  return { locationId: location?.id ?? null, organisationId }
}
