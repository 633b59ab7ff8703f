/**
 * The one error class of naober. Every failure a user can act on is a DomainError with a stable
 * `code`, an HTTP status and a sentence that says what went wrong; the HTTP layer renders it as
 * RFC 9457 problem+json, the CLI prints its detail.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string
  abstract readonly status: number
  /** Extra members for the problem document (e.g. the field or the limit that was hit). */
  readonly extra: Record<string, unknown>

  constructor(detail: string, extra: Record<string, unknown> = {}) {
    super(detail)
    this.name = new.target.name
    this.extra = extra
  }
}

export interface FieldProblem {
  field: string
  message: string
}

export class ValidationError extends DomainError {
  readonly code = 'validation_failed'
  readonly status = 400
  constructor(readonly errors: FieldProblem[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors })
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'not_found'
  readonly status = 404
  /** `new NotFoundError('item', { barcode: '123' })` → "No item with barcode 123." */
  constructor(resource: string, key: Record<string, string | number>) {
    const [name, value] = Object.entries(key)[0] ?? ['key', '?']
    super(`No ${resource} with ${name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)} ${value}.`, { resource, ...key })
  }
}

export class ConflictError extends DomainError {
  readonly code: string
  readonly status = 409
  constructor(code: string, detail: string, extra: Record<string, unknown> = {}) {
    super(detail, extra)
    this.code = code
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'unauthenticated'
  readonly status = 401
  constructor(detail = 'Sign in to do this.') {
    super(detail)
  }
}

export class ForbiddenError extends DomainError {
  readonly code: string
  readonly status = 403
  constructor(code: string, detail: string, extra: Record<string, unknown> = {}) {
    super(detail, extra)
    this.code = code
  }
}
