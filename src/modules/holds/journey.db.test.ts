import { describe, expect, it } from 'vitest'
import { buildItem, buildPatron, buildRecord, setCirculationSettings, testPin } from '../../test/factories.js'
import { signInMember, signInStaff, withTestApp } from '../../test/test-app.js'

const t = withTestApp()

/**
 * The whole cycle of the issue: a Facet member in Emmen reserves a title whose only available
 * copy is in Meppel (Bind), for pickup in Beilen; borrows it; returns it in Assen.
 */
async function reserveInMeppelForBeilen() {
  const record = await buildRecord(t.db, { title: 'De avonden' })
  const item = await buildItem(t.db, {
    record_id: record.id,
    organisation_id: 'bind',
    home_location_id: 'bind-meppel',
    shelf_code: 'R REVE',
    acquired_on: '2024-03-01',
  })
  const member = await buildPatron(t.db, {
    organisation_id: 'facet',
    home_location_id: 'facet-emmen',
    first_name: 'Anna',
    email: 'anna@example.nl',
  })
  const memberCookie = await signInMember(t.app, member.card_number, testPin)
  const placed = await t.app.inject({
    method: 'POST',
    url: '/api/holds',
    headers: { cookie: memberCookie },
    payload: { recordId: record.id, pickupLocationId: 'bind-beilen' },
  })
  expect(placed.statusCode).toBe(201)
  return { record, item, member, memberCookie, holdId: placed.json().hold.id as number, placed: placed.json() }
}

const myHold = async (cookie: string, holdId: number) => {
  const holds = (await t.app.inject({ url: '/api/me/holds', headers: { cookie } })).json()
  return holds.find((h: { id: number }) => h.id === holdId)
}

describe('a hold across the province, from reservation to return', () => {
  it('runs the whole cycle: Meppel pulls, Beilen shelves and lends, Assen sends it home', async () => {
    const { item, member, memberCookie, holdId, placed } = await reserveInMeppelForBeilen()
    expect(placed.hold).toMatchObject({ stage: 'copy_chosen', ibl: 'provincial', queuePosition: 1, canCancel: true })
    expect(placed.hold.staff).toBeUndefined()

    const meppel = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const pullList = (await t.app.inject({ url: '/api/locations/bind-meppel/pull-list', headers: { cookie: meppel } })).json()
    expect(pullList).toContainEqual(
      expect.objectContaining({ holdId, barcode: item.barcode, shelfCode: 'R REVE', pickupLocationId: 'bind-beilen' }),
    )
    const staffView = (await t.app.inject({ url: `/api/holds/${holdId}`, headers: { cookie: meppel } })).json()
    expect(staffView.staff.targetReason.summary).toContain('provincial IBL')
    expect(staffView.staff.targetReason.chosen).toMatchObject({ barcode: item.barcode, locationId: 'bind-meppel' })

    const pulled = await t.app.inject({
      method: 'POST',
      url: '/api/returns',
      headers: { cookie: meppel },
      payload: { itemBarcode: item.barcode },
    })
    expect(pulled.json().answer).toMatchObject({ action: 'send', reason: 'hold', toLocationId: 'bind-beilen', holdId })
    expect(pulled.json().answer.message).toContain('Send to')
    expect((await myHold(memberCookie, holdId)).stage).toBe('pulled')

    const beilen = await signInStaff(t.app, 'balie-beilen')
    const arrived = await t.app.inject({
      method: 'POST',
      url: '/api/returns',
      headers: { cookie: beilen },
      payload: { itemBarcode: item.barcode },
    })
    expect(arrived.json()).toMatchObject({ receivedTransit: true, answer: { action: 'hold_shelf', holdId } })
    const ready = await myHold(memberCookie, holdId)
    expect(ready).toMatchObject({ stage: 'ready', pickupCode: arrived.json().answer.pickupCode, canCancel: false })
    expect(ready.pickupDeadline >= '2026-11-30').toBe(true)
    const notice = await t.db
      .selectFrom('notices')
      .selectAll()
      .where('patron_id', '=', member.id)
      .where('kind', '=', 'hold_ready')
      .executeTakeFirst()
    expect(notice?.body).toContain('Beilen')
    const shelf = (await t.app.inject({ url: '/api/locations/bind-beilen/hold-shelf', headers: { cookie: beilen } })).json()
    expect(shelf).toContainEqual(expect.objectContaining({ holdId, barcode: item.barcode, expired: false, afterDeadline: 'return_home' }))

    const lent = await t.app.inject({
      method: 'POST',
      url: '/api/loans',
      headers: { cookie: beilen },
      payload: { itemBarcode: item.barcode, cardNumber: member.card_number },
    })
    expect(lent.statusCode, lent.body).toBe(201)
    expect(lent.json()).toMatchObject({ filledHoldId: holdId, patron: { organisationId: 'facet', category: 'adult', name: null } })
    const loans = (await t.app.inject({ url: '/api/me/loans', headers: { cookie: memberCookie } })).json()
    expect(loans.map((l: { barcode: string }) => l.barcode)).toEqual([item.barcode])

    const assen = await signInStaff(t.app, 'balie-assen')
    const returned = await t.app.inject({
      method: 'POST',
      url: '/api/returns',
      headers: { cookie: assen },
      payload: { itemBarcode: item.barcode },
    })
    expect(returned.json()).toMatchObject({
      answer: { action: 'send', reason: 'home', toLocationId: 'bind-meppel' },
      loan: { daysLate: 0, fineCents: 0 },
    })
    const closed = await t.db.selectFrom('loans').selectAll().where('item_id', '=', item.id).executeTakeFirstOrThrow()
    expect(closed.patron_id).toBeNull()
    const home = await t.app.inject({
      method: 'POST',
      url: '/api/returns',
      headers: { cookie: meppel },
      payload: { itemBarcode: item.barcode },
    })
    expect(home.json().answer).toMatchObject({ action: 'shelve', reason: 'home' })
  })

  it('keeps the copy in Assen when Bind lets the collection float', async () => {
    await setCirculationSettings(t.db, 'bind', { floating_collections: ['general'] })
    try {
      const { item, member } = await reserveInMeppelForBeilen()
      const meppel = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
      const beilen = await signInStaff(t.app, 'balie-beilen')
      const assen = await signInStaff(t.app, 'balie-assen')
      await t.app.inject({ method: 'POST', url: '/api/returns', headers: { cookie: meppel }, payload: { itemBarcode: item.barcode } })
      await t.app.inject({ method: 'POST', url: '/api/returns', headers: { cookie: beilen }, payload: { itemBarcode: item.barcode } })
      await t.app.inject({
        method: 'POST',
        url: '/api/loans',
        headers: { cookie: beilen },
        payload: { itemBarcode: item.barcode, cardNumber: member.card_number },
      })
      const returned = await t.app.inject({
        method: 'POST',
        url: '/api/returns',
        headers: { cookie: assen },
        payload: { itemBarcode: item.barcode },
      })
      expect(returned.json().answer).toMatchObject({ action: 'shelve', reason: 'floating' })
      const moved = await t.db
        .selectFrom('items')
        .select(['home_location_id', 'organisation_id', 'status'])
        .where('id', '=', item.id)
        .executeTakeFirstOrThrow()
      expect(moved).toEqual({ home_location_id: 'dnk-assen', organisation_id: 'bind', status: 'available' })
    } finally {
      await setCirculationSettings(t.db, 'bind', { floating_collections: [] })
    }
  })
})
