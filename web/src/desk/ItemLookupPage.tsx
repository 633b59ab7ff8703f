import { useEffect, useRef, useState } from 'react'
import { api } from '../api/client'
import type { CatalogueRecord } from '../api/types'
import { useI18n } from '../i18n/i18n'
import { PageTitle } from '../ui/PageTitle'
import { Status } from '../ui/Status'
import type { Item, Movement } from './desk-types'
import { barcodePattern, ScanField } from './scan/ScanField'
import { useDeskProblem } from './use-desk-problem'

interface Found {
  item: Item
  title: string
  movements: Movement[]
}

/** A copy by its barcode: status, where it is, and where it has been — never who borrowed it. */
export function ItemLookupPage() {
  const { t, formatDate } = useI18n()
  const { problem, location } = useDeskProblem()
  const [found, setFound] = useState<Found | null>(null)
  const [error, setError] = useState<string | undefined>()
  const [round, setRound] = useState(0)
  const field = useRef<HTMLInputElement>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: after each look-up the field is ready for the next
  useEffect(() => field.current?.focus(), [round])

  async function lookUp(barcode: string) {
    setRound((r) => r + 1)
    if (!barcodePattern.test(barcode)) {
      setFound(null)
      return setError(t.desk.scan.notABarcode(barcode))
    }
    try {
      const item = await api.get<Item>(`/api/items/barcode/${encodeURIComponent(barcode)}`)
      const [record, movements] = await Promise.all([
        api.get<CatalogueRecord>(`/api/records/${item.recordId}`),
        api.get<Movement[]>(`/api/items/${item.id}/movements`),
      ])
      setFound({ item, title: record.title, movements })
      setError(undefined)
    } catch (e) {
      setFound(null)
      setError(problem(e).text)
    }
    setRound((r) => r + 1)
  }

  const i = t.desk.item
  const when = (at: string | Date) =>
    formatDate(at, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })
  return (
    <div className="page desk-page">
      <PageTitle>{i.title}</PageTitle>
      <ScanField label={t.desk.scan.barcode} hint={t.desk.scan.barcodeHint} inputRef={field} error={error} onScan={lookUp} />
      <Status>{found && `${found.title} · ${found.item.barcode}`}</Status>
      {found && (
        <>
          <h2>{found.title}</h2>
          <dl className="facts">
            <dt>{i.status}</dt>
            <dd>{i.statuses[found.item.status]}</dd>
            <dt>{i.current}</dt>
            <dd>{location(found.item.currentLocationId)}</dd>
            <dt>{i.home}</dt>
            <dd>{location(found.item.homeLocationId)}</dd>
            <dt>{i.shelf}</dt>
            <dd>{found.item.shelfCode ?? '—'}</dd>
          </dl>
          <h2>{i.movements}</h2>
          <p className="muted">{i.movementsIntro}</p>
          {found.movements.length === 0 ? (
            <p>{i.noMovements}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{i.when}</th>
                  <th scope="col">{i.what}</th>
                  <th scope="col">{i.where}</th>
                </tr>
              </thead>
              <tbody>
                {found.movements.map((m) => (
                  <tr key={`${m.kind}-${String(m.at)}`}>
                    <td>{when(m.at)}</td>
                    <td>{i.kinds[m.kind]}</td>
                    <td>
                      {location(m.locationId)}
                      {m.toLocationId && m.kind !== 'transit_received' && <> {i.to(location(m.toLocationId))}</>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  )
}
