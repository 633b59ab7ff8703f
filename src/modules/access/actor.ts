import type { StaffRole } from './access.tables.js'

/** Who is calling: resolved once per request from the session cookie, passed to every use case. */
export type Actor = AnonymousActor | PatronActor | StaffActor

export interface AnonymousActor {
  kind: 'anonymous'
}

export interface PatronActor {
  kind: 'patron'
  patronId: number
  organisationId: string
}

export interface StaffActor {
  kind: 'staff'
  staffUserId: number
  username: string
  role: StaffRole
  /** null for the network's own roles (the POI) */
  organisationId: string | null
  municipalityCode: string | null
  /** desk users: where they may work; other roles: empty */
  locationIds: string[]
  /** where this session works, chosen at sign-in */
  currentLocationId: string | null
}

export const anonymous: AnonymousActor = { kind: 'anonymous' }

/**
 * What a route requires of its caller, declared on every route:
 * 'public' — anyone; 'patron' — a signed-in member; a list of staff roles; or both.
 */
export type Access = 'public' | 'patron' | { staff: readonly StaffRole[]; patron?: boolean }

export type AccessRefusal = 'unauthenticated' | 'role_not_allowed' | null

export function refusal(access: Access, actor: Actor): AccessRefusal {
  if (access === 'public') return null
  if (actor.kind === 'anonymous') return 'unauthenticated'
  if (access === 'patron') return actor.kind === 'patron' ? null : 'role_not_allowed'
  if (actor.kind === 'patron') return access.patron ? null : 'role_not_allowed'
  return access.staff.includes(actor.role) ? null : 'role_not_allowed'
}

export const staff = (...roles: StaffRole[]): Access => ({ staff: roles })
export const staffOrPatron = (...roles: StaffRole[]): Access => ({ staff: roles, patron: true })

/** The operator at the command line: acts as network admin (they hold the database anyway). */
export const systemActor: StaffActor = {
  kind: 'staff',
  staffUserId: 0,
  username: 'system',
  role: 'network_admin',
  organisationId: null,
  municipalityCode: null,
  locationIds: [],
  currentLocationId: null,
}
