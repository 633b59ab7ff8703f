import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import type { TestProject } from 'vitest/node'
import { connect } from '../db/connect.js'
import { migrateToLatest } from '../db/migrate.js'
import { seedDemo } from '../demo/seed.js'
import { adminUrl, dropDatabase, testClockStart } from './test-database.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a dump of the migrated, seeded template. PostgreSQL: the template database's name. */
    template: string
  }
}

/** The network and staff of the demo; each test builds the catalogue it needs. */
const testDemo = { scale: 'small', seed: 1, catalogue: false } as const

/** Builds one migrated database with the Drenthe network once per run; each test file starts from a copy. */
export default async function setup(project: TestProject) {
  if (project.name === 'postgres') return setupServerTemplate(project)
  const handle = await connect({ dataDir: 'memory://' })
  await migrateToLatest(handle.db)
  await seedDemo(handle.db, testClockStart, testDemo)
  const dump = await handle.dump?.()
  if (!dump) throw new Error('PGlite gave no dump')
  const file = path.join(tmpdir(), `naober-template-${process.pid}.tar`)
  await writeFile(file, Buffer.from(await dump.arrayBuffer()))
  await handle.close()
  project.provide('template', file)
  return () => rm(file, { force: true })
}

async function setupServerTemplate(project: TestProject) {
  const template = `naober_template_${process.pid}`
  const admin = await connect({ databaseUrl: adminUrl(), poolSize: 1 })
  await dropDatabase(admin.db, template)
  await sql.raw(`create database ${template}`).execute(admin.db)
  const handle = await connect({ databaseUrl: adminUrl(template), poolSize: 2 })
  await migrateToLatest(handle.db)
  await seedDemo(handle.db, testClockStart, testDemo)
  await handle.close()
  project.provide('template', template)
  return async () => {
    await dropDatabase(admin.db, template)
    await admin.close()
  }
}
