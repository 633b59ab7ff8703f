import { type FormEvent, useRef, useState } from 'react'
import { ApiError, api } from '../../api/client'
import { useSession } from '../../app/session'
import { useI18n } from '../../i18n/i18n'
import { Field } from '../../ui/Field'
import { Status } from '../../ui/Status'

/**
 * Card number and PIN. A wrong card or PIN gets one message (the server does not say which was wrong),
 * shown above the form and read out; the PIN is emptied and gets the focus, so the user can try again.
 */
export function SignInForm({ onSignedIn }: { onSignedIn?: () => void }) {
  const { t } = useI18n()
  const { refresh } = useSession()
  const [cardNumber, setCardNumber] = useState('')
  const [pin, setPin] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const [missing, setMissing] = useState<{ card?: boolean; pin?: boolean }>({})
  const cardRef = useRef<HTMLInputElement>(null)
  const pinRef = useRef<HTMLInputElement>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const empty = { card: cardNumber.trim() === '', pin: pin === '' }
    setMissing(empty)
    if (empty.card || empty.pin) {
      setError(t.form.fixErrors(Number(empty.card) + Number(empty.pin)))
      ;(empty.card ? cardRef : pinRef).current?.focus()
      return
    }
    setBusy(true)
    setError('')
    try {
      await api.post('/api/auth/member', { cardNumber: cardNumber.replaceAll(' ', ''), pin })
      await refresh()
      onSignedIn?.()
    } catch (caught) {
      const tooMany = caught instanceof ApiError && caught.code === 'too_many_attempts'
      const minutes = caught instanceof ApiError ? Math.ceil(Number(caught.body.retryAfterSeconds ?? 300) / 60) : 5
      setError(tooMany ? t.signIn.tooMany(minutes) : caught instanceof ApiError && caught.status === 401 ? t.signIn.failed : t.app.failed)
      setPin('')
      pinRef.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="sign-in card" onSubmit={submit} noValidate>
      <Status tone="error">{error}</Status>
      <Field
        label={t.signIn.card}
        hint={t.signIn.cardHint}
        inputRef={cardRef}
        name="cardNumber"
        inputMode="numeric"
        autoComplete="username"
        value={cardNumber}
        onChange={(e) => setCardNumber(e.target.value)}
        error={missing.card ? t.form.required : undefined}
      />
      <Field
        label={t.signIn.pin}
        inputRef={pinRef}
        name="pin"
        type="password"
        inputMode="numeric"
        autoComplete="current-password"
        value={pin}
        onChange={(e) => setPin(e.target.value)}
        error={missing.pin ? t.form.required : undefined}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? t.signIn.busy : t.signIn.button}
      </button>
      <p className="muted sign-in-help">{t.signIn.forgotten}</p>
    </form>
  )
}
