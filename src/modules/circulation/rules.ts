import type { RecordFormat } from '../catalogue/catalogue.tables.js'
import type { CirculationRuleRow } from './circulation.tables.js'

/** What the rules matrix says for one member category and one item type. */
export interface Rule {
  loanDays: number
  renewals: number
  maxLoans: number
  maxHolds: number
  holdable: boolean
  travels: boolean
  holdFeeCents: { local: number; provincial: number; national: number }
  overdueFineCentsPerDay: number
  maxOverdueFineCents: number
  /** null: the item's own price */
  lostItemChargeCents: number | null
}

export interface ItemType {
  format: RecordFormat
  collection: string
}

/** Used when an organisation has no matching row at all, so a new organisation can lend from day one. */
export const fallbackRule: Rule = {
  loanDays: 21,
  renewals: 2,
  maxLoans: 20,
  maxHolds: 10,
  holdable: true,
  travels: true,
  holdFeeCents: { local: 0, provincial: 0, national: 0 },
  overdueFineCentsPerDay: 0,
  maxOverdueFineCents: 0,
  lostItemChargeCents: null,
}

export const toRule = (row: CirculationRuleRow): Rule => ({
  loanDays: row.loan_days,
  renewals: row.renewals,
  maxLoans: row.max_loans,
  maxHolds: row.max_holds,
  holdable: row.holdable,
  travels: row.travels,
  holdFeeCents: { local: row.hold_fee_local_cents, provincial: row.hold_fee_provincial_cents, national: row.hold_fee_national_cents },
  overdueFineCentsPerDay: row.overdue_fine_cents_per_day,
  maxOverdueFineCents: row.max_overdue_fine_cents,
  lostItemChargeCents: row.lost_item_charge_cents,
})

// A row that names the category beats one that names the format, which beats one that names the
// collection; a null column matches anything.
const specificity = (row: CirculationRuleRow) => (row.patron_category ? 4 : 0) + (row.format ? 2 : 0) + (row.collection ? 1 : 0)

/** The most specific row of the organisation's matrix that matches, or the fallback. */
export function resolveRule(rows: readonly CirculationRuleRow[], category: string, type: ItemType): Rule {
  let best: CirculationRuleRow | undefined
  for (const row of rows) {
    if (row.patron_category !== null && row.patron_category !== category) continue
    if (row.format !== null && row.format !== type.format) continue
    if (row.collection !== null && row.collection !== type.collection) continue
    if (!best || specificity(row) > specificity(best)) best = row
  }
  return best ? toRule(best) : fallbackRule
}

export interface Accommodations {
  extraLoans: number
  extraLoanDays: number
}

/** A member's accommodations (e.g. a print disability) raise the limits and lengthen the loan period. */
export function withAccommodations(rule: Rule, accommodations: Accommodations): Rule {
  return {
    ...rule,
    maxLoans: rule.maxLoans + accommodations.extraLoans,
    loanDays: rule.loanDays + accommodations.extraLoanDays,
  }
}
