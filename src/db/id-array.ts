import { type RawBuilder, sql } from 'kysely'

/**
 * A list of ids as one array parameter, its PostgreSQL text written by a plain join. The driver's
 * own array serialiser quotes every element and runs two regular expressions over it: for the
 * 34,000 ids a targeting batch sends, 11-38 ms of CPU against 3 ms.
 */
export function idArray(ids: readonly number[], type: 'int' | 'bigint' = 'int'): RawBuilder<number[]> {
  return sql<number[]>`${`{${ids.join(',')}}`}::${sql.raw(type)}[]`
}
