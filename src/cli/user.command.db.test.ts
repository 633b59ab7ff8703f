import { describe, expect, it } from 'vitest'
import { toProblem } from '../http/problem.js'
import { verifySecret } from '../modules/access/passwords.js'
import { withTestDatabase } from '../test/test-app.js'
import { type AddUserOptions, addStaffUser } from './user.command.js'

const t = withTestDatabase()
const desk: AddUserOptions = {
  username: 'balie-ruinen',
  displayName: 'Balie Ruinen',
  role: 'desk',
  organisation: 'bind',
  location: ['bind-ruinen'],
}

describe('naober user add', () => {
  it('adds a desk user at their locations, with the password hashed', async () => {
    const user = await addStaffUser(t.db, desk, 'een-goed-wachtwoord')
    expect(user).toMatchObject({ username: 'balie-ruinen', role: 'desk', organisationId: 'bind', locationIds: ['bind-ruinen'] })
    const stored = await t.db.selectFrom('staff_users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow()
    expect(stored.password_hash).not.toContain('een-goed-wachtwoord')
    expect(await verifySecret('een-goed-wachtwoord', stored.password_hash)).toBe(true)
  })

  it('names the options that are wrong, as the API would, and adds nobody', async () => {
    const attempt = addStaffUser(t.db, { ...desk, username: 'Balie Zuidwolde' }, 'kort')
    await expect(attempt).rejects.toMatchObject({
      code: 'validation_failed',
      errors: [
        { field: '--username', message: expect.stringContaining('must match pattern') },
        { field: 'the password (standard input)', message: expect.stringContaining('10') },
      ],
    })
    const found = await t.db.selectFrom('staff_users').select('id').where('username', 'ilike', 'balie zuidwolde').execute()
    expect(found).toEqual([])
  })

  it('refuses a desk user at another organisation’s location', async () => {
    const attempt = addStaffUser(t.db, { ...desk, username: 'balie-elders', location: ['facet-emmen'] }, 'een-goed-wachtwoord')
    await expect(attempt).rejects.toMatchObject({
      errors: [{ field: 'body.locationIds', message: 'facet-emmen is not a location of bind' }],
    })
  })

  it('says in one line that a username is taken', async () => {
    const error = await addStaffUser(
      t.db,
      { ...desk, role: 'organisation_admin', username: 'bind-beheer', location: [] },
      'een-goed-wachtwoord',
    ).catch((e: unknown) => e)
    expect(toProblem(error)).toMatchObject({
      unexpected: false,
      problem: { status: 409, detail: 'Username bind-beheer is already in use.' },
    })
  })
})
