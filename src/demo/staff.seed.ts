import type { Db } from '../db/database.js'
import type { StaffRole } from '../modules/access/access.tables.js'
import { hashSecret } from '../modules/access/passwords.js'

/** Printed at start and listed in the README; a demo only. */
export const demoStaffPassword = 'naober-demo'

export interface DemoStaffUser {
  username: string
  displayName: string
  role: StaffRole
  organisationId: string | null
  municipalityCode?: string
  locationIds?: string[]
}

export const demoStaffUsers: DemoStaffUser[] = [
  { username: 'poi', displayName: 'Netwerkbeheer Biblionet', role: 'network_admin', organisationId: null },
  { username: 'bind-beheer', displayName: 'Beheer Bind', role: 'organisation_admin', organisationId: 'bind' },
  { username: 'facet-beheer', displayName: 'Beheer Facet', role: 'organisation_admin', organisationId: 'facet' },
  {
    username: 'balie-meppel',
    displayName: 'Balie Meppel',
    role: 'desk',
    organisationId: 'bind',
    locationIds: ['bind-meppel', 'bind-nijeveen'],
  },
  { username: 'balie-beilen', displayName: 'Balie Beilen', role: 'desk', organisationId: 'bind', locationIds: ['bind-beilen'] },
  {
    username: 'balie-emmen',
    displayName: 'Balie Emmen',
    role: 'desk',
    organisationId: 'facet',
    locationIds: ['facet-emmen', 'facet-klazienaveen'],
  },
  { username: 'balie-assen', displayName: 'Balie Assen', role: 'desk', organisationId: 'dnk', locationIds: ['dnk-assen'] },
  { username: 'balie-hoogeveen', displayName: 'Balie Hoogeveen', role: 'desk', organisationId: 'hgv', locationIds: ['hgv-hoogeveen'] },
  { username: 'collectie', displayName: 'Collectieadvies Biblionet', role: 'collection_specialist', organisationId: null },
  { username: 'logistiek', displayName: 'Logistiek Biblionet', role: 'logistics_planner', organisationId: null },
  { username: 'statistiek', displayName: 'Gegevenslevering Biblionet', role: 'statistician', organisationId: null },
  {
    username: 'gemeente-emmen',
    displayName: 'Gemeente Emmen',
    role: 'municipality_viewer',
    organisationId: null,
    municipalityCode: 'GM0114',
  },
]

export async function seedStaff(db: Db): Promise<void> {
  // One hash for all demo users: scrypt is slow on purpose, and they share the demo password anyway.
  const passwordHash = await hashSecret(demoStaffPassword)
  await db.transaction().execute(async (trx) => {
    for (const user of demoStaffUsers) {
      const { id } = await trx
        .insertInto('staff_users')
        .values({
          username: user.username,
          password_hash: passwordHash,
          display_name: user.displayName,
          role: user.role,
          organisation_id: user.organisationId,
          municipality_code: user.municipalityCode ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      for (const location_id of user.locationIds ?? []) {
        await trx.insertInto('staff_user_locations').values({ staff_user_id: id, location_id }).execute()
      }
    }
  })
}
