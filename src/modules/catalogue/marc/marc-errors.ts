import { DomainError } from '../../../errors.js'

/** A file that is not MARC at all: refused before anything is read into the catalogue. */
export class NotMarcError extends DomainError {
  readonly code = 'not_marc'
  readonly status = 422
}

/** Why one record cannot be read; the reader reports it and goes on with the next record. */
export class MalformedRecord extends Error {}
