import { ConflictError, DomainError } from '../../errors.js'

export class HoldLimitReachedError extends ConflictError {
  constructor(current: number, max: number) {
    super('hold_limit_reached', `The member has ${current} holds; their limit is ${max}.`, { current, max })
  }
}

export class AlreadyOnHoldError extends ConflictError {
  constructor(holdId: number) {
    super('already_on_hold', `The member already has hold ${holdId} on this title.`, { holdId })
  }
}

export class PickupNotAllowedError extends DomainError {
  readonly code = 'pickup_not_allowed'
  readonly status = 422
  constructor(locationId: string) {
    super(`Holds cannot be picked up at ${locationId}. Choose a location that allows pickups.`, { locationId })
  }
}

export class NotHoldableError extends ConflictError {
  constructor(detail: string) {
    super('not_holdable', detail)
  }
}

export interface DigitalAlternative {
  recordId: number
  title: string
  format: string
  onlineUrl: string | null
}

export class DigitalAlternativeError extends ConflictError {
  constructor(tier: string, alternatives: DigitalAlternative[]) {
    super(
      'confirm_ibl',
      `This title would come by ${tier} inter-library loan, and it is also available as ${alternatives.map((a) => a.format).join(' and ')}. Place the hold again with confirmIbl: true to go ahead, or read it online.`,
      { tier, alternatives },
    )
  }
}

export class HoldStateError extends ConflictError {
  constructor(code: string, detail: string, extra: Record<string, unknown> = {}) {
    super(code, detail, extra)
  }
}
