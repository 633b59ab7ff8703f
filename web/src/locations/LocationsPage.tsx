import { Link } from 'wouter'
import { useI18n } from '../i18n/i18n'
import { Loading } from '../ui/Loading'
import { PageTitle } from '../ui/PageTitle'
import { hoursOn, todayWeekday } from './hours'
import { LocationMap } from './LocationMap'
import { useNetwork } from './use-network'

export function LocationsPage() {
  const { t } = useI18n()
  const network = useNetwork()
  const today = todayWeekday()
  return (
    <div className="page">
      <PageTitle>{t.locations.title}</PageTitle>
      <p className="lead">{t.locations.intro}</p>
      <Loading result={network}>
        {({ locations, organisations }) => {
          const groups = [...organisations.values()]
            .map((o) => ({ organisation: o, locations: locations.filter((l) => l.organisationId === o.id) }))
            .filter((g) => g.locations.length > 0)
          return (
            <div className="locations-layout">
              <div>
                {groups.map(({ organisation, locations: ofOrganisation }) => (
                  <section key={organisation.id} aria-labelledby={`org-${organisation.id}`}>
                    <h2 id={`org-${organisation.id}`}>{organisation.name}</h2>
                    <ul className="location-list plain-list">
                      {ofOrganisation.map((l) => {
                        const staffed = hoursOn(l.hours.staffed, today)
                        const open = hoursOn(l.hours.selfService, today)
                        return (
                          <li key={l.id} className="location-row">
                            <Link href={`/vestigingen/${l.id}`} className="location-name">
                              {l.name}
                            </Link>
                            <span className="muted"> · {t.locations.type[l.type] ?? l.type}</span>
                            <p className="location-today">
                              <span className="muted">{t.locations.today}: </span>
                              {staffed || open ? (
                                <>
                                  {staffed && <span>{staffed}</span>}
                                  {open && <span className="badge">Open+ {open}</span>}
                                </>
                              ) : (
                                <span>{t.locations.closedToday}</span>
                              )}
                            </p>
                          </li>
                        )
                      })}
                    </ul>
                  </section>
                ))}
              </div>
              <aside aria-labelledby="map-heading" className="map-aside">
                <h2 id="map-heading" className="visually-hidden">
                  {t.locations.map}
                </h2>
                <LocationMap locations={locations} label={t.locations.map} />
                <p className="muted">{t.locations.mapHint}</p>
              </aside>
            </div>
          )
        }}
      </Loading>
    </div>
  )
}
