import type { AvailableFacet, WindowFacet } from './search.repository.js'
import type { SearchResult } from './search.schema.js'

type Counted = { value: string; count: number }

const byCount = (a: Counted, b: Counted) => b.count - a.count || a.value.localeCompare(b.value)

/** The values of one facet, the most frequent first (then alphabetically, so the order is stable). */
function valuesOf<F extends string>(counts: { facet: F; value: string; count: number }[], facet: F): Counted[] {
  return counts
    .filter((c) => c.facet === facet)
    .map(({ value, count }) => ({ value, count }))
    .sort(byCount)
}

/** The facets of a search: counted over the window's hits; where copies are on the shelf from their items. */
export function windowFacets(counts: WindowFacet[], shelves: AvailableFacet[]): SearchResult['facets'] {
  return {
    format: valuesOf(counts, 'format'),
    language: valuesOf(counts, 'language'),
    audience: valuesOf(counts, 'audience'),
    fiction: valuesOf(counts, 'fiction'),
    year: valuesOf(counts, 'year'),
    organisation: valuesOf(shelves, 'organisation'),
    location: valuesOf(shelves, 'location'),
  }
}
