import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { withTestDatabase } from '../test/test-app.js'
import type { Executor } from './database.js'
import { prepared } from './prepared.js'

const t = withTestDatabase()

const locationsOf = (db: Executor, organisationId: string, pickup: boolean) =>
  db
    .selectFrom('locations')
    .select(['id', 'organisation_id'])
    .where('organisation_id', '=', organisationId)
    .where('pickup_allowed', '=', pickup)
    .orderBy('id')

describe('a prepared statement', () => {
  it('answers each call with its own arguments, as the query built afresh does', async () => {
    const read = prepared(locationsOf)
    for (const [organisation, pickup] of [
      ['bind', true],
      ['facet', true],
      ['bind', false],
    ] as const) {
      const rows = await read(t.db, organisation, pickup)
      expect(rows).toEqual(await locationsOf(t.db, organisation, pickup).execute())
      expect(rows.every((row) => row.organisation_id === organisation)).toBe(true)
      if (pickup) expect(rows.length).toBeGreaterThan(1)
    }
  })

  it('is prepared by the database once per connection, and then only bound', async () => {
    const read = prepared(locationsOf)
    const statements = await t.db.transaction().execute(async (trx) => {
      await read(trx, 'bind', true)
      await read(trx, 'dnk', true)
      return sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(trx)
    })
    const ours = statements.rows.filter((row) => row.name.startsWith('naober_') && row.statement.includes('"pickup_allowed"'))
    expect(ours).toHaveLength(1)
  })

  it('refuses an argument that shapes the statement instead of being one of its values', async () => {
    const shaped = prepared((db: Executor, withName: boolean) => db.selectFrom('locations').select(withName ? ['id', 'name'] : ['id']))
    await expect(shaped(t.db, true)).rejects.toThrow('argument 0 is not a parameter')
  })
})
