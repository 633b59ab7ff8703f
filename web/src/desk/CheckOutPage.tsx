import { useEffect, useRef, useState } from 'react'
import { api } from '../api/client'
import { useI18n } from '../i18n/i18n'
import { PageTitle } from '../ui/PageTitle'
import type { DeskSession } from './DeskGate'
import type { ScanTarget } from './desk-problem'
import type { CheckOutResponse } from './desk-types'
import { ScanFeedback } from './scan/ScanFeedback'
import { barcodePattern, cardPattern, ScanField } from './scan/ScanField'
import { ScanLog } from './scan/ScanLog'
import { SoundToggle } from './scan/SoundToggle'
import { useScanSound } from './scan/sound'
import { useScanSession } from './scan/use-scan-session'
import { useDeskProblem } from './use-desk-problem'

/** Check out: scan the member's card, then each copy; the focus stays in the field to scan next. */
export function CheckOutPage({ desk }: { desk: DeskSession }) {
  const { t, formatDate } = useI18n()
  const { problem, location } = useDeskProblem()
  const sound = useScanSound()
  const { entries, feedback, record } = useScanSession()
  const [card, setCard] = useState<string | null>(null)
  const [member, setMember] = useState<CheckOutResponse['patron'] | null>(null)
  const [busy, setBusy] = useState(false)
  const [focus, setFocus] = useState<{ target: ScanTarget; round: number }>({ target: 'card', round: 0 })
  const [fieldError, setFieldError] = useState<{ target: ScanTarget; text: string } | null>(null)
  const cardField = useRef<HTMLInputElement>(null)
  const itemField = useRef<HTMLInputElement>(null)

  useEffect(() => {
    ;(focus.target === 'card' ? cardField : itemField).current?.focus()
  }, [focus])
  const focusOn = (target: ScanTarget) => setFocus((f) => ({ target, round: f.round + 1 }))

  function refuse(scan: string, target: ScanTarget, text: string) {
    record(scan, false, text)
    setFieldError({ target, text })
    sound.signal(false)
    if (target === 'card') {
      setCard(null)
      setMember(null)
    }
    focusOn(target)
  }

  function anotherMember() {
    setCard(null)
    setMember(null)
    setFieldError(null)
    focusOn('card')
  }

  function scanCard(scan: string) {
    if (!cardPattern.test(scan)) return refuse(scan, 'card', t.desk.scan.notACard(scan))
    setCard(scan)
    setMember(null)
    setFieldError(null)
    focusOn('item')
  }

  async function scanItem(scan: string) {
    if (!card) return refuse(scan, 'card', t.desk.checkOut.cardFirst)
    if (!barcodePattern.test(scan)) return refuse(scan, 'item', t.desk.scan.notABarcode(scan))
    setBusy(true)
    try {
      const loan = await api.post<CheckOutResponse>('/api/loans', { itemBarcode: scan, cardNumber: card, locationId: desk.locationId })
      setMember(loan.patron)
      setFieldError(null)
      const text = `${t.desk.checkOut.lent(loan.item.title, formatDate(loan.dueOn))}${loan.filledHoldId ? ` ${t.desk.checkOut.filledHold}` : ''}`
      record(scan, true, text)
      sound.signal(true)
      focusOn('item')
    } catch (error) {
      const { text, target } = problem(error)
      refuse(scan, target, text)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="page desk-page">
      <PageTitle>{t.desk.checkOut.title}</PageTitle>
      <p className="muted">{t.desk.location.current(location(desk.locationId))}</p>
      <div className="scan-columns">
        <div>
          {card === null ? (
            <ScanField
              label={t.desk.scan.card}
              hint={t.desk.scan.cardHint}
              inputRef={cardField}
              error={fieldError?.target === 'card' ? fieldError.text : undefined}
              onScan={scanCard}
            />
          ) : (
            <div className="current-member">
              <p>
                <strong>{t.desk.checkOut.member}:</strong> <code>{card}</code>
                {member?.name && <> — {member.name}</>}
              </p>
              {member && member.name === null && <p className="muted">{t.desk.checkOut.otherOrganisation(member.organisationId)}</p>}
              <button type="button" className="button button-secondary" onClick={anotherMember}>
                {t.desk.checkOut.newMember}
              </button>
            </div>
          )}
          {card !== null && (
            <ScanField
              label={t.desk.scan.barcode}
              hint={t.desk.scan.barcodeHint}
              inputRef={itemField}
              error={fieldError?.target === 'item' ? fieldError.text : undefined}
              disabled={busy}
              onScan={scanItem}
            />
          )}
          <ScanFeedback feedback={feedback} />
          <SoundToggle on={sound.on} toggle={sound.toggle} />
        </div>
        <ScanLog entries={entries} />
      </div>
    </div>
  )
}
