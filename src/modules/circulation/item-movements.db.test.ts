import { describe, expect, it } from 'vitest'
import { buildItem, buildPatron, testPin } from '../../test/factories.js'
import { signInMember, signInStaff, withTestApp } from '../../test/test-app.js'

const t = withTestApp()

describe('GET /api/items/:id/movements', () => {
  it('lists check-outs, check-ins and transits per location and date, newest first, and never the member', async () => {
    const item = await buildItem(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const member = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel', last_name: 'Herkenbaar' })
    const meppel = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const assen = await signInStaff(t.app, 'balie-assen')
    // Hours, not days: the desk sessions must outlast the test.
    const laterBy = (hours: number) => t.clock.set(new Date(t.clock.now().getTime() + hours * 3_600_000))

    const lent = await t.app.inject({
      method: 'POST',
      url: '/api/loans',
      headers: { cookie: meppel },
      payload: { itemBarcode: item.barcode, cardNumber: member.card_number },
    })
    expect(lent.statusCode).toBe(201)
    laterBy(3)
    const returned = await t.app.inject({
      method: 'POST',
      url: '/api/returns',
      headers: { cookie: assen },
      payload: { itemBarcode: item.barcode },
    })
    expect(returned.statusCode, returned.body).toBe(200)
    expect(returned.json().answer).toMatchObject({ action: 'send', toLocationId: 'bind-meppel' })
    laterBy(2)
    const home = await t.app.inject({
      method: 'POST',
      url: '/api/returns',
      headers: { cookie: meppel },
      payload: { itemBarcode: item.barcode },
    })
    expect(home.json()).toMatchObject({ receivedTransit: true, answer: { action: 'shelve' } })

    const response = await t.app.inject({ url: `/api/items/${item.id}/movements`, headers: { cookie: assen } })
    expect(response.statusCode).toBe(200)
    const movements = response.json()
    expect(movements.map((m: { kind: string; locationId: string }) => [m.kind, m.locationId])).toEqual([
      ['transit_received', 'bind-meppel'],
      ['transit_created', 'dnk-assen'],
      ['checked_in', 'dnk-assen'],
      ['checked_out', 'bind-meppel'],
    ])
    expect(movements[1]).toMatchObject({ toLocationId: 'bind-meppel', transitReason: 'home' })
    expect(new Date(movements[0].at).getTime() - new Date(movements[3].at).getTime()).toBe(5 * 3_600_000)
    for (const field of [member.card_number, 'Herkenbaar', String(member.id)]) expect(response.body).not.toContain(`"${field}"`)
    expect(Object.keys(movements[3]).sort()).toEqual(['at', 'kind', 'locationId', 'toLocationId', 'transitReason'])
  })

  it('is empty for a copy that never moved, 404 for an unknown copy, and not for members', async () => {
    const item = await buildItem(t.db, { organisation_id: 'facet', home_location_id: 'facet-emmen' })
    const staff = await signInStaff(t.app, 'logistiek')
    expect((await t.app.inject({ url: `/api/items/${item.id}/movements`, headers: { cookie: staff } })).json()).toEqual([])
    const unknown = await t.app.inject({ url: '/api/items/99999999/movements', headers: { cookie: staff } })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().code).toBe('not_found')
    const member = await buildPatron(t.db, { organisation_id: 'facet', home_location_id: 'facet-emmen' })
    const memberCookie = await signInMember(t.app, member.card_number, testPin)
    expect((await t.app.inject({ url: `/api/items/${item.id}/movements`, headers: { cookie: memberCookie } })).statusCode).toBe(403)
  })
})
