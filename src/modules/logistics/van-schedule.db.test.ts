import { describe, expect, it } from 'vitest'
import { buildRoutePlan } from '../../test/factories.js'
import { signInStaff, withTestApp } from '../../test/test-app.js'
import { circulationPolicy } from '../circulation/policy-cache.js'

const t = withTestApp()

const norm = (locationId: string, weekdays: number[]) => ({
  locationId,
  name: locationId,
  required: weekdays.length,
  planned: weekdays.length,
  weekdays,
  met: true,
})
const weekPlan = (rows: ReturnType<typeof norm>[]) => ({
  feasible: true,
  days: [],
  totals: { km: 0, drivingMinutes: 0, routes: 0, visits: 0, crates: 0, co2Kg: { fleet: 0, allDiesel: 0, allElectric: 0 } },
  norm: rows,
  normMet: true,
  seconds: 1,
})
const finished = { status: 'done' as const, finished_at: new Date('2026-11-20T10:00:00Z') }

describe('the adopted week plan as the van schedule', () => {
  it('counts the days until the pickup shelf once a plan is adopted, and refuses a plan that is not finished', async () => {
    const cookie = await signInStaff(t.app, 'logistiek')
    // 2026-11-23 (the test clock) is a Monday
    expect((await circulationPolicy(t.db, t.clock.now())).cost('bind-meppel', 'bind-beilen').days).toBeNull()

    const running = await buildRoutePlan(t.db)
    const refused = await t.app.inject({ method: 'POST', url: `/api/logistics/plans/${running.id}/adopt`, headers: { cookie } })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().code).toBe('plan_not_adoptable')

    const first = await buildRoutePlan(t.db, {
      ...finished,
      result: JSON.stringify(weekPlan([norm('bind-meppel', [1, 4]), norm('bind-beilen', [2, 5])])),
    })
    const second = await buildRoutePlan(t.db, {
      ...finished,
      result: JSON.stringify(weekPlan([norm('bind-meppel', [3]), norm('bind-beilen', [2, 5])])),
    })
    const adopted = await t.app.inject({ method: 'POST', url: `/api/logistics/plans/${first.id}/adopt`, headers: { cookie } })
    expect(adopted.statusCode, adopted.body).toBe(200)
    expect(adopted.json().adoptedAt).not.toBeNull()
    // pulled Monday in Meppel, the van takes it Thursday, Beilen has it Friday
    const policy = await circulationPolicy(t.db, t.clock.now())
    expect(policy.cost('bind-meppel', 'bind-beilen')).toMatchObject({ days: 4, km: expect.any(Number) })
    expect(policy.cost('bind-meppel', 'facet-emmen').days).toBeNull()

    await t.app.inject({ method: 'POST', url: `/api/logistics/plans/${second.id}/adopt`, headers: { cookie } })
    // Meppel now on Wednesdays only: Wednesday, then Friday
    expect((await circulationPolicy(t.db, t.clock.now())).cost('bind-meppel', 'bind-beilen').days).toBe(4)
    expect((await circulationPolicy(t.db, t.clock.now())).cost('bind-beilen', 'bind-meppel').days).toBe(2)
    const plans = (await t.app.inject({ url: '/api/logistics/plans', headers: { cookie } })).json()
    expect(plans.filter((p: { adoptedAt: string | null }) => p.adoptedAt !== null).map((p: { id: number }) => p.id)).toEqual([second.id])
  })
})
