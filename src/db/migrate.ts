import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { type Kysely, sql } from 'kysely'
import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely/migration'

// The SQL files live in src/db/migrations; this resolves from src/db (tests) and dist/db (built).
const migrationsFolder = fileURLToPath(new URL('../../src/db/migrations/', import.meta.url))

/** Plain SQL files, applied in name order, each once, forward only. */
export class SqlFileMigrationProvider implements MigrationProvider {
  constructor(private readonly folder = migrationsFolder) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const names = (await readdir(this.folder)).filter((name) => name.endsWith('.sql')).sort()
    const migrations: Record<string, Migration> = {}
    for (const name of names) {
      const text = await readFile(`${this.folder}/${name}`, 'utf8')
      // A query without parameters goes over PostgreSQL's simple protocol, which runs a whole script.
      migrations[name.replace(/\.sql$/, '')] = { up: async (db) => void (await sql.raw(text).execute(db)) }
    }
    return migrations
  }
}

export class MigrationFailedError extends Error {
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(`Migration ${migration} failed: ${cause instanceof Error ? cause.message : String(cause)}`)
    this.name = 'MigrationFailedError'
  }
}

export interface MigrationReport {
  applied: string[]
}

/** Brings the schema up to date. Kysely's migrator holds a lock, so two servers starting together are safe. */
// biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>, provider = new SqlFileMigrationProvider()): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'naober_migration', migrationLockTableName: 'naober_migration_lock' })
  const result: MigrationResultSet = await migrator.migrateToLatest()
  const failed = result.results?.find((r) => r.status === 'Error')
  if (result.error) throw new MigrationFailedError(failed?.migrationName ?? 'unknown', result.error)
  return { applied: (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) }
}
