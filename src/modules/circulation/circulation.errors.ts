import { ConflictError, DomainError, ForbiddenError } from '../../errors.js'

export class ItemOnLoanError extends ConflictError {
  /** Staff see where and until when, never to whom. */
  constructor(barcode: string, loan: { location_id: string; due_on: string }) {
    super('item_on_loan', `Item ${barcode} is on loan (lent at ${loan.location_id}, due ${loan.due_on}). Check it in first.`, {
      barcode,
      lentAt: loan.location_id,
      dueOn: loan.due_on,
    })
  }
}

export class ItemNotLendableError extends ConflictError {
  constructor(barcode: string, status: string) {
    super('item_not_lendable', `Item ${barcode} cannot be lent: its status is ${status.replaceAll('_', ' ')}.`, {
      barcode,
      itemStatus: status,
    })
  }
}

export class ItemInTransitError extends ConflictError {
  constructor(barcode: string, toLocationId: string) {
    super('item_in_transit', `Item ${barcode} is on its way to ${toLocationId}. Check it in first: the answer says where it goes.`, {
      barcode,
      toLocationId,
    })
  }
}

export class ItemHeldForAnotherError extends ConflictError {
  constructor(barcode: string, pickupLocationId: string) {
    super('item_held_for_another', `Item ${barcode} is waiting on the hold shelf of ${pickupLocationId} for another member.`, {
      barcode,
      pickupLocationId,
    })
  }
}

export type PatronBlock =
  | { code: 'patron_blocked'; reason: string }
  | { code: 'card_expired'; expiredOn: string }
  | { code: 'fees_owed'; owedCents: number; maxCents: number }

export class PatronBlockedError extends ForbiddenError {
  constructor(block: PatronBlock) {
    super(block.code, describeBlock(block), { ...block })
  }
}

function describeBlock(block: PatronBlock): string {
  switch (block.code) {
    case 'patron_blocked':
      return `The member is blocked: ${block.reason}`
    case 'card_expired':
      return `The membership expired on ${block.expiredOn}. It can be renewed at the member's own library.`
    case 'fees_owed':
      return `The member owes €${(block.owedCents / 100).toFixed(2)}; from €${(block.maxCents / 100).toFixed(2)} on, borrowing waits until it is paid.`
  }
}

export class LoanLimitReachedError extends ForbiddenError {
  constructor(current: number, max: number) {
    super('loan_limit_reached', `The member has ${current} loans; their limit is ${max}.`, { current, max })
  }
}

export class RenewalRefusedError extends DomainError {
  readonly code: string
  readonly status = 409
  constructor(code: 'renewal_limit_reached' | 'others_waiting' | 'loan_closed', detail: string, extra: Record<string, unknown> = {}) {
    super(detail, extra)
    this.code = code
  }
}

export class NotYourLocationError extends ForbiddenError {
  constructor(locationId: string) {
    super('location_not_allowed', `You do not work at location ${locationId}.`, { locationId })
  }
}

export class NoLocationChosenError extends DomainError {
  readonly code = 'location_required'
  readonly status = 400
  constructor() {
    super('Say at which location: choose one for this session, or send locationId.')
  }
}
