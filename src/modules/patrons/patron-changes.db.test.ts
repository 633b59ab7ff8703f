import { describe, expect, it } from 'vitest'
import { buildPatron, testPin } from '../../test/factories.js'
import { signInStaff, withTestApp } from '../../test/test-app.js'
import { formatCardNumber } from './card-number.js'

const t = withTestApp()

const accessLogOf = (patronId: number) =>
  t.db.selectFrom('patron_access_log').select(['action', 'detail']).where('patron_id', '=', patronId).orderBy('id').execute()
const bindMember = (overrides = {}) => buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel', ...overrides })
const send = async (method: 'PATCH' | 'POST' | 'PUT' | 'DELETE', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) })

describe('changing a member', () => {
  it('changes contact details, writes the postcode properly and logs which fields changed', async () => {
    const patron = await bindMember()
    const cookie = await signInStaff(t.app, 'balie-meppel')
    const response = await send('PATCH', `/api/patrons/${patron.id}`, cookie, { email: 'nieuw@example.org', postcode: '7942cd' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ email: 'nieuw@example.org', postcode: '7942 CD' })
    expect(await accessLogOf(patron.id)).toEqual([{ action: 'update', detail: 'changed: email, postcode' }])
  })

  it('refuses an adult category for a child and changes nothing', async () => {
    const patron = await bindMember({ birth_year: 2018, category: 'youth' })
    const cookie = await signInStaff(t.app, 'bind-beheer')
    const response = await send('PATCH', `/api/patrons/${patron.id}`, cookie, { category: 'adult', email: 'x@example.org' })
    expect(response.statusCode).toBe(400)
    const stored = await t.db.selectFrom('patrons').selectAll().where('id', '=', patron.id).executeTakeFirstOrThrow()
    expect([stored.category, stored.email]).toEqual(['youth', null])
  })

  it('replaces a lost card: the new one signs in, the old one no longer does', async () => {
    const patron = await bindMember()
    const cookie = await signInStaff(t.app, 'balie-meppel')
    const newCard = formatCardNumber(1001, 9_000_001)
    expect((await send('PATCH', `/api/patrons/${patron.id}`, cookie, { cardNumber: newCard })).json().cardNumber).toBe(newCard)
    const signIn = (cardNumber: string) => t.app.inject({ method: 'POST', url: '/api/auth/member', payload: { cardNumber, pin: testPin } })
    expect((await signIn(newCard)).statusCode).toBe(200)
    expect((await signIn(patron.card_number)).statusCode).toBe(401)
    const other = await bindMember()
    const taken = await send('PATCH', `/api/patrons/${other.id}`, cookie, { cardNumber: newCard })
    expect(taken.statusCode).toBe(409)
    expect(taken.json().field).toBe('card_number')
  })

  it('refuses an empty change and an unknown field', async () => {
    const patron = await bindMember()
    const cookie = await signInStaff(t.app, 'balie-meppel')
    expect((await send('PATCH', `/api/patrons/${patron.id}`, cookie, {})).statusCode).toBe(400)
    const unknown = await send('PATCH', `/api/patrons/${patron.id}`, cookie, { pinHash: 'x' })
    expect(unknown.json().errors).toEqual([{ field: 'body.pinHash', message: 'is not a known field' }])
  })

  it('blocks with a reason, refuses a second block, and unblocks with a reason on the trail', async () => {
    const patron = await bindMember()
    const cookie = await signInStaff(t.app, 'balie-meppel')
    const blocked = await send('POST', `/api/patrons/${patron.id}/block`, cookie, { reason: 'Twee boeken kwijt.' })
    expect(blocked.json().blocked).toEqual({ reason: 'Twee boeken kwijt.', since: t.clock.now().toISOString() })
    const again = await send('POST', `/api/patrons/${patron.id}/block`, cookie, { reason: 'Nog iets.' })
    expect(again.statusCode).toBe(409)
    expect(again.json().code).toBe('already_blocked')
    const unblocked = await send('POST', `/api/patrons/${patron.id}/unblock`, cookie, { reason: 'Boeken teruggevonden.' })
    expect(unblocked.json().blocked).toBeNull()
    expect((await send('POST', `/api/patrons/${patron.id}/unblock`, cookie, { reason: 'Nog eens.' })).json().code).toBe('not_blocked')
    expect(await accessLogOf(patron.id)).toEqual([
      { action: 'update', detail: 'blocked: Twee boeken kwijt.' },
      { action: 'update', detail: 'unblocked (was: Twee boeken kwijt.): Boeken teruggevonden.' },
    ])
  })

  it('sets accommodations: extra loans, extra days and a note', async () => {
    const patron = await bindMember()
    const cookie = await signInStaff(t.app, 'balie-meppel')
    const accommodations = { extraLoans: 5, extraLoanDays: 21, note: 'Visuele beperking' }
    const response = await send('PUT', `/api/patrons/${patron.id}/accommodations`, cookie, accommodations)
    expect(response.json().accommodations).toEqual(accommodations)
    expect((await send('PUT', `/api/patrons/${patron.id}/accommodations`, cookie, { ...accommodations, extraLoans: -1 })).statusCode).toBe(
      400,
    )
  })

  it('sets a new PIN for a member who forgot theirs and ends their sessions', async () => {
    const patron = await bindMember()
    const member = await t.app.inject({
      method: 'POST',
      url: '/api/auth/member',
      payload: { cardNumber: patron.card_number, pin: testPin },
    })
    const memberCookie = `naober_session=${member.cookies[0]?.value}`
    const cookie = await signInStaff(t.app, 'balie-meppel')
    expect((await send('PUT', `/api/patrons/${patron.id}/pin`, cookie, { pin: '908172' })).statusCode).toBe(204)
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: memberCookie } })).statusCode).toBe(401)
    const newPin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/member',
      payload: { cardNumber: patron.card_number, pin: '908172' },
    })
    expect(newPin.statusCode).toBe(200)
  })

  it('changes no member of another organisation', async () => {
    const patron = await buildPatron(t.db, { organisation_id: 'hgv', home_location_id: 'hgv-hoogeveen' })
    const cookie = await signInStaff(t.app, 'balie-meppel')
    const response = await send('POST', `/api/patrons/${patron.id}/block`, cookie, { reason: 'Probeersel.' })
    expect(response.statusCode).toBe(403)
    const stored = await t.db.selectFrom('patrons').select('blocked_reason').where('id', '=', patron.id).executeTakeFirstOrThrow()
    expect(stored.blocked_reason).toBeNull()
  })
})

