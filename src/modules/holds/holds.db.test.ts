import { afterEach, describe, expect, it } from 'vitest'
import { buildItem, buildPatron, buildRecord, buildWork, setCirculationSettings, testPin } from '../../test/factories.js'
import { signInMember, signInStaff, withTestApp } from '../../test/test-app.js'
import { testClockStart } from '../../test/test-database.js'

const t = withTestApp()
afterEach(() => t.clock.set(testClockStart))

const old = '2024-01-01'
const member = async (organisation_id = 'bind', home_location_id = 'bind-meppel', overrides = {}) => {
  const patron = await buildPatron(t.db, { organisation_id, home_location_id, ...overrides })
  return { patron, cookie: await signInMember(t.app, patron.card_number, testPin) }
}
const place = (cookie: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/holds', headers: { cookie }, payload })
const post = (cookie: string, url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url, headers: { cookie }, ...(payload && { payload }) })

describe('placing holds', () => {
  it('takes the copy that already stands at the pickup location', async () => {
    const record = await buildRecord(t.db)
    await buildItem(t.db, { record_id: record.id, organisation_id: 'dnk', home_location_id: 'dnk-assen', acquired_on: old })
    await buildItem(t.db, { record_id: record.id, organisation_id: 'bind', home_location_id: 'bind-beilen', acquired_on: old })
    const { cookie } = await member()
    const response = await place(cookie, { recordId: record.id, pickupLocationId: 'bind-beilen' })
    expect(response.json().hold).toMatchObject({ stage: 'copy_chosen', ibl: 'pickup_location' })
    expect(response.json().expectedFeeCents).toBe(100)
  })

  it('refuses a pickup location that takes no pickups, a second hold on the same title, and holds past the limit', async () => {
    const nowhere = await t.db
      .selectFrom('locations')
      .select('id')
      .where('pickup_allowed', '=', false)
      .where('public', '=', true)
      .executeTakeFirstOrThrow()
    const record = await buildRecord(t.db)
    const { cookie } = await member('bind', 'bind-meppel', { category: 'basic' })
    expect((await place(cookie, { recordId: record.id, pickupLocationId: nowhere.id })).json().code).toBe('pickup_not_allowed')
    expect((await place(cookie, { recordId: record.id, pickupLocationId: 'bind-meppel' })).statusCode).toBe(201)
    expect((await place(cookie, { recordId: record.id, pickupLocationId: 'bind-meppel' })).json().code).toBe('already_on_hold')
    for (let i = 0; i < 2; i++)
      expect((await place(cookie, { recordId: (await buildRecord(t.db)).id, pickupLocationId: 'bind-meppel' })).statusCode).toBe(201)
    const fourth = await place(cookie, { recordId: (await buildRecord(t.db)).id, pickupLocationId: 'bind-meppel' })
    expect(fourth.statusCode).toBe(409)
    expect(fourth.json()).toMatchObject({ code: 'hold_limit_reached', current: 3, max: 3 })
  })

  it('shows each member their place in the queue', async () => {
    const record = await buildRecord(t.db)
    const positions = []
    for (let i = 0; i < 3; i++) {
      const { cookie } = await member()
      positions.push((await place(cookie, { recordId: record.id, pickupLocationId: 'bind-meppel' })).json().hold.queuePosition)
    }
    expect(positions).toEqual([1, 2, 3])
  })

  it('keeps a new copy for its own members during the window time', async () => {
    const record = await buildRecord(t.db)
    await buildItem(t.db, { record_id: record.id, organisation_id: 'facet', home_location_id: 'facet-emmen', acquired_on: '2026-11-01' })
    const { cookie } = await member()
    const hold = (await place(cookie, { recordId: record.id, pickupLocationId: 'bind-meppel' })).json().hold
    expect(hold.stage).toBe('placed')
    const staffView = (await t.app.inject({ url: `/api/holds/${hold.id}`, headers: { cookie: await signInStaff(t.app, 'poi') } })).json()
    expect(staffView.staff.targetReason.excluded).toEqual({ window_time: 1 })
  })

  it('fills a hold from any print edition of the work, and not from another format', async () => {
    const work = await buildWork(t.db)
    const asked = await buildRecord(t.db, { work_id: work.id })
    const otherEdition = await buildRecord(t.db, { work_id: work.id })
    const largePrint = await buildRecord(t.db, { work_id: work.id, format: 'large_print' })
    await buildItem(t.db, { record_id: largePrint.id, organisation_id: 'bind', home_location_id: 'bind-meppel', acquired_on: old })
    const copy = await buildItem(t.db, {
      record_id: otherEdition.id,
      organisation_id: 'bind',
      home_location_id: 'bind-meppel',
      acquired_on: old,
    })
    const { cookie } = await member()
    const hold = (await place(cookie, { recordId: asked.id, pickupLocationId: 'bind-beilen' })).json().hold
    const staffView = (await t.app.inject({ url: `/api/holds/${hold.id}`, headers: { cookie: await signInStaff(t.app, 'poi') } })).json()
    expect(staffView.staff.targetBarcode).toBe(copy.barcode)
  })

  it('asks to confirm IBL when the member’s library wants that and the work is also an e-book', async () => {
    const work = await buildWork(t.db)
    const book = await buildRecord(t.db, { work_id: work.id })
    await buildRecord(t.db, { work_id: work.id, format: 'ebook', online_url: 'https://online.example/boek' })
    await buildItem(t.db, { record_id: book.id, organisation_id: 'bind', home_location_id: 'bind-meppel', acquired_on: old })
    const { cookie } = await member('hgv', 'hgv-hoogeveen')
    const first = await place(cookie, { recordId: book.id, pickupLocationId: 'hgv-hoogeveen' })
    expect(first.statusCode).toBe(409)
    expect(first.json()).toMatchObject({
      code: 'confirm_ibl',
      tier: 'provincial',
      alternatives: [{ format: 'ebook', onlineUrl: 'https://online.example/boek' }],
    })
    expect(await t.db.selectFrom('holds').select('id').where('record_id', '=', book.id).execute()).toHaveLength(0)
    const confirmed = await place(cookie, { recordId: book.id, pickupLocationId: 'hgv-hoogeveen', confirmIbl: true })
    expect(confirmed.statusCode).toBe(201)
    expect(confirmed.json().digitalAlternatives).toHaveLength(1)
  })
})

