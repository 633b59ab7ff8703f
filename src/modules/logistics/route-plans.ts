import type { Db } from '../../db/database.js'
import { ConflictError, NotFoundError } from '../../errors.js'
import type { StaffActor } from '../access/actor.js'
import { invalidateCirculationPolicy } from '../circulation/policy-cache.js'
import { loadWeekInput } from './load-week-input.js'
import type { WeekInput, WeekPlan } from './planner/week-types.js'
import { runInWorker } from './routing/run-in-worker.js'
import { recentTransitVolume } from './transit-volume.js'
import * as repo from './transport.repository.js'
import type { Plan, PlanRequest } from './transport.schema.js'
import type { RoutePlanRow } from './transport.tables.js'

const toPlan = (row: Omit<RoutePlanRow, 'result'> & { result?: unknown }): Plan => ({
  id: row.id,
  status: row.status,
  parameters: row.parameters as PlanRequest,
  error: row.error,
  createdAt: row.created_at,
  finishedAt: row.finished_at,
  adoptedAt: row.adopted_at,
  ...(row.result ? { result: row.result as WeekPlan } : {}),
})

/**
 * Starts a week plan: reads the transport model now (a model that cannot be planned, such as an
 * incomplete distance matrix, is refused at once), records the plan as running, and leaves the
 * solving to a worker thread. The caller polls the plan for its result.
 */
export async function startPlan(db: Db, actor: StaffActor, request: PlanRequest, now: Date): Promise<Plan> {
  const parameters = { distances: 'estimate' as const, seconds: 8, seed: 1, ...request }
  const input = await loadWeekInput(
    db,
    parameters,
    recentTransitVolume(() => now),
  )
  const row = await repo.insertPlan(db, {
    parameters: JSON.stringify(parameters),
    requested_by: actor.staffUserId || null,
    created_at: now,
  })
  void solveInBackground(db, row.id, input)
  return toPlan(row)
}

async function solveInBackground(db: Db, id: number, input: WeekInput): Promise<void> {
  try {
    await repo.finishPlan(db, id, { result: JSON.stringify(await runInWorker({ kind: 'week', input })) })
  } catch (error) {
    await repo.finishPlan(db, id, { error: error instanceof Error ? error.message : String(error) }).catch(() => undefined)
  }
}

/**
 * Plans take a minute at most; one still running after 15 is lost (its server stopped while it
 * ran) and is recorded as failed rather than left running for ever.
 */
const lostAfterMs = 15 * 60 * 1000

export async function getPlan(db: Db, id: number, now: Date): Promise<Plan> {
  const row = await repo.findPlan(db, id)
  if (!row) throw new NotFoundError('plan', { id })
  if (row.status === 'running' && now.getTime() - row.created_at.getTime() > lostAfterMs) {
    await repo.finishPlan(db, id, { error: 'The plan was interrupted (the server stopped while it ran). Start it again.' })
    return getPlan(db, id, now)
  }
  return toPlan(row)
}

export async function listPlans(db: Db): Promise<Plan[]> {
  return (await repo.listPlans(db, 50)).map(toPlan)
}

/**
 * Adopts a finished, feasible plan as the van schedule: from now on the transport cost counts the
 * days until a copy is on the pickup shelf by its visit days.
 */
export async function adoptPlan(db: Db, id: number, now: Date): Promise<Plan> {
  await db.transaction().execute(async (trx) => {
    const row = await repo.findPlan(trx, id)
    if (!row) throw new NotFoundError('plan', { id })
    const result = row.result as WeekPlan | null
    if (row.status !== 'done' || !result?.feasible)
      throw new ConflictError(
        'plan_not_adoptable',
        `Plan ${id} is ${row.status === 'done' ? 'not feasible' : row.status}: only a feasible, finished plan can be adopted.`,
        { planId: id },
      )
    await repo.adoptPlan(trx, id, now)
  })
  invalidateCirculationPolicy(db)
  return getPlan(db, id, now)
}
