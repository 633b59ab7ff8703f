/**
 * The one transport cost model of naober: the IBL engine ranks candidate copies with it and the
 * route planner plans the vans with the same distances, speeds and prices. Distances are
 * great-circle × a road factor unless a distance matrix (e.g. from OSRM) is given.
 */
export interface Point {
  latitude: number
  longitude: number
}

export interface TransportParameters {
  /** road km per great-circle km (1.3 is typical for rural Dutch roads) */
  roadFactor: number
  /** average van speed between stops */
  averageSpeedKmh: number
  /** euros per van-km: fuel or energy, wear, driver time */
  euroPerKm: number
  /** staff minutes to pull, pack, crate, unpack and receive one copy that travels */
  handlingMinutes: number
  /** euros for that handling */
  handlingEuro: number
}

export const defaultTransportParameters: TransportParameters = {
  roadFactor: 1.3,
  averageSpeedKmh: 55,
  euroPerKm: 0.6,
  handlingMinutes: 6,
  handlingEuro: 3.5,
}

const earthRadiusKm = 6371.0088

export function greatCircleKm(a: Point, b: Point): number {
  const rad = Math.PI / 180
  const dLat = (b.latitude - a.latitude) * rad
  const dLon = (b.longitude - a.longitude) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** A distance source: the default estimates road km; an imported matrix answers from its table. */
export interface DistanceSource {
  km(fromId: string, toId: string): number
  minutes(fromId: string, toId: string): number
}

export function estimatedDistances(points: ReadonlyMap<string, Point>, params = defaultTransportParameters): DistanceSource {
  const point = (id: string) => {
    const p = points.get(id)
    if (!p) throw new Error(`no coordinates for location ${id}`)
    return p
  }
  const km = (fromId: string, toId: string) => (fromId === toId ? 0 : greatCircleKm(point(fromId), point(toId)) * params.roadFactor)
  return { km, minutes: (fromId, toId) => (km(fromId, toId) / params.averageSpeedKmh) * 60 }
}

export interface TransportCost {
  km: number
  /** driving minutes plus handling minutes */
  minutes: number
  euros: number
}

/** What it costs to bring one copy from one location to another; nothing when it is already there. */
export function transportCost(distances: DistanceSource, fromId: string, toId: string, params = defaultTransportParameters): TransportCost {
  if (fromId === toId) return { km: 0, minutes: 0, euros: 0 }
  const km = distances.km(fromId, toId)
  return {
    km,
    minutes: distances.minutes(fromId, toId) + params.handlingMinutes,
    euros: km * params.euroPerKm + params.handlingEuro,
  }
}
