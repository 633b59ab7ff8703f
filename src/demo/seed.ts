import type { Db } from '../db/database.js'
import { seedCatalogue } from './catalogue.seed.js'
import { seedCirculation } from './circulation.seed.js'
import { historyWeeks, seedCirculationHistory } from './circulation-history.seed.js'
import { seedLogistics } from './logistics.seed.js'
import { seedNetwork } from './network.seed.js'
import { seedPatrons } from './patrons.seed.js'
import { seedStaff } from './staff.seed.js'

export type DemoScale = 'small' | 'province'

export interface DemoOptions {
  scale: DemoScale
  seed: number
  progress?: (message: string) => void
  /** false: no generated catalogue (the tests build their own, checked by hand) */
  catalogue?: boolean
}

export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst()
  return row === undefined
}

export interface DemoReport {
  seconds: number
}

/** The Drenthe demo: the real network, demo staff logins, members and a generated catalogue. */
export async function seedDemo(db: Db, now: Date, options: DemoOptions = { scale: 'small', seed: 1 }): Promise<DemoReport> {
  const started = performance.now()
  const year = now.getUTCFullYear()
  options.progress?.('network: organisations, municipalities, places, locations')
  await seedNetwork(db, [year, year + 1])
  await seedStaff(db)
  options.progress?.(`members (${options.scale})`)
  await seedPatrons(db, now, options)
  if (options.catalogue !== false) await seedCatalogue(db, now, options)
  options.progress?.('circulation: rules and IBL settings of the four organisations')
  await seedCirculation(db)
  if (options.catalogue !== false) {
    options.progress?.(`circulation: ${historyWeeks} weeks of returns and transits home`)
    await seedCirculationHistory(db, now, options)
  }
  options.progress?.('logistics: depot, vans, transport settings')
  await seedLogistics(db)
  return { seconds: (performance.now() - started) / 1000 }
}