describe('the access trail', () => {
  it('shows an organisation admin who read or changed their member, newest first, and logs that read too', async () => {
    const patron = await bindMember()
    const desk = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    await t.app.inject({ url: `/api/patrons/${patron.id}`, headers: { cookie: desk } })
    await send('POST', `/api/patrons/${patron.id}/block`, desk, { reason: 'Pas kwijt.' })
    const admin = await signInStaff(t.app, 'bind-beheer')
    const response = await t.app.inject({ url: `/api/patrons/${patron.id}/access-log`, headers: { cookie: admin } })
    expect(response.statusCode).toBe(200)
    expect(response.json().items).toMatchObject([
      { action: 'update', detail: 'blocked: Pas kwijt.', locationId: 'bind-meppel', staffUser: { username: 'balie-meppel' } },
      { action: 'read', detail: null, staffUser: { username: 'balie-meppel' } },
    ])
    expect((await accessLogOf(patron.id)).at(-1)).toEqual({ action: 'read', detail: 'access log' })
  })

  it('is not for desk staff, nor for the admin of another organisation', async () => {
    const patron = await bindMember()
    const desk = await signInStaff(t.app, 'balie-meppel')
    expect((await t.app.inject({ url: `/api/patrons/${patron.id}/access-log`, headers: { cookie: desk } })).statusCode).toBe(403)
    const facet = await signInStaff(t.app, 'facet-beheer')
    const other = await t.app.inject({ url: `/api/patrons/${patron.id}/access-log`, headers: { cookie: facet } })
    expect(other.json().code).toBe('patron_out_of_scope')
  })
})
