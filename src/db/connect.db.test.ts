import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { withTestDatabase } from '../test/test-app.js'

const t = withTestDatabase()

// PGlite is one connection in this process: no JIT, no parallel workers, no other scan to join
describe.runIf(process.env.NAOBER_TEST_DB === 'postgres')('a connection to the PostgreSQL server', () => {
  it('plans without JIT or parallel workers, and scans a table from its start', async () => {
    const { rows } = await sql<{ jit: string; workers: string; synchronised: string }>`select
      current_setting('jit') as jit, current_setting('max_parallel_workers_per_gather') as workers,
      current_setting('synchronize_seqscans') as synchronised`.execute(t.db)
    expect(rows[0]).toEqual({ jit: 'off', workers: '0', synchronised: 'off' })
  })
})
