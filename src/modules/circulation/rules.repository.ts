import type { Insertable, Updateable } from 'kysely'
import type { Executor } from '../../db/database.js'
import type { CirculationRuleTable, CirculationSettingsTable } from './circulation.tables.js'

export function findRule(db: Executor, id: number) {
  return db.selectFrom('circulation_rules').selectAll().where('id', '=', id).executeTakeFirst()
}

export function insertRule(db: Executor, rule: Insertable<CirculationRuleTable>) {
  return db.insertInto('circulation_rules').values(rule).returningAll().executeTakeFirstOrThrow()
}

export function updateRule(db: Executor, id: number, changes: Updateable<CirculationRuleTable>) {
  return db
    .updateTable('circulation_rules')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function deleteRule(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('circulation_rules').where('id', '=', id).execute()
}

export function findSettings(db: Executor, organisationId: string) {
  return db.selectFrom('circulation_settings').selectAll().where('organisation_id', '=', organisationId).executeTakeFirst()
}

export function upsertSettings(
  db: Executor,
  organisationId: string,
  changes: Omit<Insertable<CirculationSettingsTable>, 'organisation_id'>,
) {
  return db
    .insertInto('circulation_settings')
    .values({ organisation_id: organisationId, ...changes })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet({ ...changes, updated_at: new Date() }))
    .returningAll()
    .executeTakeFirstOrThrow()
}
