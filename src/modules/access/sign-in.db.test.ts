import { describe, expect, it } from 'vitest'
import { demoMemberPin, demoMembers } from '../../demo/demo-members.js'
import { demoStaffPassword } from '../../demo/staff.seed.js'
import { buildPatron, testPin } from '../../test/factories.js'
import { sessionCookieOf, signInMember, signInStaff, withTestApp } from '../../test/test-app.js'
import { throttle } from './sign-in-throttle.js'

const t = withTestApp()
const member = (payload: object) => t.app.inject({ method: 'POST', url: '/api/auth/member', payload })
const staffSignIn = (payload: object) => t.app.inject({ method: 'POST', url: '/api/auth/staff', payload })
const newMember = () => buildPatron(t.db, { organisation_id: 'dnk', home_location_id: 'dnk-assen' })

describe('members signing in', () => {
  it('gives a member an httpOnly, SameSite session cookie and says who they are', async () => {
    const patron = await newMember()
    const response = await member({ cardNumber: patron.card_number, pin: testPin })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ kind: 'patron', patronId: patron.id, organisationId: 'dnk' })
    expect(response.cookies[0]).toMatchObject({ name: 'naober_session', httpOnly: true, sameSite: 'Lax' })
  })

  it('answers a wrong PIN and an unknown card alike, without a hint which part was wrong', async () => {
    const patron = await newMember()
    const wrongPin = await member({ cardNumber: patron.card_number, pin: '9999' })
    const unknownCard = await member({ cardNumber: '21003099999990', pin: testPin })
    expect(wrongPin.statusCode).toBe(401)
    expect(unknownCard.statusCode).toBe(401)
    const { instance: _a, ...wrongPinBody } = wrongPin.json()
    const { instance: _b, ...unknownCardBody } = unknownCard.json()
    expect(wrongPinBody).toEqual(unknownCardBody)
    expect(wrongPinBody.detail).toBe('Card number or PIN is not right.')
  })

  it('makes a card wait after 5 failures, even with the right PIN, and says for how long', async () => {
    const patron = await newMember()
    for (let i = 0; i < throttle.maxFailures; i++)
      expect((await member({ cardNumber: patron.card_number, pin: '0000' })).statusCode).toBe(401)
    const throttled = await member({ cardNumber: patron.card_number, pin: testPin })
    expect(throttled.statusCode).toBe(429)
    expect(throttled.json().code).toBe('too_many_attempts')
    expect(Number(throttled.headers['retry-after'])).toBe(throttle.windowMinutes * 60)
    t.clock.set(new Date(t.clock.now().getTime() + (throttle.windowMinutes * 60 + 1) * 1000))
    expect((await member({ cardNumber: patron.card_number, pin: testPin })).statusCode).toBe(200)
  })

  it('lets a blocked member sign in and read why they are blocked', async () => {
    const kees = demoMembers.find((m) => m.row.blocked_reason)
    const cookie = await signInMember(t.app, kees?.cardNumber ?? '', demoMemberPin)
    const me = (await t.app.inject({ url: '/api/me', headers: { cookie } })).json()
    expect(me.blocked.reason).toBe(kees?.row.blocked_reason)
  })

  it('signs every well-known demo member in with PIN 1234', async () => {
    for (const { cardNumber } of demoMembers) expect((await member({ cardNumber, pin: demoMemberPin })).statusCode).toBe(200)
  })
})

describe('staff signing in', () => {
  it('answers a wrong password and an unknown username alike', async () => {
    const wrongPassword = await staffSignIn({ username: 'balie-assen', password: 'niet-goed-genoeg' })
    const unknownUser = await staffSignIn({ username: 'balie-nergens', password: demoStaffPassword })
    expect(wrongPassword.statusCode).toBe(401)
    expect(unknownUser.json().detail).toBe(wrongPassword.json().detail)
  })

  it('makes a username wait after 5 failures, with Retry-After', async () => {
    for (let i = 0; i < throttle.maxFailures; i++) await staffSignIn({ username: 'statistiek', password: 'fout-wachtwoord' })
    const throttled = await staffSignIn({ username: 'statistiek', password: demoStaffPassword })
    expect(throttled.statusCode).toBe(429)
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('refuses a desk location the user does not work at', async () => {
    const response = await staffSignIn({ username: 'balie-assen', password: demoStaffPassword, locationId: 'bind-meppel' })
    expect(response.statusCode).toBe(403)
    expect(response.json().code).toBe('location_not_allowed')
  })

  it('ends a session at once when an administrator takes away the right to sign in', async () => {
    const admin = await signInStaff(t.app, 'poi')
    const password = 'een-lang-genoeg-wachtwoord'
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/staff-users',
      headers: { cookie: admin },
      payload: {
        username: 'invaller-assen',
        password,
        displayName: 'Invaller',
        role: 'desk',
        organisationId: 'dnk',
        locationIds: ['dnk-assen'],
      },
    })
    expect(created.statusCode).toBe(201)
    const desk = sessionCookieOf(await staffSignIn({ username: 'invaller-assen', password }))
    const who = async () => (await t.app.inject({ url: '/api/auth/me', headers: { cookie: desk } })).json().kind
    expect(await who()).toBe('staff')
    const patch = { method: 'PATCH', url: `/api/staff-users/${created.json().id}`, headers: { cookie: admin } } as const
    expect((await t.app.inject({ ...patch, payload: { active: false } })).statusCode).toBe(200)
    expect(await who()).toBe('anonymous')
  })
})
