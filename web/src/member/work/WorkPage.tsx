import { Link, useParams } from 'wouter'
import { api } from '../../api/client'
import type { Edition, Work } from '../../api/types'
import { useApi } from '../../api/use-api'
import { useI18n } from '../../i18n/i18n'
import { Loading } from '../../ui/Loading'
import { PageTitle } from '../../ui/PageTitle'

/** A title page: the work, its editions and formats, where copies are, and the online edition with its QR code. */
export function WorkPage() {
  const { t } = useI18n()
  const { id = '' } = useParams<{ id: string }>()
  const work = useApi((signal) => api.get<Work>(`/api/works/${encodeURIComponent(id)}`, {}, signal), [id])
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href="/zoeken">{t.work.back}</Link>
      </p>
      {work.state === 'failed' && work.error.status === 404 ? (
        <PageTitle>{t.work.notFound}</PageTitle>
      ) : (
        <Loading result={work}>
          {(w) => (
            <>
              <PageTitle>{w.title}</PageTitle>
              {w.author && <p className="lead">{t.search.by(w.author)}</p>}
              <p className="formats">
                {w.formats.map((f) => (
                  <span key={f} className="badge">
                    {t.format[f] ?? f}
                  </span>
                ))}
              </p>
              <h2>{t.work.editions}</h2>
              <ul className="plain-list editions">
                {w.editions.map((edition) => (
                  <EditionCard key={edition.record.id} edition={edition} />
                ))}
              </ul>
            </>
          )}
        </Loading>
      )}
    </div>
  )
}

function EditionCard({ edition }: { edition: Edition }) {
  const { t } = useI18n()
  const { record } = edition
  const format = t.format[record.format] ?? record.format
  const headingId = `edition-${record.id}`
  return (
    <li className="card edition" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t.work.edition(format, record.year)}
        {record.subtitle && <span className="muted"> — {record.subtitle}</span>}
      </h3>
      <dl className="facts">
        {record.publisher && (
          <>
            <dt>{t.work.publisher}</dt>
            <dd>{record.publisher}</dd>
          </>
        )}
        {record.isbns.length > 0 && (
          <>
            <dt>{t.work.isbn}</dt>
            <dd>{record.isbns.join(', ')}</dd>
          </>
        )}
        {record.series && (
          <>
            <dt>{t.work.series}</dt>
            <dd>
              {record.series}
              {record.seriesNumber && ` ${record.seriesNumber}`}
            </dd>
          </>
        )}
        {record.subjects.length > 0 && (
          <>
            <dt>{t.work.subjects}</dt>
            <dd>{record.subjects.join(', ')}</dd>
          </>
        )}
      </dl>
      {edition.online ? (
        <div className="online">
          <h4>{t.work.online}</h4>
          <div className="online-row">
            <img src={edition.online.qrCode} alt={t.work.qrAlt(record.title)} width={132} height={132} className="qr" />
            <div>
              <p>
                <a href={edition.online.url} className="button" rel="noopener">
                  {t.work.openOnline}
                </a>
              </p>
              <p className="muted">{t.work.qrHint}</p>
            </div>
          </div>
        </div>
      ) : (
        <>
          <h4>{t.work.where}</h4>
          {edition.locations.length === 0 ? (
            <p>{t.work.noCopies}</p>
          ) : (
            <table className="copies">
              <thead>
                <tr>
                  <th scope="col">{t.work.location}</th>
                  <th scope="col">{t.work.shelf}</th>
                  <th scope="col">{t.search.available(edition.available)}</th>
                </tr>
              </thead>
              <tbody>
                {edition.locations.map((l) => (
                  <tr key={l.locationId}>
                    <td>
                      <Link href={`/vestigingen/${l.locationId}`}>{l.locationName}</Link>
                    </td>
                    <td>{l.shelfCodes.join(', ') || '—'}</td>
                    <td>
                      <span className={l.available > 0 ? 'badge badge-ok' : 'badge badge-warn'}>
                        {t.work.availableOf(l.available, l.copies)}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {edition.copies > 0 && (
            <p>
              <Link href={`/reserveren/${record.id}`} className="button">
                {t.work.reserveThis(format)}
              </Link>
            </p>
          )}
        </>
      )}
    </li>
  )
}
