import { describe, expect, it } from 'vitest'
import { staffRoles } from '../modules/access/access.tables.js'
import type { Access } from '../modules/access/actor.js'
import { insertSession } from '../modules/access/session.repository.js'
import { buildPatron } from '../test/factories.js'
import { withTestApp } from '../test/test-app.js'
import type { DeclaredRoute } from './access-hook.js'

const t = withTestApp()

type Caller = 'anonymous' | 'patron' | (typeof staffRoles)[number]
const callers: readonly Caller[] = ['anonymous', 'patron', ...staffRoles]

/** A demo user for each staff role. */
const userOf: Record<(typeof staffRoles)[number], { username: string; locationId?: string }> = {
  network_admin: { username: 'poi' },
  organisation_admin: { username: 'bind-beheer' },
  desk: { username: 'balie-meppel', locationId: 'bind-meppel' },
  collection_specialist: { username: 'collectie' },
  logistics_planner: { username: 'logistiek' },
  statistician: { username: 'statistiek' },
  municipality_viewer: { username: 'gemeente-emmen' },
}

/** What the declaration promises: the status a refused caller gets, or null when the role may call. */
function declaredRefusal(access: Access, caller: Caller): 401 | 403 | null {
  if (access === 'public') return null
  if (caller === 'anonymous') return 401
  if (access === 'patron') return caller === 'patron' ? null : 403
  if (caller === 'patron') return access.patron ? null : 403
  return access.staff.includes(caller) ? null : 403
}

let patronId: number | undefined

/** A fresh session for every call, so a route that ends sessions (sign-out) cannot spoil the next one. */
async function cookieOf(caller: Caller): Promise<string | undefined> {
  if (caller === 'anonymous') return undefined
  const expiresAt = new Date(t.clock.now().getTime() + 3_600_000)
  if (caller === 'patron') {
    patronId ??= (await buildPatron(t.db, { organisation_id: 'bind', home_location_id: 'bind-meppel' })).id
    return `naober_session=${await insertSession(t.db, { patronId, expiresAt })}`
  }
  const { username, locationId } = userOf[caller]
  const user = await t.db.selectFrom('staff_users').select('id').where('username', '=', username).executeTakeFirstOrThrow()
  return `naober_session=${await insertSession(t.db, { staffUserId: user.id, locationId: locationId ?? null, expiresAt })}`
}

// Path parameters get a value no schema accepts and bodies are empty: an allowed call is answered
// (400, 404, …) without changing anything, and a refused one must be refused before validation.
const urlOf = (route: DeclaredRoute) => route.url.replace(/:[A-Za-z]+/g, '0').replace('*', 'x')

async function call(route: DeclaredRoute, caller: Caller) {
  const cookie = await cookieOf(caller)
  const withBody = ['POST', 'PUT', 'PATCH'].includes(route.method)
  const response = await t.app.inject({
    method: route.method as 'GET',
    url: urlOf(route),
    headers: { ...(cookie && { cookie }), ...(withBody && { 'content-type': 'application/json' }) },
    ...(withBody && { payload: '{}' }),
  })
  const code = String(response.headers['content-type']).includes('json') ? (response.json() as { code?: string }).code : undefined
  return { status: response.statusCode, code }
}

describe('the rights matrix: every role × every route', () => {
  it('covers the routes of every module', () => {
    const urls = t.routes.map((r) => r.url)
    expect(urls).toEqual(expect.arrayContaining(['/api/locations', '/api/staff-users', '/api/patrons/:id', '/api/me']))
  })

  for (const caller of callers) {
    it(`refuses ${caller} exactly the routes not declared for them, before anything runs`, async () => {
      const mismatches: string[] = []
      for (const route of t.routes) {
        const expected = declaredRefusal(route.access, caller)
        const { status, code } = await call(route, caller)
        const refused = (status === 401 && code === 'unauthenticated') || (status === 403 && code === 'role_not_allowed')
        const where = `${route.method} ${route.url}`
        if (expected === null && refused) mismatches.push(`${where}: declared allowed, answered ${status} ${code}`)
        if (expected !== null && !(refused && status === expected))
          mismatches.push(`${where}: declared refused (${expected}), answered ${status} ${code}`)
        if (status >= 500) mismatches.push(`${where}: answered ${status} to a call with bad input`)
      }
      expect(mismatches).toEqual([])
    })
  }
})

describe('members’ personal data in the declarations', () => {
  const memberRoutes = () => t.routes.filter((r) => /^\/api\/(patrons|me)(\/|$)/.test(r.url))
  const poiRoles = ['network_admin', 'collection_specialist', 'logistics_planner', 'statistician', 'municipality_viewer']

  it('admits no POI role and no anonymous caller to any member route', () => {
    expect(memberRoutes().length).toBeGreaterThan(10)
    for (const route of memberRoutes()) {
      expect(route.access, `${route.method} ${route.url}`).not.toBe('public')
      if (typeof route.access === 'object') expect(route.access.staff.filter((role) => poiRoles.includes(role))).toEqual([])
    }
  })
})
