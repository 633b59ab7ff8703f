import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildItem } from '../../../test/factories.js'
import { signInStaff, withTestApp } from '../../../test/test-app.js'
import { rankWindow } from './search.repository.js'

const t = withTestApp()

// A small catalogue checked by hand.
const catalogue = [
  {
    title: 'Het boek van de zee',
    authors: ['Strøksnes, Morten'],
    isbns: ['9789045031064'],
    format: 'book',
    audience: 'adult',
    fiction: false,
    subjects: ['Zee', 'Haaien'],
    year: 2017,
  },
  {
    title: 'De Hobbit',
    subtitle: 'of daarheen en weer terug',
    authors: ['Tolkien, J.R.R.'],
    isbns: ['9789022559260'],
    format: 'book',
    audience: 'age_12_17',
    fiction: true,
    subjects: ['Fantasy'],
    series: 'Midden-aarde',
    year: 2012,
  },
  {
    title: 'In de ban van de ring',
    authors: ['Tolkien, J.R.R.'],
    format: 'book',
    audience: 'adult',
    fiction: true,
    subjects: ['Fantasy'],
    series: 'Midden-aarde',
    year: 2009,
  },
  {
    title: 'De Hobbit',
    authors: ['Tolkien, J.R.R.'],
    format: 'audiobook',
    audience: 'adult',
    fiction: true,
    subjects: ['Fantasy'],
    year: 2020,
    onlineUrl: 'https://www.onlinebibliotheek.nl/luisterboek/hobbit',
  },
  {
    title: 'Koken met Ottolenghi',
    authors: ['Ottolenghi, Yotam'],
    format: 'book',
    audience: 'adult',
    fiction: false,
    subjects: ['Koken'],
    year: 2021,
    language: 'dut',
  },
  {
    title: 'Café de Paris',
    authors: ['Dubois, Émile'],
    format: 'book',
    audience: 'adult',
    fiction: true,
    subjects: ['Parijs'],
    year: 1999,
    language: 'fre',
  },
] as const

let ids: number[] = []

beforeAll(async () => {
  const cookie = await signInStaff(t.app, 'collectie')
  ids = []
  for (const record of catalogue) {
    const response = await t.app.inject({ method: 'POST', url: '/api/records', headers: { cookie }, payload: record })
    expect(response.statusCode, response.body).toBe(201)
    ids.push(response.json().id)
  }
  await buildItem(t.db, { record_id: ids[1] as number, home_location_id: 'bind-meppel', organisation_id: 'bind', barcode: 'BIND0001' })
  await buildItem(t.db, { record_id: ids[1] as number, home_location_id: 'facet-emmen', organisation_id: 'facet' })
  await buildItem(t.db, { record_id: ids[1] as number, home_location_id: 'bind-beilen', organisation_id: 'bind', status: 'on_loan' })
})

const search = async (query: string) => {
  const response = await t.app.inject({ url: `/api/search?${query}` })
  expect(response.statusCode, response.body).toBe(200)
  return response.json()
}
const titles = (result: { hits: { record: { title: string } }[] }) => result.hits.map((h) => h.record.title)

