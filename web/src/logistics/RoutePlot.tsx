import { useI18n } from '../i18n/i18n'
import { type LatLon, projector } from './project'

export interface PlotStop extends LatLon {
  name: string
}

const width = 320
const height = 240

/**
 * A route drawn from the depot along its stops and back, on plain SVG (no map tiles: naober runs
 * on closed networks). Numbers match the stop list beside it.
 */
export function RoutePlot({ depot, stops, label }: { depot: PlotStop | null; stops: PlotStop[]; label: string }) {
  const { t } = useI18n()
  const all = depot ? [depot, ...stops] : stops
  if (all.length === 0) return null
  const place = projector(all, width, height)
  const path = (depot ? [depot, ...stops, depot] : stops).map(place)
  return (
    <svg className="route-plot" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      <polyline
        points={path.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
      {depot && (
        <g>
          <rect x={place(depot).x - 6} y={place(depot).y - 6} width="12" height="12" className="route-depot" />
          <title>{t.logistics.depot(depot.name)}</title>
        </g>
      )}
      {stops.map((stop, i) => {
        const p = place(stop)
        return (
          <g key={stop.name}>
            <circle cx={p.x} cy={p.y} r="9" className="route-stop" />
            <text x={p.x} y={p.y + 4} textAnchor="middle" fontSize="10">
              {i + 1}
            </text>
            <title>{`${i + 1}. ${stop.name}`}</title>
          </g>
        )
      })}
    </svg>
  )
}
