import { type FormEvent, useRef, useState } from 'react'
import { ApiError, api } from '../api/client'
import { useSession } from '../app/session'
import { useI18n } from '../i18n/i18n'
import { Field } from '../ui/Field'
import { PageTitle } from '../ui/PageTitle'
import { Status } from '../ui/Status'

/** Staff sign in with username and password; a wrong one says so and puts the focus back. */
export function DeskSignIn() {
  const { t } = useI18n()
  const { refresh } = useSession()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const usernameField = useRef<HTMLInputElement>(null)
  const passwordField = useRef<HTMLInputElement>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!username.trim()) return usernameField.current?.focus()
    if (!password) return passwordField.current?.focus()
    setBusy(true)
    try {
      await api.post('/api/auth/staff', { username: username.trim(), password })
      await refresh()
    } catch (e) {
      setError(e instanceof ApiError && e.status === 429 ? t.desk.signIn.throttled : t.desk.signIn.wrong)
      setPassword('')
      passwordField.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="page narrow">
      <PageTitle>{t.desk.signIn.title}</PageTitle>
      <Status tone="error">{error}</Status>
      <form onSubmit={submit} noValidate>
        <Field
          label={t.desk.signIn.username}
          inputRef={usernameField}
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
        />
        <Field
          label={t.desk.signIn.password}
          inputRef={passwordField}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={error ?? undefined}
          required
        />
        <button type="submit" className="button" disabled={busy}>
          {t.desk.signIn.submit}
        </button>
      </form>
    </div>
  )
}
