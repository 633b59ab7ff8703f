import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { withTestDatabase } from '../test/test-app.js'
import { executePlannedOnce } from './prepared.js'

const t = withTestDatabase()

const insertNote = (id: number, note: string) => sql`insert into pipeline_notes (id, note) values (${id}, ${note})`
const notes = async () => (await sql<{ id: number }>`select id from pipeline_notes order by id`.execute(t.db)).rows.map((row) => row.id)

describe('a transaction whose last statement takes COMMIT with it', () => {
  beforeAll(async () => {
    await sql`create table pipeline_notes (id int primary key, note text not null)`.execute(t.db)
  })

  it('has written everything once that statement answers, for every other connection to see', async () => {
    await sql`truncate pipeline_notes`.execute(t.db)
    const written = await t.db.transaction().execute(async (trx) => {
      await insertNote(1, 'first').execute(trx)
      return executePlannedOnce(trx, sql<{ id: number }>`insert into pipeline_notes values (2, 'last') returning id`, { thenCommit: true })
    })
    expect(written).toEqual([{ id: 2 }])
    expect(await notes()).toEqual([1, 2])
  })

  it('writes nothing when that statement fails, and throws its own error', async () => {
    await sql`truncate pipeline_notes`.execute(t.db)
    const failing = t.db.transaction().execute(async (trx) => {
      await insertNote(1, 'first').execute(trx)
      await executePlannedOnce(trx, insertNote(1, 'again'), { thenCommit: true })
    })
    await expect(failing).rejects.toThrow(/duplicate key/)
    expect(await notes()).toEqual([])
    // and the connection goes on serving transactions
    await t.db.transaction().execute((trx) => executePlannedOnce(trx, insertNote(3, 'next'), { thenCommit: true }))
    expect(await notes()).toEqual([3])
  })

  it('refuses a statement after it, which would run outside the transaction', async () => {
    await sql`truncate pipeline_notes`.execute(t.db)
    const misuse = t.db.transaction().execute(async (trx) => {
      await executePlannedOnce(trx, insertNote(1, 'last'), { thenCommit: true })
      await insertNote(2, 'after').execute(trx)
    })
    await expect(misuse).rejects.toThrow('after the one that committed')
    expect(await notes()).toEqual([1])
  })

  it('leaves nothing of a transaction that fails before its end, though BEGIN was not waited for', async () => {
    await sql`truncate pipeline_notes`.execute(t.db)
    const failing = t.db.transaction().execute(async (trx) => {
      await insertNote(1, 'first').execute(trx)
      await sql`select 1 / 0`.execute(trx)
    })
    await expect(failing).rejects.toThrow(/division by zero/)
    expect(await notes()).toEqual([])
  })
})
