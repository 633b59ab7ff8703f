import { Link } from 'wouter'
import type { SearchResult } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import type { Messages } from '../../i18n/nl'
import { type SearchParams, searchHref } from './search-params'

type FacetName = 'format' | 'language' | 'audience' | 'fiction'

/** Narrow the results: each value a link with its count; a chosen value links back to without it. */
export function Facets({ result, params }: { result: SearchResult; params: SearchParams }) {
  const { t } = useI18n()
  const groups: { name: FacetName; title: string; label: (value: string) => string }[] = [
    { name: 'format', title: t.search.filterFormat, label: (v) => t.format[v] ?? v },
    { name: 'audience', title: t.search.filterAudience, label: (v) => t.audience[v] ?? v },
    { name: 'fiction', title: t.search.filterFiction, label: (v) => fictionLabel(t, v) },
    { name: 'language', title: t.search.filterLanguage, label: (v) => t.language[v] ?? v },
  ]
  const chosen = (name: FacetName, value: string) => (name === 'format' ? params.format.includes(value) : params[name] === value)
  const toggled = (name: FacetName, value: string): SearchParams => {
    const on = !chosen(name, value)
    if (name === 'format') return { ...params, page: 1, format: on ? [...params.format, value] : params.format.filter((f) => f !== value) }
    return { ...params, page: 1, [name]: on ? value : '' }
  }
  const anyChosen = params.format.length > 0 || params.language || params.audience || params.fiction
  return (
    <nav aria-labelledby="facets-heading" className="facets">
      <h2 id="facets-heading">{t.search.filters}</h2>
      {anyChosen && (
        <p>
          <Link href={searchHref({ q: params.q, format: [], language: '', audience: '', fiction: '', page: 1 })}>
            {t.search.clearFilters}
          </Link>
        </p>
      )}
      {groups.map(({ name, title, label }) => {
        const values = result.facets[name]
        if (values.length === 0) return null
        return (
          <div key={name} className="facet">
            <h3>{title}</h3>
            <ul className="plain-list">
              {values.slice(0, 8).map(({ value, count }) => {
                const on = chosen(name, value)
                return (
                  <li key={value}>
                    <Link
                      href={searchHref(toggled(name, value))}
                      className={on ? 'facet-value chosen' : 'facet-value'}
                      aria-label={on ? t.search.removeFilter(label(value)) : undefined}
                      aria-current={on ? 'true' : undefined}
                    >
                      <span>{label(value)}</span> <span className="facet-count">{count}</span>
                    </Link>
                  </li>
                )
              })}
            </ul>
          </div>
        )
      })}
    </nav>
  )
}

function fictionLabel(t: Messages, value: string): string {
  return value === 'true' ? t.search.fiction : value === 'false' ? t.search.nonFiction : value
}
