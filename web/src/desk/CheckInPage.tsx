import { useEffect, useRef, useState } from 'react'
import { api } from '../api/client'
import { useI18n } from '../i18n/i18n'
import { PageTitle } from '../ui/PageTitle'
import type { DeskSession } from './DeskGate'
import type { CheckInResponse } from './desk-types'
import { RoutingSlip, useAnswerText } from './RoutingSlip'
import { ScanFeedback } from './scan/ScanFeedback'
import { barcodePattern, ScanField } from './scan/ScanField'
import { ScanLog } from './scan/ScanLog'
import { SoundToggle } from './scan/SoundToggle'
import { useScanSound } from './scan/sound'
import { useScanSession } from './scan/use-scan-session'
import { useDeskProblem } from './use-desk-problem'

/**
 * Check in anywhere: each scan answers hold shelf / send to X / shelve, with a slip to print. The
 * focus returns to the scan field after every scan and after printing.
 */
export function CheckInPage({ desk }: { desk: DeskSession }) {
  const { t, formatMoney, formatDate } = useI18n()
  const { problem, location } = useDeskProblem()
  const answerText = useAnswerText()
  const sound = useScanSound()
  const { entries, feedback, record } = useScanSession()
  const [last, setLast] = useState<CheckInResponse | null>(null)
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [round, setRound] = useState(0)
  const field = useRef<HTMLInputElement>(null)

  // biome-ignore lint/correctness/useExhaustiveDependencies: every scan (round) puts the focus back
  useEffect(() => field.current?.focus(), [round])

  async function scan(barcode: string) {
    setRound((r) => r + 1)
    if (!barcodePattern.test(barcode)) {
      const text = t.desk.scan.notABarcode(barcode)
      setError(text)
      sound.signal(false)
      return record(barcode, false, text)
    }
    setBusy(true)
    try {
      const result = await api.post<CheckInResponse>('/api/returns', { itemBarcode: barcode, locationId: desk.locationId })
      setLast(result)
      setError(undefined)
      const notes = [
        result.loan && result.loan.daysLate > 0 ? t.desk.checkIn.late(result.loan.daysLate, formatMoney(result.loan.fineCents)) : null,
        result.receivedTransit ? t.desk.checkIn.received : null,
        result.foundAgain ? t.desk.checkIn.foundAgain : null,
      ].filter(Boolean)
      record(
        barcode,
        true,
        <>
          <strong className="answer-line">{answerText(result.answer, location)}</strong>
          {result.answer.pickupCode && (
            <>
              {' '}
              · {t.desk.answer.pickupCode}: <strong>{result.answer.pickupCode}</strong>
            </>
          )}
          {result.answer.pickupDeadline && (
            <>
              {' '}
              · {t.desk.answer.pickupDeadline} {formatDate(result.answer.pickupDeadline)}
            </>
          )}
          <br />
          {t.desk.checkIn.returned(result.item.title)} {notes.join(' ')}
        </>,
      )
      sound.signal(true)
    } catch (e) {
      const { text } = problem(e)
      setError(text)
      setLast(null)
      record(barcode, false, text)
      sound.signal(false)
    } finally {
      setBusy(false)
      setRound((r) => r + 1)
    }
  }

  function printSlip() {
    window.print()
    field.current?.focus()
  }

  return (
    <div className="page desk-page checkin-page">
      <PageTitle>{t.desk.checkIn.title}</PageTitle>
      <p className="muted no-print">{t.desk.location.current(location(desk.locationId))}</p>
      <div className="scan-columns">
        <div>
          <div className="no-print">
            <ScanField
              label={t.desk.scan.barcode}
              hint={t.desk.scan.barcodeHint}
              inputRef={field}
              error={error}
              disabled={busy}
              onScan={scan}
            />
            <ScanFeedback feedback={feedback} />
          </div>
          {last && (
            <>
              <RoutingSlip result={last} fromName={location(desk.locationId)} toName={location} />
              <p className="no-print">
                <button type="button" className="button" onClick={printSlip}>
                  {t.desk.checkIn.printSlip}
                </button>
              </p>
            </>
          )}
          <div className="no-print">
            <SoundToggle on={sound.on} toggle={sound.toggle} />
          </div>
        </div>
        <div className="no-print">
          <ScanLog entries={entries} />
        </div>
      </div>
    </div>
  )
}
