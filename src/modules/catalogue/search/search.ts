import type { Executor } from '../../../db/database.js'
import type { Actor } from '../../access/actor.js'
import { toRecord } from '../catalogue.mapping.js'
import { bestCorrection } from './did-you-mean.js'
import * as repo from './search.repository.js'
import type { SearchRequest, SearchResult } from './search.schema.js'
import { foldWord, type ParsedQuery, parseSearchQuery, replaceWords, toTsquery, wordsOf } from './search-query.js'
import { windowFacets } from './search-window.js'

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
  const place = whereTheMemberIs(actor, request.location)
  let result = await run(db, match, request, place)
  let searchedFor = query
  let didYouMean: string | null = null
  if (result.found === 0 && parsed.kind === 'text') {
    const corrected = await correct(db, query)
    if (corrected) {
      didYouMean = corrected
      const retry = await run(db, toMatch(parseSearchQuery(corrected)), request, place)
      if (retry.found > 0) {
        result = retry
        searchedFor = corrected
      }
    }
  }
  const counted = Math.min(result.found, result.size)
  const totalExact = result.found <= result.size
  return {
    query,
    searchedFor,
    didYouMean,
    exact: exactBarcode.length ? 'barcode' : parsed.kind === 'isbn' ? 'isbn' : null,
    total: totalExact ? counted : Math.max(result.found, result.estimate ?? 0),
    totalExact,
    page: request.page,
    pageSize: request.pageSize,
    sort: request.sort ?? 'relevance',
    hits: result.records.map(({ availability: a, ...row }) => ({
      record: toRecord(row),
      availability: { copies: a.copies, atLocation: a.at_location, inOrganisation: a.in_organisation, inProvince: a.available },
    })),
    facets: windowFacets(result.window, result.shelves),
    facetsCounted: counted,
  }
}

function toMatch(parsed: ParsedQuery): repo.Match {
  switch (parsed.kind) {
    case 'isbn':
      return { isbn: parsed.isbn }
    case 'text':
      return { tsquery: toTsquery(parsed.parts), oneWord: parsed.parts.length === 1 && parsed.parts[0]?.words.length === 1 }
    case 'empty':
      return null
  }
}

/**
 * The window of matches (see rankWindow) and the page out of it, in one statement. Relevance pages
 * past the window are empty; the other sorts are exact in SQL, so their window reaches as deep as
 * the page asked for.
 */
async function run(db: Executor, match: repo.Match, request: SearchRequest, place: repo.Place) {
  const sort = request.sort ?? (match && 'tsquery' in match ? 'relevance' : 'newest')
  const offset = (request.page - 1) * request.pageSize
  const size = sort === 'relevance' ? repo.rankWindow : Math.max(repo.rankWindow, offset + request.pageSize)
  const found = await repo.searchPage(db, match, request, sort, size, { offset, limit: request.pageSize }, place)
  return { ...found, size }
}

/** Replaces each word the catalogue does not know by its closest known word; null when nothing changes. */
async function correct(db: Executor, query: string): Promise<string | null> {
  const words = [...new Set(wordsOf(query).map(foldWord))].filter((w) => w.length >= 3 && !/^[0-9]+$/.test(w))
  if (words.length === 0) return null
  const replacements = new Map<string, string>()
  for (const { word, candidates } of await repo.correctionCandidates(db, words)) {
    const correction = candidates && bestCorrection(word, candidates)
    if (correction) replacements.set(word, correction)
  }
  return replacements.size ? replaceWords(query, replacements) : null
}

/**
 * The location availability is shown for: the one asked for, else where the staff member works; its
 * organisation (the statement looks it up), else the member's or staff member's own.
 */
function whereTheMemberIs(actor: Actor, locationId: string | undefined): repo.Place {
  return {
    locationId: locationId ?? (actor.kind === 'staff' ? actor.currentLocationId : null),
    organisationId: actor.kind === 'anonymous' ? null : actor.organisationId,
  }
}
