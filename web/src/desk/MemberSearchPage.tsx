import { type FormEvent, useRef, useState } from 'react'
import { Link } from 'wouter'
import { api } from '../api/client'
import { useI18n } from '../i18n/i18n'
import { Field } from '../ui/Field'
import { PageTitle } from '../ui/PageTitle'
import { Status } from '../ui/Status'
import type { PatronListItem } from './desk-types'
import { useDeskProblem } from './use-desk-problem'

interface PatronPage {
  items: PatronListItem[]
  total: number
}

/** Find members of the desk's own organisation by card number, name or postcode (the API logs each). */
export function MemberSearchPage() {
  const { t } = useI18n()
  const { problem } = useDeskProblem()
  const m = t.desk.members
  const [query, setQuery] = useState({ cardNumber: '', name: '', postcode: '' })
  const [result, setResult] = useState<PatronPage | null>(null)
  const [error, setError] = useState<string | null>(null)
  const first = useRef<HTMLInputElement>(null)
  const status = useRef<HTMLDivElement>(null)

  async function search(event: FormEvent) {
    event.preventDefault()
    const filled = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v.trim()]))
    if (!Object.values(filled).some(Boolean)) {
      setError(m.needOne)
      return first.current?.focus()
    }
    try {
      setResult(await api.get<PatronPage>('/api/patrons', filled))
      setError(null)
    } catch (e) {
      setResult(null)
      setError(problem(e).text)
    }
    status.current?.focus()
  }

  const set = (key: keyof typeof query) => (e: React.ChangeEvent<HTMLInputElement>) => setQuery({ ...query, [key]: e.target.value })
  return (
    <div className="page desk-page">
      <PageTitle>{m.title}</PageTitle>
      <p>{m.intro}</p>
      <form onSubmit={search} className="member-search" noValidate>
        <Field label={m.cardNumber} inputRef={first} value={query.cardNumber} onChange={set('cardNumber')} autoComplete="off" />
        <Field label={m.name} value={query.name} onChange={set('name')} autoComplete="off" />
        <Field label={m.postcode} value={query.postcode} onChange={set('postcode')} autoComplete="off" />
        <button type="submit" className="button">
          {m.search}
        </button>
      </form>
      <Status ref={status} tone={error ? 'error' : 'info'}>
        {error ?? (result && (result.total === 0 ? m.none : m.results(result.total)))}
      </Status>
      {result && result.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{m.name}</th>
              <th scope="col">{m.cardNumber}</th>
              <th scope="col">{m.born}</th>
              <th scope="col">{m.postcode}</th>
              <th scope="col">{m.town}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link href={`/balie/leden/${p.id}`}>
                    {p.firstName} {p.lastName}
                  </Link>
                  {p.blocked && <span className="badge badge-error"> {m.blocked}</span>}
                </td>
                <td>
                  <code>{p.cardNumber}</code>
                </td>
                <td>{p.birthYear}</td>
                <td>{p.postcode ?? '—'}</td>
                <td>{p.town ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
