import { api } from '../api/client'
import type { Depot, Location, Plan } from '../api/types'
import { useApi } from '../api/use-api'
import { useI18n } from '../i18n/i18n'
import { Loading } from '../ui/Loading'
import { PageTitle } from '../ui/PageTitle'
import { Status } from '../ui/Status'
import { type PlotStop, RoutePlot } from './RoutePlot'

interface WeekData {
  plan: Plan | null
  places: Map<string, Location>
  depot: PlotStop | null
}

/** The plan to show: the adopted one (the van schedule), else the newest finished one. */
async function loadWeek(signal: AbortSignal): Promise<WeekData> {
  const [plans, locations, depots] = await Promise.all([
    api.get<Plan[]>('/api/logistics/plans', undefined, signal),
    api.get<Location[]>('/api/locations', undefined, signal),
    api.get<Depot[]>('/api/logistics/depots', undefined, signal),
  ])
  const chosen = plans.find((p) => p.adoptedAt) ?? plans.find((p) => p.status === 'done')
  const plan = chosen ? await api.get<Plan>(`/api/logistics/plans/${chosen.id}`, undefined, signal) : null
  const first = depots[0]
  const depotLocation = first ? await api.get<Location>(`/api/locations/${first.locationId}`, undefined, signal).catch(() => null) : null
  return {
    plan,
    places: new Map(locations.map((l) => [l.id, l])),
    depot: depotLocation && first ? { name: first.name, latitude: depotLocation.latitude, longitude: depotLocation.longitude } : null,
  }
}

/** The logistics planner's week at a glance: totals, the norm, and every day's routes as a list and a plot. */
export function WeekPage() {
  const { t } = useI18n()
  const week = useApi(loadWeek, [])
  return (
    <div className="page logistics">
      <PageTitle>{t.logistics.weekTitle}</PageTitle>
      <Loading result={week}>{(data) => <Week {...data} />}</Loading>
    </div>
  )
}

function Week({ plan, places, depot }: WeekData) {
  const { t } = useI18n()
  if (!plan?.result) return <Status>{t.logistics.noPlan}</Status>
  const result = plan.result
  if (!result.feasible)
    return (
      <Status tone="error">
        <p>{t.logistics.infeasible}</p>
        <ul>
          {result.clashes.map((c) => (
            <li key={c.message}>{c.message}</li>
          ))}
        </ul>
      </Status>
    )
  const short = result.norm.filter((n) => !n.met)
  return (
    <>
      <p>
        {plan.adoptedAt ? t.logistics.adopted(plan.id) : t.logistics.latest(plan.id)}{' '}
        {t.logistics.totals(result.totals.visits, result.totals.routes, result.totals.km, result.totals.co2Kg.fleet)}
      </p>
      <p>{short.length === 0 ? t.logistics.normMet(result.norm.length) : t.logistics.normShort(short.map((n) => n.name).join(', '))}</p>
      <table className="week-glance">
        <caption>{t.logistics.glanceCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.logistics.day}</th>
            <th scope="col">{t.logistics.visits}</th>
            <th scope="col">{t.logistics.routes}</th>
            <th scope="col">{t.logistics.crates}</th>
            <th scope="col">km</th>
          </tr>
        </thead>
        <tbody>
          {result.days.map((day) => (
            <tr key={day.weekday}>
              <th scope="row">{t.logistics.weekday(day.weekday)}</th>
              <td>{day.visits}</td>
              <td>{day.routes.length}</td>
              <td>{day.crates}</td>
              <td>{day.km}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.days.map((day) => (
        <section key={day.weekday} aria-labelledby={`day-${day.weekday}`}>
          <h2 id={`day-${day.weekday}`}>{t.logistics.weekday(day.weekday)}</h2>
          {day.routes.map((route) => {
            const label = t.logistics.routeLabel(t.logistics.weekday(day.weekday), route.van.name, route.km)
            const stops = route.stops.flatMap((s) => {
              const place = places.get(s.locationId)
              return place ? [{ name: s.name, latitude: place.latitude, longitude: place.longitude }] : []
            })
            return (
              <article key={`${route.van.id}-${route.departure}`} className="route">
                <h3>{label}</h3>
                <p>{t.logistics.routeTimes(route.departure, route.return, route.co2Kg.van, route.maxLoad)}</p>
                <div className="route-body">
                  <ol className="route-stops">
                    {route.stops.map((s) => (
                      <li key={s.locationId}>
                        {s.start} {s.name} — {t.logistics.cratesOffOn(s.cratesOff, s.cratesOn)}
                      </li>
                    ))}
                  </ol>
                  <RoutePlot depot={depot} stops={stops} label={label} />
                </div>
              </article>
            )
          })}
        </section>
      ))}
    </>
  )
}
