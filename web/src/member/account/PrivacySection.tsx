import { useState } from 'react'
import { ApiError, api } from '../../api/client'
import type { Patron } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { problemText } from '../../i18n/problem-text'
import { type Message, Messages } from './Messages'

/** Whether the library keeps what I borrowed: off unless I turn it on; saved as soon as I change it. */
export function PrivacySection({ patron, onSaved }: { patron: Patron; onSaved: () => void }) {
  const { t } = useI18n()
  const [keep, setKeep] = useState(patron.keepHistory)
  const [messages, setMessages] = useState<Message[]>([])
  const [busy, setBusy] = useState(false)

  async function save(next: boolean) {
    setBusy(true)
    setKeep(next)
    try {
      await api.patch<Patron>('/api/me', { keepHistory: next })
      setMessages([{ tone: 'success', text: t.account.saved }])
      onSaved()
    } catch (caught) {
      setKeep(!next)
      setMessages([{ tone: 'error', text: caught instanceof ApiError ? problemText(t, caught) : t.app.failed }])
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="privacy-heading" className="account-section card">
      <h2 id="privacy-heading">{t.account.privacy}</h2>
      <div className="checkbox-field">
        <input
          id="keep-history"
          type="checkbox"
          checked={keep}
          disabled={busy}
          aria-describedby="keep-history-hint"
          onChange={(e) => save(e.target.checked)}
        />
        <label htmlFor="keep-history">{t.account.keepHistory}</label>
      </div>
      <p id="keep-history-hint" className="field-hint">
        {t.account.keepHistoryHint}
      </p>
      <Messages messages={messages} />
    </section>
  )
}
