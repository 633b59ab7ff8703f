import { useRef, useState } from 'react'
import { useParams } from 'wouter'
import { api } from '../api/client'
import type { Patron } from '../api/types'
import { useApi } from '../api/use-api'
import { useI18n } from '../i18n/i18n'
import { Loading } from '../ui/Loading'
import { PageTitle } from '../ui/PageTitle'
import { Status } from '../ui/Status'
import type { Fee, Hold, Loan } from './desk-types'
import { useDeskProblem } from './use-desk-problem'

interface MemberAtDesk {
  patron: Patron
  loans: Loan[]
  holds: Hold[]
  fees: Fee[]
}

async function loadMember(id: string, signal: AbortSignal): Promise<MemberAtDesk> {
  const patron = await api.get<Patron>(`/api/patrons/${id}`, {}, signal)
  const card = { cardNumber: patron.cardNumber }
  const [loans, holds, fees] = await Promise.all([
    api.get<Loan[]>('/api/loans', card, signal),
    api.get<Hold[]>('/api/holds', card, signal),
    api.get<Fee[]>('/api/fees', card, signal),
  ])
  return { patron, loans, holds, fees }
}

/** One member for the desk: details, loans (renew), holds and open fees. The API logs the read. */
export function MemberPage() {
  const { id = '' } = useParams<{ id: string }>()
  const result = useApi((signal) => loadMember(id, signal), [id])
  return <Loading result={result}>{(member) => <MemberView member={member} reload={result.reload} />}</Loading>
}

function MemberView({ member, reload }: { member: MemberAtDesk; reload: () => void }) {
  const { t, formatDate, formatMoney } = useI18n()
  const { problem, location } = useDeskProblem()
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const status = useRef<HTMLDivElement>(null)
  const m = t.desk.member
  const { patron, loans, holds, fees } = member
  const openFees = fees.filter((fee) => fee.balanceCents > 0)

  async function renew(loan: Loan) {
    try {
      const renewed = await api.post<{ dueOn: string }>('/api/renewals', { itemBarcode: loan.barcode })
      setMessage({ ok: true, text: m.renewed(loan.title, formatDate(renewed.dueOn)) })
      reload()
    } catch (e) {
      setMessage({ ok: false, text: problem(e).text })
    }
    status.current?.focus()
  }

  return (
    <div className="page desk-page">
      <PageTitle>{`${patron.firstName} ${patron.lastName}`}</PageTitle>
      {patron.blocked && <Status tone="error">{m.blocked(patron.blocked.reason)}</Status>}
      <Status ref={status} tone={message ? (message.ok ? 'success' : 'error') : 'info'}>
        {message?.text}
      </Status>
      <h2>{m.details}</h2>
      <dl className="facts">
        <dt>{m.card}</dt>
        <dd>
          <code>{patron.cardNumber}</code>
        </dd>
        <dt>{m.category}</dt>
        <dd>{patron.category}</dd>
        <dt>{m.address}</dt>
        <dd>{[patron.streetAddress, patron.postcode, patron.town].filter(Boolean).join(', ') || '—'}</dd>
        <dt>{m.email}</dt>
        <dd>{patron.email ?? '—'}</dd>
        <dt>{m.phone}</dt>
        <dd>{patron.phone ?? '—'}</dd>
        <dt>{m.expires}</dt>
        <dd>{patron.expiresOn ? formatDate(patron.expiresOn) : '—'}</dd>
      </dl>

      <h2>{m.loans}</h2>
      {loans.length === 0 ? (
        <p>{m.noLoans}</p>
      ) : (
        <ul className="plain-list desk-rows">
          {loans.map((loan) => (
            <li key={loan.id}>
              <strong>{loan.title}</strong> · <code>{loan.barcode}</code> · {m.due} {formatDate(loan.dueOn)}
              {loan.overdue && <span className="badge badge-error"> {m.overdue}</span>}{' '}
              <button type="button" className="button button-secondary" onClick={() => renew(loan)}>
                {m.renew}
                <span className="visually-hidden">: {loan.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <h2>{m.holds}</h2>
      {holds.length === 0 ? (
        <p>{m.noHolds}</p>
      ) : (
        <ul className="plain-list desk-rows">
          {holds.map((hold) => (
            <li key={hold.id}>
              <strong>{hold.title}</strong> · {location(hold.pickupLocationId)} · {m.status}: {m.stage[hold.stage]}
              {hold.pickupCode && (
                <>
                  {' '}
                  · {t.desk.answer.pickupCode} <strong>{hold.pickupCode}</strong>
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      <h2>{m.fees}</h2>
      {openFees.length === 0 ? (
        <p>{m.noFees}</p>
      ) : (
        <ul className="plain-list desk-rows">
          {openFees.map((fee) => (
            <li key={fee.id}>
              {fee.note ?? fee.kind} · {formatDate(fee.chargedAt)} · {m.balance}: <strong>{formatMoney(fee.balanceCents)}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
