import { type FormEvent, useEffect, useRef, useState } from 'react'
import { Link, useParams } from 'wouter'
import { ApiError, api } from '../../api/client'
import type { DigitalAlternative as Alternative, CatalogueRecord, HoldFeeQuote, Patron, PlaceHoldResponse } from '../../api/types'
import { useApi } from '../../api/use-api'
import { useSession } from '../../app/session'
import { useI18n } from '../../i18n/i18n'
import { problemText } from '../../i18n/problem-text'
import { useNetwork } from '../../locations/use-network'
import { Loading } from '../../ui/Loading'
import { PageTitle } from '../../ui/PageTitle'
import { Status } from '../../ui/Status'
import { SignInForm } from '../account/SignInForm'
import { PickupChoice } from './PickupChoice'

export function ReservePage() {
  const { t } = useI18n()
  const { recordId = '' } = useParams<{ recordId: string }>()
  const { actor } = useSession()
  const record = useApi((signal) => api.get<CatalogueRecord>(`/api/records/${encodeURIComponent(recordId)}`, {}, signal), [recordId])
  const what = record.data ? record.data.title : t.reserve.documentTitle
  return (
    <div className="page narrow">
      <PageTitle documentTitle={t.reserve.title(what)}>{t.reserve.title(what)}</PageTitle>
      <Loading result={record}>
        {(r) =>
          actor?.kind === 'patron' ? (
            <ReserveForm record={r} />
          ) : actor?.kind === 'anonymous' ? (
            <>
              <p>{t.reserve.signInFirst}</p>
              <SignInForm />
            </>
          ) : null
        }
      </Loading>
    </div>
  )
}

function ReserveForm({ record }: { record: CatalogueRecord }) {
  const { t, formatMoney } = useI18n()
  const network = useNetwork()
  const me = useApi((signal) => api.get<Patron>('/api/me', {}, signal), [])
  const fee = useApi((signal) => api.get<HoldFeeQuote>('/api/me/hold-fee', { recordId: record.id }, signal), [record.id])
  const [pickup, setPickup] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const [alternatives, setAlternatives] = useState<Alternative[]>([])
  const [placed, setPlaced] = useState<PlaceHoldResponse | null>(null)
  const messageRef = useRef<HTMLDivElement>(null)
  const home = network.data?.locations.find((l) => l.id === me.data?.homeLocationId)
  // Until the member picks one, their home library (where they can pick up) is the choice.
  const chosen = pickup || (home?.pickupAllowed ? home.id : '')

  useEffect(() => {
    if (error || placed || alternatives.length > 0) messageRef.current?.focus()
  }, [error, placed, alternatives])

  async function place(confirmIbl: boolean, event?: FormEvent) {
    event?.preventDefault()
    setBusy(true)
    setError('')
    try {
      setPlaced(
        await api.post<PlaceHoldResponse>('/api/holds', {
          recordId: record.id,
          pickupLocationId: chosen,
          ...(confirmIbl && { confirmIbl }),
        }),
      )
      setAlternatives([])
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'confirm_ibl') setAlternatives((caught.body.alternatives as Alternative[]) ?? [])
      else setError(caught instanceof ApiError ? problemText(t, caught) : t.app.failed)
    } finally {
      setBusy(false)
    }
  }

  if (placed) {
    const { hold, expectedFeeCents } = placed
    return (
      <Status tone="success" ref={messageRef}>
        <p>
          <strong>{t.reserve.done}</strong>
        </p>
        {hold.queuePosition !== null && <p>{t.reserve.queue(hold.queuePosition)}</p>}
        <p>{t.reserve.pickupAt(network.data?.locationName(hold.pickupLocationId) ?? hold.pickupLocationId)}</p>
        <p>{t.reserve.costs(formatMoney(expectedFeeCents))}</p>
        <p>
          <Link href="/mijn">{t.reserve.toAccount}</Link>
        </p>
      </Status>
    )
  }

  return (
    <Loading result={me}>
      {() => (
        <Loading result={network}>
          {({ locations }) => (
            <form onSubmit={(e) => place(false, e)} noValidate>
              <Status tone="error" ref={alternatives.length > 0 ? undefined : messageRef}>
                {error}
              </Status>
              {alternatives.length > 0 && (
                <Status ref={messageRef}>
                  <h2>{t.reserve.digitalTitle}</h2>
                  <p>{t.reserve.digitalText}</p>
                  <ul>
                    {alternatives.map((a) => (
                      <li key={a.recordId}>
                        {t.format[a.format] ?? a.format}: {a.onlineUrl ? <a href={a.onlineUrl}>{t.reserve.stayOnline}</a> : a.title}
                      </li>
                    ))}
                  </ul>
                  <button type="button" className="button button-secondary" disabled={busy} onClick={() => place(true)}>
                    {t.reserve.digitalConfirm}
                  </button>
                </Status>
              )}
              <PickupChoice locations={locations} home={home} value={chosen} onChange={setPickup} />
              <section aria-labelledby="fee-heading" className="fee">
                <h2 id="fee-heading">{t.reserve.feeTitle}</h2>
                {fee.data && (
                  <p>
                    {fee.data.ownLibraryCents === 0 && fee.data.provincialCents === 0
                      ? t.reserve.feeFree
                      : `${t.reserve.fee(formatMoney(fee.data.ownLibraryCents), formatMoney(fee.data.provincialCents))} ${t.reserve.feeWhen}`}
                  </p>
                )}
              </section>
              <button type="submit" className="button" disabled={busy || !chosen}>
                {busy ? t.reserve.busy : t.reserve.confirm}
              </button>
            </form>
          )}
        </Loading>
      )}
    </Loading>
  )
}
