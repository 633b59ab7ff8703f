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

const barcodeLike = /^(?=.*[0-9])[0-9A-Za-z-]{4,32}$/
const facetNames = ['format', 'language', 'audience', 'fiction', 'year', 'organisation', 'location'] as const

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
  if (result.total === 0 && parsed.kind === 'text') {
    const corrected = await correct(db, query)
    if (corrected) {
      didYouMean = corrected
      const retry = await run(db, toMatch(parseSearchQuery(corrected)), request)
      if (retry.total > 0) {
        result = retry
        searchedFor = corrected
      }
    }
  }
  const where = await whereTheMemberIs(db, actor, request.location)
  const [records, availability, facets] = await Promise.all([
    findRecords(db, result.ids),
    availabilitySummary(db, result.ids, where.locationId, where.organisationId),
    repo.facetCounts(db, result.match, request),
  ])
  const byId = new Map(records.map((r) => [r.id, r]))
  return {
    query,
    searchedFor,
    didYouMean,
    exact: exactBarcode.length ? 'barcode' : parsed.kind === 'isbn' ? 'isbn' : null,
    total: result.total,
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
    facets: Object.fromEntries(
      facetNames.map((name) => [
        name,
        facets.counts
          .filter((c) => c.facet === name)
          .map((c) => ({ value: c.value, count: c.count }))
          .sort((a, b) => b.count - a.count),
      ]),
    ) as SearchResult['facets'],
    facetsCounted: facets.sampled,
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

async function run(db: Executor, match: repo.Match, request: SearchRequest) {
  const sort = request.sort ?? (match && 'tsquery' in match ? 'relevance' : 'newest')
  const found = await repo.searchRecordIds(db, match, request, sort, (request.page - 1) * request.pageSize, request.pageSize)
  return { ...found, match }
}

/** Replaces each word the catalogue does not know by its closest known word; null when nothing changes. */
async function correct(db: Executor, query: string): Promise<string | null> {
  const words = [...new Set(wordsOf(query).map(foldWord))].filter((w) => w.length >= 3 && !/^[0-9]+$/.test(w))
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
