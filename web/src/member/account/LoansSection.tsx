import { useState } from 'react'
import { ApiError, api } from '../../api/client'
import type { Loan, RenewalResponse } from '../../api/types'
import { useApi } from '../../api/use-api'
import { useI18n } from '../../i18n/i18n'
import { problemText } from '../../i18n/problem-text'
import { Loading } from '../../ui/Loading'
import { type Message, Messages } from './Messages'

/** My loans with their due dates; renew one, or all at once (each answered on its own). */
export function LoansSection() {
  const { t, formatDate } = useI18n()
  const loans = useApi((signal) => api.get<Loan[]>('/api/me/loans', {}, signal), [])
  const [messages, setMessages] = useState<Message[]>([])
  const [busy, setBusy] = useState(false)

  async function renew(targets: Loan[]) {
    setBusy(true)
    const results: Message[] = []
    let renewed = 0
    for (const loan of targets) {
      try {
        const answer = await api.post<RenewalResponse>('/api/renewals', { loanId: loan.id })
        renewed++
        if (targets.length === 1) results.push({ tone: 'success', text: t.account.renewed(loan.title, formatDate(answer.dueOn)) })
      } catch (caught) {
        results.push({
          tone: 'error',
          text: t.account.notRenewed(loan.title, caught instanceof ApiError ? problemText(t, caught) : t.app.failed),
        })
      }
    }
    if (targets.length > 1) results.unshift({ tone: 'success', text: t.account.renewedAll(renewed) })
    setMessages(results)
    setBusy(false)
    loans.reload()
  }

  return (
    <section aria-labelledby="loans-heading" className="account-section card">
      <h2 id="loans-heading">{t.account.loans}</h2>
      <Messages messages={messages} />
      <Loading result={loans}>
        {(list) =>
          list.length === 0 ? (
            <p>{t.account.noLoans}</p>
          ) : (
            <>
              <ul className="plain-list loan-list">
                {list.map((loan) => (
                  <li key={loan.id} className="loan">
                    <div>
                      <strong>{loan.title}</strong>
                      {loan.authors[0] && <span className="muted"> · {loan.authors[0]}</span>}
                      <p className={loan.overdue ? 'due overdue' : 'due'}>
                        {t.account.due} {formatDate(loan.dueOn, { weekday: 'long', day: 'numeric', month: 'long' })}
                        {loan.overdue && <span className="badge badge-error">{t.account.overdue}</span>}
                        {loan.renewals > 0 && (
                          <span className="muted">
                            {' '}
                            · {t.account.renewals} {loan.renewals}×
                          </span>
                        )}
                      </p>
                    </div>
                    <button
                      type="button"
                      className="button button-secondary"
                      disabled={busy}
                      aria-label={t.account.renewTitle(loan.title)}
                      onClick={() => renew([loan])}
                    >
                      {t.account.renew}
                    </button>
                  </li>
                ))}
              </ul>
              {list.length > 1 && (
                <button type="button" className="button" disabled={busy} onClick={() => renew(list)}>
                  {t.account.renewAll}
                </button>
              )}
            </>
          )
        }
      </Loading>
    </section>
  )
}
