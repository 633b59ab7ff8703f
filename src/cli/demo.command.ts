import { sql } from 'kysely'
import { readConfig } from '../config.js'
import { migrateToLatest } from '../db/migrate.js'
import { openDatabase } from '../db/open.js'
import { type DemoScale, isEmpty, seedDemo } from '../demo/seed.js'
import { ConflictError } from '../errors.js'

export async function demoCommand(options: { scale: DemoScale; seed: number; reset?: boolean }): Promise<void> {
  const database = await openDatabase(readConfig())
  try {
    if (options.reset) {
      await sql`drop schema public cascade; create schema public`.execute(database.db)
      await migrateToLatest(database.db)
    } else if (!(await isEmpty(database.db))) {
      throw new ConflictError('database_not_empty', 'The database already has data. Add --reset to replace all of it with the demo.')
    }
    const report = await seedDemo(database.db, new Date(), { scale: options.scale, seed: options.seed, progress: console.log })
    console.log(`demo (${options.scale}) ready in ${report.seconds.toFixed(1)} s`)
  } finally {
    await database.close()
  }
}
