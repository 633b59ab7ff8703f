import { type FormEvent, useId, useState } from 'react'
import { api } from '../api/client'
import type { Actor } from '../api/types'
import { useSession } from '../app/session'
import { useI18n } from '../i18n/i18n'
import { PageTitle } from '../ui/PageTitle'
import { Status } from '../ui/Status'
import { useLocationNames } from './use-locations'

type Staff = Extract<Actor, { kind: 'staff' }>

/** Where this desk session works: the check-in answer and the desk lists depend on it. */
export function ChooseLocation({ actor, embedded = false }: { actor: Staff; embedded?: boolean }) {
  const { t } = useI18n()
  const { refresh } = useSession()
  const name = useLocationNames()
  const id = useId()
  const [choice, setChoice] = useState(actor.currentLocationId ?? actor.locationIds[0] ?? '')
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      await api.put('/api/auth/location', { locationId: choice })
      await refresh()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }

  if (actor.locationIds.length === 0)
    return (
      <div className="page narrow">
        <PageTitle>{t.desk.location.title}</PageTitle>
        <p>{t.desk.location.none}</p>
      </div>
    )
  const form = (
    <form onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>{t.desk.location.label}</label>
        <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
          {actor.locationIds.map((locationId) => (
            <option key={locationId} value={locationId}>
              {name(locationId)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t.desk.location.submit}
      </button>
      <Status tone="error">{error}</Status>
    </form>
  )
  if (embedded) return form
  return (
    <div className="page narrow">
      <PageTitle>{t.desk.location.title}</PageTitle>
      {form}
    </div>
  )
}
