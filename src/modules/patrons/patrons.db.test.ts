import { describe, expect, it } from 'vitest'
import { demoMembers } from '../../demo/demo-members.js'
import { buildPatron } from '../../test/factories.js'
import { signInMember, signInStaff, withTestApp } from '../../test/test-app.js'
import { isValidCardNumber } from './card-number.js'

const t = withTestApp()
const anouk = demoMembers.find((m) => m.row.first_name === 'Anouk')

const accessLogOf = (patronId: number) =>
  t.db.selectFrom('patron_access_log').selectAll().where('patron_id', '=', patronId).orderBy('id').execute()

const newMember = {
  pin: '4321',
  firstName: 'Fenna',
  lastName: 'Hofstee',
  birthYear: 2015,
  municipalityCode: 'GM0119',
  postcode: '7941ab',
  email: 'ouders.hofstee@example.com',
}

describe('finding members at the desk', () => {
  it('finds members of the own organisation by a word of their name, and logs each one shown', async () => {
    const patron = await buildPatron(t.db, {
      organisation_id: 'bind',
      home_location_id: 'bind-meppel',
      first_name: 'Wietske',
      last_name: 'van der Zwaag',
    })
    const cookie = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const response = await t.app.inject({ url: '/api/patrons?name=zwaag%20wiet', headers: { cookie } })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ total: 1, items: [{ id: patron.id, lastName: 'van der Zwaag', blocked: false }] })
    expect(response.json().items[0].email).toBeUndefined()
    expect(await accessLogOf(patron.id)).toMatchObject([{ action: 'search', location_id: 'bind-meppel' }])
  })

  it('finds a member by card number and by postcode typed without a space', async () => {
    const cookie = await signInStaff(t.app, 'balie-emmen', 'facet-emmen')
    const byCard = (await t.app.inject({ url: `/api/patrons?cardNumber=${anouk?.cardNumber}`, headers: { cookie } })).json()
    expect(byCard.items.map((p: { firstName: string }) => p.firstName)).toEqual(['Anouk'])
    const byPostcode = (await t.app.inject({ url: '/api/patrons?postcode=7811ep&pageSize=200', headers: { cookie } })).json()
    expect(byPostcode.items.some((p: { cardNumber: string }) => p.cardNumber === anouk?.cardNumber)).toBe(true)
  })

  it('does not find members of another organisation', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel')
    const response = (await t.app.inject({ url: `/api/patrons?cardNumber=${anouk?.cardNumber}`, headers: { cookie } })).json()
    expect(response.total).toBe(0)
  })

  it('asks for something to search on rather than listing every member', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel')
    const response = await t.app.inject({ url: '/api/patrons', headers: { cookie } })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors[0].field).toBe('querystring')
  })
})

describe('reading one member', () => {
  it('shows the whole member to their own organisation and writes who read it, when and where', async () => {
    const patron = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-beilen', email: 'lid@example.com' })
    const cookie = await signInStaff(t.app, 'balie-beilen')
    const response = await t.app.inject({ url: `/api/patrons/${patron.id}`, headers: { cookie } })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ id: patron.id, email: 'lid@example.com', accommodations: { extraLoans: 0 }, blocked: null })
    expect(response.json().pinHash).toBeUndefined()
    const staff = await t.db.selectFrom('staff_users').select('id').where('username', '=', 'balie-beilen').executeTakeFirstOrThrow()
    expect(await accessLogOf(patron.id)).toMatchObject([
      { action: 'read', staff_user_id: staff.id, location_id: 'bind-beilen', at: t.clock.now() },
    ])
  })

  it('refuses desk staff of Bind a Facet member without a word about them, and logs nothing', async () => {
    const patron = await buildPatron(t.db, { organisation_id: 'facet', home_location_id: 'facet-emmen', last_name: 'Geheimhouden' })
    const cookie = await signInStaff(t.app, 'balie-meppel')
    const response = await t.app.inject({ url: `/api/patrons/${patron.id}`, headers: { cookie } })
    expect(response.statusCode).toBe(403)
    expect(response.json().code).toBe('patron_out_of_scope')
    expect(response.body).not.toContain('Geheimhouden')
    expect(response.body).not.toContain('facet')
    expect(await accessLogOf(patron.id)).toEqual([])
  })

  it('gives the POI and the statistician no members at all', async () => {
    const patron = await buildPatron(t.db, { organisation_id: 'dnk', home_location_id: 'dnk-assen' })
    for (const username of ['poi', 'statistiek', 'collectie', 'gemeente-emmen']) {
      const cookie = await signInStaff(t.app, username)
      const response = await t.app.inject({ url: `/api/patrons/${patron.id}`, headers: { cookie } })
      expect(response.statusCode).toBe(403)
      expect(response.json().code).toBe('role_not_allowed')
    }
  })

  it('answers an unknown member with a 404', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel')
    const response = await t.app.inject({ url: '/api/patrons/99999999', headers: { cookie } })
    expect(response.statusCode).toBe(404)
    expect(response.json().detail).toBe('No member with id 99999999.')
  })
})

