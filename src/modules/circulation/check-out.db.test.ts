import { afterEach, describe, expect, it } from 'vitest'
import { buildItem, buildPatron } from '../../test/factories.js'
import { signInStaff, withTestApp } from '../../test/test-app.js'
import { testClockStart } from '../../test/test-database.js'
import { lendSelfService, returnSelfService } from './desk-circulation.js'
import { circulationPolicy, invalidateCirculationPolicy } from './policy-cache.js'

const t = withTestApp()
afterEach(() => t.clock.set(testClockStart))

const meppelItem = (overrides = {}) =>
  buildItem(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel', acquired_on: '2024-01-01', ...overrides })
const bindMember = (overrides = {}) => buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel', ...overrides })
const lend = (cookie: string, itemBarcode: string, cardNumber: string, locationId?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/loans',
    headers: { cookie },
    payload: { itemBarcode, cardNumber, ...(locationId && { locationId }) },
  })
const countLoans = async (itemId: number) =>
  (
    await t.db
      .selectFrom('loans')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('item_id', '=', itemId)
      .executeTakeFirstOrThrow()
  ).n

describe('check-out at the desk', () => {
  it('lends a copy with a due date three weeks on, and shows a member of its own organisation by name', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const item = await meppelItem()
    const member = await bindMember({ first_name: 'Jan', last_name: 'Mulder' })
    const response = await lend(cookie, item.barcode, member.card_number)
    expect(response.statusCode).toBe(201)
    expect(response.json()).toMatchObject({ locationId: 'bind-meppel', patron: { name: 'Jan Mulder', organisationId: 'bind' } })
    expect(response.json().dueOn >= '2026-12-14').toBe(true)
    const stored = await t.db.selectFrom('items').select(['status']).where('id', '=', item.id).executeTakeFirstOrThrow()
    expect(stored.status).toBe('on_loan')
  })

  it('says which barcode or card it does not know (404), and changes nothing', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const member = await bindMember()
    const item = await meppelItem()
    const noItem = await lend(cookie, 'NOSUCH99', member.card_number)
    expect(noItem.statusCode).toBe(404)
    expect(noItem.json().detail).toBe('No item with barcode NOSUCH99.')
    const noCard = await lend(cookie, item.barcode, 'X0000000')
    expect(noCard.statusCode).toBe(404)
    expect(noCard.json().detail).toBe('No member with card number X0000000.')
    expect(await countLoans(item.id)).toBe(0)
  })

  it('answers 409 for a copy on loan, saying where it was lent and when it is due, not to whom', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const item = await meppelItem()
    await lend(cookie, item.barcode, (await bindMember()).card_number)
    const again = await lend(cookie, item.barcode, (await bindMember()).card_number)
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ code: 'item_on_loan', lentAt: 'bind-meppel' })
    expect(again.body).not.toMatch(/card|patron/i)
  })

  it('refuses a blocked member with the reason (403) and writes nothing', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const item = await meppelItem()
    const member = await bindMember({ blocked_reason: 'Adres onbekend: kom langs bij de balie.', blocked_at: new Date() })
    const response = await lend(cookie, item.barcode, member.card_number)
    expect(response.statusCode).toBe(403)
    expect(response.json()).toMatchObject({ code: 'patron_blocked', reason: 'Adres onbekend: kom langs bij de balie.' })
    expect(await countLoans(item.id)).toBe(0)
    expect((await t.db.selectFrom('items').select('status').where('id', '=', item.id).executeTakeFirstOrThrow()).status).toBe('available')
  })

  it('refuses an expired card and a member at their loan limit, each with its own reason', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const expired = await bindMember({ expires_on: '2026-01-01' })
    expect((await lend(cookie, (await meppelItem()).barcode, expired.card_number)).json().code).toBe('card_expired')
    const basic = await bindMember({ category: 'basic' })
    for (let i = 0; i < 5; i++) expect((await lend(cookie, (await meppelItem()).barcode, basic.card_number)).statusCode).toBe(201)
    const sixth = await lend(cookie, (await meppelItem()).barcode, basic.card_number)
    expect(sixth.statusCode).toBe(403)
    expect(sixth.json()).toMatchObject({ code: 'loan_limit_reached', current: 5, max: 5 })
  })

  it('gives a member with an accommodation a longer loan period', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const plain = await lend(cookie, (await meppelItem()).barcode, (await bindMember()).card_number)
    const accommodated = await lend(cookie, (await meppelItem()).barcode, (await bindMember({ extra_loan_days: 14 })).card_number)
    expect(accommodated.json().dueOn > plain.json().dueOn).toBe(true)
  })

  it('moves a due date that falls on a closed day to the next open day', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const before = (await lend(cookie, (await meppelItem()).barcode, (await bindMember()).card_number)).json().dueOn
    await t.db.insertInto('closed_days').values({ location_id: 'bind-meppel', date: before, reason: 'Verbouwing' }).execute()
    invalidateCirculationPolicy(t.db)
    const after = (await lend(cookie, (await meppelItem()).barcode, (await bindMember()).card_number)).json().dueOn
    expect(after > before).toBe(true)
    const closed = await t.db.selectFrom('closed_days').select('date').where('date', '=', after).execute()
    expect(closed).toHaveLength(0)
  })

  it('shows a desk of another organisation only the member’s eligibility, not their name', async () => {
    const cookie = await signInStaff(t.app, 'balie-assen')
    const item = await buildItem(t.db, { organisation_id: 'dnk', home_location_id: 'dnk-assen' })
    const facet = await buildPatron(t.db, { organisation_id: 'facet', home_location_id: 'facet-emmen', first_name: 'Geheim' })
    const response = await lend(cookie, item.barcode, facet.card_number)
    expect(response.statusCode).toBe(201)
    expect(response.json().patron).toEqual({ organisationId: 'facet', category: 'adult', name: null })
    expect(response.body).not.toContain('Geheim')
  })

  it('refuses to lend at a location the desk user does not work at', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const response = await lend(cookie, (await meppelItem()).barcode, (await bindMember()).card_number, 'dnk-assen')
    expect(response.statusCode).toBe(403)
    expect(response.json().code).toBe('location_not_allowed')
  })

  it('logs the loan as an event with anonymised dimensions only', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const item = await meppelItem()
    await lend(cookie, item.barcode, (await bindMember({ birth_year: 1950, municipality_code: 'GM0119' })).card_number)
    const event = await t.db
      .selectFrom('circulation_events')
      .selectAll()
      .where('action', '=', 'checkout')
      .where('record_id', '=', item.record_id)
      .executeTakeFirstOrThrow()
    expect(event).toMatchObject({
      age_band: '65+',
      municipality_code: 'GM0119',
      patron_category: 'adult',
      item_organisation_id: 'bind',
      location_id: 'bind-meppel',
    })
    expect(Object.keys(event).some((key) => key.includes('patron_id') || key.includes('card'))).toBe(false)
    await expect(t.db.deleteFrom('circulation_events').where('id', '=', event.id).execute()).rejects.toThrow(/append-only/)
  })
})