describe('changing a hold', () => {
  it('lets a member cancel until the copy is pulled, and staff after', async () => {
    const record = await buildRecord(t.db)
    const item = await buildItem(t.db, { record_id: record.id, organisation_id: 'bind', home_location_id: 'bind-meppel', acquired_on: old })
    const { cookie } = await member()
    const hold = (await place(cookie, { recordId: record.id, pickupLocationId: 'bind-beilen' })).json().hold
    await post(await signInStaff(t.app, 'balie-meppel', 'bind-meppel'), '/api/returns', { itemBarcode: item.barcode })
    const refused = await post(cookie, `/api/holds/${hold.id}/cancel`)
    expect(refused.statusCode, refused.body).toBe(409)
    expect(refused.json().code).toBe('hold_not_cancellable')
    const byStaff = await post(await signInStaff(t.app, 'balie-beilen'), `/api/holds/${hold.id}/cancel`)
    expect(byStaff.json().status).toBe('cancelled')
  })

  it('releases the chosen copy when a member suspends the hold', async () => {
    const record = await buildRecord(t.db)
    await buildItem(t.db, { record_id: record.id, organisation_id: 'bind', home_location_id: 'bind-meppel', acquired_on: old })
    const { cookie } = await member()
    const hold = (await place(cookie, { recordId: record.id, pickupLocationId: 'bind-meppel' })).json().hold
    const suspended = (await post(cookie, `/api/holds/${hold.id}/suspend`, { until: '2027-01-15' })).json()
    expect(suspended).toMatchObject({ stage: 'placed', suspendedUntil: '2027-01-15' })
  })

  it('does not show or change another member’s hold', async () => {
    const { cookie } = await member()
    const hold = (await place(cookie, { recordId: (await buildRecord(t.db)).id, pickupLocationId: 'bind-meppel' })).json().hold
    const other = await member()
    expect((await t.app.inject({ url: `/api/holds/${hold.id}`, headers: { cookie: other.cookie } })).statusCode).toBe(404)
    expect((await post(other.cookie, `/api/holds/${hold.id}/cancel`)).statusCode).toBe(404)
  })
})

