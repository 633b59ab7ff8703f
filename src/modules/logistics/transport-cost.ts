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
  /**
   * what a day longer on the way weighs against euros when copies are ranked: a member waiting a
   * day for a copy is worth about a euro and a half of van and handling cost
   */
  waitingEuroPerDay: number
}

export const defaultTransportParameters: TransportParameters = {
  roadFactor: 1.3,
  averageSpeedKmh: 55,
  euroPerKm: 0.6,
  handlingMinutes: 6,
  handlingEuro: 3.5,
  waitingEuroPerDay: 1.5,
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
  /** days until the copy can be on the pickup shelf by the adopted van schedule; null without one */
  days: number | null
}

/**
 * The van schedule: the ISO weekdays (1 = Monday) the vans visit each location, from the adopted
 * week plan. The vans run through the depot, where crates are sorted overnight.
 */
export type VanSchedule = ReadonlyMap<string, readonly number[]>

/**
 * Days from today until a copy pulled today is on the pickup shelf: the van takes it at the source's
 * first visit from tomorrow on (today's pull list is made after the van's round is planned), sorts it
 * at the depot, and brings it on the destination's first visit after that. Null when either location
 * has no visit days in the schedule.
 */
export function daysToShelf(schedule: VanSchedule, fromId: string, toId: string, todayWeekday: number): number | null {
  const from = schedule.get(fromId)
  const to = schedule.get(toId)
  if (!from?.length || !to?.length) return null
  const daysUntil = (days: readonly number[], after: number) => {
    for (let wait = 1; wait <= 7; wait++) if (days.includes(((after - 1 + wait) % 7) + 1)) return wait
    return 7
  }
  const pickup = daysUntil(from, todayWeekday)
  return pickup + daysUntil(to, ((todayWeekday - 1 + pickup) % 7) + 1)
}

/** What a copy costs when copies are ranked: euros, plus the days the member waits for it. */
export const rankingEuros = (cost: TransportCost, params = defaultTransportParameters) =>
  cost.euros + (cost.days ?? 0) * params.waitingEuroPerDay

/** What it costs to bring one copy from one location to another; nothing when it is already there. */
export function transportCost(
  distances: DistanceSource,
  fromId: string,
  toId: string,
  params = defaultTransportParameters,
  schedule?: { visits: VanSchedule; todayWeekday: number },
): TransportCost {
  if (fromId === toId) return { km: 0, minutes: 0, euros: 0, days: schedule ? 0 : null }
  const km = distances.km(fromId, toId)
  return {
    km,
    minutes: distances.minutes(fromId, toId) + params.handlingMinutes,
    euros: km * params.euroPerKm + params.handlingEuro,
    days: schedule ? daysToShelf(schedule.visits, fromId, toId, schedule.todayWeekday) : null,
  }
}