describe('self-service (the entry point of the SIP2 kiosk)', () => {
  it('lends and takes back a copy without a staff member, logged as self-service', async () => {
    const item = await meppelItem()
    const member = await bindMember()
    const policy = await circulationPolicy(t.db, t.clock.now())
    const lent = await lendSelfService(
      t.db,
      { itemBarcode: item.barcode, cardNumber: member.card_number, locationId: 'bind-meppel' },
      policy,
      t.clock.now(),
    )
    expect(lent.loan).toMatchObject({ channel: 'self_service', staff_user_id: null })
    const back = await returnSelfService(t.db, { itemBarcode: item.barcode, locationId: 'bind-meppel' }, policy, t.clock.now())
    expect(back.answer).toEqual({ action: 'shelve', reason: 'home' })
    const event = await t.db
      .selectFrom('circulation_events')
      .select('channel')
      .where('action', '=', 'checkout')
      .where('record_id', '=', item.record_id)
      .executeTakeFirstOrThrow()
    expect(event.channel).toBe('self_service')
  })
})

describe('two desks, one copy, the same moment', () => {
  it('lends it exactly once', async () => {
    const meppel = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const nijeveen = await signInStaff(t.app, 'balie-meppel', 'bind-nijeveen')
    for (let round = 0; round < 5; round++) {
      const item = await meppelItem()
      const [a, b] = await Promise.all([
        lend(meppel, item.barcode, (await bindMember()).card_number),
        lend(nijeveen, item.barcode, (await bindMember()).card_number),
      ])
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409])
      expect(await countLoans(item.id)).toBe(1)
    }
  })
})
