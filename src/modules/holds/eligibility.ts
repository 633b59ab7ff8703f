import { addDays } from '../circulation/dates.js'
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
  if (copy.acquiredOn > lastDayBeforeWindow(today, owner.windowDays)) return 'window_time'
  return null
}

// The engine asks this of every candidate copy of a batch (hundreds of thousands in a run), for a
// few window lengths: the day before a window that ends today is worked out once per length, and a
// copy's date is compared with it as text ('YYYY-MM-DD' dates sort as text), not parsed twice.
let windows = { today: '', lastDayBefore: new Map<number, string>() }

/** A copy acquired after this date is still in a window of `days` days today. */
function lastDayBeforeWindow(today: string, days: number): string {
  if (windows.today !== today) windows = { today, lastDayBefore: new Map() }
  let date = windows.lastDayBefore.get(days)
  if (date === undefined) {
    date = addDays(today, -days)
    windows.lastDayBefore.set(days, date)
  }
  return date
}