describe('the pull list', () => {
  it('chooses another copy when the pulled one is not on the shelf', async () => {
    const record = await buildRecord(t.db)
    const first = await buildItem(t.db, {
      record_id: record.id,
      organisation_id: 'bind',
      home_location_id: 'bind-beilen',
      shelf_code: 'A',
      acquired_on: old,
    })
    const second = await buildItem(t.db, {
      record_id: record.id,
      organisation_id: 'bind',
      home_location_id: 'bind-meppel',
      shelf_code: 'B',
      acquired_on: old,
    })
    const { cookie } = await member()
    const hold = (await place(cookie, { recordId: record.id, pickupLocationId: 'bind-beilen' })).json().hold
    const beilen = await signInStaff(t.app, 'balie-beilen')
    const list = (await t.app.inject({ url: '/api/locations/bind-beilen/pull-list', headers: { cookie: beilen } })).json()
    expect(list.map((e: { barcode: string }) => e.barcode)).toContain(first.barcode)
    const retargeted = await post(beilen, '/api/locations/bind-beilen/pull-list/not-on-shelf', { itemBarcode: first.barcode })
    expect(retargeted.json()).toMatchObject({ id: hold.id, stage: 'copy_chosen', staff: { targetBarcode: second.barcode } })
    expect((await t.db.selectFrom('items').select('status').where('id', '=', first.id).executeTakeFirstOrThrow()).status).toBe('missing')
  })
})

describe('national IBL and hopeless holds', () => {
  it('puts a hold no copy in the province can fill in the national outbox as an ISO 18626 request', async () => {
    const record = await buildRecord(t.db, { title: 'Zeldzaam boek', isbns: ['9789000000001'] })
    const { cookie } = await member('facet', 'facet-emmen')
    const hold = (await place(cookie, { recordId: record.id, pickupLocationId: 'facet-emmen' })).json().hold
    expect(hold.ibl).toBe('national')
    const poi = await signInStaff(t.app, 'logistiek')
    const outbox = (await t.app.inject({ url: '/api/national-ibl-requests?status=queued', headers: { cookie: poi } })).json()
    const request = outbox.find((r: { holdId: number }) => r.holdId === hold.id)
    expect(request).toMatchObject({ status: 'queued', requestingAgencyId: 'facet', pickupLocationId: 'facet-emmen' })
    const detail = (await t.app.inject({ url: `/api/national-ibl-requests/${request.id}`, headers: { cookie: poi } })).json()
    expect(detail.xml).toContain('<title>Zeldzaam boek</title>')
    expect(detail.xml).toContain('<bibliographicItemIdentifier>9789000000001</bibliographicItemIdentifier>')
    for (const status of ['sent', 'RequestReceived', 'Unfilled']) {
      expect((await post(poi, `/api/national-ibl-requests/${request.id}/status`, { status })).statusCode).toBe(200)
    }
    expect((await post(poi, `/api/national-ibl-requests/${request.id}/status`, { status: 'Loaned' })).json().code).toBe(
      'ibl_status_transition',
    )
    await post(poi, '/api/holds/targeting')
    const hopeless = (await t.app.inject({ url: '/api/holds/hopeless', headers: { cookie: poi } })).json()
    expect(hopeless).toContainEqual(expect.objectContaining({ holdId: hold.id, title: 'Zeldzaam boek' }))
  })

  it('lists a hold as hopeless at once when the member’s library does no national IBL', async () => {
    await setCirculationSettings(t.db, 'dnk', { national_ibl: false })
    try {
      const { cookie } = await member('dnk', 'dnk-assen')
      const hold = (await place(cookie, { recordId: (await buildRecord(t.db)).id, pickupLocationId: 'dnk-assen' })).json().hold
      const hopeless = (
        await t.app.inject({ url: '/api/holds/hopeless', headers: { cookie: await signInStaff(t.app, 'balie-assen') } })
      ).json()
      expect(hopeless.map((h: { holdId: number }) => h.holdId)).toContain(hold.id)
    } finally {
      await setCirculationSettings(t.db, 'dnk', { national_ibl: true })
    }
  })
})
