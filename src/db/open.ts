import type { Config } from '../config.js'
import { connect, type DatabaseHandle } from './connect.js'
import { migrateToLatest } from './migrate.js'

/** The database the configuration names, migrated to the latest schema. */
export async function openDatabase(config: Config): Promise<DatabaseHandle & { applied: string[] }> {
  const handle = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.poolSize })
  try {
    const { applied } = await migrateToLatest(handle.db)
    return { ...handle, applied }
  } catch (error) {
    await handle.close()
    throw error
  }
}
