import { afterEach, describe, expect, it } from 'vitest'
import { buildItem, buildPatron, buildRecord, testPin } from '../../test/factories.js'
import { signInMember, signInStaff, withTestApp } from '../../test/test-app.js'
import { testClockStart } from '../../test/test-database.js'
import { logSender } from '../notices/sender.js'
import { runCirculationJobs } from './jobs.js'

const t = withTestApp()
afterEach(() => t.clock.set(testClockStart))

const old = '2024-01-01'
const post = (cookie: string, url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url, headers: { cookie }, ...(payload && { payload }) })
const silent = logSender(() => {})

async function onLoan(overrides: Parameters<typeof buildPatron>[1] extends infer P ? Partial<P> : never = {}) {
  const record = await buildRecord(t.db)
  const item = await buildItem(t.db, { record_id: record.id, organisation_id: 'bind', home_location_id: 'bind-meppel', acquired_on: old })
  const patron = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel', ...overrides })
  const desk = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
  const loan = await post(desk, '/api/loans', { itemBarcode: item.barcode, cardNumber: patron.card_number })
  expect(loan.statusCode).toBe(201)
  return { record, item, patron, desk, loanId: loan.json().loanId as number }
}

describe('check-in anywhere', () => {
  it('gives a returned copy first to a member waiting for it at this very location', async () => {
    const { record, item } = await onLoan()
    const waiting = await buildPatron(t.db, { organisation_id: 'dnk', home_location_id: 'dnk-assen' })
    const cookie = await signInMember(t.app, waiting.card_number, testPin)
    const hold = (await post(cookie, '/api/holds', { recordId: record.id, pickupLocationId: 'dnk-assen' })).json().hold
    expect(hold.stage).toBe('placed')
    const returned = await post(await signInStaff(t.app, 'balie-assen'), '/api/returns', { itemBarcode: item.barcode })
    expect(returned.json().answer).toMatchObject({ action: 'hold_shelf', holdId: hold.id })
  })

  it('charges the overdue fine of the member’s rules and forgets who borrowed it', async () => {
    const { item, loanId } = await onLoan()
    t.clock.set('2027-01-04T10:00:00Z')
    const returned = await post(await signInStaff(t.app, 'balie-meppel', 'bind-meppel'), '/api/returns', { itemBarcode: item.barcode })
    expect(returned.json().loan.daysLate).toBeGreaterThan(0)
    expect(returned.json().loan.fineCents).toBe(Math.min(500, returned.json().loan.daysLate * 20))
    const loan = await t.db.selectFrom('loans').select(['patron_id', 'closed_as']).where('id', '=', loanId).executeTakeFirstOrThrow()
    expect(loan).toEqual({ patron_id: null, closed_as: 'returned' })
    const fee = await t.db.selectFrom('fees').select(['kind', 'organisation_id']).where('loan_id', '=', loanId).executeTakeFirstOrThrow()
    expect(fee).toEqual({ kind: 'overdue', organisation_id: 'bind' })
  })

  it('keeps the loan in the reading history of a member who chose that', async () => {
    const { item, patron, desk } = await onLoan({ keep_history: true })
    await post(desk, '/api/returns', { itemBarcode: item.barcode })
    const cookie = await signInMember(t.app, patron.card_number, testPin)
    const history = (await t.app.inject({ url: '/api/me/loans?history=true', headers: { cookie } })).json()
    expect(history.map((l: { barcode: string }) => l.barcode)).toEqual([item.barcode])
  })

  it('answers the same when a copy on the hold shelf is scanned again', async () => {
    const record = await buildRecord(t.db)
    const item = await buildItem(t.db, { record_id: record.id, organisation_id: 'bind', home_location_id: 'bind-meppel', acquired_on: old })
    const patron = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    await post(await signInMember(t.app, patron.card_number, testPin), '/api/holds', {
      recordId: record.id,
      pickupLocationId: 'bind-meppel',
    })
    const desk = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const first = (await post(desk, '/api/returns', { itemBarcode: item.barcode })).json().answer
    const second = (await post(desk, '/api/returns', { itemBarcode: item.barcode })).json().answer
    expect(second).toEqual(first)
    expect(first.action).toBe('hold_shelf')
  })
})

