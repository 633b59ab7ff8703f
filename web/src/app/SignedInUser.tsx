import { Link, useLocation } from 'wouter'
import { api } from '../api/client'
import type { Patron } from '../api/types'
import { useApi } from '../api/use-api'
import { useI18n } from '../i18n/i18n'
import { useSession } from './session'

/** Who is signed in with a sign-out button, or the sign-in link. */
export function SignedInUser() {
  const { t } = useI18n()
  const { actor, signOut } = useSession()
  const [, navigate] = useLocation()
  const patronId = actor?.kind === 'patron' ? actor.patronId : null
  const me = useApi((signal) => (patronId ? api.get<Patron>('/api/me', {}, signal) : Promise.resolve(null)), [patronId])
  if (actor === null) return null
  if (actor.kind === 'anonymous')
    return (
      <Link href="/inloggen" className="header-link">
        {t.app.signIn}
      </Link>
    )
  const who = actor.kind === 'staff' ? actor.username : (me.data?.firstName ?? '')
  return (
    <div className="signed-in">
      <span>{t.app.signedInAs(who)}</span>
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          await signOut()
          navigate('/')
        }}
      >
        {t.app.signOut}
      </button>
    </div>
  )
}
