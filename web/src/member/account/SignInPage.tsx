import { useLocation, useSearch } from 'wouter'
import { useI18n } from '../../i18n/i18n'
import { PageTitle } from '../../ui/PageTitle'
import { SignInForm } from './SignInForm'

export function SignInPage() {
  const { t } = useI18n()
  const [, navigate] = useLocation()
  const back = new URLSearchParams(useSearch()).get('terug')
  // Only a path inside this site, never an address elsewhere.
  const next = back?.startsWith('/') && !back.startsWith('//') ? back : '/mijn'
  return (
    <div className="page narrow">
      <PageTitle>{t.signIn.title}</PageTitle>
      <p>{t.signIn.intro}</p>
      <SignInForm onSignedIn={() => navigate(next)} />
    </div>
  )
}
