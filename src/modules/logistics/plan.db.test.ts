import type { FastifyInstance } from 'fastify'
import { describe, expect, it } from 'vitest'
import { buildRoutePlan } from '../../test/factories.js'
import { signInStaff, withTestApp } from '../../test/test-app.js'

const t = withTestApp()

/** Polls a plan until its solver thread has finished. */
async function finished(app: FastifyInstance, cookie: string, id: number) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const plan = (await app.inject({ url: `/api/logistics/plans/${id}`, headers: { cookie } })).json()
    if (plan.status !== 'running') return plan
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`plan ${id} did not finish`)
}

describe('week plans', () => {
  it('plans the Drenthe week on a solver thread: every location twice, km and CO2 for diesel and electric', async () => {
    const cookie = await signInStaff(t.app, 'logistiek')
    const started = await t.app.inject({ method: 'POST', url: '/api/logistics/plans', headers: { cookie }, payload: { seconds: 5 } })
    expect(started.statusCode).toBe(202)
    expect(started.json()).toMatchObject({ status: 'running', parameters: { seconds: 5, distances: 'estimate', seed: 1 } })
    // The server answers other requests while the plan is being solved.
    expect((await t.app.inject({ url: '/api/logistics/vans', headers: { cookie } })).statusCode).toBe(200)
    const plan = await finished(t.app, cookie, started.json().id)
    expect(plan).toMatchObject({ status: 'done', error: null })
    const { result } = plan
    expect(result).toMatchObject({ feasible: true, normMet: true })
    expect(result.norm).toHaveLength(42)
    expect(result.norm.every((c: { planned: number; required: number }) => c.planned === 2 && c.required === 2)).toBe(true)
    expect(result.days.map((d: { day: string }) => d.day)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
    expect(result.totals.visits).toBe(84)
    expect(result.totals.co2Kg.allElectric).toBeLessThan(result.totals.co2Kg.allDiesel)
    const route = result.days[0].routes[0]
    expect(route).toMatchObject({ van: { id: expect.any(String) }, departure: expect.stringMatching(/^\d\d:\d\d$/) })
    expect(route.stops[0]).toMatchObject({ arrival: expect.any(String), cratesOff: expect.any(Number), cratesOn: expect.any(Number) })
  }, 120_000)

  it('explains an impossible week: a location open on one weekday that needs two visits', async () => {
    const cookie = await signInStaff(t.app, 'logistiek')
    await t.app.inject({
      method: 'PATCH',
      url: '/api/logistics/locations/bind-dalen',
      headers: { cookie },
      payload: { deliveryWindow: 'opening_hours' },
    })
    const started = await t.app.inject({ method: 'POST', url: '/api/logistics/plans', headers: { cookie }, payload: { seconds: 2 } })
    const plan = await finished(t.app, cookie, started.json().id)
    expect(plan.result.feasible).toBe(false)
    expect(plan.result.clashes).toEqual([
      expect.objectContaining({
        kind: 'no_visit_days',
        locationId: 'bind-dalen',
        message: expect.stringContaining('Bibliotheek Dalen needs 2 visits a week'),
      }),
    ])
    expect(plan.result.days).toBeUndefined()
  }, 120_000)

  it('records a plan lost with its server as failed instead of running for ever', async () => {
    const cookie = await signInStaff(t.app, 'logistiek')
    const lost = await buildRoutePlan(t.db, { created_at: t.clock.now() })
    expect((await t.app.inject({ url: `/api/logistics/plans/${lost.id}`, headers: { cookie } })).json().status).toBe('running')
    t.clock.set(new Date(lost.created_at.getTime() + 16 * 60 * 1000))
    const plan = (await t.app.inject({ url: `/api/logistics/plans/${lost.id}`, headers: { cookie } })).json()
    expect(plan).toMatchObject({ status: 'failed', error: expect.stringContaining('interrupted') })
  })

  it('refuses a plan on the imported matrix while there is none, naming the missing pairs', async () => {
    const cookie = await signInStaff(t.app, 'logistiek')
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/logistics/plans',
      headers: { cookie },
      payload: { distances: 'matrix' },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ code: 'matrix_incomplete' })
    expect(response.json().detail).toContain('biblionet-office → ')
  })

  it('refuses bad what-if parameters and callers who do not plan', async () => {
    const planner = await signInStaff(t.app, 'logistiek')
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/logistics/plans',
      headers: { cookie: planner },
      payload: { vans: 0, visits: 9 },
    })
    expect(bad.statusCode).toBe(400)
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body.vans', 'body.visits'])
    const desk = await signInStaff(t.app, 'balie-meppel')
    expect((await t.app.inject({ method: 'POST', url: '/api/logistics/plans', headers: { cookie: desk }, payload: {} })).statusCode).toBe(
      403,
    )
    expect((await t.app.inject({ url: '/api/logistics/plans', headers: { cookie: desk } })).statusCode).toBe(403)
    expect((await t.app.inject({ url: '/api/logistics/plans/999', headers: { cookie: planner } })).statusCode).toBe(404)
  })
})
