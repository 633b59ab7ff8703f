import { describe, expect, it } from 'vitest'
import { buildReturnEvent } from '../../test/factories.js'
import { signInStaff, withTestApp } from '../../test/test-app.js'

const t = withTestApp()

describe('the floating what-if', () => {
  it('replays the returns of recent weeks with floating off, as configured and for all', async () => {
    const now = t.clock.now().getTime()
    const daysAgo = (days: number) => new Date(now - days * 86_400_000)
    // De Nieuwe Kolk floats its youth collection in the demo settings
    for (let i = 0; i < 30; i++)
      await buildReturnEvent(t.db, {
        at: daysAgo(1 + (i % 10)),
        location_id: 'bind-beilen',
        item_home_location_id: 'dnk-assen',
        item_organisation_id: 'dnk',
        collection: i < 10 ? 'youth' : 'general',
      })
    await buildReturnEvent(t.db, {
      at: daysAgo(3),
      location_id: 'dnk-assen',
      item_home_location_id: 'dnk-assen',
      item_organisation_id: 'dnk',
      collection: 'general',
    })
    await buildReturnEvent(t.db, {
      at: daysAgo(40),
      location_id: 'facet-emmen',
      item_home_location_id: 'dnk-assen',
      item_organisation_id: 'dnk',
      collection: 'general',
    })

    const cookie = await signInStaff(t.app, 'logistiek')
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/logistics/floating-what-if',
      headers: { cookie },
      payload: { weeks: 2, seconds: 0.5, custom: { dnk: ['general'] } },
    })
    expect(response.statusCode, response.body).toBe(200)
    const whatIf = response.json()
    expect(whatIf).toMatchObject({ weeks: 2, returnsAway: 30 })
    const of = (policy: string) => whatIf.policies.find((p: { policy: string }) => p.policy === policy)
    expect(of('none')).toMatchObject({ transits: 30, transitsPerWeek: 15, crates: 2, clashes: [] })
    expect(of('as_configured')).toMatchObject({ transits: 20, floating: { dnk: ['youth'] } })
    expect(of('all')).toMatchObject({ transits: 0, crates: 0 })
    expect(of('custom')).toMatchObject({ transits: 10, floating: { dnk: ['general'] } })
    for (const policy of whatIf.policies) expect(policy.kmPerWeek).toBeGreaterThan(100)
  }, 120_000)

  it('refuses bad parameters and callers who do not plan', async () => {
    const planner = await signInStaff(t.app, 'logistiek')
    const desk = await signInStaff(t.app, 'balie-assen')
    const ask = (cookie: string, payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/logistics/floating-what-if', headers: { cookie }, payload })
    const zero = await ask(planner, { weeks: 0 })
    expect(zero.statusCode).toBe(400)
    expect(zero.body).toContain('weeks')
    const unknown = await ask(planner, { custom: { 'no-such-library': ['youth'] } })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'custom.no-such-library' })])
    expect((await ask(desk, {})).statusCode).toBe(403)
  })
})
