import { describe, expect, it } from 'vitest'
import { daysToShelf, defaultTransportParameters, estimatedDistances, greatCircleKm, transportCost } from './transport-cost.js'

const meppel = { latitude: 52.69583, longitude: 6.19444 }
const emmen = { latitude: 52.77917, longitude: 6.90694 }
const hoogeveen = { latitude: 52.7225, longitude: 6.47639 }

describe('transport cost', () => {
  it('measures great-circle distance in km (Meppel–Emmen is about 48 km as the crow flies)', () => {
    expect(greatCircleKm(meppel, emmen)).toBeGreaterThan(47)
    expect(greatCircleKm(meppel, emmen)).toBeLessThan(50)
  })

  it('estimates road km with the road factor and minutes from the average speed', () => {
    const distances = estimatedDistances(
      new Map([
        ['meppel', meppel],
        ['emmen', emmen],
      ]),
    )
    const km = distances.km('meppel', 'emmen')
    expect(km).toBeCloseTo(greatCircleKm(meppel, emmen) * 1.3, 6)
    expect(distances.minutes('meppel', 'emmen')).toBeCloseTo((km / 55) * 60, 6)
  })

  it('costs nothing for a copy that is already there, and more for a copy that comes from further away', () => {
    const distances = estimatedDistances(
      new Map([
        ['meppel', meppel],
        ['emmen', emmen],
        ['hoogeveen', hoogeveen],
      ]),
    )
    expect(transportCost(distances, 'hoogeveen', 'hoogeveen')).toEqual({ km: 0, minutes: 0, euros: 0, days: null })
    const fromMeppel = transportCost(distances, 'meppel', 'hoogeveen')
    const fromEmmen = transportCost(distances, 'emmen', 'hoogeveen')
    expect(fromMeppel.euros).toBeGreaterThan(defaultTransportParameters.handlingEuro)
    expect(fromEmmen.euros).toBeGreaterThan(fromMeppel.euros)
  })

  it('counts the days until the copy is on the pickup shelf by the van schedule', () => {
    const schedule = new Map([
      ['meppel', [1, 4]],
      ['emmen', [2, 5]],
      ['hoogeveen', [3]],
    ])
    // pulled on Monday in Meppel: the van takes it on Thursday, Emmen gets it on Friday
    expect(daysToShelf(schedule, 'meppel', 'emmen', 1)).toBe(4)
    // pulled on Thursday: next Monday, then Tuesday
    expect(daysToShelf(schedule, 'meppel', 'emmen', 4)).toBe(5)
    // Hoogeveen only on Wednesdays: from Emmen on a Friday, leaves Tuesday, arrives the Wednesday after
    expect(daysToShelf(schedule, 'emmen', 'hoogeveen', 5)).toBe(5)
    expect(daysToShelf(schedule, 'meppel', 'assen', 1)).toBeNull()
    const distances = estimatedDistances(
      new Map([
        ['meppel', meppel],
        ['emmen', emmen],
      ]),
    )
    expect(transportCost(distances, 'meppel', 'emmen', defaultTransportParameters, { visits: schedule, todayWeekday: 1 }).days).toBe(4)
    expect(transportCost(distances, 'meppel', 'meppel', defaultTransportParameters, { visits: schedule, todayWeekday: 1 }).days).toBe(0)
  })
})
