import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll } from 'vitest'
import type { DatabaseHandle } from '../db/connect.js'
import type { Db } from '../db/database.js'
import { demoStaffPassword } from '../demo/staff.seed.js'
import type { DeclaredRoute } from '../http/access-hook.js'
import { buildServer } from '../http/server.js'
import { TestClock } from './clock.js'
import { openTestDatabase } from './test-database.js'

export interface TestApp {
  app: FastifyInstance
  routes: DeclaredRoute[]
  db: Db
  clock: TestClock
  handle: DatabaseHandle
}

/** A server on a fresh copy of the template database for this test file; requests go in-process. */
export function withTestApp(): TestApp {
  const holder = {} as TestApp
  beforeAll(async () => {
    holder.handle = await openTestDatabase()
    holder.db = holder.handle.db
    holder.clock = new TestClock()
    const built = await buildServer({ db: holder.db, dbKind: holder.handle.kind, now: holder.clock.now, secureCookies: false })
    holder.app = built.app
    holder.routes = built.routes
  })
  afterAll(async () => {
    await holder.app?.close()
    await holder.handle?.close()
  })
  return holder
}

/** A database alone, for repository and use-case tests. */
export function withTestDatabase(): { db: Db; handle: DatabaseHandle } {
  const holder = {} as { db: Db; handle: DatabaseHandle }
  beforeAll(async () => {
    holder.handle = await openTestDatabase()
    holder.db = holder.handle.db
  })
  afterAll(async () => holder.handle?.close())
  return holder
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'naober_session')
  if (!cookie) throw new Error(`no session cookie (status ${response.statusCode}: ${response.body})`)
  return `naober_session=${cookie.value}`
}

/** Signs a demo staff user in and gives the cookie header for the next requests. */
export async function signInStaff(app: FastifyInstance, username: string, locationId?: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/staff',
    payload: { username, password: demoStaffPassword, ...(locationId && { locationId }) },
  })
  return sessionCookieOf(response)
}

export async function signInMember(app: FastifyInstance, cardNumber: string, pin: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/member', payload: { cardNumber, pin } })
  return sessionCookieOf(response)
}
