import { Link } from 'wouter'
import { useI18n } from '../i18n/i18n'
import { PageTitle } from '../ui/PageTitle'

export function NotFound() {
  const { t } = useI18n()
  return (
    <div className="page narrow">
      <PageTitle>{t.app.notFoundTitle}</PageTitle>
      <p>{t.app.notFoundText}</p>
      <p>
        <Link href="/">{t.app.toHome}</Link>
      </p>
    </div>
  )
}
