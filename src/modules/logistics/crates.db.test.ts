import { describe, expect, it } from 'vitest'
import { buildItem, buildPatron, buildRecord, testPin } from '../../test/factories.js'
import { signInMember, signInStaff, withTestApp } from '../../test/test-app.js'

const t = withTestApp()

const post = (url: string, cookie: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { cookie }, payload })
const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } })
const crateCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('crates')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

/** A copy checked in at Meppel that must travel home to Beilen: an open transit Meppel → Beilen. */
async function waitingInMeppelFor(to: string, meppel: string) {
  const item = await buildItem(t.db, { organisation_id: 'bind', home_location_id: to, current_location_id: 'bind-meppel' })
  const answer = (await post('/api/returns', meppel, { itemBarcode: item.barcode })).json().answer
  expect(answer).toMatchObject({ action: 'send', toLocationId: to })
  return { ...item, transitId: answer.transitId as number }
}

/** A member's hold for pickup in Beilen whose copy Meppel has pulled: transit Meppel → Beilen for the hold. */
async function holdPulledInMeppel(meppel: string) {
  const record = await buildRecord(t.db, { title: 'Het verdriet van België' })
  const item = await buildItem(t.db, { record_id: record.id, organisation_id: 'bind', home_location_id: 'bind-meppel' })
  const member = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-beilen' })
  const memberCookie = await signInMember(t.app, member.card_number, testPin)
  const placed = await post('/api/holds', memberCookie, { recordId: record.id, pickupLocationId: 'bind-beilen' })
  expect(placed.statusCode, placed.body).toBe(201)
  const pulled = (await post('/api/returns', meppel, { itemBarcode: item.barcode })).json()
  expect(pulled.answer).toMatchObject({ action: 'send', reason: 'hold', toLocationId: 'bind-beilen' })
  const stage = async () =>
    (await get('/api/me/holds', memberCookie)).json().find((h: { id: number }) => h.id === placed.json().hold.id).stage as string
  return { item, stage, member }
}

