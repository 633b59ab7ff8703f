import type { CirculationPolicy } from '../circulation/policy.js'
import { rankingEuros, type TransportCost } from '../logistics/transport-cost.js'
import { type CopyFacts, type Exclusion, exclusionOf, type Requester } from './eligibility.js'
import type { TargetTier } from './holds.tables.js'

/**
 * The IBL engine's decision for one hold, as a pure function: which available copy to pull.
 *
 * 1. an eligible copy already at the pickup location;
 * 2. else the member's own organisation, cheapest to bring;
 * 3. else another organisation of the province (provincial IBL), cheapest to bring;
 * 4. else nothing here: the caller turns to national IBL when no eligible copy exists at all.
 *
 * Cost is the one transport cost model (minutes and euros) that the route planner also uses.
 * Copies whose cost lies within `tieEuros` of the cheapest are equal; among those the load spreads:
 * first the location with the fewest copies already waiting to be pulled (like ReShare's supplier
 * rotation), then at random (like Evergreen within its nearest proximity).
 */
export interface CandidateCopy extends CopyFacts {
  itemId: number
  barcode: string
  locationId: string
  /** on the shelf and claimed by no other hold */
  available: boolean
}

export interface HoldToTarget extends Requester {
  pickupLocationId: string
}

export interface ChosenCopy {
  itemId: number
  barcode: string
  locationId: string
  organisationId: string
  km: number
  minutes: number
  euros: number
}

export interface TargetReason {
  tier: TargetTier | null
  chosen: ChosenCopy | null
  /** copies of the title that may fill this hold, whether on the shelf or not */
  eligible: number
  available: number
  excluded: Partial<Record<Exclusion, number>>
  tied: number
  tieBreak: 'only' | 'least_load' | 'random' | null
  summary: string
}

export interface TargetingOptions {
  /** copies already waiting to be pulled at a location */
  load: (locationId: string) => number
  random: () => number
  tieEuros?: number
}

export interface TargetDecision<C extends CandidateCopy = CandidateCopy> {
  copy: C | null
  reason: TargetReason
}

const tierOrder: Record<Exclude<TargetTier, 'national'>, number> = { pickup_location: 0, own_organisation: 1, provincial: 2 }

export function tierOf(copy: { locationId: string; organisationId: string }, hold: HoldToTarget): Exclude<TargetTier, 'national'> {
  if (copy.locationId === hold.pickupLocationId) return 'pickup_location'
  return copy.organisationId === hold.organisationId ? 'own_organisation' : 'provincial'
}

export function chooseCopy<C extends CandidateCopy>(
  hold: HoldToTarget,
  copies: readonly C[],
  policy: CirculationPolicy,
  today: string,
  options: TargetingOptions,
): TargetDecision<C> {
  const excluded: Partial<Record<Exclusion, number>> = {}
  // the cost is the policy's own (remembered) object: ranking thousands of holds copies none of it
  const ranked: { copy: C; tier: Exclude<TargetTier, 'national'>; cost: TransportCost }[] = []
  let eligible = 0
  for (const copy of copies) {
    const exclusion = exclusionOf(copy, hold, policy, today)
    if (exclusion) {
      excluded[exclusion] = (excluded[exclusion] ?? 0) + 1
      continue
    }
    eligible++
    if (!copy.available) continue
    ranked.push({ copy, tier: tierOf(copy, hold), cost: policy.cost(copy.locationId, hold.pickupLocationId) })
  }
  const base = { eligible, available: ranked.length, excluded }
  if (ranked.length === 0) {
    return {
      copy: null,
      reason: { ...base, tier: null, chosen: null, tied: 0, tieBreak: null, summary: noCopySummary(eligible, excluded) },
    }
  }
  const bestTier = least(ranked, (r) => tierOrder[r.tier])
  const inTier = ranked.filter((r) => tierOrder[r.tier] === bestTier)
  // euros, and with an adopted van schedule the days the member waits as well
  const cheapest = least(inTier, (r) => rankingEuros(r.cost))
  const tied = inTier.filter((r) => rankingEuros(r.cost) - cheapest <= (options.tieEuros ?? 0.25))
  const leastLoad = least(tied, (r) => options.load(r.copy.locationId))
  const lightest = tied.filter((r) => options.load(r.copy.locationId) === leastLoad)
  const pick = lightest[Math.floor(options.random() * lightest.length)] ?? lightest[0]
  if (!pick) throw new Error('a non-empty list has a first element')
  const tieBreak = tied.length === 1 ? 'only' : lightest.length < tied.length ? 'least_load' : 'random'
  const chosen: ChosenCopy = {
    itemId: pick.copy.itemId,
    barcode: pick.copy.barcode,
    locationId: pick.copy.locationId,
    organisationId: pick.copy.organisationId,
    km: round(pick.cost.km, 1),
    minutes: round(pick.cost.minutes, 0),
    euros: round(pick.cost.euros, 2),
  }
  const reason: TargetReason = { ...base, tier: pick.tier, chosen, tied: tied.length, tieBreak, summary: '' }
  return { copy: pick.copy, reason: { ...reason, summary: summarise(reason, inTier.length) } }
}

/** The least value of a list (not empty): Math.min without an array of the values. */
function least<T>(list: readonly T[], value: (item: T) => number): number {
  let min = Number.POSITIVE_INFINITY
  for (const item of list) min = Math.min(min, value(item))
  return min
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

const tierWords: Record<TargetTier, string> = {
  pickup_location: 'already at the pickup location',
  own_organisation: "from the member's own organisation",
  provincial: 'provincial IBL from another organisation',
  national: 'national IBL',
}

function summarise(reason: TargetReason, inTier: number): string {
  const chosen = reason.chosen
  if (!chosen || !reason.tier) return ''
  const cost = chosen.euros === 0 ? 'no transport' : `${chosen.km} km, ${chosen.minutes} min, €${chosen.euros.toFixed(2)}`
  const tie =
    reason.tieBreak === 'least_load'
      ? `; ${reason.tied} copies cost the same, this location has the fewest waiting to be pulled`
      : reason.tieBreak === 'random'
        ? `; ${reason.tied} copies cost the same, drawn at random to spread the load`
        : ''
  return `Copy ${chosen.barcode} at ${chosen.locationId}: ${tierWords[reason.tier]} (${cost}); cheapest of ${inTier} in this tier, ${reason.available} available in all${tie}${excludedWords(reason.excluded)}.`
}

function noCopySummary(eligible: number, excluded: Partial<Record<Exclusion, number>>): string {
  const base =
    eligible > 0
      ? `No copy on the shelf: ${eligible} eligible copies are on loan or on their way`
      : 'No copy in the province may fill this hold'
  return `${base}${excludedWords(excluded)}.`
}

function excludedWords(excluded: Partial<Record<Exclusion, number>>): string {
  const parts = Object.entries(excluded).map(([why, count]) => `${count} ${why.replaceAll('_', ' ')}`)
  return parts.length ? `; excluded: ${parts.join(', ')}` : ''
}
