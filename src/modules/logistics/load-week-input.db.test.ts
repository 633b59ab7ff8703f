import { describe, expect, it } from 'vitest'
import { withTestDatabase } from '../../test/test-app.js'
import { referenceFigures } from './fleet-figures.js'
import { loadWeekInput } from './load-week-input.js'

const t = withTestDatabase()
const base = { distances: 'estimate' as const, seconds: 5, seed: 1 }

describe('the planner input from the transport model', () => {
  it('serves every public location with visits, from the depot in Assen, with the three demo vans', async () => {
    const input = await loadWeekInput(t.db, base)
    expect(input.depot.id).toBe('assen')
    expect(input.stops).toHaveLength(42)
    expect(input.stops.some((s) => s.locationId.startsWith('facet-bus'))).toBe(false)
    expect(input.vans.map((v) => v.id)).toEqual(['bus-1', 'bus-2', 'bus-3'])
    expect(input.matrix.km).toHaveLength(43 * 43)
  })

  it('applies the what-ifs: more vans than the fleet, an electric fleet, three visits a week', async () => {
    const input = await loadWeekInput(t.db, { ...base, vans: 5, electric: true, visits: 3 })
    expect(input.vans.map((v) => v.id)).toEqual(['bus-1', 'bus-2', 'bus-3', 'bus-1-extra-4', 'bus-1-extra-5'])
    expect(input.vans.every((v) => v.fuel === 'electric' && v.co2KgPerKm === referenceFigures.electric.co2KgPerKm)).toBe(true)
    expect(input.stops.every((s) => s.visitsPerWeek === 3)).toBe(true)
  })

  it('scales the estimated km with the road factor', async () => {
    const [straight, road] = await Promise.all([loadWeekInput(t.db, { ...base, roadFactor: 1 }), loadWeekInput(t.db, base)])
    const k = 43 + 5
    expect(road.matrix.km[k]).toBeCloseTo((straight.matrix.km[k] ?? 0) * 1.3, 6)
  })

  it('refuses the imported matrix while it misses pairs', async () => {
    await expect(loadWeekInput(t.db, { ...base, distances: 'matrix' })).rejects.toMatchObject({ code: 'matrix_incomplete' })
  })
})
