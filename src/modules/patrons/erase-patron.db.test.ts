import { describe, expect, it } from 'vitest'
import { buildPatron, testPin } from '../../test/factories.js'
import { signInMember, signInStaff, withTestApp } from '../../test/test-app.js'
import { erasePatron } from './erase-patron.js'
import { type ErasureStep, erasureSteps } from './erasure-steps.js'

const t = withTestApp()
const bindAdmin = async () => {
  const cookie = await signInStaff(t.app, 'bind-beheer')
  const actor = (await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).json()
  return { cookie, actor }
}

describe('erasing a member on request', () => {
  it('anonymises the member: nothing that names them is left, they cannot sign in, the trail stays', async () => {
    const patron = await buildPatron(t.db, {
      organisation_id: 'bind',
      home_location_id: 'bind-meppel',
      email: 'weg@example.com',
      postcode: '7941 AB',
      keep_history: true,
    })
    const memberCookie = await signInMember(t.app, patron.card_number, testPin)
    const { cookie } = await bindAdmin()
    await t.app.inject({ url: `/api/patrons/${patron.id}`, headers: { cookie } })
    const response = await t.app.inject({ method: 'DELETE', url: `/api/patrons/${patron.id}`, headers: { cookie } })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ id: patron.id, erasedAt: t.clock.now().toISOString() })
    const row = await t.db.selectFrom('patrons').selectAll().where('id', '=', patron.id).executeTakeFirstOrThrow()
    expect(row).toMatchObject({ first_name: '-', last_name: '-', email: null, postcode: null, keep_history: false, birth_year: 1980 })
    expect(row.card_number).not.toBe(patron.card_number)
    expect((await t.app.inject({ url: `/api/patrons/${patron.id}`, headers: { cookie } })).statusCode).toBe(404)
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: memberCookie } })).statusCode).toBe(401)
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/member',
      payload: { cardNumber: patron.card_number, pin: testPin },
    })
    expect(signIn.statusCode).toBe(401)
    const trail = await t.db.selectFrom('patron_access_log').select('action').where('patron_id', '=', patron.id).orderBy('id').execute()
    expect(trail.map((r) => r.action)).toEqual(['read', 'erase'])
  })

  it('is for the organisation admin, not the desk', async () => {
    const patron = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const cookie = await signInStaff(t.app, 'balie-meppel')
    const response = await t.app.inject({ method: 'DELETE', url: `/api/patrons/${patron.id}`, headers: { cookie } })
    expect(response.statusCode).toBe(403)
  })

  it('is refused, changing nothing, while another module has something to settle', async () => {
    const patron = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel', email: 'blijft@example.com' })
    const openLoans: ErasureStep = {
      name: 'open loans (as circulation will add it)',
      blockers: async (_trx, patronId) => (patronId === patron.id ? [{ code: 'open_loans', detail: '2 loans are still out.' }] : []),
      erase: async () => {
        throw new Error('must not run when a step blocks')
      },
    }
    const { actor } = await bindAdmin()
    const erasure = erasePatron(t.db, actor, patron.id, t.clock.now(), [...erasureSteps, openLoans])
    await expect(erasure).rejects.toMatchObject({
      code: 'erasure_refused',
      status: 409,
      message: 'This member cannot be erased yet: 2 loans are still out.',
    })
    const row = await t.db.selectFrom('patrons').select(['email', 'erased_at']).where('id', '=', patron.id).executeTakeFirstOrThrow()
    expect(row).toEqual({ email: 'blijft@example.com', erased_at: null })
  })

  it('runs every step’s own erasure in the same transaction', async () => {
    const patron = await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })
    const erased: number[] = []
    const step: ErasureStep = { name: 'test', blockers: async () => [], erase: async (_trx, id) => void erased.push(id) }
    const { actor } = await bindAdmin()
    await erasePatron(t.db, actor, patron.id, t.clock.now(), [step])
    expect(erased).toEqual([patron.id])
  })
})
