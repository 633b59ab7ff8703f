import type { CaptureKey } from '../circulation/circulation.tables.js'
import type { CirculationPolicy } from '../circulation/policy.js'
import { type CopyFacts, exclusionOf } from './eligibility.js'

/**
 * Opportunistic capture: a copy that comes back fills a waiting hold before it goes home. Which
 * hold, when several could use it, follows the owner's configured order of keys (like Evergreen's
 * best-hold selection): 'pickup_here' (the member picks up where the copy is), 'on_the_way' (the
 * pickup is at most a small detour on the way home), 'own_organisation', 'proximity' (cheapest to
 * bring), 'oldest' (first come, first served). A hold that already has another copy waiting to be
 * pulled is taken over only when this copy is cheaper to bring.
 */
export interface CaptureCandidate {
  holdId: number
  status: 'waiting' | 'targeted'
  patronOrganisationId: string
  category: string
  pickupLocationId: string
  placedAt: Date
  /** where the copy it is targeted at now stands */
  targetLocationId: string | null
}

export interface ReturnedCopy extends CopyFacts {
  homeLocationId: string
}

/** A detour of at most this many euros still counts as on the way home. */
export const onTheWayEuros = 2

export function chooseCaptureHold(
  candidates: readonly CaptureCandidate[],
  copy: ReturnedCopy,
  here: string,
  policy: CirculationPolicy,
  today: string,
): CaptureCandidate | null {
  const order = policy.settings(copy.organisationId).captureOrder
  const usable = candidates.filter((c) => {
    if (exclusionOf(copy, { organisationId: c.patronOrganisationId, category: c.category }, policy, today)) return false
    if (c.status === 'waiting' || c.targetLocationId === null) return true
    return policy.cost(here, c.pickupLocationId).euros < policy.cost(c.targetLocationId, c.pickupLocationId).euros
  })
  const keyed = usable.map((candidate) => ({ candidate, keys: captureKeys(candidate, order, copy, here, policy) }))
  keyed.sort(
    (a, b) =>
      compareKeys(a.keys, b.keys) ||
      a.candidate.placedAt.getTime() - b.candidate.placedAt.getTime() ||
      a.candidate.holdId - b.candidate.holdId,
  )
  return keyed[0]?.candidate ?? null
}

type KeyOf = (c: CaptureCandidate, copy: ReturnedCopy, here: string, policy: CirculationPolicy) => number

const keyFunctions: Record<CaptureKey, KeyOf> = {
  pickup_here: (c, _copy, here) => (c.pickupLocationId === here ? 0 : 1),
  on_the_way: (c, copy, here, policy) => {
    const detour =
      policy.cost(here, c.pickupLocationId).euros +
      policy.cost(c.pickupLocationId, copy.homeLocationId).euros -
      policy.cost(here, copy.homeLocationId).euros
    return detour <= onTheWayEuros ? 0 : 1
  },
  own_organisation: (c, copy) => (c.patronOrganisationId === copy.organisationId ? 0 : 1),
  proximity: (c, _copy, here, policy) => policy.cost(here, c.pickupLocationId).euros,
  oldest: (c) => c.placedAt.getTime(),
}

function captureKeys(
  c: CaptureCandidate,
  order: readonly CaptureKey[],
  copy: ReturnedCopy,
  here: string,
  policy: CirculationPolicy,
): number[] {
  return order.map((key) => keyFunctions[key](c, copy, here, policy))
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}
