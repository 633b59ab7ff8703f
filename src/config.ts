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
  /** How many searches run at once; the others wait their turn. */
  searchesAtOnce: number | undefined
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.NAOBER_DATA_DIR ?? '.naober'),
    poolSize: Number(env.NAOBER_POOL_SIZE ?? 20),
    secureCookies: env.NAOBER_SECURE_COOKIES === 'true',
    searchesAtOnce: positiveWhole(env, 'NAOBER_SEARCHES_AT_ONCE'),
  }
}

/** A setting that must be a whole number of at least 1, if given: a typo stops the start with a message, not a server that refuses every search. */
function positiveWhole(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name]?.trim()
  if (!text) return undefined
  if (!/^[1-9][0-9]*$/.test(text)) throw new ConfigError(`${name} must be a whole number of at least 1, not "${text}".`)
  return Number(text)
}

/** A setting that cannot be used: the CLI prints its message alone (see cli/output.ts). */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}
