import { Link, useParams } from 'wouter'
import { api } from '../api/client'
import type { ClosedDay } from '../api/types'
import { useApi } from '../api/use-api'
import { useI18n } from '../i18n/i18n'
import { Loading } from '../ui/Loading'
import { PageTitle } from '../ui/PageTitle'
import { Status } from '../ui/Status'
import { HoursTable } from './HoursTable'
import { LocationMap } from './LocationMap'
import { useNetwork } from './use-network'

export function LocationPage() {
  const { t, formatDate } = useI18n()
  const { id = '' } = useParams<{ id: string }>()
  const network = useNetwork()
  const closedDays = useApi((signal) => api.get<ClosedDay[]>(`/api/locations/${encodeURIComponent(id)}/closed-days`, {}, signal), [id])
  return (
    <div className="page">
      <Loading result={network}>
        {({ locations, organisations }) => {
          const location = locations.find((l) => l.id === id)
          if (!location)
            return (
              <>
                <PageTitle>{t.locations.notFound}</PageTitle>
                <Link href="/vestigingen">{t.locations.back}</Link>
              </>
            )
          return (
            <>
              <p className="breadcrumb">
                <Link href="/vestigingen">{t.locations.back}</Link>
              </p>
              <PageTitle>{location.name}</PageTitle>
              <p className="lead">
                {t.locations.type[location.type] ?? location.type} · {organisations.get(location.organisationId)?.name}
              </p>
              <div className="location-detail">
                <div>
                  <section aria-labelledby="h-address" className="card">
                    <h2 id="h-address">{t.locations.address}</h2>
                    <address>
                      {location.streetAddress && (
                        <>
                          {location.streetAddress}
                          <br />
                        </>
                      )}
                      {location.postcode} {location.town}
                    </address>
                    {(location.phone || location.email) && (
                      <p>
                        {location.phone && <a href={`tel:${location.phone.replaceAll(' ', '')}`}>{location.phone}</a>}
                        {location.phone && location.email && <br />}
                        {location.email && <a href={`mailto:${location.email}`}>{location.email}</a>}
                      </p>
                    )}
                    <p>{location.pickupAllowed ? t.locations.pickup : t.locations.noPickup}</p>
                    {location.note && <p className="muted">{location.note}</p>}
                  </section>
                  <section aria-labelledby="h-staffed">
                    <h2 id="h-staffed">{t.locations.staffedHours}</h2>
                    <HoursTable spans={location.hours.staffed} caption={t.locations.staffedHours} />
                  </section>
                  <section aria-labelledby="h-open">
                    <h2 id="h-open">{t.locations.selfServiceHours}</h2>
                    {location.hours.selfService.length > 0 ? (
                      <HoursTable spans={location.hours.selfService} caption={t.locations.selfServiceHours} />
                    ) : (
                      <p>{t.locations.noSelfService}</p>
                    )}
                  </section>
                  <section aria-labelledby="h-closed">
                    <h2 id="h-closed">{t.locations.closedDays}</h2>
                    <Loading result={closedDays}>
                      {(days) =>
                        days.length === 0 ? (
                          <p>{t.locations.noClosedDays}</p>
                        ) : (
                          <ul>
                            {days.map((d) => (
                              <li key={d.id}>
                                {formatDate(d.date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}: {d.reason}
                              </li>
                            ))}
                          </ul>
                        )
                      }
                    </Loading>
                  </section>
                  <section aria-labelledby="h-access">
                    <h2 id="h-access">{t.locations.accessibility}</h2>
                    {location.accessibility.length > 0 ? (
                      <ul className="feature-list">
                        {location.accessibility.map((f) => (
                          <li key={f}>{t.locations.feature[f] ?? f}</li>
                        ))}
                      </ul>
                    ) : (
                      <Status>{t.locations.noAccessibility}</Status>
                    )}
                  </section>
                </div>
                <aside aria-label={t.locations.map}>
                  <LocationMap locations={locations} label={t.locations.map} highlight={location.id} />
                </aside>
              </div>
            </>
          )
        }}
      </Loading>
    </div>
  )
}
