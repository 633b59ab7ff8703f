import type { ReactNode } from 'react'
import type { Loaded } from '../api/use-api'
import { useI18n } from '../i18n/i18n'
import { Status } from './Status'

/** Shows a loading line, or the failure with a retry, or the page's content once it is there. */
export function Loading<T>({ result, children }: { result: Loaded<T> & { reload: () => void }; children: (data: T) => ReactNode }) {
  const { t } = useI18n()
  if (result.state === 'loading') return <Status>{t.app.loading}</Status>
  if (result.state === 'failed')
    return (
      <Status tone="error">
        <p>
          {t.app.failed} {result.error.detail}
        </p>
        <button type="button" className="button button-secondary" onClick={result.reload}>
          {t.app.tryAgain}
        </button>
      </Status>
    )
  return <>{children(result.data)}</>
}