describe('crates from Meppel to Beilen', () => {
  it('packs, sends and receives a crate: holds go "in the van", the receipt checks every copy in and lists the gaps', async () => {
    const meppel = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const beilen = await signInStaff(t.app, 'balie-beilen')
    const hold = await holdPulledInMeppel(meppel)
    const home = await waitingInMeppelFor('bind-beilen', meppel)
    const lost = await waitingInMeppelFor('bind-beilen', meppel)
    const stray = await buildItem(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel', current_location_id: 'bind-beilen' })

    const toPack = (await get('/api/locations/bind-meppel/to-pack', meppel)).json()
    expect(
      toPack.find((d: { toLocationId: string }) => d.toLocationId === 'bind-beilen').items.map((i: { barcode: string }) => i.barcode),
    ).toEqual(expect.arrayContaining([hold.item.barcode, home.barcode, lost.barcode]))

    const packed = await post('/api/crates', meppel, {
      toLocationId: 'bind-beilen',
      itemBarcodes: [hold.item.barcode, home.barcode, lost.barcode],
      label: 'Beilen',
    })
    expect(packed.statusCode, packed.body).toBe(201)
    const crate = packed.json()
    expect(crate).toMatchObject({ status: 'packed', from: { id: 'bind-meppel' }, to: { id: 'bind-beilen', name: expect.any(String) } })
    expect(crate.code).toMatch(/^K\d{6}$/)
    expect(crate.items).toHaveLength(3)
    expect(await hold.stage()).toBe('pulled')
    const afterPack = (await get('/api/locations/bind-meppel/to-pack', meppel)).json()
    expect(JSON.stringify(afterPack)).not.toContain(hold.item.barcode)

    const sent = await post(`/api/crates/${crate.code}/send`, meppel, { runDate: '2026-11-24' })
    expect(sent.statusCode, sent.body).toBe(200)
    expect(sent.json()).toMatchObject({ status: 'sent', runDate: '2026-11-24' })
    expect(await hold.stage()).toBe('in_van')
    const transits = await t.db.selectFrom('transits').select(['sent_at']).where('crate_id', 'is not', null).execute()
    expect(transits.every((row) => row.sent_at !== null)).toBe(true)

    const received = await post(`/api/crates/${crate.code}/receive`, beilen, {
      itemBarcodes: [hold.item.barcode, home.barcode, stray.barcode],
    })
    expect(received.statusCode, received.body).toBe(200)
    const receipt = received.json()
    const answerOf = (barcode: string) => receipt.checkedIn.find((c: { item: { barcode: string } }) => c.item.barcode === barcode).answer
    expect(answerOf(hold.item.barcode)).toMatchObject({ action: 'hold_shelf' })
    expect(answerOf(home.barcode)).toMatchObject({ action: 'shelve' })
    expect(answerOf(stray.barcode)).toMatchObject({ action: 'send', toLocationId: 'bind-meppel' })
    expect(receipt.missing).toEqual([{ barcode: lost.barcode, title: expect.any(String) }])
    expect(receipt.unexpected).toEqual([stray.barcode])
    expect(receipt.crate.status).toBe('received')
    expect(await hold.stage()).toBe('ready')

    const stop = (await get('/api/locations/bind-beilen/stop-manifest?runDate=2026-11-24', beilen)).json()
    expect(stop).toMatchObject({ totalCrates: 1, totalItems: 3, location: { id: 'bind-beilen' } })
    const lines = stop.crates[0].items
    expect(lines.find((l: { barcode: string }) => l.barcode === lost.barcode).received).toBe(false)
    expect(lines.find((l: { barcode: string }) => l.barcode === home.barcode).received).toBe(true)
    expect(JSON.stringify(stop)).not.toContain(hold.member.last_name)

    const again = await post(`/api/crates/${crate.code}/receive`, beilen, { itemBarcodes: [] })
    expect(again.json()).toMatchObject({ status: 409, code: 'crate_status' })
  })

  it('refuses bad input and changes nothing', async () => {
    const meppel = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const planner = await signInStaff(t.app, 'logistiek')
    const assen = await signInStaff(t.app, 'balie-assen')
    const first = await waitingInMeppelFor('bind-beilen', meppel)
    const toAssen = await buildItem(t.db, { organisation_id: 'dnk', home_location_id: 'dnk-assen', current_location_id: 'bind-meppel' })
    await post('/api/returns', meppel, { itemBarcode: toAssen.barcode })
    const packed = (await post('/api/crates', meppel, { toLocationId: 'bind-beilen', itemBarcodes: [first.barcode] })).json()
    const gone = await waitingInMeppelFor('bind-beilen', meppel)
    await post('/api/transits/sent', planner, { transitIds: [gone.transitId] })
    const before = await crateCount()

    const refusals = [
      [post('/api/crates', meppel, { toLocationId: 'bind-beilen', itemBarcodes: [first.barcode] }), 409, 'already_in_crate'],
      [post('/api/crates', meppel, { toLocationId: 'bind-beilen', itemBarcodes: [toAssen.barcode] }), 409, 'wrong_destination'],
      [post('/api/crates', meppel, { toLocationId: 'bind-beilen', itemBarcodes: ['NOPE-1'] }), 404, 'not_found'],
      [post('/api/crates', meppel, { toLocationId: 'bind-beilen', itemBarcodes: [first.barcode, gone.barcode] }), 409, 'already_in_crate'],
      [post('/api/crates', meppel, { toLocationId: 'bind-beilen', itemBarcodes: [gone.barcode] }), 409, 'already_sent'],
      [post('/api/crates', meppel, { toLocationId: 'bind-meppel', itemBarcodes: [toAssen.barcode] }), 400, 'validation_failed'],
      [
        post('/api/crates', assen, { locationId: 'bind-meppel', toLocationId: 'dnk-assen', itemBarcodes: [toAssen.barcode] }),
        403,
        'location_not_allowed',
      ],
      [
        post('/api/crates', meppel, { toLocationId: 'dnk-assen', itemBarcodes: [toAssen.barcode], code: 'lowercase' }),
        400,
        'validation_failed',
      ],
      [post('/api/crates/K999999/receive', planner, { itemBarcodes: [] }), 404, 'not_found'],
      [
        post(`/api/crates/${packed.code}/receive`, planner, { locationId: 'dnk-assen', itemBarcodes: [first.barcode] }),
        409,
        'crate_for_another_location',
      ],
      [post(`/api/crates/${packed.code}/receive`, assen, { itemBarcodes: [first.barcode] }), 403, 'location_not_allowed'],
      [post(`/api/crates/${packed.code}/send`, assen, {}), 403, 'location_not_allowed'],
    ] as const
    for (const [response, status, code] of refusals) {
      const answer = await response
      expect(answer.statusCode, answer.body).toBe(status)
      expect(answer.headers['content-type']).toContain('application/problem+json')
      expect(answer.json().code).toBe(code)
    }
    expect(await crateCount()).toBe(before)

    // a mistyped scan while receiving refuses the whole receipt: the crate and its copies stay as they were
    const beilen = await signInStaff(t.app, 'balie-beilen')
    await post(`/api/crates/${packed.code}/send`, meppel, {})
    const typo = await post(`/api/crates/${packed.code}/receive`, beilen, { itemBarcodes: [first.barcode, 'NOPE-2'] })
    expect(typo.statusCode).toBe(404)
    expect((await get(`/api/crates/${packed.code}`, beilen)).json()).toMatchObject({ status: 'sent', items: [{ received: false }] })
    expect((await get(`/api/crates/${packed.code}`, assen)).statusCode).toBe(403)
  })

  it('lets the logistics planner pack and receive for any location', async () => {
    const meppel = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const planner = await signInStaff(t.app, 'logistiek')
    const item = await waitingInMeppelFor('bind-beilen', meppel)
    const packed = await post('/api/crates', planner, {
      locationId: 'bind-meppel',
      toLocationId: 'bind-beilen',
      itemBarcodes: [item.barcode],
    })
    expect(packed.statusCode, packed.body).toBe(201)
    const received = await post(`/api/crates/${packed.json().code}/receive`, planner, { itemBarcodes: [item.barcode] })
    expect(received.json()).toMatchObject({ missing: [], unexpected: [], crate: { status: 'received', items: [{ received: true }] } })
  })
})
