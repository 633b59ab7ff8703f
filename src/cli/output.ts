import { toProblem } from '../http/problem.js'

/**
 * A failure the user can act on (a DomainError, a broken uniqueness or reference rule, an
 * unreachable database) is one line on stderr and exit code 1; anything else shows its stack.
 */
export function fail(error: unknown): never {
  const { problem, unexpected } = toProblem(error)
  if (!unexpected) console.error(`naober: ${problem.detail}`)
  else if (error instanceof Error && ['DatabaseUnreachableError', 'MigrationFailedError', 'ConfigError'].includes(error.name))
    console.error(`naober: ${error.message}`)
  else console.error(error)
  process.exit(1)
}
