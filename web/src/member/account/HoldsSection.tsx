import { useState } from 'react'
import { ApiError, api } from '../../api/client'
import type { Hold, HoldStage } from '../../api/types'
import { useApi } from '../../api/use-api'
import { useI18n } from '../../i18n/i18n'
import { problemText } from '../../i18n/problem-text'
import { useNetwork } from '../../locations/use-network'
import { Loading } from '../../ui/Loading'
import { type Message, Messages } from './Messages'

/** The way a hold goes; the member sees how far theirs is. */
const stages: HoldStage[] = ['placed', 'copy_chosen', 'pulled', 'in_van', 'ready']

/** My holds: where each is on its way, my place in the queue; cancel, pause or resume. */
export function HoldsSection() {
  const { t, formatDate } = useI18n()
  const holds = useApi((signal) => api.get<Hold[]>('/api/me/holds', {}, signal), [])
  const network = useNetwork()
  const [messages, setMessages] = useState<Message[]>([])
  const [busy, setBusy] = useState(false)

  async function change(hold: Hold, action: 'cancel' | 'suspend' | 'resume', until?: string) {
    setBusy(true)
    try {
      if (action === 'cancel') await api.post(`/api/holds/${hold.id}/cancel`)
      else await api.post(`/api/holds/${hold.id}/suspend`, { until: action === 'suspend' ? until : null })
      const text =
        action === 'cancel'
          ? t.account.cancelled(hold.title)
          : action === 'suspend'
            ? t.account.suspended(hold.title, formatDate(until ?? ''))
            : t.account.resumed(hold.title)
      setMessages([{ tone: 'success', text }])
    } catch (caught) {
      setMessages([{ tone: 'error', text: caught instanceof ApiError ? problemText(t, caught) : t.app.failed }])
    } finally {
      setBusy(false)
      holds.reload()
    }
  }

  return (
    <section aria-labelledby="holds-heading" className="account-section card">
      <h2 id="holds-heading">{t.account.holds}</h2>
      <Messages messages={messages} />
      <Loading result={holds}>
        {(list) =>
          list.length === 0 ? (
            <p>{t.account.noHolds}</p>
          ) : (
            <ul className="plain-list hold-list">
              {list.map((hold) => {
                const step = stages.indexOf(hold.stage)
                return (
                  <li key={hold.id} className="hold">
                    <strong>{hold.title}</strong>
                    {hold.authors[0] && <span className="muted"> · {hold.authors[0]}</span>}
                    <p className="hold-stage">
                      <span className={hold.stage === 'ready' ? 'badge badge-ok' : 'badge'}>{t.stage[hold.stage]}</span>
                      {step >= 0 && <span className="muted"> {t.stageStep(step + 1, stages.length)}</span>}
                    </p>
                    {step >= 0 && (
                      <div className="stage-bar" aria-hidden="true">
                        {stages.map((s, i) => (
                          <span key={s} className={i <= step ? 'done' : ''} />
                        ))}
                      </div>
                    )}
                    <p>
                      {t.account.pickupAt}: {network.data?.locationName(hold.pickupLocationId) ?? hold.pickupLocationId}
                      {hold.queuePosition !== null && hold.stage !== 'ready' && <> · {t.account.queue(hold.queuePosition)}</>}
                    </p>
                    {hold.stage === 'ready' && (
                      <p>
                        {hold.pickupDeadline && <strong>{t.account.pickupBy(formatDate(hold.pickupDeadline))}</strong>}
                        {hold.pickupCode && <> · {t.account.pickupCode(hold.pickupCode)}</>}
                      </p>
                    )}
                    {hold.suspendedUntil && <p className="badge badge-warn">{t.account.suspendedUntil(formatDate(hold.suspendedUntil))}</p>}
                    <HoldActions hold={hold} busy={busy} onChange={change} />
                  </li>
                )
              })}
            </ul>
          )
        }
      </Loading>
    </section>
  )
}

function HoldActions({
  hold,
  busy,
  onChange,
}: {
  hold: Hold
  busy: boolean
  onChange: (hold: Hold, action: 'cancel' | 'suspend' | 'resume', until?: string) => void
}) {
  const { t } = useI18n()
  const [until, setUntil] = useState(() => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10))
  const canPause = hold.stage === 'placed' || hold.stage === 'copy_chosen'
  return (
    <div className="hold-actions">
      {hold.suspendedUntil ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          aria-label={t.account.resumeTitle(hold.title)}
          onClick={() => onChange(hold, 'resume')}
        >
          {t.account.resume}
        </button>
      ) : (
        canPause && (
          <form
            className="suspend-form"
            onSubmit={(e) => {
              e.preventDefault()
              onChange(hold, 'suspend', until)
            }}
          >
            <label htmlFor={`until-${hold.id}`}>{t.account.suspendUntil}</label>
            <input id={`until-${hold.id}`} type="date" value={until} required onChange={(e) => setUntil(e.target.value)} />
            <button type="submit" className="button button-secondary" disabled={busy} aria-label={t.account.suspendTitle(hold.title)}>
              {t.account.suspend}
            </button>
          </form>
        )
      )}
      {hold.canCancel && (
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          aria-label={t.account.cancelTitle(hold.title)}
          onClick={() => onChange(hold, 'cancel')}
        >
          {t.account.cancel}
        </button>
      )}
    </div>
  )
}
