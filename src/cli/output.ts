import { DomainError } from '../errors.js'

/** A failure the user can act on is one line on stderr and exit code 1; anything else shows its stack. */
export function fail(error: unknown): never {
  if (error instanceof DomainError) console.error(`naober: ${error.message}`)
  else if (error instanceof Error && ['DatabaseUnreachableError', 'MigrationFailedError'].includes(error.name))
    console.error(`naober: ${error.message}`)
  else console.error(error)
  process.exit(1)
}
