import { useEffect, useState } from 'react'
import { Link, useLocation, useSearch } from 'wouter'
import { api } from '../../api/client'
import type { SearchResult } from '../../api/types'
import { useApi } from '../../api/use-api'
import { useI18n } from '../../i18n/i18n'
import { useNetwork } from '../../locations/use-network'
import { Loading } from '../../ui/Loading'
import { PageTitle } from '../../ui/PageTitle'
import { useMyLocation } from '../my-location'
import { Facets } from './Facets'
import { SearchHit } from './SearchHit'
import { readSearchParams, searchHref } from './search-params'

const pageSize = 20

export function SearchPage() {
  const { t } = useI18n()
  const search = useSearch()
  const [, navigate] = useLocation()
  const params = readSearchParams(search)
  const [text, setText] = useState(params.q)
  const [myLocation, setMyLocation] = useMyLocation()
  const network = useNetwork()
  useEffect(() => setText(params.q), [params.q])

  const result = useApi(
    (signal) =>
      api.get<SearchResult>(
        '/api/search',
        {
          q: params.q,
          format: params.format,
          language: params.language,
          audience: params.audience,
          fiction: params.fiction,
          location: myLocation,
          page: params.page,
          pageSize,
        },
        signal,
      ),
    [search, myLocation],
  )

  return (
    <div className="page">
      <PageTitle documentTitle={params.q ? `${params.q} · ${t.search.documentTitle}` : t.search.documentTitle}>{t.search.title}</PageTitle>
      <search className="search-box">
        <form
          onSubmit={(event) => {
            event.preventDefault()
            navigate(searchHref({ ...params, q: text.trim(), page: 1 }))
          }}
        >
          <label htmlFor="search-q">{t.search.label}</label>
          <p id="search-q-hint" className="field-hint">
            {t.search.hint}
          </p>
          <div className="search-row">
            <input
              id="search-q"
              type="search"
              name="q"
              value={text}
              aria-describedby="search-q-hint"
              onChange={(e) => setText(e.target.value)}
            />
            <button type="submit" className="button">
              {t.search.button}
            </button>
          </div>
        </form>
        <div className="my-location">
          <label htmlFor="my-location">{t.search.myLocation}</label>
          <select id="my-location" value={myLocation} onChange={(e) => setMyLocation(e.target.value)} aria-describedby="my-location-hint">
            <option value="">{t.search.anyLocation}</option>
            {network.data?.locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
          <p id="my-location-hint" className="field-hint">
            {t.search.myLocationHint}
          </p>
        </div>
      </search>
      <Loading result={result}>
        {(found) => {
          const pages = Math.max(1, Math.ceil(found.total / pageSize))
          return (
            <div className="search-layout">
              <Facets result={found} params={params} />
              <section aria-labelledby="results-heading" className="results">
                <h2 id="results-heading" className="results-heading" aria-live="polite">
                  {t.search.results(found.total, found.searchedFor)}
                </h2>
                {found.didYouMean && (
                  <p>
                    {t.search.didYouMean} <Link href={searchHref({ ...params, q: found.didYouMean, page: 1 })}>{found.didYouMean}</Link>
                  </p>
                )}
                {found.hits.length === 0 ? (
                  <p>{t.search.noResults}</p>
                ) : (
                  <ol className="hits plain-list">
                    {found.hits.map((hit) => (
                      <SearchHit key={hit.record.id} hit={hit} hasLocation={myLocation !== ''} />
                    ))}
                  </ol>
                )}
                {pages > 1 && (
                  <nav aria-label={t.search.pages} className="pager">
                    {params.page > 1 && <Link href={searchHref({ ...params, page: params.page - 1 })}>{t.search.previous}</Link>}
                    <span>{t.search.pageOf(params.page, pages)}</span>
                    {params.page < pages && <Link href={searchHref({ ...params, page: params.page + 1 })}>{t.search.next}</Link>}
                  </nav>
                )}
              </section>
            </div>
          )
        }}
      </Loading>
    </div>
  )
}
