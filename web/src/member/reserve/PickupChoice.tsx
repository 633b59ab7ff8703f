import { useEffect, useRef, useState } from 'react'
import type { Location } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { kmBetween } from '../../locations/geo'
import { hoursOn } from '../../locations/hours'

const shownFirst = 6

/** The pickup locations as radio buttons, nearest to the member's home library first, each with its week's hours. */
export function PickupChoice({
  locations,
  home,
  value,
  onChange,
}: {
  locations: Location[]
  home: Location | undefined
  value: string
  onChange: (id: string) => void
}) {
  const { t } = useI18n()
  const [showAll, setShowAll] = useState(false)
  const list = useRef<HTMLUListElement>(null)
  // The button disappears when pressed: the focus goes to the first location it brought into view.
  useEffect(() => {
    if (showAll) list.current?.querySelectorAll<HTMLInputElement>('input[type=radio]')[shownFirst]?.focus()
  }, [showAll])
  const ranked = locations
    .filter((l) => l.pickupAllowed)
    .map((l) => ({ location: l, km: home ? kmBetween(home, l) : null }))
    .sort((a, b) => (a.km ?? 0) - (b.km ?? 0) || a.location.name.localeCompare(b.location.name, 'nl'))
  const chosenIndex = ranked.findIndex((r) => r.location.id === value)
  const shown = showAll ? ranked : ranked.slice(0, Math.max(shownFirst, chosenIndex + 1))
  return (
    <fieldset className="pickup-choice">
      <legend>{t.reserve.pickup}</legend>
      <p className="field-hint">{t.reserve.pickupHint}</p>
      <ul className="plain-list" ref={list}>
        {shown.map(({ location, km }) => (
          <li key={location.id}>
            <label className={location.id === value ? 'pickup-option chosen' : 'pickup-option'}>
              <input
                type="radio"
                name="pickup"
                value={location.id}
                checked={location.id === value}
                onChange={() => onChange(location.id)}
              />
              <span className="pickup-text">
                <span className="pickup-name">
                  {location.name}
                  {km !== null && <span className="muted"> · {t.reserve.km(km)}</span>}
                </span>
                <WeekSummary location={location} />
              </span>
            </label>
          </li>
        ))}
      </ul>
      {!showAll && ranked.length > shown.length && (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          {t.reserve.showAll}
        </button>
      )}
    </fieldset>
  )
}

/** Staffed and Open+ hours per weekday in two short lines ("ma 09:00–17:00 · di …"). */
function WeekSummary({ location }: { location: Location }) {
  const { t } = useI18n()
  const line = (spans: Location['hours']['staffed']) =>
    t.weekday
      .map((day, i) => {
        const hours = hoursOn(spans, i + 1)
        return hours ? `${day.slice(0, 2)} ${hours}` : ''
      })
      .filter(Boolean)
      .join(' · ')
  const open = line(location.hours.selfService)
  return (
    <span className="pickup-hours">
      <span>
        <span className="muted">{t.reserve.staffedHours}: </span>
        {line(location.hours.staffed) || '—'}
      </span>
      <span>
        <span className="muted">{t.reserve.selfServiceHours}: </span>
        {open || t.reserve.noSelfService}
      </span>
    </span>
  )
}
