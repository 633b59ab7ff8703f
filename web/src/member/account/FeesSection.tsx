import { api } from '../../api/client'
import type { Fee } from '../../api/types'
import { useApi } from '../../api/use-api'
import { useI18n } from '../../i18n/i18n'
import { Loading } from '../../ui/Loading'

/** What I still owe; paid and waived fees are left out. */
export function FeesSection() {
  const { t, formatDate, formatMoney } = useI18n()
  const fees = useApi((signal) => api.get<Fee[]>('/api/me/fees', {}, signal), [])
  return (
    <section aria-labelledby="fees-heading" className="account-section card">
      <h2 id="fees-heading">{t.account.fees}</h2>
      <Loading result={fees}>
        {(all) => {
          const open = all.filter((f) => f.balanceCents > 0)
          if (open.length === 0) return <p>{t.account.noFees}</p>
          return (
            <>
              <ul className="plain-list fee-list">
                {open.map((fee) => (
                  <li key={fee.id}>
                    <span>
                      {t.account.feeKind[fee.kind] ?? fee.kind}
                      {fee.note && <span className="muted"> · {fee.note}</span>}
                      <span className="muted"> · {formatDate(fee.chargedAt)}</span>
                    </span>
                    <strong>{formatMoney(fee.balanceCents)}</strong>
                  </li>
                ))}
              </ul>
              <p>
                <strong>{t.account.feeTotal(formatMoney(open.reduce((sum, f) => sum + f.balanceCents, 0)))}</strong>
              </p>
              <p className="muted">{t.account.payAtDesk}</p>
            </>
          )
        }}
      </Loading>
    </section>
  )
}
