import type { Db, Executor } from '../../db/database.js'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.js'
import type { PagingQuery } from '../../http/schemas.js'
import { offsetOf } from '../../http/schemas.js'
import { findLocationsByIds } from '../network/network.repository.js'
import type { StaffRole } from './access.tables.js'
import type { Actor } from './actor.js'
import { hashSecret } from './passwords.js'
import { assertManagesOrganisation } from './policy.js'
import * as repo from './staff-user.repository.js'
import type { CreateStaffUser, StaffUser, UpdateStaffUser } from './staff-user.schema.js'

/** Roles an organisation admin may hand out within their organisation; the rest are the POI's to give. */
const organisationRoles: readonly StaffRole[] = ['organisation_admin', 'desk', 'collection_specialist', 'statistician']

const toStaffUser = (row: repo.StaffUserWithLocations): StaffUser => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  organisationId: row.organisation_id,
  municipalityCode: row.municipality_code,
  locationIds: row.location_ids,
  active: row.active,
})

export async function listStaffUsers(db: Executor, actor: Actor, filter: repo.StaffUserFilter, paging: PagingQuery) {
  const organisationId = actor.kind === 'staff' && actor.role === 'network_admin' ? filter.organisationId : ownOrganisation(actor)
  const { rows, total } = await repo.listStaffUsers(db, { ...filter, organisationId }, offsetOf(paging), paging.pageSize)
  return { items: rows.map(toStaffUser), page: paging.page, pageSize: paging.pageSize, total }
}

export async function getStaffUser(db: Executor, actor: Actor, id: number): Promise<StaffUser> {
  const row = await repo.findStaffUserById(db, id)
  if (!row) throw new NotFoundError('staff user', { id })
  assertManagesUser(actor, row.organisation_id, row.role)
  return toStaffUser(row)
}

export async function createStaffUser(db: Db, actor: Actor, input: CreateStaffUser): Promise<StaffUser> {
  const organisationId = input.organisationId ?? null
  assertManagesUser(actor, organisationId, input.role)
  assertRoleShape(input.role, organisationId, input.municipalityCode ?? null, input.locationIds ?? [])
  await assertLocationsOfOrganisation(db, input.locationIds ?? [], organisationId)
  const passwordHash = await hashSecret(input.password)
  const id = await db.transaction().execute(async (trx) => {
    const id = await repo.insertStaffUser(trx, {
      username: input.username,
      password_hash: passwordHash,
      display_name: input.displayName,
      role: input.role,
      organisation_id: organisationId,
      municipality_code: input.municipalityCode ?? null,
    })
    await repo.replaceStaffUserLocations(trx, id, input.locationIds ?? [])
    return id
  })
  return getStaffUser(db, actor, id)
}

export async function updateStaffUser(db: Db, actor: Actor, id: number, changes: UpdateStaffUser): Promise<StaffUser> {
  const existing = await getStaffUser(db, actor, id)
  const role = changes.role ?? existing.role
  const locationIds = changes.locationIds ?? existing.locationIds
  assertManagesUser(actor, existing.organisationId, role)
  assertRoleShape(role, existing.organisationId, existing.municipalityCode, locationIds)
  await assertLocationsOfOrganisation(db, locationIds, existing.organisationId)
  const passwordHash = changes.password ? await hashSecret(changes.password) : undefined
  await db.transaction().execute(async (trx) => {
    await repo.updateStaffUser(trx, id, {
      ...(changes.displayName !== undefined && { display_name: changes.displayName }),
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.active !== undefined && { active: changes.active }),
      ...(passwordHash && { password_hash: passwordHash }),
    })
    if (changes.locationIds) await repo.replaceStaffUserLocations(trx, id, changes.locationIds)
  })
  return getStaffUser(db, actor, id)
}

function ownOrganisation(actor: Actor): string {
  if (actor.kind === 'staff' && actor.organisationId) return actor.organisationId
  throw new ForbiddenError('organisation_scope', 'You manage no organisation.')
}

function assertManagesUser(actor: Actor, organisationId: string | null, role: StaffRole): void {
  if (actor.kind === 'staff' && actor.role === 'network_admin') return
  if (!organisationId || !organisationRoles.includes(role)) {
    throw new ForbiddenError('organisation_scope', `Only the network admin manages users with role ${role}.`)
  }
  assertManagesOrganisation(actor, organisationId)
}

function assertRoleShape(role: StaffRole, organisationId: string | null, municipalityCode: string | null, locationIds: string[]): void {
  const problems = [
    ...((role === 'desk' || role === 'organisation_admin') && !organisationId
      ? [{ field: 'body.organisationId', message: `is required for role ${role}` }]
      : []),
    ...(role === 'network_admin' && organisationId
      ? [{ field: 'body.organisationId', message: 'must be empty for the network admin' }]
      : []),
    ...((role === 'municipality_viewer') !== (municipalityCode !== null)
      ? [{ field: 'body.municipalityCode', message: 'is required for, and only for, role municipality_viewer' }]
      : []),
    ...(role !== 'desk' && locationIds.length ? [{ field: 'body.locationIds', message: 'are only for desk users' }] : []),
  ]
  if (problems.length) throw new ValidationError(problems)
}

async function assertLocationsOfOrganisation(db: Executor, locationIds: string[], organisationId: string | null): Promise<void> {
  const found = await findLocationsByIds(db, locationIds)
  const problems = locationIds
    .filter((id) => found.find((l) => l.id === id)?.organisation_id !== organisationId)
    .map((id) => ({ field: 'body.locationIds', message: `${id} is not a location of ${organisationId ?? 'this organisation'}` }))
  if (problems.length) throw new ValidationError(problems)
}
