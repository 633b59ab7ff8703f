import { useState } from 'react'
import { useI18n } from '../../i18n/i18n'
import { PageTitle } from '../../ui/PageTitle'

export function SearchPage() {
  const { t } = useI18n()
  const [q, setQ] = useState('')
  return (
    <div className="page">
      <PageTitle>{t.nav.search}</PageTitle>
      <search>
        <form onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="q">{t.nav.search}</label>
          <input id="q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </form>
      </search>
    </div>
  )
}
