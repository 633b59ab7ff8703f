import { api } from '../../api/client'
import type { Patron } from '../../api/types'
import { useApi } from '../../api/use-api'
import { useSession } from '../../app/session'
import { useI18n } from '../../i18n/i18n'
import { Loading } from '../../ui/Loading'
import { PageTitle } from '../../ui/PageTitle'
import { DetailsSection } from './DetailsSection'
import { FeesSection } from './FeesSection'
import { HoldsSection } from './HoldsSection'
import { LoansSection } from './LoansSection'
import { PrivacySection } from './PrivacySection'
import { SignInForm } from './SignInForm'

/** My library: loans, holds, fees, privacy and details; the sign-in form when nobody is signed in. */
export function AccountPage() {
  const { t } = useI18n()
  const { actor } = useSession()
  if (actor === null) return <div className="page" />
  if (actor.kind !== 'patron')
    return (
      <div className="page narrow">
        <PageTitle>{t.signIn.title}</PageTitle>
        <p>{t.signIn.intro}</p>
        <SignInForm />
      </div>
    )
  return <Account />
}

function Account() {
  const { t } = useI18n()
  const me = useApi((signal) => api.get<Patron>('/api/me', {}, signal), [])
  return (
    <div className="page">
      <PageTitle>{t.account.title}</PageTitle>
      <Loading result={me}>
        {(patron) => (
          <>
            <p className="lead">{t.account.hello(patron.firstName)}</p>
            {patron.blocked && (
              <div className="status status-error" role="alert">
                <h2>{t.account.blocked}</h2>
                <p>{t.account.blockedText(patron.blocked.reason)}</p>
              </div>
            )}
            <div className="account-grid">
              <LoansSection />
              <HoldsSection />
              <FeesSection />
              <PrivacySection patron={patron} onSaved={me.reload} />
              <DetailsSection patron={patron} />
            </div>
          </>
        )}
      </Loading>
    </div>
  )
}
