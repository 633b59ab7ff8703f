import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { withTestDatabase } from '../test/test-app.js'
import { idArray } from './id-array.js'

const t = withTestDatabase()

describe('a list of ids as one array parameter', () => {
  it('reaches the database as the same array, empty or long, as int and as bigint', async () => {
    const long = Array.from({ length: 10_000 }, (_, i) => i * 7 - 3)
    for (const ids of [[], [42], long]) {
      const { rows } = await sql<{ ints: number[]; bigints: string[] }>`
        select ${idArray(ids)} as ints, ${idArray(ids, 'bigint')}::text[] as bigints`.execute(t.db)
      expect(rows[0]?.ints).toEqual(ids)
      expect(rows[0]?.bigints.map(Number)).toEqual(ids)
    }
  })
})
