import { api } from '../api/client'
import { useApi } from '../api/use-api'
import { useI18n } from '../i18n/i18n'
import { Loading } from '../ui/Loading'
import { PageTitle } from '../ui/PageTitle'
import type { DeskSession } from './DeskGate'
import type { HoldShelfEntry } from './desk-types'
import { PrintButton } from './PrintButton'
import { useLocationNames } from './use-locations'

/** The hold shelf (afhaalplank): by pickup code, never by name; expired copies stand out. */
export function HoldShelfPage({ desk }: { desk: DeskSession }) {
  const { t, formatDate } = useI18n()
  const location = useLocationNames()
  const shelf = useApi((signal) => api.get<HoldShelfEntry[]>(`/api/locations/${desk.locationId}/hold-shelf`, {}, signal), [desk.locationId])
  const h = t.desk.holdShelf
  return (
    <div className="page desk-page desk-list">
      <PageTitle>{`${h.title} · ${location(desk.locationId)}`}</PageTitle>
      <p className="no-print">{h.intro}</p>
      <Loading result={shelf}>
        {(entries) =>
          entries.length === 0 ? (
            <p>{h.empty}</p>
          ) : (
            <>
              <p>
                <PrintButton label={h.print} />
              </p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{h.code}</th>
                    <th scope="col">{h.titleColumn}</th>
                    <th scope="col">{h.barcode}</th>
                    <th scope="col">{h.deadline}</th>
                    <th scope="col">{h.after}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.barcode} className={entry.expired ? 'row-expired' : undefined}>
                      <td>
                        <strong>{entry.pickupCode ?? '—'}</strong>
                      </td>
                      <td>{entry.title}</td>
                      <td>
                        <code>{entry.barcode}</code>
                      </td>
                      <td>
                        {entry.pickupDeadline ? formatDate(entry.pickupDeadline) : '—'}
                        {entry.expired && <span className="badge badge-error"> {h.expired}</span>}
                      </td>
                      <td>{h.afterDeadline[entry.afterDeadline]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )
        }
      </Loading>
    </div>
  )
}
