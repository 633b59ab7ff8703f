import { describe, expect, it } from 'vitest'
import { fakePolicy } from '../../test/policy.js'
import { type CaptureCandidate, chooseCaptureHold, type ReturnedCopy } from './capture.js'

const today = '2026-11-23'
const meppelCopy: ReturnedCopy = {
  organisationId: 'bind',
  homeLocationId: 'bind-meppel',
  format: 'book',
  collection: 'general',
  acquiredOn: '2020-01-01',
}
const candidate = (
  holdId: number,
  pickupLocationId: string,
  placedAt: string,
  overrides: Partial<CaptureCandidate> = {},
): CaptureCandidate => ({
  holdId,
  status: 'waiting',
  patronOrganisationId: 'bind',
  category: 'adult',
  pickupLocationId,
  placedAt: new Date(placedAt),
  targetLocationId: null,
  ...overrides,
})

describe('opportunistic capture at check-in', () => {
  it('fills the hold of a member who picks up right here before an older one elsewhere', () => {
    const holds = [candidate(1, 'facet-emmen', '2026-10-01'), candidate(2, 'dnk-assen', '2026-11-01')]
    expect(chooseCaptureHold(holds, meppelCopy, 'dnk-assen', fakePolicy(), today)?.holdId).toBe(2)
  })

  it('then prefers a pickup on the way home over an older hold far away', () => {
    const holds = [candidate(1, 'facet-emmen', '2026-10-01'), candidate(2, 'bind-meppel', '2026-11-01')]
    expect(chooseCaptureHold(holds, meppelCopy, 'hgv-hoogeveen', fakePolicy(), today)?.holdId).toBe(2)
  })

  it('follows the owner’s own order: oldest first when that is all it asks', () => {
    const policy = fakePolicy({ settings: { bind: { captureOrder: ['oldest'] } } })
    const holds = [candidate(1, 'facet-emmen', '2026-10-01'), candidate(2, 'dnk-assen', '2026-11-01')]
    expect(chooseCaptureHold(holds, meppelCopy, 'dnk-assen', policy, today)?.holdId).toBe(1)
  })

  it('skips members the copy may not serve (the owner does not supply)', () => {
    const policy = fakePolicy({ settings: { bind: { suppliesIbl: false } } })
    const holds = [candidate(1, 'dnk-assen', '2026-10-01', { patronOrganisationId: 'dnk' })]
    expect(chooseCaptureHold(holds, meppelCopy, 'dnk-assen', policy, today)).toBeNull()
  })

  it('takes over a hold targeted at another copy only when this one is cheaper to bring', () => {
    const targetedFar = candidate(1, 'dnk-assen', '2026-10-01', { status: 'targeted', targetLocationId: 'bind-meppel' })
    const targetedHere = candidate(2, 'hgv-hoogeveen', '2026-10-01', { status: 'targeted', targetLocationId: 'hgv-hoogeveen' })
    expect(chooseCaptureHold([targetedFar], meppelCopy, 'dnk-assen', fakePolicy(), today)?.holdId).toBe(1)
    expect(chooseCaptureHold([targetedHere], meppelCopy, 'dnk-assen', fakePolicy(), today)).toBeNull()
  })
})
