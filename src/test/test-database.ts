import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { sql } from 'kysely'
import { inject } from 'vitest'
import { connect, type DatabaseHandle } from '../db/connect.js'
import type { Db } from '../db/database.js'

/** The tests' clock starts on a Monday morning; tests move it with `clock.set`. */
export const testClockStart = new Date('2026-11-23T09:00:00Z')

/** The server URL with another database name (default: the one TEST_DATABASE_URL names). */
export function adminUrl(database?: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test')
  if (database) url.pathname = `/${database}`
  return url.toString()
}

export async function dropDatabase(db: Db, name: string): Promise<void> {
  await waitUntilUnused(db, name)
  await sql.raw(`drop database if exists ${name} with (force)`).execute(db)
}

/**
 * A closed pool's connections may still be on their way out; `with (force)` would kill them, and
 * their client reports that as an uncaught error that fails the run. Give them up to 5 s to go.
 */
async function waitUntilUnused(db: Db, name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from pg_stat_activity where datname = ${name}`.execute(db)
    if (!rows[0]?.n) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * A database of its own for one test file, a copy of the migrated template with the Drenthe
 * network and demo staff in it: on PGlite from the template's dump, on the server with
 * CREATE DATABASE … TEMPLATE.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const template = inject('template')
  if (process.env.NAOBER_TEST_DB !== 'postgres') {
    const dump = new Blob([await readFile(template)])
    return connect({ dataDir: 'memory://', loadDataDir: dump })
  }
  const name = `naober_test_${randomBytes(6).toString('hex')}`
  const admin = await connect({ databaseUrl: adminUrl(), poolSize: 1 })
  await sql.raw(`create database ${name} template ${template}`).execute(admin.db)
  const handle = await connect({ databaseUrl: adminUrl(name), poolSize: 10 })
  return {
    ...handle,
    close: async () => {
      await handle.close()
      await dropDatabase(admin.db, name)
      await admin.close()
    },
  }
}
