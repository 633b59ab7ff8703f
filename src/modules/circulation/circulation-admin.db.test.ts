import { describe, expect, it } from 'vitest'
import { buildItem, buildPatron, buildRecord, testPin } from '../../test/factories.js'
import { signInMember, signInStaff, withTestApp } from '../../test/test-app.js'
import type { TransitVolumeSource } from '../logistics/location-settings.js'
import { weeklyTransitVolume } from '../logistics/transit.repository.js'

const t = withTestApp()
const post = (cookie: string, url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url, headers: { cookie }, ...(payload && { payload }) })

describe('the rules matrix through the API', () => {
  const dvdRule = {
    organisationId: 'bind',
    patronCategory: 'student',
    format: 'dvd',
    collection: null,
    loanDays: 10,
    renewals: 0,
    maxLoans: 5,
    maxHolds: 2,
    holdable: true,
    travels: false,
    holdFeeLocalCents: 0,
    holdFeeProvincialCents: 0,
    holdFeeNationalCents: 0,
    overdueFineCentsPerDay: 0,
    maxOverdueFineCents: 0,
    lostItemChargeCents: 2500,
  }

  it('lets an organisation admin add, change and remove a rule of their own organisation, and lends by it', async () => {
    const admin = await signInStaff(t.app, 'bind-beheer')
    const created = await post(admin, '/api/circulation-rules', dvdRule)
    expect(created.statusCode).toBe(201)
    const record = await buildRecord(t.db, { format: 'dvd' })
    const item = await buildItem(t.db, { record_id: record.id, organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const student = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel', category: 'student' })
    const lent = await post(await signInStaff(t.app, 'balie-meppel', 'bind-meppel'), '/api/loans', {
      itemBarcode: item.barcode,
      cardNumber: student.card_number,
    })
    expect(lent.json().dueOn >= '2026-12-03').toBe(true)
    expect(lent.json().dueOn < '2026-12-10').toBe(true)
    const changed = await t.app.inject({
      method: 'PATCH',
      url: `/api/circulation-rules/${created.json().id}`,
      headers: { cookie: admin },
      payload: { loanDays: 14 },
    })
    expect(changed.json()).toMatchObject({ loanDays: 14, format: 'dvd' })
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/circulation-rules/${created.json().id}`, headers: { cookie: admin } })).statusCode,
    ).toBe(204)
  })

  it('refuses a rule for another organisation, and a second row for the same cell', async () => {
    const admin = await signInStaff(t.app, 'bind-beheer')
    expect((await post(admin, '/api/circulation-rules', { ...dvdRule, organisationId: 'facet' })).json().code).toBe('organisation_scope')
    const poi = await signInStaff(t.app, 'poi')
    expect((await post(poi, '/api/circulation-rules', { ...dvdRule, organisationId: 'hgv' })).statusCode).toBe(201)
    expect((await post(poi, '/api/circulation-rules', { ...dvdRule, organisationId: 'hgv' })).statusCode).toBe(409)
  })

  it('shows the rules and IBL settings to anyone, and lets only the admin change the settings', async () => {
    const rules = (await t.app.inject('/api/circulation-rules?organisationId=facet')).json()
    expect(rules.length).toBeGreaterThan(0)
    expect((await t.app.inject('/api/organisations/facet/circulation-settings')).json()).toMatchObject({
      windowDays: 90,
      suppliesIbl: true,
    })
    const desk = await signInStaff(t.app, 'balie-emmen')
    const refused = await t.app.inject({
      method: 'PATCH',
      url: '/api/organisations/facet/circulation-settings',
      headers: { cookie: desk },
      payload: { windowDays: 30 },
    })
    expect(refused.statusCode).toBe(403)
    const admin = await signInStaff(t.app, 'facet-beheer')
    const changed = await t.app.inject({
      method: 'PATCH',
      url: '/api/organisations/facet/circulation-settings',
      headers: { cookie: admin },
      payload: { windowDays: 30, captureOrder: ['oldest'] },
    })
    expect(changed.json()).toMatchObject({ windowDays: 30, captureOrder: ['oldest'] })
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/organisations/facet/circulation-settings',
      headers: { cookie: admin },
      payload: { captureOrder: ['nearest'] },
    })
    expect(bad.statusCode).toBe(400)
  })
})

describe('the fees ledger', () => {
  it('records a charge, a payment and a waiver with who and why, and totals them per organisation', async () => {
    const member = await buildPatron(t.db, { organisation_id: 'dnk', home_location_id: 'dnk-assen' })
    const desk = await signInStaff(t.app, 'balie-assen')
    const charged = await post(desk, '/api/fees', {
      cardNumber: member.card_number,
      kind: 'damage',
      amountCents: 1200,
      note: 'Waterschade aan omslag',
    })
    expect(charged.json()).toMatchObject({ balanceCents: 1200, organisationId: 'dnk' })
    const paid = await post(desk, `/api/fees/${charged.json().id}/payments`, { kind: 'payment', amountCents: 500 })
    expect(paid.json().balanceCents).toBe(700)
    expect((await post(desk, `/api/fees/${charged.json().id}/payments`, { kind: 'waiver' })).statusCode).toBe(400)
    const waived = await post(desk, `/api/fees/${charged.json().id}/payments`, { kind: 'waiver', reason: 'Schade was er al bij uitlenen' })
    expect(waived.json()).toMatchObject({ balanceCents: 0, waivedCents: 700 })
    expect(waived.json().payments[1]).toMatchObject({
      kind: 'waiver',
      reason: 'Schade was er al bij uitlenen',
      staffUserId: expect.any(Number),
    })
    expect((await post(desk, `/api/fees/${charged.json().id}/payments`, { kind: 'payment' })).json().code).toBe('fee_settled')
    const ledger = (
      await t.app.inject({
        url: '/api/fees/ledger?organisationId=dnk&from=2026-01-01&to=2026-12-31',
        headers: { cookie: await signInStaff(t.app, 'poi') },
      })
    ).json()
    expect(ledger.totals.chargedCents).toBeGreaterThanOrEqual(1200)
    const cookie = await signInMember(t.app, member.card_number, testPin)
    expect((await t.app.inject({ url: '/api/me/fees', headers: { cookie } })).json()).toHaveLength(1)
  })

  it('does not show a member’s fees or loans to staff of another organisation', async () => {
    const member = await buildPatron(t.db, { organisation_id: 'dnk', home_location_id: 'dnk-assen' })
    const other = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    expect((await t.app.inject({ url: `/api/fees?cardNumber=${member.card_number}`, headers: { cookie: other } })).statusCode).toBe(404)
    expect((await t.app.inject({ url: `/api/loans?cardNumber=${member.card_number}`, headers: { cookie: other } })).statusCode).toBe(404)
    const own = await signInStaff(t.app, 'balie-assen')
    expect((await t.app.inject({ url: `/api/loans?cardNumber=${member.card_number}`, headers: { cookie: own } })).statusCode).toBe(200)
  })
})

describe('lost, missing, damaged, withdrawn', () => {
  it('ends the loan of a copy lost by its borrower and charges the lost-item charge', async () => {
    const item = await buildItem(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel', price_cents: 2299 })
    const member = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const desk = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    await post(desk, '/api/loans', { itemBarcode: item.barcode, cardNumber: member.card_number })
    expect((await post(desk, '/api/item-states', { itemBarcode: item.barcode, state: 'damaged' })).json().code).toBe('item_on_loan')
    const lost = await post(desk, '/api/item-states', { itemBarcode: item.barcode, state: 'lost', note: 'Lid meldt verlies' })
    expect(lost.json()).toEqual({ barcode: item.barcode, status: 'lost', closedLoan: true, chargedCents: 2299 })
    const found = await post(desk, '/api/returns', { itemBarcode: item.barcode })
    expect(found.json()).toMatchObject({ foundAgain: true, answer: { action: 'shelve' } })
    expect((await post(desk, '/api/item-states', { itemBarcode: item.barcode, state: 'withdrawn' })).statusCode).toBe(200)
    expect((await post(desk, '/api/returns', { itemBarcode: item.barcode })).json().code).toBe('item_withdrawn')
  })

  it('lets only the owning organisation change a copy’s state', async () => {
    const item = await buildItem(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const response = await post(await signInStaff(t.app, 'balie-assen'), '/api/item-states', {
      itemBarcode: item.barcode,
      state: 'missing',
    })
    expect(response.json().code).toBe('not_your_item')
  })
})

describe('transits', () => {
  it('shows a hold as in the van once the transit is marked sent', async () => {
    const record = await buildRecord(t.db)
    const item = await buildItem(t.db, {
      record_id: record.id,
      organisation_id: 'bind',
      home_location_id: 'bind-meppel',
      acquired_on: '2024-01-01',
    })
    const member = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const cookie = await signInMember(t.app, member.card_number, testPin)
    const hold = (await post(cookie, '/api/holds', { recordId: record.id, pickupLocationId: 'bind-beilen' })).json().hold
    const sent = (await post(await signInStaff(t.app, 'balie-meppel', 'bind-meppel'), '/api/returns', { itemBarcode: item.barcode })).json()
    const planner = await signInStaff(t.app, 'logistiek')
    const open = (await t.app.inject({ url: '/api/transits?fromLocationId=bind-meppel&open=true', headers: { cookie: planner } })).json()
    expect(open).toContainEqual(
      expect.objectContaining({ id: sent.answer.transitId, toLocationId: 'bind-beilen', reason: 'hold', holdId: hold.id }),
    )
    expect((await post(planner, '/api/transits/sent', { transitIds: [sent.answer.transitId] })).json()).toEqual({ sent: 1 })
    const mine = (await t.app.inject({ url: `/api/holds/${hold.id}`, headers: { cookie } })).json()
    expect(mine.stage).toBe('in_van')
    const volume: TransitVolumeSource = weeklyTransitVolume(t.clock.now)
    const perWeek = await volume(t.db, ['bind-meppel', 'bind-beilen', 'facet-emmen'])
    expect(perWeek.get('bind-beilen')).toBeGreaterThanOrEqual(0.25)
    expect(perWeek.has('facet-emmen')).toBe(false)
  })
})
