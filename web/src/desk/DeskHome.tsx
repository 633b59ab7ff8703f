import { Link } from 'wouter'
import { useI18n } from '../i18n/i18n'
import { PageTitle } from '../ui/PageTitle'
import { ChooseLocation } from './ChooseLocation'
import type { DeskSession } from './DeskGate'
import { deskMenu } from './menu'
import { useLocationNames } from './use-locations'

/** The desk's start: where you work (and a change of it) and the desk's tasks. */
export function DeskHome({ desk }: { desk: DeskSession }) {
  const { t } = useI18n()
  const location = useLocationNames()
  return (
    <div className="page desk-page">
      <PageTitle>{t.desk.home}</PageTitle>
      <p>
        <strong>{t.desk.location.current(location(desk.locationId))}</strong>
      </p>
      <nav aria-label={t.desk.nav}>
        <ul className="desk-tasks">
          {deskMenu.map((entry) => (
            <li key={entry.href}>
              <Link href={entry.href} className="button button-secondary">
                {entry.label(t)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {desk.actor.locationIds.length > 1 && (
        <details className="change-location">
          <summary>{t.desk.location.change}</summary>
          <ChooseLocation actor={desk.actor} embedded />
        </details>
      )}
    </div>
  )
}
