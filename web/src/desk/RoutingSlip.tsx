import { useI18n } from '../i18n/i18n'
import type { CheckInResponse } from './desk-types'

type Answer = CheckInResponse['answer']

/** The routing answer in a few words, for the screen and the slip. */
export function useAnswerText() {
  const { t } = useI18n()
  return (answer: Answer, locationName: (id: string | null) => string) => {
    const a = t.desk.answer
    const head =
      answer.action === 'hold_shelf'
        ? a.hold_shelf
        : answer.action === 'send'
          ? a.send(answer.toLocationName ?? locationName(answer.toLocationId))
          : a.shelve
    return answer.reason ? `${head} — ${a.reason[answer.reason]}` : head
  }
}

/**
 * The slip that goes with the copy: hold shelf with the member's pickup code (never their name),
 * send to a location, or shelve. Only it is printed (see desk.css @media print).
 */
export function RoutingSlip({
  result,
  fromName,
  toName,
}: {
  result: CheckInResponse
  fromName: string
  toName: (id: string | null) => string
}) {
  const { t, formatDate } = useI18n()
  const answerText = useAnswerText()
  const { answer, item } = result
  return (
    <section className="routing-slip print-only-area" aria-label={t.desk.slip.title}>
      <p className="slip-kind">{t.desk.slip.title}</p>
      <p className="slip-action">{answerText(answer, toName)}</p>
      {answer.action === 'hold_shelf' && answer.pickupCode && (
        <p className="slip-code">
          {t.desk.answer.pickupCode}: <strong>{answer.pickupCode}</strong>
        </p>
      )}
      {answer.pickupDeadline && (
        <p>
          {t.desk.answer.pickupDeadline}: {formatDate(answer.pickupDeadline)}
        </p>
      )}
      <dl className="slip-details">
        <dt>{t.desk.slip.item}</dt>
        <dd>
          {item.title} · <code>{item.barcode}</code>
          {item.shelfCode && <> · {item.shelfCode}</>}
        </dd>
        <dt>{t.desk.slip.from}</dt>
        <dd>{fromName}</dd>
        <dt>{t.desk.slip.date}</dt>
        <dd>{formatDate(new Date(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })}</dd>
      </dl>
    </section>
  )
}
