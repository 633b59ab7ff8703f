import { Link } from 'wouter'
import type { SearchResult } from '../../api/types'
import { useI18n } from '../../i18n/i18n'

type Hit = SearchResult['hits'][number]

/** One title in the results: what it is, and where a copy is on the shelf (here, my library, Drenthe). */
export function SearchHit({ hit, hasLocation }: { hit: Hit; hasLocation: boolean }) {
  const { t } = useI18n()
  const { record, availability } = hit
  const title = record.subtitle ? `${record.title}: ${record.subtitle}` : record.title
  const online = record.onlineUrl !== null
  return (
    <li className="hit card">
      <h3 className="hit-title">{record.workId ? <Link href={`/titel/${record.workId}`}>{title}</Link> : title}</h3>
      <p className="hit-meta">
        {record.authors.length > 0 && <span>{t.search.by(record.authors.join('; '))}</span>}
        <span className="badge">{t.format[record.format] ?? record.format}</span>
        {record.year && <span>{record.year}</span>}
      </p>
      {online ? (
        <p className="availability">
          <span className="badge badge-ok">{t.search.online}</span>
        </p>
      ) : (
        <dl className="availability" aria-label={t.search.availabilityOf(title)}>
          {hasLocation && <Availability label={t.search.here} count={availability.atLocation} />}
          <Availability label={t.search.inOrganisation} count={availability.inOrganisation} />
          <Availability label={t.search.inProvince} count={availability.inProvince} />
        </dl>
      )}
    </li>
  )
}

function Availability({ label, count }: { label: string; count: number }) {
  const { t } = useI18n()
  return (
    <div className={count > 0 ? 'avail avail-yes' : 'avail avail-no'}>
      <dt>{label}</dt>
      <dd>{t.search.available(count)}</dd>
    </div>
  )
}
