import path from 'node:path'

/** Settings come from the environment only; every one has a default so `npm start` needs none. */
export interface Config {
  port: number
  host: string
  /** A PostgreSQL server; when absent naober runs on embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined
  dataDir: string
  /** Pool size for a PostgreSQL server. */
  poolSize: number
  secureCookies: boolean
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.NAOBER_DATA_DIR ?? '.naober'),
    poolSize: Number(env.NAOBER_POOL_SIZE ?? 20),
    secureCookies: env.NAOBER_SECURE_COOKIES === 'true',
  }
}
