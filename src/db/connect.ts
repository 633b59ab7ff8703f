import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { createPgConfig } from '@electric-sql/pglite/node-postgres'
import { Kysely } from 'kysely'
import pg from 'pg'
import type { Database } from './database.js'
import { coalesceWrites, PipelinedPostgresDialect } from './pipelined-driver.js'
import { sendMarkedStatementsByName } from './prepared.js'

// One driver for both databases: PGlite ships a node-postgres adapter, so the embedded database
// and a PostgreSQL server are reached through the same `pg` client, with the same type parsing.
// int8 (count(*), bigint ids) fits a JS number for every figure a library network reaches;
// a date stays a 'YYYY-MM-DD' string, so no time zone can shift a due date by a day.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value)
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value))

export type DatabaseKind = 'pglite' | 'postgres'

export interface DatabaseHandle {
  db: Kysely<Database>
  kind: DatabaseKind
  close(): Promise<void>
  /** Embedded only: a copy of the whole database, to start another from (the tests do). */
  dump?: () => Promise<Blob | File>
}

export interface ConnectOptions {
  databaseUrl?: string | undefined
  /** Folder of the embedded database; 'memory://' keeps it in memory (tests). */
  dataDir?: string
  /** A dump made by `PGlite.dumpDataDir`, to start from a ready database (tests). */
  loadDataDir?: Blob | File
  poolSize?: number
}

export async function connect(options: ConnectOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return connectServer(options.databaseUrl, options.poolSize ?? 20)
  return connectEmbedded(options.dataDir ?? 'memory://', options.loadDataDir)
}

export async function connectServer(databaseUrl: string, poolSize: number): Promise<DatabaseHandle> {
  // pipeline: a statement is sent without waiting for the answer to the one before (pipelined-driver.ts)
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 5000, pipeline: true })
  // An idle connection the server ends (a restart, a failover) must not take the process down:
  // the pool drops it and opens a new one when needed.
  pool.on('error', (error) => console.warn(`naober: database connection lost: ${error.message}`))
  // No JIT: naober's statements are short, and the planner's cost estimates of a batch over many
  // thousands of ids pass the JIT threshold, so PostgreSQL spent longer compiling (~0.3 s) than
  // running them. Set per connection, so a server-wide setting of the DBA is left alone elsewhere.
  // No parallel query either: naober serves many short statements at once, so the cores are busy with
  // other requests. The workers of a filtered text search read twice the rows it needed, and such
  // searches ran half as many a second as without them (1,000,000 records, 2 cores).
  // No synchronised table scans: a search whose window is the first matches of a scan of the records
  // would otherwise start where another connection's scan happens to be, and show other hits each time.
  pool.on('connect', (client) => {
    client
      .query('set jit = off; set max_parallel_workers_per_gather = 0; set synchronize_seqscans = off')
      .catch((error: Error) => console.warn(`naober: could not set the session's planner settings: ${error.message}`))
    sendMarkedStatementsByName(client)
    coalesceWrites(client)
  })
  try {
    const client = await pool.connect()
    client.release()
  } catch (error) {
    await pool.end()
    throw new DatabaseUnreachableError(redact(databaseUrl), error)
  }
  const db = new Kysely<Database>({ dialect: new PipelinedPostgresDialect({ pool }) })
  return { db, kind: 'postgres', close: () => db.destroy() }
}

export async function connectEmbedded(dataDir: string, loadDataDir?: Blob | File): Promise<DatabaseHandle> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true })
  const pglite = await PGlite.create(dataDir, {
    extensions: { pg_trgm, unaccent },
    ...(loadDataDir ? { loadDataDir } : {}),
  })
  // PGlite is one connection: a pool of one makes transactions queue instead of interleave.
  const pool = new pg.Pool(createPgConfig(pglite))
  pool.on('connect', sendMarkedStatementsByName)
  const db = new Kysely<Database>({ dialect: new PipelinedPostgresDialect({ pool }) })
  return {
    db,
    kind: 'pglite',
    dump: () => pglite.dumpDataDir('none'),
    close: async () => {
      await db.destroy()
      await pglite.close()
    },
  }
}

export class DatabaseUnreachableError extends Error {
  constructor(where: string, cause: unknown) {
    super(`Cannot reach the database at ${where}: ${cause instanceof Error ? cause.message : String(cause)}`)
    this.name = 'DatabaseUnreachableError'
  }
}

/** The URL without its password, for messages. */
export function redact(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl)
    if (url.password) url.password = '***'
    return url.toString()
  } catch {
    return 'the configured DATABASE_URL'
  }
}
