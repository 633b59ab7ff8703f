import { describe, expect, it } from 'vitest'
import { signInStaff, withTestApp } from '../../test/test-app.js'
import { referenceFigures } from './fleet-figures.js'

const t = withTestApp()

describe('the transport model', () => {
  it('shows staff the depot in Assen, the three demo vans and what each location needs', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel')
    const depots = (await t.app.inject({ url: '/api/logistics/depots', headers: { cookie } })).json()
    expect(depots).toEqual([{ id: 'assen', name: expect.any(String), locationId: 'biblionet-office' }])
    const vans = (await t.app.inject({ url: '/api/logistics/vans', headers: { cookie } })).json()
    expect(vans.map((v: { fuel: string }) => v.fuel)).toEqual(['diesel', 'diesel', 'electric'])
    const locations = (await t.app.inject({ url: '/api/logistics/locations', headers: { cookie } })).json()
    expect(locations).toHaveLength(45)
    expect(locations.find((l: { locationId: string }) => l.locationId === 'dnk-assen')).toMatchObject({
      visitsPerWeek: 2,
      weekdays: [1, 2, 3, 4, 5],
      deliveryWindow: 'opening_hours',
      cratesEstimated: true,
      windows: expect.arrayContaining([{ weekday: 1, opens: '08:00', closes: '22:00' }]),
    })
  })

  it('refuses anonymous callers, and lets desk staff read but not change it', async () => {
    expect((await t.app.inject('/api/logistics/vans')).statusCode).toBe(401)
    const cookie = await signInStaff(t.app, 'balie-meppel')
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/logistics/locations/bind-meppel',
      headers: { cookie },
      payload: { visitsPerWeek: 3 },
    })
    expect(response.statusCode).toBe(403)
  })

  it('lets the logistics planner change a location and keeps what was not sent', async () => {
    const cookie = await signInStaff(t.app, 'logistiek')
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/logistics/locations/bind-meppel',
      headers: { cookie },
      payload: { visitsPerWeek: 3, serviceMinutes: 15, cratesPerVisit: 4 },
    })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      visitsPerWeek: 3,
      serviceMinutes: 15,
      cratesPerVisit: 4,
      cratesEstimated: false,
      weekdays: [1, 2, 3, 4, 5],
    })
    const back = await t.app.inject({
      method: 'PATCH',
      url: '/api/logistics/locations/bind-meppel',
      headers: { cookie },
      payload: { cratesPerVisit: null },
    })
    expect(back.json()).toMatchObject({ visitsPerWeek: 3, cratesEstimated: true })
  })

  it('refuses more visits than allowed weekdays, and an unknown location, changing nothing', async () => {
    const cookie = await signInStaff(t.app, 'logistiek')
    const tooMany = await t.app.inject({
      method: 'PATCH',
      url: '/api/logistics/locations/bind-beilen',
      headers: { cookie },
      payload: { visitsPerWeek: 3, weekdays: [1, 4] },
    })
    expect(tooMany.statusCode).toBe(400)
    expect(tooMany.json().errors).toEqual([{ field: 'body.visitsPerWeek', message: '3 visits do not fit in 2 allowed weekday(s)' }])
    expect((await t.app.inject({ url: '/api/logistics/locations/bind-beilen', headers: { cookie } })).json().visitsPerWeek).toBe(2)
    const unknown = await t.app.inject({
      method: 'PATCH',
      url: '/api/logistics/locations/bind-atlantis',
      headers: { cookie },
      payload: { visitsPerWeek: 1 },
    })
    expect(unknown.statusCode).toBe(404)
  })

  it('adds a van with the reference figures of its fuel, and refuses a duplicate or a bad fuel', async () => {
    const cookie = await signInStaff(t.app, 'poi')
    const payload = { id: 'bus-4', name: 'Bus 4', depotId: 'assen', capacityCrates: 60, fuel: 'electric' }
    const created = await t.app.inject({ method: 'POST', url: '/api/logistics/vans', headers: { cookie }, payload })
    expect(created.statusCode).toBe(201)
    expect(created.json()).toMatchObject({ shiftStart: '07:30', co2KgPerKm: referenceFigures.electric.co2KgPerKm, active: true })
    const duplicate = await t.app.inject({ method: 'POST', url: '/api/logistics/vans', headers: { cookie }, payload })
    expect(duplicate.statusCode).toBe(409)
    const badFuel = await t.app.inject({
      method: 'POST',
      url: '/api/logistics/vans',
      headers: { cookie },
      payload: { ...payload, id: 'bus-5', fuel: 'steam' },
    })
    expect(badFuel.statusCode).toBe(400)
    expect((await t.app.inject({ method: 'DELETE', url: '/api/logistics/vans/bus-4', headers: { cookie } })).statusCode).toBe(204)
  })
})

describe('the distance matrix', () => {
  const csvOf = (ids: string[], skip?: [string, string]) =>
    [
      'from,to,km,minutes',
      ...ids.flatMap((from) =>
        ids.filter((to) => to !== from && !(skip?.[0] === from && skip[1] === to)).map((to) => `${from},${to},12.5,14`),
      ),
    ].join('\n')

  const servedIds = async (cookie: string) => {
    const locations = (await t.app.inject({ url: '/api/logistics/locations', headers: { cookie } })).json()
    return [
      'biblionet-office',
      ...locations.filter((l: { visitsPerWeek: number }) => l.visitsPerWeek > 0).map((l: { locationId: string }) => l.locationId),
    ]
  }

  it('refuses a matrix with missing pairs, naming them, and keeps the old one', async () => {
    const cookie = await signInStaff(t.app, 'logistiek')
    const ids = await servedIds(cookie)
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/logistics/distance-matrix',
      headers: { cookie, 'content-type': 'text/csv' },
      payload: csvOf(ids, ['bind-gieten', 'dnk-assen']),
    })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ code: 'matrix_incomplete', missing: [{ from: 'bind-gieten', to: 'dnk-assen' }] })
    expect(response.json().detail).toContain('bind-gieten → dnk-assen')
    expect((await t.app.inject({ url: '/api/logistics/distance-matrix', headers: { cookie } })).json()).toEqual({ pairs: 0 })
  })

  it('refuses unknown locations and bad numbers with the line they are on', async () => {
    const cookie = await signInStaff(t.app, 'logistiek')
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/logistics/distance-matrix',
      headers: { cookie, 'content-type': 'text/csv' },
      payload: 'from,to,km,minutes\nbind-gieten,bind-atlantis,3,4\nbind-gieten,dnk-assen,far,4\n',
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors).toEqual([
      { field: 'csv line 2', message: 'unknown location bind-atlantis' },
      { field: 'csv line 3', message: '"far" is not a distance or time' },
    ])
  })

  it('imports a complete matrix', async () => {
    const cookie = await signInStaff(t.app, 'logistiek')
    const ids = await servedIds(cookie)
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/logistics/distance-matrix',
      headers: { cookie, 'content-type': 'text/csv' },
      payload: csvOf(ids),
    })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ pairs: ids.length * (ids.length - 1) })
  })
})
