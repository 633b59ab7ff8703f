import { describe, expect, it } from 'vitest'
import { recordsPer, tally, windowFacets } from './search-window.js'

describe('counting the facets of a window', () => {
  it('tallies values the most frequent first, then alphabetically, leaving out nulls', () => {
    expect(tally(['book', 'ebook', 'book', 'audiobook'])).toEqual([
      { value: 'book', count: 2 },
      { value: 'audiobook', count: 1 },
      { value: 'ebook', count: 1 },
    ])
    expect(tally([2001, null, 2001, true])).toEqual([
      { value: '2001', count: 2 },
      { value: 'true', count: 1 },
    ])
  })

  it('counts a record once per place however many of its copies are on the shelf there', () => {
    expect(recordsPer(['bind', 'bind', 'facet', 'bind'], [1, 1, 1, 2])).toEqual([
      { value: 'bind', count: 2 },
      { value: 'facet', count: 1 },
    ])
  })

  it('gives empty facets for an empty window', () => {
    const facets = windowFacets(
      { id: [], format: [], language: [], audience: [], fiction: [], year: [] },
      { record: [], location: [], organisation: [] },
    )
    expect(Object.values(facets).every((values) => values.length === 0)).toBe(true)
  })
})