describe('searching the catalogue', () => {
  it('finds "boek" when the member types "boeken" (Dutch stemming)', async () => {
    expect(titles(await search('q=boeken'))).toEqual(['Het boek van de zee'])
  })

  it('folds accents: "cafe" finds "Café de Paris" and "emile" its author', async () => {
    expect(titles(await search('q=cafe'))).toEqual(['Café de Paris'])
    expect(titles(await search('q=auteur:emile'))).toEqual(['Café de Paris'])
  })

  it('suggests "tolkien" for "Tolkein" and shows what that finds', async () => {
    const result = await search('q=Tolkein')
    expect(result.didYouMean).toBe('tolkien')
    expect(result.searchedFor).toBe('tolkien')
    expect(result.total).toBe(3)
  })

  it('answers an ISBN, with or without hyphens or as ISBN-10, with exactly its edition', async () => {
    for (const isbn of ['9789022559260', '978-90-225-5926-0', '90-225-5926-2']) {
      const result = await search(`q=${isbn}`)
      expect(result.exact).toBe('isbn')
      expect(result.hits.map((h: { record: { id: number } }) => h.record.id)).toEqual([ids[1]])
    }
  })

  it('answers a barcode with the record of that copy', async () => {
    const result = await search('q=BIND0001')
    expect(result.exact).toBe('barcode')
    expect(titles(result)).toEqual(['De Hobbit'])
  })

  it('searches a phrase and a field: "in de ban" only as a phrase, titel:ring not the author', async () => {
    expect(titles(await search('q=%22ban van de ring%22'))).toEqual(['In de ban van de ring'])
    expect((await search('q=%22ring van de ban%22')).total).toBe(0)
    expect(titles(await search('q=titel:hobbit&sort=newest'))).toEqual(['De Hobbit', 'De Hobbit'])
    expect((await search('q=onderwerp:haaien')).total).toBe(1)
    expect((await search('q=serie:midden-aarde')).total).toBe(2)
  })

  it('filters and counts facets: format, fiction, and where a copy is on the shelf', async () => {
    const result = await search('q=tolkien&format=audiobook')
    expect(result.total).toBe(1)
    const all = await search('q=tolkien')
    expect(all.facets.format).toEqual(
      expect.arrayContaining([
        { value: 'book', count: 2 },
        { value: 'audiobook', count: 1 },
      ]),
    )
    expect(all.facets.organisation).toEqual(
      expect.arrayContaining([
        { value: 'bind', count: 1 },
        { value: 'facet', count: 1 },
      ]),
    )
    expect((await search('q=tolkien&availableAt=bind-beilen')).total).toBe(0)
    expect((await search('q=tolkien&availableAt=bind-meppel')).total).toBe(1)
  })

  it('shows per hit the copies available at the chosen location, in its organisation and in the province', async () => {
    const result = await search('q=titel:hobbit&format=book&location=bind-beilen')
    expect(result.hits[0].availability).toEqual({ copies: 3, atLocation: 0, inOrganisation: 1, inProvince: 2 })
  })

  it("shows a desk's availability where it works, or in its organisation, when no location is chosen", async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const response = await t.app.inject({ url: '/api/search?q=titel:hobbit&format=book', headers: { cookie } })
    expect(response.json().hits[0].availability).toEqual({ copies: 3, atLocation: 1, inOrganisation: 1, inProvince: 2 })
    // signed in without a location: Facet's copy counts for its organisation, no location is "here"
    const emmen = await signInStaff(t.app, 'balie-emmen')
    const fromEmmen = await t.app.inject({ url: '/api/search?q=titel:hobbit&format=book', headers: { cookie: emmen } })
    expect(fromEmmen.json().hits[0].availability).toEqual({ copies: 3, atLocation: 0, inOrganisation: 1, inProvince: 2 })
  })

  it('sorts by title and by author, and pages', async () => {
    const byTitle = await search('q=fantasy&sort=title&pageSize=2')
    expect(byTitle.total).toBe(3)
    expect(titles(byTitle)).toEqual(['De Hobbit', 'De Hobbit'])
    const page2 = await search('q=fantasy&sort=title&pageSize=2&page=2')
    expect(titles(page2)).toEqual(['In de ban van de ring'])
  })

  it('shows the work with its editions, the audiobook with its online link and QR code', async () => {
    const record = (await t.app.inject(`/api/records/${ids[3]}`)).json()
    const work = (await t.app.inject(`/api/works/${record.workId}`)).json()
    expect(work.formats).toEqual(['book', 'audiobook'])
    expect(work.editions[0].locations.map((l: { locationId: string }) => l.locationId).sort()).toEqual([
      'bind-beilen',
      'bind-meppel',
      'facet-emmen',
    ])
    expect(work.editions[1].online.url).toBe('https://www.onlinebibliotheek.nl/luisterboek/hobbit')
    const qr = await t.app.inject(work.editions[1].online.qrCode)
    expect(qr.headers['content-type']).toContain('image/svg+xml')
    expect(qr.body).toContain('<svg')
  })

  it('refuses a bad sort with a 400 naming the field', async () => {
    const response = await t.app.inject('/api/search?q=x&sort=random')
    expect(response.statusCode).toBe(400)
    expect(response.json().errors[0].field).toBe('querystring.sort')
  })

  it('answers a number that matches nothing with no hits, not an error', async () => {
    const result = await search('q=9789000000000')
    expect(result.total).toBe(0)
    expect(result.didYouMean).toBeNull()
  })
})

