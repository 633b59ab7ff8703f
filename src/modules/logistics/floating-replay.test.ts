import { describe, expect, it } from 'vitest'
import { type ReturnsAway, replayFloating } from './floating-replay.js'

const away = (overrides: Partial<ReturnsAway>): ReturnsAway => ({
  week: 0,
  locationId: 'dnk-assen',
  homeLocationId: 'bind-beilen',
  organisationId: 'bind',
  collection: 'general',
  n: 1,
  ...overrides,
})

describe('replaying returns away from home', () => {
  const returns = [
    away({ n: 30 }),
    away({ week: 1, n: 10 }),
    away({ collection: 'youth', n: 20 }),
    away({ organisationId: 'dnk', locationId: 'bind-beilen', homeLocationId: 'dnk-assen', collection: 'youth', n: 4 }),
  ]

  it('sends every copy home in crates when nothing floats, a crate per 25 copies per lane and week', () => {
    const outcome = replayFloating(returns, {}, 2)
    expect(outcome.transits).toBe(64)
    // week 0 Assen→Beilen: 50 copies = 2 crates; week 1: 10 = 1; Beilen→Assen: 4 = 1
    expect(outcome.crates).toBe(4)
    expect(outcome.weeklyVolume.get('dnk-assen')).toBe(32)
  })

  it('keeps the copies of floating collections where they were returned', () => {
    expect(replayFloating(returns, { bind: ['youth'] }, 2)).toMatchObject({ transits: 44, crates: 4 })
    expect(replayFloating(returns, { bind: ['*'] }, 2)).toMatchObject({ transits: 4, crates: 1 })
    const all = replayFloating(returns, { bind: ['*'], dnk: ['*'] }, 2)
    expect(all).toMatchObject({ transits: 0, crates: 0 })
    expect(all.weeklyVolume.size).toBe(0)
  })
})
