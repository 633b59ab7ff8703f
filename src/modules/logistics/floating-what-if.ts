import type { Executor } from '../../db/database.js'
import { ValidationError } from '../../errors.js'
import { listCirculationSettings } from '../circulation/policy.repository.js'
import { listOrganisations } from '../network/network.repository.js'
import { returnsAwayFromHome } from './floating.repository.js'
import { type FloatingChoice, type ReplayOutcome, type ReturnsAway, replayFloating } from './floating-replay.js'
import { loadWeekInput } from './load-week-input.js'
import type { TransitVolumeSource } from './location-settings.js'
import { round, type WeekPlan } from './planner/week-types.js'
import { runInWorker } from './routing/run-in-worker.js'
import { weeklyTransitVolume } from './transit.repository.js'

export interface FloatingWhatIfRequest {
  /** weeks of returns to replay, counted back from now */
  weeks: number
  /** solver time for each policy's week plan */
  seconds: number
  seed: number
  /** a policy of one's own to compare, besides none, as configured and all */
  custom?: FloatingChoice | undefined
}

export type PolicyName = 'none' | 'as_configured' | 'all' | 'custom'

export interface PolicyFigures {
  policy: PolicyName
  floating: FloatingChoice
  transits: number
  transitsPerWeek: number
  crates: number
  cratesPerWeek: number
  /** km a week of the van plan that carries this volume; null when the week cannot be planned */
  kmPerWeek: number | null
  co2KgPerWeek: number | null
  clashes: string[]
}

export interface FloatingWhatIf {
  weeks: number
  since: Date
  /** returns at a location other than the copy's home in those weeks */
  returnsAway: number
  policies: PolicyFigures[]
}

const week = 7 * 86_400_000

/**
 * The floating what-if: the returns of the last weeks replayed with floating off, as configured,
 * for everything, and optionally a policy of one's own; for each the transits home it would have
 * needed, the crates they fill, and the km of a week plan whose crates per visit follow that volume
 * (plus the transits for holds, which floating does not change).
 */
export async function floatingWhatIf(db: Executor, request: FloatingWhatIfRequest, now: Date): Promise<FloatingWhatIf> {
  const since = new Date(now.getTime() - request.weeks * week)
  const returns: ReturnsAway[] = (await returnsAwayFromHome(db, since)).map((r) => ({
    week: r.week,
    locationId: r.location_id as string,
    homeLocationId: r.item_home_location_id as string,
    organisationId: r.item_organisation_id as string,
    collection: r.collection,
    n: r.n,
  }))
  const settings = await listCirculationSettings(db)
  const organisations = (await listOrganisations(db)).map((o) => o.id).sort()
  const unknown = Object.keys(request.custom ?? {}).filter((id) => !organisations.includes(id))
  if (unknown.length)
    throw new ValidationError(
      unknown.map((id) => ({ field: `custom.${id}`, message: `no organisation ${id} (known: ${organisations.join(', ')})` })),
    )
  const choices: [PolicyName, FloatingChoice][] = [
    ['none', {}],
    [
      'as_configured',
      Object.fromEntries(settings.filter((s) => s.floating_collections.length).map((s) => [s.organisation_id, s.floating_collections])),
    ],
    ['all', Object.fromEntries(organisations.map((id) => [id, ['*']]))],
    ...(request.custom ? [['custom', request.custom] as [PolicyName, FloatingChoice]] : []),
  ]
  const forHolds = weeklyTransitVolume(() => now, request.weeks, ['hold', 'rotation'])
  const outcomes = choices.map(([, floating]) => replayFloating(returns, floating, request.weeks))
  const inputs = await Promise.all(
    outcomes.map((outcome) => {
      const volume: TransitVolumeSource = async (executor, ids) => {
        const holds = await forHolds(executor, ids)
        return new Map(ids.map((id) => [id, (holds.get(id) ?? 0) + (outcome.weeklyVolume.get(id) ?? 0)]))
      }
      return loadWeekInput(db, { distances: 'estimate', seconds: request.seconds, seed: request.seed }, volume)
    }),
  )
  const plans = await runInWorker({ kind: 'weeks', inputs })
  const policies = choices.map(([policy, floating], i): PolicyFigures => {
    const outcome = outcomes[i] as ReplayOutcome
    const plan = plans[i] as WeekPlan
    return {
      policy,
      floating,
      transits: outcome.transits,
      transitsPerWeek: round(outcome.transits / request.weeks),
      crates: outcome.crates,
      cratesPerWeek: round(outcome.crates / request.weeks),
      kmPerWeek: plan.feasible ? plan.totals.km : null,
      co2KgPerWeek: plan.feasible ? plan.totals.co2Kg.fleet : null,
      clashes: plan.feasible ? [] : plan.clashes.map((c) => c.message),
    }
  })
  return { weeks: request.weeks, since, returnsAway: returns.reduce((sum, r) => sum + r.n, 0), policies }
}