describe('a search with more matches than it ranks', () => {
  // 20 records about windmills more than a relevance search ranks, counts and facets. The one with
  // the word in its title comes last in the table, past the first matches the index gives.
  const records = rankWindow + 20
  beforeAll(async () => {
    await sql`insert into records (title, authors, format, audience, fiction, subjects, year)
      select case when g = ${records}::int then 'De molen van Nijeveen' else 'Verhalen ' || g end, array['Molenaar, Bram'],
        case when g % 2 = 0 then 'ebook' else 'book' end, 'adult', true, array['Molen'], 1990 + g % 30
      from generate_series(1, ${records}::int) g`.execute(t.db)
    await sql`analyze records`.execute(t.db)
  })

  it('ranks the title match first, estimates the total and counts the facets over the window it ranked', async () => {
    const result = await search('q=molen')
    expect(titles(result)[0]).toBe('De molen van Nijeveen')
    expect(result.totalExact).toBe(false)
    expect(result.total).toBeGreaterThan(rankWindow)
    expect(result.facetsCounted).toBe(rankWindow)
    const formats = Object.fromEntries(result.facets.format.map((f: { value: string; count: number }) => [f.value, f.count]))
    expect(formats.book + formats.ebook).toBe(rankWindow)
  })

  it('pages within the ranked window and gives no hits past it', async () => {
    const last = await search(`q=molen&page=${rankWindow / 20}`)
    expect(last.hits).toHaveLength(20)
    expect((await search(`q=molen&page=${rankWindow / 20 + 1}`)).hits).toEqual([])
  })

  it('counts exactly when a filter narrows the matches to fewer than the window', async () => {
    const result = await search('q=molen&yearFrom=2015')
    expect(result.totalExact).toBe(true)
    expect(result.total).toBe(result.facetsCounted)
    expect(result.total).toBeLessThan(rankWindow)
  })
})

describe('a search for a word thousands of records have', () => {
  // Enough records about sailing boats for the tenth of the catalogue with its own text indexes (the
  // records_search_sample migration) to fill the window by itself; half have the word in their title.
  beforeAll(async () => {
    await sql`insert into records (title, authors, format, audience, fiction, subjects, year)
      select case when g % 2 = 0 then 'De zeilboot ' || g else 'Verhalen van het water ' || g end, array['Schipper, Anna'],
        'book', 'adult', false, array['Zeilboten'], 2000 + g % 20
      from generate_series(1, ${rankWindow * 25}::int) g`.execute(t.db)
    await sql`analyze records`.execute(t.db)
  })

  it('fills the window with records having the word in their title, ranked, and estimates the total', async () => {
    const result = await search('q=zeilboot')
    expect(result.facetsCounted).toBe(rankWindow)
    expect(result.totalExact).toBe(false)
    expect(result.total).toBeGreaterThan(rankWindow)
    expect(titles(result).every((title) => title.startsWith('De zeilboot'))).toBe(true)
    // read from the sample alone
    expect(result.hits.every((hit: { record: { id: number } }) => hit.record.id % 10 === 0)).toBe(true)
    expect(result.facets.year.reduce((sum: number, y: { count: number }) => sum + y.count, 0)).toBe(rankWindow)
  })

  it('reads a query of several words from the whole catalogue, not from the sample', async () => {
    const result = await search('q=zeilboot+schipper')
    expect(result.facetsCounted).toBe(rankWindow)
    expect(titles(result).every((title) => title.startsWith('De zeilboot'))).toBe(true)
    expect(result.hits.some((hit: { record: { id: number } }) => hit.record.id % 10 !== 0)).toBe(true)
  })
})