describe('registering a member', () => {
  it('gives a child a youth membership, a checked card of the organisation and the desk as home location', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel', 'bind-nijeveen')
    const response = await t.app.inject({ method: 'POST', url: '/api/patrons', headers: { cookie }, payload: newMember })
    expect(response.statusCode).toBe(201)
    const member = response.json()
    expect(member).toMatchObject({ organisationId: 'bind', category: 'youth', homeLocationId: 'bind-nijeveen', postcode: '7941 AB' })
    expect(member.keepHistory).toBe(false)
    expect(isValidCardNumber(member.cardNumber)).toBe(true)
    expect(member.cardNumber.slice(1, 5)).toBe('1001')
    const stored = await t.db.selectFrom('patrons').select('pin_hash').where('id', '=', member.id).executeTakeFirstOrThrow()
    expect(stored.pin_hash).toMatch(/^scrypt\$/)
    expect(await signInMember(t.app, member.cardNumber, '4321')).toMatch(/^naober_session=/)
    expect(await accessLogOf(member.id)).toMatchObject([{ action: 'create' }])
  })

  it('answers a card number already in use with a 409 naming it, and registers nobody', async () => {
    const cookie = await signInStaff(t.app, 'balie-emmen', 'facet-emmen')
    const before = await t.db
      .selectFrom('patrons')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/patrons',
      headers: { cookie },
      payload: { ...newMember, cardNumber: anouk?.cardNumber },
    })
    expect(response.statusCode).toBe(409)
    expect(response.json()).toMatchObject({ code: 'already_exists', field: 'card_number' })
    expect(response.json().detail).toContain(anouk?.cardNumber)
    const after = await t.db
      .selectFrom('patrons')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(after.n).toBe(before.n)
  })

  it('names every field that breaks a rule: check digit, category for the age, home location elsewhere', async () => {
    const cookie = await signInStaff(t.app, 'balie-meppel', 'bind-meppel')
    const payload = { ...newMember, cardNumber: '21001000000012', birthYear: 1970, category: 'youth', homeLocationId: 'facet-emmen' }
    const response = await t.app.inject({ method: 'POST', url: '/api/patrons', headers: { cookie }, payload })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.cardNumber',
      'body.homeLocationId',
      'body.category',
    ])
  })

  it('needs a home location from an organisation admin, who works at no desk', async () => {
    const cookie = await signInStaff(t.app, 'bind-beheer')
    const response = await t.app.inject({ method: 'POST', url: '/api/patrons', headers: { cookie }, payload: newMember })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors).toEqual([{ field: 'body.homeLocationId', message: 'is required when you work at no desk location' }])
  })
})

describe('the member routes in the API document', () => {
  it('are documented with who may call them', async () => {
    const document = (await t.app.inject('/api/openapi.json')).json()
    expect(document.paths['/api/patrons/{id}'].get.description).toContain('staff with role desk, organisation_admin')
    expect(document.paths['/api/patrons/{id}'].delete.description).toContain('staff with role organisation_admin')
    expect(document.paths['/api/me'].patch.description).toContain('a signed-in member')
  })
})
