import { describe, expect, it } from 'vitest'
import { demoMemberPin, demoMembers } from '../../demo/demo-members.js'
import { buildPatron, testPin } from '../../test/factories.js'
import { signInMember, signInStaff, withTestApp } from '../../test/test-app.js'

const t = withTestApp()
const meppelMember = () => buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel', email: 'oud@example.com' })

describe('a member’s own account', () => {
  it('shows members their own details, accommodations and privacy choice, and writes no staff trail', async () => {
    const hendrik = demoMembers.find((m) => m.row.last_name === 'Zwiers')
    const cookie = await signInMember(t.app, hendrik?.cardNumber ?? '', demoMemberPin)
    const response = await t.app.inject({ url: '/api/me', headers: { cookie } })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      firstName: 'Hendrik',
      organisationId: 'hgv',
      keepHistory: false,
      accommodations: { extraLoanDays: 21 },
    })
    const trail = await t.db.selectFrom('patron_access_log').select('id').where('patron_id', '=', response.json().id).execute()
    expect(trail).toEqual([])
  })

  it('lets a member change contact, language and keeping their history, but not their name', async () => {
    const patron = await meppelMember()
    const cookie = await signInMember(t.app, patron.card_number, testPin)
    const changes = { email: 'nieuw@example.com', preferredLanguage: 'en', keepHistory: true, postcode: '7943 xy' }
    const response = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie }, payload: changes })
    expect(response.json()).toMatchObject({ ...changes, postcode: '7943 XY' })
    const rename = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie }, payload: { lastName: 'Anders' } })
    expect(rename.statusCode).toBe(400)
  })

  it('shows a member only themself: the staff routes on members refuse them', async () => {
    const patron = await meppelMember()
    const other = await meppelMember()
    const cookie = await signInMember(t.app, patron.card_number, testPin)
    for (const id of [patron.id, other.id]) {
      const response = await t.app.inject({ url: `/api/patrons/${id}`, headers: { cookie } })
      expect(response.statusCode).toBe(403)
      expect(response.json().code).toBe('role_not_allowed')
    }
    expect((await t.app.inject({ url: '/api/me', headers: { cookie } })).json().id).toBe(patron.id)
  })

  it('is for members: staff have their own routes', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel')
    expect((await t.app.inject({ url: '/api/me', headers: { cookie } })).json().code).toBe('role_not_allowed')
    expect((await t.app.inject({ url: '/api/me' })).statusCode).toBe(401)
  })
})

describe('a member changing their PIN', () => {
  it('needs the current PIN and counts a wrong one as a failed attempt', async () => {
    const patron = await meppelMember()
    const cookie = await signInMember(t.app, patron.card_number, testPin)
    const wrong = await t.app.inject({
      method: 'PUT',
      url: '/api/me/pin',
      headers: { cookie },
      payload: { currentPin: '0000', newPin: '5678' },
    })
    expect(wrong.statusCode).toBe(403)
    expect(wrong.json().code).toBe('wrong_pin')
    const failures = await t.db.selectFrom('sign_in_failures').selectAll().where('subject', '=', `card:${patron.card_number}`).execute()
    expect(failures).toHaveLength(1)
  })

  it('takes the new PIN, keeps this session and ends the member’s other sessions', async () => {
    const patron = await meppelMember()
    const here = await signInMember(t.app, patron.card_number, testPin)
    const elsewhere = await signInMember(t.app, patron.card_number, testPin)
    const changed = await t.app.inject({
      method: 'PUT',
      url: '/api/me/pin',
      headers: { cookie: here },
      payload: { currentPin: testPin, newPin: '5678' },
    })
    expect(changed.statusCode).toBe(204)
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: here } })).statusCode).toBe(200)
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: elsewhere } })).statusCode).toBe(401)
    const old = await t.app.inject({ method: 'POST', url: '/api/auth/member', payload: { cardNumber: patron.card_number, pin: testPin } })
    expect(old.statusCode).toBe(401)
    expect(await signInMember(t.app, patron.card_number, '5678')).toMatch(/^naober_session=/)
  })

  it('refuses a new PIN that is not 4 to 8 digits', async () => {
    const patron = await meppelMember()
    const cookie = await signInMember(t.app, patron.card_number, testPin)
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/me/pin',
      headers: { cookie },
      payload: { currentPin: testPin, newPin: '12a' },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors[0].field).toBe('body.newPin')
  })
})