describe('renewals', () => {
  it('renews a loan from today for the member, until the renewals run out', async () => {
    const { patron, loanId } = await onLoan()
    t.clock.set('2026-12-10T10:00:00Z')
    const cookie = await signInMember(t.app, patron.card_number, testPin)
    const first = await post(cookie, '/api/renewals', { loanId })
    expect(first.json()).toMatchObject({ renewals: 1, renewalsLeft: 1 })
    expect(first.json().dueOn >= '2026-12-31').toBe(true)
    await post(cookie, '/api/renewals', { loanId })
    const third = await post(cookie, '/api/renewals', { loanId })
    expect(third.statusCode).toBe(409)
    expect(third.json()).toMatchObject({ code: 'renewal_limit_reached', renewals: 2, max: 2 })
  })

  it('refuses while another member waits for the title, and says so', async () => {
    const { record, item, desk } = await onLoan()
    const other = await buildPatron(t.db, { organisation_id: 'facet', home_location_id: 'facet-emmen' })
    await post(await signInMember(t.app, other.card_number, testPin), '/api/holds', {
      recordId: record.id,
      pickupLocationId: 'facet-emmen',
    })
    const refused = await post(desk, '/api/renewals', { itemBarcode: item.barcode })
    expect(refused.statusCode).toBe(409)
    expect(refused.json()).toMatchObject({ code: 'others_waiting', waiting: 1 })
    expect(refused.json().detail).toContain('Another member is waiting')
  })

  it('does not let a member renew someone else’s loan', async () => {
    const { loanId } = await onLoan()
    const stranger = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const response = await post(await signInMember(t.app, stranger.card_number, testPin), '/api/renewals', { loanId })
    expect(response.statusCode).toBe(404)
  })
})

describe('the scheduled jobs', () => {
  it('sends one overdue notice per overdue loan, in the member’s language', async () => {
    const { patron, loanId } = await onLoan({ preferred_language: 'en', email: 'reader@example.nl' })
    t.clock.set('2027-01-04T06:00:00Z')
    await runCirculationJobs(t.db, silent, t.clock.now())
    await runCirculationJobs(t.db, silent, t.clock.now())
    const notices = await t.db.selectFrom('notices').selectAll().where('patron_id', '=', patron.id).where('kind', '=', 'overdue').execute()
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({
      language: 'en',
      recipient: 'reader@example.nl',
      dedupe_key: expect.stringContaining(`overdue:${loanId}:`),
    })
    expect(notices[0]?.subject).toMatch(/^Overdue: /)
    expect(notices[0]?.sent_at).not.toBeNull()
  })

  it('expires a hold that no copy filled before its date, and tells the member', async () => {
    const record = await buildRecord(t.db)
    const patron = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const cookie = await signInMember(t.app, patron.card_number, testPin)
    const hold = (
      await post(cookie, '/api/holds', { recordId: record.id, pickupLocationId: 'bind-meppel', expiresOn: '2026-12-01' })
    ).json().hold
    t.clock.set('2026-12-02T08:00:00Z')
    const report = await runCirculationJobs(t.db, silent, t.clock.now())
    expect(report.holds.unfilled).toBeGreaterThanOrEqual(1)
    const row = await t.db.selectFrom('holds').select(['status', 'close_reason']).where('id', '=', hold.id).executeTakeFirstOrThrow()
    expect(row).toEqual({ status: 'expired', close_reason: 'not filled in time' })
    const notice = await t.db
      .selectFrom('notices')
      .select('kind')
      .where('patron_id', '=', patron.id)
      .where('kind', '=', 'hold_expired')
      .execute()
    expect(notice).toHaveLength(1)
    const request = await t.db.selectFrom('national_ibl_requests').select('status').where('hold_id', '=', hold.id).executeTakeFirstOrThrow()
    expect(request.status).toBe('Cancelled')
  })

  it('expires a hold nobody collected and the copy goes to the next member when checked in', async () => {
    const record = await buildRecord(t.db)
    const item = await buildItem(t.db, { record_id: record.id, organisation_id: 'bind', home_location_id: 'bind-meppel', acquired_on: old })
    const first = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const second = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const hold = (
      await post(await signInMember(t.app, first.card_number, testPin), '/api/holds', {
        recordId: record.id,
        pickupLocationId: 'bind-meppel',
      })
    ).json().hold
    const next = (
      await post(await signInMember(t.app, second.card_number, testPin), '/api/holds', {
        recordId: record.id,
        pickupLocationId: 'bind-meppel',
      })
    ).json().hold
    const desk = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const ready = (await post(desk, '/api/returns', { itemBarcode: item.barcode })).json().answer
    expect(ready.holdId).toBe(hold.id)
    t.clock.set(`${ready.pickupDeadline}T12:00:00Z`)
    t.clock.advanceDays(1)
    const report = await runCirculationJobs(t.db, silent, t.clock.now())
    expect(report.holds.uncollected).toBeGreaterThanOrEqual(1)
    const later = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const shelf = (await t.app.inject({ url: '/api/locations/bind-meppel/hold-shelf', headers: { cookie: later } })).json()
    expect(shelf).toContainEqual(expect.objectContaining({ barcode: item.barcode, expired: true }))
    const again = (await post(later, '/api/returns', { itemBarcode: item.barcode })).json().answer
    expect(again).toMatchObject({ action: 'hold_shelf', holdId: next.id })
  })
})
