import type { ReactNode } from 'react'
import { useI18n } from '../../i18n/i18n'

export interface ScanEntry {
  id: number
  ok: boolean
  scan: string
  text: ReactNode
}

/** This session's scans, newest first, so staff can look back at what went through. */
export function ScanLog({ entries }: { entries: readonly ScanEntry[] }) {
  const { t } = useI18n()
  return (
    <section aria-labelledby="scan-log" className="scan-log">
      <h2 id="scan-log">{t.desk.scan.session}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t.desk.scan.empty}</p>
      ) : (
        <ol reversed className="plain-list">
          {entries.map((entry) => (
            <li key={entry.id} className={entry.ok ? 'scan-ok' : 'scan-refused'}>
              <span className={`badge ${entry.ok ? 'badge-ok' : 'badge-error'}`}>{entry.ok ? '✓' : '✗'}</span> <code>{entry.scan}</code>{' '}
              {entry.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
