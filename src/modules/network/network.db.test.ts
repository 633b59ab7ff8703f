import { describe, expect, it } from 'vitest'
import { signInStaff, withTestApp } from '../../test/test-app.js'

const t = withTestApp()

describe('the Drenthe network', () => {
  it('lists the four library organisations and the POI', async () => {
    const response = await t.app.inject('/api/organisations')
    expect(response.statusCode).toBe(200)
    expect(
      response
        .json()
        .map((o: { id: string }) => o.id)
        .sort(),
    ).toEqual(['biblionet', 'bind', 'dnk', 'facet', 'hgv'])
  })

  it('lists the 12 municipalities with CBS code and population', async () => {
    const municipalities = (await t.app.inject('/api/municipalities')).json()
    expect(municipalities).toHaveLength(12)
    expect(municipalities.find((m: { code: string }) => m.code === 'GM0114')).toMatchObject({ name: 'Emmen', organisationId: 'facet' })
  })

  it('shows the public locations with coordinates and staffed and Open+ hours, not the POI office', async () => {
    const locations = (await t.app.inject('/api/locations')).json()
    expect(locations).toHaveLength(45)
    const assen = locations.find((l: { id: string }) => l.id === 'dnk-assen')
    expect(assen).toMatchObject({ organisationId: 'dnk', town: 'Assen', municipalityCode: 'GM0106', pickupAllowed: true })
    expect(assen.latitude).toBeCloseTo(52.99, 1)
    expect(assen.hours.staffed.length).toBeGreaterThan(0)
    expect(assen.hours.selfService.length).toBeGreaterThan(0)
    expect(locations.some((l: { id: string }) => l.id === 'biblionet-office')).toBe(false)
  })

  it('filters locations where holds can be picked up', async () => {
    const locations = (await t.app.inject('/api/locations?pickupAllowed=true&organisationId=facet')).json()
    expect(locations.length).toBeGreaterThan(0)
    expect(
      locations.every((l: { pickupAllowed: boolean; organisationId: string }) => l.pickupAllowed && l.organisationId === 'facet'),
    ).toBe(true)
  })

  it('answers an unknown location with a 404 problem', async () => {
    const response = await t.app.inject('/api/locations/bind-atlantis')
    expect(response.statusCode).toBe(404)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(response.json()).toMatchObject({ code: 'not_found', status: 404, detail: 'No location with id bind-atlantis.' })
  })

  it('pages through populated places, largest first', async () => {
    const page = (await t.app.inject('/api/places?municipalityCode=GM0106&pageSize=3')).json()
    expect(page.items).toHaveLength(3)
    expect(page.total).toBeGreaterThan(3)
    expect(page.items[0].name).toBe('Assen')
  })

  it('lists the network-wide public holidays as closed days of every location', async () => {
    const days = (await t.app.inject('/api/locations/bind-meppel/closed-days?from=2026-12-01&to=2026-12-31')).json()
    expect(days.map((d: { date: string }) => d.date)).toEqual(['2026-12-25', '2026-12-26'])
  })
})

describe('managing locations', () => {
  const newLocation = {
    id: 'bind-testdorp',
    organisationId: 'bind',
    name: 'Bibliotheek Testdorp',
    type: 'service_point',
    town: 'Testdorp',
    municipalityCode: 'GM1731',
    latitude: 52.86,
    longitude: 6.52,
    hours: { staffed: [{ weekday: 3, opens: '14:00', closes: '17:00' }], selfService: [] },
  }

  it('lets an organisation admin add a location to their organisation', async () => {
    const cookie = await signInStaff(t.app, 'bind-beheer')
    const response = await t.app.inject({ method: 'POST', url: '/api/locations', headers: { cookie }, payload: newLocation })
    expect(response.statusCode).toBe(201)
    expect(response.json().hours.staffed).toEqual([{ weekday: 3, opens: '14:00', closes: '17:00' }])
  })

  it('refuses a location for another organisation', async () => {
    const cookie = await signInStaff(t.app, 'facet-beheer')
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/locations',
      headers: { cookie },
      payload: { ...newLocation, id: 'bind-anders' },
    })
    expect(response.statusCode).toBe(403)
    expect(response.json().code).toBe('organisation_scope')
  })

  it('answers a duplicate id with a 409 naming it, and a bad field with a 400 naming the field', async () => {
    const cookie = await signInStaff(t.app, 'poi')
    const duplicate = await t.app.inject({ method: 'POST', url: '/api/locations', headers: { cookie }, payload: newLocation })
    expect(duplicate.statusCode).toBe(409)
    expect(duplicate.json()).toMatchObject({ code: 'already_exists', field: 'id' })
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/locations',
      headers: { cookie },
      payload: { ...newLocation, id: 'bind-elders', latitude: 123, colour: 'blue' },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'body.latitude', message: 'must be <= 90' },
        { field: 'body.colour', message: 'is not a known field' },
      ]),
    )
  })

  it('refuses overlapping hours and keeps the old ones', async () => {
    const cookie = await signInStaff(t.app, 'bind-beheer')
    const overlapping = {
      staffed: [
        { weekday: 1, opens: '09:00', closes: '12:00' },
        { weekday: 1, opens: '11:00', closes: '13:00' },
      ],
      selfService: [],
    }
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/locations/bind-testdorp/hours',
      headers: { cookie },
      payload: overlapping,
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().detail).toContain('overlap on weekday 1')
    const location = (await t.app.inject('/api/locations/bind-testdorp')).json()
    expect(location.hours.staffed).toEqual([{ weekday: 3, opens: '14:00', closes: '17:00' }])
  })

  it('refuses to remove a location that staff still work at', async () => {
    const cookie = await signInStaff(t.app, 'bind-beheer')
    const response = await t.app.inject({ method: 'DELETE', url: '/api/locations/bind-meppel', headers: { cookie } })
    expect(response.statusCode).toBe(409)
    expect(response.json().code).toBe('still_in_use')
    expect((await t.app.inject('/api/locations/bind-meppel')).statusCode).toBe(200)
  })

  it('closes one location on a day, and only the network admin closes the whole network', async () => {
    const admin = await signInStaff(t.app, 'bind-beheer')
    const closed = await t.app.inject({
      method: 'POST',
      url: '/api/locations/bind-testdorp/closed-days',
      headers: { cookie: admin },
      payload: { date: '2026-12-02', reason: 'Verbouwing' },
    })
    expect(closed.statusCode).toBe(201)
    const network = await t.app.inject({
      method: 'POST',
      url: '/api/closed-days',
      headers: { cookie: admin },
      payload: { date: '2026-12-31', reason: 'Oudjaarsdag' },
    })
    expect(network.statusCode).toBe(403)
  })
})

describe('clearing a field', () => {
  it('keeps a null as null (no phone number any more), not an empty string', async () => {
    const cookie = await signInStaff(t.app, 'bind-beheer')
    const patch = (phone: string | null) =>
      t.app.inject({ method: 'PATCH', url: '/api/locations/bind-testdorp', headers: { cookie }, payload: { phone } })
    expect((await patch('0592 123456')).json().phone).toBe('0592 123456')
    const cleared = await patch(null)
    expect(cleared.statusCode).toBe(200)
    expect(cleared.json().phone).toBeNull()
  })
})
