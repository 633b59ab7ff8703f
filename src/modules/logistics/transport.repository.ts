import { type Insertable, sql, type Updateable } from 'kysely'
import type { Executor, Trx } from '../../db/database.js'
import type { DepotTable, DistanceMatrixTable, LocationTransportTable, RoutePlanTable, VanTable } from './transport.tables.js'

export function listDepots(db: Executor) {
  return db.selectFrom('depots').selectAll().orderBy('id').execute()
}

export function findDepot(db: Executor, id: string) {
  return db.selectFrom('depots').selectAll().where('id', '=', id).executeTakeFirst()
}

export function insertDepot(db: Executor, depot: Insertable<DepotTable>) {
  return db.insertInto('depots').values(depot).returningAll().executeTakeFirstOrThrow()
}

export function updateDepot(db: Executor, id: string, changes: Updateable<DepotTable>) {
  return db.updateTable('depots').set(changes).where('id', '=', id).returningAll().executeTakeFirst()
}

export function listVans(db: Executor, filter: { depotId?: string; activeOnly?: boolean } = {}) {
  let query = db.selectFrom('vans').selectAll()
  if (filter.depotId) query = query.where('depot_id', '=', filter.depotId)
  if (filter.activeOnly) query = query.where('active', '=', true)
  return query.orderBy('id').execute()
}

export function insertVan(db: Executor, van: Insertable<VanTable>) {
  return db.insertInto('vans').values(van).returningAll().executeTakeFirstOrThrow()
}

export function updateVan(db: Executor, id: string, changes: Updateable<VanTable>) {
  return db
    .updateTable('vans')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst()
}

export function deleteVan(db: Executor, id: string) {
  return db.deleteFrom('vans').where('id', '=', id).returningAll().executeTakeFirst()
}

export function listLocationTransport(db: Executor) {
  return db.selectFrom('location_transport').selectAll().orderBy('location_id').execute()
}

export function upsertLocationTransport(db: Executor, row: Insertable<LocationTransportTable>) {
  const { location_id, ...changes } = row
  return db
    .insertInto('location_transport')
    .values(row)
    .onConflict((oc) => oc.column('location_id').doUpdateSet({ ...changes, updated_at: new Date() }))
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function replaceDistanceMatrix(db: Executor, rows: Insertable<DistanceMatrixTable>[]): Promise<void> {
  await db.deleteFrom('distance_matrix').execute()
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('distance_matrix')
      .values(rows.slice(i, i + 1000))
      .execute()
}

export function distanceMatrixRows(db: Executor) {
  return db.selectFrom('distance_matrix').selectAll().execute()
}

export async function countDistanceMatrix(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('distance_matrix')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return row.n
}

export function insertPlan(db: Executor, plan: Insertable<RoutePlanTable>) {
  return db.insertInto('route_plans').values(plan).returningAll().executeTakeFirstOrThrow()
}

export async function finishPlan(db: Executor, id: number, outcome: { result: string } | { error: string }): Promise<void> {
  await db
    .updateTable('route_plans')
    .set({
      ...('result' in outcome ? { status: 'done', result: outcome.result } : { status: 'failed', error: outcome.error }),
      finished_at: new Date(),
    })
    .where('id', '=', id)
    .execute()
}

export function findPlan(db: Executor, id: number) {
  return db.selectFrom('route_plans').selectAll().where('id', '=', id).executeTakeFirst()
}

export function listPlans(db: Executor, limit: number) {
  return db
    .selectFrom('route_plans')
    .select(['id', 'status', 'parameters', 'error', 'requested_by', 'created_at', 'finished_at', 'adopted_at'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}

/** Makes this plan the adopted one; the one adopted before is no longer. */
export async function adoptPlan(trx: Trx, id: number, at: Date): Promise<void> {
  await trx.updateTable('route_plans').set({ adopted_at: null }).where('adopted_at', 'is not', null).execute()
  await trx.updateTable('route_plans').set({ adopted_at: at }).where('id', '=', id).execute()
}

/** The norm check of the adopted plan: each location with the weekdays the vans visit it. */
export async function adoptedPlanNorm(db: Executor): Promise<unknown> {
  const row = await db
    .selectFrom('route_plans')
    .select(sql<unknown>`result -> 'norm'`.as('norm'))
    .where('adopted_at', 'is not', null)
    .executeTakeFirst()
  return row?.norm ?? null
}
