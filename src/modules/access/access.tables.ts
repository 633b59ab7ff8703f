import type { Generated, Selectable } from 'kysely'

export const staffRoles = [
  'network_admin',
  'organisation_admin',
  'desk',
  'collection_specialist',
  'logistics_planner',
  'statistician',
  'municipality_viewer',
] as const
export type StaffRole = (typeof staffRoles)[number]

export interface StaffUserTable {
  id: Generated<number>
  username: string
  password_hash: string
  display_name: string
  role: StaffRole
  organisation_id: string | null
  municipality_code: string | null
  active: Generated<boolean>
  created_at: Generated<Date>
}

export interface StaffUserLocationTable {
  staff_user_id: number
  location_id: string
}

export interface SessionTable {
  token_hash: string
  staff_user_id: number | null
  patron_id: number | null
  location_id: string | null
  created_at: Generated<Date>
  expires_at: Date
}

export type StaffUserRow = Selectable<StaffUserTable>
export type SessionRow = Selectable<SessionTable>

export interface SignInFailureTable {
  subject: string
  at: Generated<Date>
}
