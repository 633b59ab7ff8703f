import { ApiError } from '../api/client'
import type { Messages } from '../i18n/nl'

/** Which scan field the user must act in after a refusal: the card (a member problem) or the item. */
export type ScanTarget = 'card' | 'item'

export interface DeskProblem {
  text: string
  target: ScanTarget
}

const str = (value: unknown) => (typeof value === 'string' ? value : '')
const num = (value: unknown) => (typeof value === 'number' ? value : 0)

/**
 * A refusal from the circulation API in the user's language. The server's codes are stable; its
 * `detail` (English) is the fallback for a code the desk does not know yet.
 */
export function deskProblem(
  error: unknown,
  t: Messages,
  names: { location: (id: string) => string; money: (cents: number) => string; date: (iso: string) => string },
): DeskProblem {
  if (!(error instanceof ApiError)) return { text: `${t.app.failed} ${String(error)}`, target: 'item' }
  const p = t.desk.problems
  const b = error.body
  switch (error.code) {
    case 'not_found':
      return b.resource === 'member'
        ? { text: p.unknownCard(str(b.cardNumber)), target: 'card' }
        : { text: p.unknownItem(str(b.barcode) || str(b.id)), target: 'item' }
    case 'item_on_loan':
      return { text: p.onLoan(names.location(str(b.lentAt)), names.date(str(b.dueOn))), target: 'item' }
    case 'item_in_transit':
      return { text: p.inTransit(names.location(str(b.toLocationId))), target: 'item' }
    case 'item_held_for_another':
      return { text: p.heldForAnother(names.location(str(b.pickupLocationId))), target: 'item' }
    case 'item_not_lendable':
      return { text: p.notLendable, target: 'item' }
    case 'patron_blocked':
      return { text: p.blocked(str(b.reason)), target: 'card' }
    case 'card_expired':
      return { text: p.cardExpired(names.date(str(b.expiredOn))), target: 'card' }
    case 'fees_owed':
      return { text: p.feesOwed(names.money(num(b.owedCents))), target: 'card' }
    case 'loan_limit_reached':
      return { text: p.loanLimit(num(b.max)), target: 'card' }
    case 'unauthenticated':
      return { text: p.signedOut, target: 'item' }
    default:
      if (error.status === 403) return { text: `${p.notAllowed} ${error.detail}`, target: 'item' }
      return { text: error.detail, target: 'item' }
  }
}
