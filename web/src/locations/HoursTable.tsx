import type { Location } from '../api/types'
import { useI18n } from '../i18n/i18n'
import { hoursOn, todayWeekday } from './hours'

/** A week of opening hours, Monday first, today marked. */
export function HoursTable({ spans, caption }: { spans: Location['hours']['staffed']; caption: string }) {
  const { t } = useI18n()
  const today = todayWeekday()
  return (
    <table className="hours-table">
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {t.weekday.map((name, index) => {
          const weekday = index + 1
          const hours = hoursOn(spans, weekday)
          return (
            <tr key={name} className={weekday === today ? 'today' : undefined}>
              <th scope="row">
                {name}
                {weekday === today && <span className="badge">{t.locations.today}</span>}
              </th>
              <td>{hours || <span className="muted">{t.locations.closed}</span>}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
