import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { connect, type DatabaseHandle } from '../src/db/connect.js'

/**
 * A benchmark's own database, named after what it holds: a PGlite folder in the temp dir, or a
 * database on the PostgreSQL server of DATABASE_URL (default the local test server). Without
 * `reuse` it starts empty; with it, a re-run measures the data an earlier run built.
 */
export async function openBenchDatabase(kind: 'postgres' | 'pglite', name: string, reuse: boolean): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    const dir = path.join(os.tmpdir(), name.replaceAll('_', '-'))
    if (!reuse) await rm(dir, { recursive: true, force: true })
    return connect({ dataDir: dir })
  }
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test')
  if (!reuse) {
    const admin = await connect({ databaseUrl: url.toString(), poolSize: 1 })
    await sql.raw(`drop database if exists ${name} with (force)`).execute(admin.db)
    await sql.raw(`create database ${name}`).execute(admin.db)
    await admin.close()
  }
  url.pathname = `/${name}`
  return connect({ databaseUrl: url.toString(), poolSize: 20 })
}
