import type { AvailableFacet, WindowHit } from './search.repository.js'
import type { SearchResult } from './search.schema.js'

/** Relevance within the window: the higher rank first, then the newer edition, then the older record. */
export function rankWindowHits(hits: WindowHit[]): WindowHit[] {
  return [...hits].sort((a, b) => b.rank - a.rank || (b.year ?? -1) - (a.year ?? -1) || a.id - b.id)
}

const byCount = (a: { value: string; count: number }, b: { value: string; count: number }) =>
  b.count - a.count || a.value.localeCompare(b.value)

function counted(values: string[]) {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].map(([value, count]) => ({ value, count })).sort(byCount)
}

/** Facet counts over the window's hits; where copies are on the shelf comes from their items. */
export function windowFacets(hits: WindowHit[], available: AvailableFacet[]): SearchResult['facets'] {
  const shelf = (facet: AvailableFacet['facet']) =>
    available
      .filter((a) => a.facet === facet)
      .map(({ value, count }) => ({ value, count }))
      .sort(byCount)
  return {
    format: counted(hits.map((h) => h.format)),
    language: counted(hits.map((h) => h.language)),
    audience: counted(hits.map((h) => h.audience)),
    fiction: counted(hits.map((h) => String(h.fiction))),
    year: counted(hits.flatMap((h) => (h.year === null ? [] : [String(h.year)]))),
    organisation: shelf('organisation'),
    location: shelf('location'),
  }
}
