import { daysBetween } from '../circulation/dates.js'
import type { CirculationPolicy } from '../circulation/policy.js'
import type { ItemType } from '../circulation/rules.js'

export type Exclusion = 'not_holdable' | 'does_not_travel' | 'not_supplying' | 'window_time'

export interface CopyFacts extends ItemType {
  organisationId: string
  acquiredOn: string
}

export interface Requester {
  organisationId: string
  category: string
}

/**
 * Whether a copy may ever fill a member's hold, by the rules of the copy's owner: holdable at all,
 * and, for a member of another organisation, whether the owner supplies IBL, lets this type travel,
 * and the copy is past its window time. Null: it may.
 */
export function exclusionOf(copy: CopyFacts, requester: Requester, policy: CirculationPolicy, today: string): Exclusion | null {
  const rule = policy.rule(copy.organisationId, requester.category, copy)
  if (!rule.holdable) return 'not_holdable'
  if (copy.organisationId === requester.organisationId) return null
  const owner = policy.settings(copy.organisationId)
  if (!owner.suppliesIbl) return 'not_supplying'
  if (!rule.travels) return 'does_not_travel'
  if (daysBetween(copy.acquiredOn, today) < owner.windowDays) return 'window_time'
  return null
}
