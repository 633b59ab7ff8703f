import type { Rule } from './rules.js'

/** Days late × the daily fine, capped; nothing for a fine-free rule. */
export function overdueFine(rule: Pick<Rule, 'overdueFineCentsPerDay' | 'maxOverdueFineCents'>, daysLate: number): number {
  if (daysLate <= 0 || rule.overdueFineCentsPerDay === 0) return 0
  const fine = daysLate * rule.overdueFineCentsPerDay
  return rule.maxOverdueFineCents > 0 ? Math.min(fine, rule.maxOverdueFineCents) : fine
}
