import { createHash, randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import type { Executor } from '../../db/database.js'
import type { Actor } from './actor.js'
import { forgetSessions, type Session } from './session-cache.js'

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')
export const newToken = (): string => randomBytes(32).toString('base64url')

export interface NewSession {
  staffUserId?: number
  patronId?: number
  locationId?: string | null
  expiresAt: Date
}

export async function insertSession(db: Executor, session: NewSession): Promise<string> {
  const token = newToken()
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      staff_user_id: session.staffUserId ?? null,
      patron_id: session.patronId ?? null,
      location_id: session.locationId ?? null,
      expires_at: session.expiresAt,
    })
    .execute()
  return token
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute()
  forgetSessions()
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst()
  forgetSessions()
  return Number(result.numDeletedRows)
}

export async function setSessionLocation(db: Executor, token: string, locationId: string): Promise<void> {
  await db.updateTable('sessions').set({ location_id: locationId }).where('token_hash', '=', hashToken(token)).execute()
  forgetSessions()
}

/** The actor behind a session token, or null when the token is unknown, expired or its user inactive. */
export async function findSessionActor(db: Executor, token: string, now: Date): Promise<Actor | null> {
  return (await findSession(db, token, now))?.actor ?? null
}

/** The session behind a token, with when it expires (what the session cache needs to know). */
export async function findSession(db: Executor, token: string, now: Date): Promise<Session | null> {
  const row = await db
    .selectFrom('sessions as s')
    .leftJoin('staff_users as u', (join) => join.onRef('u.id', '=', 's.staff_user_id').on('u.active', '=', true))
    .leftJoin('patrons as p', 'p.id', 's.patron_id')
    .where('s.token_hash', '=', hashToken(token))
    .where('s.expires_at', '>', now)
    .select([
      's.expires_at',
      's.location_id',
      'u.id as staff_user_id',
      'u.username',
      'u.role',
      'u.organisation_id as staff_organisation_id',
      'u.municipality_code',
      'p.id as patron_id',
      'p.organisation_id as patron_organisation_id',
      sql<string[]>`coalesce((select array_agg(l.location_id order by l.location_id) from staff_user_locations l
        where l.staff_user_id = u.id), '{}')`.as('location_ids'),
    ])
    .executeTakeFirst()
  if (!row) return null
  if (row.patron_id !== null && row.patron_organisation_id !== null) {
    return { expiresAt: row.expires_at, actor: { kind: 'patron', patronId: row.patron_id, organisationId: row.patron_organisation_id } }
  }
  if (row.staff_user_id === null || row.username === null || row.role === null) return null
  const actor: Actor = {
    kind: 'staff',
    staffUserId: row.staff_user_id,
    username: row.username,
    role: row.role,
    organisationId: row.staff_organisation_id,
    municipalityCode: row.municipality_code,
    locationIds: row.location_ids,
    currentLocationId: row.location_id,
  }
  return { expiresAt: row.expires_at, actor }
}
