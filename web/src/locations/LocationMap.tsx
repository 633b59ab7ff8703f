import { Link } from 'wouter'
import type { Location } from '../api/types'

const width = 640
const height = 520
const margin = 36

/**
 * Where the locations are: a plain SVG plot of their coordinates (no online map tiles, so nothing is
 * fetched from elsewhere and nothing tracks the visitor). Every dot is a link with the location's name.
 */
export function LocationMap({ locations, label, highlight }: { locations: Location[]; label: string; highlight?: string }) {
  if (locations.length === 0) return null
  const lats = locations.map((l) => l.latitude)
  const lons = locations.map((l) => l.longitude)
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)]
  // Degrees of longitude are shorter than degrees of latitude this far north.
  const squash = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)
  const spanX = Math.max((maxLon - minLon) * squash, 0.01)
  const spanY = Math.max(maxLat - minLat, 0.01)
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)
  const x = (lon: number) => margin + (lon - minLon) * squash * scale
  const y = (lat: number) => height - margin - (lat - minLat) * scale
  const ordered = [...locations].sort((a, b) => (a.id === highlight ? 1 : 0) - (b.id === highlight ? 1 : 0))
  const labelled = placeLabels(ordered, x, y, highlight)
  return (
    <figure className="location-map" aria-labelledby="location-map-title">
      <svg viewBox={`0 0 ${width} ${height}`} aria-labelledby="location-map-title">
        <title id="location-map-title">{label}</title>
        <rect x="0" y="0" width={width} height={height} rx="12" className="map-ground" />
        {ordered.map((l) => {
          const current = l.id === highlight
          return (
            <Link key={l.id} href={`/vestigingen/${l.id}`} aria-label={l.name} className={current ? 'map-dot current' : 'map-dot'}>
              <circle cx={x(l.longitude)} cy={y(l.latitude)} r={current ? 11 : 7} />
              {labelled.has(l.id) && (
                <text x={x(l.longitude) + 12} y={y(l.latitude) + 5}>
                  {l.town}
                </text>
              )}
            </Link>
          )
        })}
      </svg>
    </figure>
  )
}

/** Town names where they fit: the highlighted one first, then the others that overlap no name already placed. */
function placeLabels(locations: Location[], x: (lon: number) => number, y: (lat: number) => number, highlight?: string): Set<string> {
  // The dots are obstacles too: no name is written over another location's dot.
  const placed = locations.map((l) => ({ x: x(l.longitude) - 8, y: y(l.latitude) - 8, w: 16 }))
  const labelled = new Set<string>()
  const candidates = [...locations].sort((a, b) => (b.id === highlight ? 1 : 0) - (a.id === highlight ? 1 : 0))
  for (const l of candidates) {
    const box = { x: x(l.longitude) + 12, y: y(l.latitude) - 9, w: l.town.length * 7.5 }
    const overlaps = placed.some((p) => box.x < p.x + p.w + 4 && p.x < box.x + box.w + 4 && Math.abs(box.y - p.y) < 16)
    if (overlaps || box.x + box.w > width) continue
    placed.push(box)
    labelled.add(l.id)
  }
  return labelled
}
