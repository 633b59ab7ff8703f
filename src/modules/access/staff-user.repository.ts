import { sql } from 'kysely'
import type { Executor } from '../../db/database.js'
import type { StaffRole, StaffUserRow } from './access.tables.js'
import { forgetSessions } from './session-cache.js'

export interface StaffUserWithLocations extends Omit<StaffUserRow, 'password_hash'> {
  location_ids: string[]
}

const locationIds = sql<string[]>`coalesce((select array_agg(l.location_id order by l.location_id)
  from staff_user_locations l where l.staff_user_id = staff_users.id), '{}')`.as('location_ids')

const publicColumns = ['id', 'username', 'display_name', 'role', 'organisation_id', 'municipality_code', 'active', 'created_at'] as const

export function findStaffUserForSignIn(db: Executor, username: string) {
  return db
    .selectFrom('staff_users')
    .where('username', '=', username)
    .where('active', '=', true)
    .select(['id', 'password_hash', locationIds])
    .executeTakeFirst()
}

export function findStaffUserById(db: Executor, id: number): Promise<StaffUserWithLocations | undefined> {
  return db
    .selectFrom('staff_users')
    .where('id', '=', id)
    .select([...publicColumns, locationIds])
    .executeTakeFirst()
}

export interface StaffUserFilter {
  organisationId?: string | undefined
  role?: StaffRole | undefined
}

export async function listStaffUsers(db: Executor, filter: StaffUserFilter, offset: number, limit: number) {
  let query = db.selectFrom('staff_users')
  if (filter.organisationId) query = query.where('organisation_id', '=', filter.organisationId)
  if (filter.role) query = query.where('role', '=', filter.role)
  const [rows, total] = await Promise.all([
    query
      .select([...publicColumns, locationIds])
      .orderBy('username')
      .offset(offset)
      .limit(limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: total.n }
}

export interface NewStaffUser {
  username: string
  password_hash: string
  display_name: string
  role: StaffRole
  organisation_id: string | null
  municipality_code: string | null
}

export async function insertStaffUser(db: Executor, user: NewStaffUser): Promise<number> {
  const row = await db.insertInto('staff_users').values(user).returning('id').executeTakeFirstOrThrow()
  return row.id
}

export interface StaffUserChanges {
  display_name?: string
  password_hash?: string
  role?: StaffRole
  organisation_id?: string | null
  municipality_code?: string | null
  active?: boolean
}

export async function updateStaffUser(db: Executor, id: number, changes: StaffUserChanges): Promise<void> {
  if (Object.keys(changes).length === 0) return
  await db.updateTable('staff_users').set(changes).where('id', '=', id).execute()
  forgetSessions()
}

export async function replaceStaffUserLocations(db: Executor, id: number, locationIds: string[]): Promise<void> {
  await db.deleteFrom('staff_user_locations').where('staff_user_id', '=', id).execute()
  forgetSessions()
  if (locationIds.length === 0) return
  await db
    .insertInto('staff_user_locations')
    .values(locationIds.map((location_id) => ({ staff_user_id: id, location_id })))
    .execute()
}
