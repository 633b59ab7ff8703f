import { useRef, useState } from 'react'
import { api } from '../api/client'
import { useApi } from '../api/use-api'
import { useI18n } from '../i18n/i18n'
import { Loading } from '../ui/Loading'
import { PageTitle } from '../ui/PageTitle'
import { Status } from '../ui/Status'
import type { DeskSession } from './DeskGate'
import type { PullListEntry } from './desk-types'
import { PrintButton } from './PrintButton'
import { useDeskProblem } from './use-desk-problem'

/** The pull list (kastlijst) of the desk's location in shelf order, printable; "not on shelf" re-targets. */
export function PullListPage({ desk }: { desk: DeskSession }) {
  const { t } = useI18n()
  const { problem, location } = useDeskProblem()
  const list = useApi((signal) => api.get<PullListEntry[]>(`/api/locations/${desk.locationId}/pull-list`, {}, signal), [desk.locationId])
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const status = useRef<HTMLDivElement>(null)

  async function notOnShelf(barcode: string) {
    try {
      await api.post(`/api/locations/${desk.locationId}/pull-list/not-on-shelf`, { itemBarcode: barcode })
      setMessage({ ok: true, text: t.desk.pullList.notOnShelfDone(barcode) })
      list.reload()
    } catch (error) {
      setMessage({ ok: false, text: problem(error).text })
    }
    status.current?.focus()
  }

  const p = t.desk.pullList
  return (
    <div className="page desk-page desk-list">
      <PageTitle>{`${p.title} · ${location(desk.locationId)}`}</PageTitle>
      <p className="no-print">{p.intro}</p>
      <Status ref={status} tone={message ? (message.ok ? 'success' : 'error') : 'info'}>
        {message?.text}
      </Status>
      <Loading result={list}>
        {(entries) =>
          entries.length === 0 ? (
            <p>{p.empty}</p>
          ) : (
            <>
              <p>
                {p.count(entries.length)} <PrintButton label={p.print} />
              </p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{p.shelf}</th>
                    <th scope="col">{p.titleColumn}</th>
                    <th scope="col">{p.barcode}</th>
                    <th scope="col">{p.pickup}</th>
                    <th scope="col" className="no-print">
                      {p.why}
                    </th>
                    <th scope="col" className="no-print">
                      {p.actions}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.holdId}>
                      <td>{entry.shelfCode ?? '—'}</td>
                      <td>
                        {entry.title}
                        {entry.authors[0] && <span className="muted"> · {entry.authors[0]}</span>}
                      </td>
                      <td>
                        <code>{entry.barcode}</code>
                      </td>
                      <td>{location(entry.pickupLocationId)}</td>
                      <td className="no-print muted">{entry.reason}</td>
                      <td className="no-print">
                        <button type="button" className="button button-secondary" onClick={() => notOnShelf(entry.barcode)}>
                          {p.notOnShelf}
                          <span className="visually-hidden">: {entry.barcode}</span>
                        </button>
                      </td>
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
