import { useParams } from 'wouter'
import { api } from '../api/client'
import type { CrateManifestResponse, StopManifestResponse } from '../api/types'
import { useApi } from '../api/use-api'
import { useI18n } from '../i18n/i18n'
import { Loading } from '../ui/Loading'
import { PageTitle } from '../ui/PageTitle'

/** One crate's pakbon, as it is printed and put in the crate. */
function CrateSheet({ crate, level }: { crate: CrateManifestResponse; level: 'h1' | 'h2' }) {
  const { t } = useI18n()
  const Heading = level
  return (
    <section className="manifest" aria-label={t.logistics.crate(crate.code)}>
      {level === 'h2' && <Heading>{t.logistics.crate(crate.code)}</Heading>}
      <p>
        {t.logistics.fromTo(crate.from.name, crate.to.name)}
        {crate.label ? ` · ${crate.label}` : ''} · {t.logistics.crateStatus[crate.status]}
        {crate.runDate ? ` · ${t.logistics.run(crate.runDate)}` : ''}
      </p>
      <table>
        <caption>{t.logistics.itemsIn(crate.items.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.logistics.barcode}</th>
            <th scope="col">{t.logistics.shelf}</th>
            <th scope="col">{t.logistics.title}</th>
            <th scope="col">{t.logistics.reason}</th>
            <th scope="col">{t.logistics.received}</th>
          </tr>
        </thead>
        <tbody>
          {crate.items.map((item) => (
            <tr key={item.barcode}>
              <td>{item.barcode}</td>
              <td>{item.shelfCode ?? ''}</td>
              <td>{item.title}</td>
              <td>{t.logistics.transitReason[item.reason]}</td>
              <td>{item.received ? t.logistics.yes : '☐'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

const PrintButton = () => {
  const { t } = useI18n()
  return (
    <button type="button" className="button no-print" onClick={() => window.print()}>
      {t.logistics.print}
    </button>
  )
}

/** The pakbon of a crate: /logistiek/krat/K000042 */
export function CrateManifestPage() {
  const { t } = useI18n()
  const { code = '' } = useParams<{ code: string }>()
  const crate = useApi((signal) => api.get<CrateManifestResponse>(`/api/crates/${encodeURIComponent(code)}`, undefined, signal), [code])
  return (
    <div className="page logistics">
      <PageTitle>{t.logistics.crate(code)}</PageTitle>
      <Loading result={crate}>
        {(data) => (
          <>
            <PrintButton />
            <CrateSheet crate={data} level="h1" />
          </>
        )}
      </Loading>
    </div>
  )
}

/** The pakbon of a stop: every crate unloaded at a location on a run day. /logistiek/stop/bind-beilen/2026-11-24 */
export function StopManifestPage() {
  const { t } = useI18n()
  const { id = '', date = '' } = useParams<{ id: string; date: string }>()
  const stop = useApi(
    (signal) => api.get<StopManifestResponse>(`/api/locations/${encodeURIComponent(id)}/stop-manifest`, { runDate: date }, signal),
    [id, date],
  )
  return (
    <div className="page logistics">
      <PageTitle>{t.logistics.stopTitle(date)}</PageTitle>
      <Loading result={stop}>
        {(data) => (
          <>
            <p>{t.logistics.stopSummary(data.location.name, data.totalCrates, data.totalItems)}</p>
            <PrintButton />
            {data.crates.map((crate) => (
              <CrateSheet key={crate.code} crate={crate} level="h2" />
            ))}
          </>
        )}
      </Loading>
    </div>
  )
}
