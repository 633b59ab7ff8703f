import type { Db } from '../db/database.js'
import * as bulk from '../modules/catalogue/catalogue-bulk.repository.js'
import { workKey } from '../modules/catalogue/work-key.js'
import { type LocationSize, sizeOf } from './demo-hours.js'
import { type DemoRecord, demoWork } from './demo-records.js'
import { readLocations } from './drenthe-data.js'
import { Random } from './random.js'

export const catalogueSizes = { small: { works: 4_300 }, province: { works: 255_000 } } as const

/** How much of the collection a location holds: the central libraries much, mobile-library stops next to nothing. */
const shelfWeight: Record<LocationSize, number> = {
  central: 40,
  main: 14,
  branch: 5,
  extra_small: 1.5,
  service_point: 0.8,
  mobile_stop: 0.1,
  office: 0,
}

const day = 86_400_000

/**
 * The demo collection: works with their editions (≈ 1.2 records a work), copies spread over the
 * locations by size and owned by the location's organisation, written in batches through the
 * bulk repository. The same seed gives the same catalogue.
 */
export async function seedCatalogue(
  db: Db,
  now: Date,
  options: { scale: keyof typeof catalogueSizes; seed: number; works?: number; progress?: (m: string) => void },
) {
  const random = new Random(options.seed * 7919 + 17)
  const locations = await weightedLocations(db)
  const works = options.works ?? catalogueSizes[options.scale].works
  const batchWorks = 2_500
  let barcode = 0
  let counts = { records: 0, items: 0 }
  for (let start = 0; start < works; start += batchWorks) {
    const editions: DemoRecord[][] = []
    for (let n = start; n < Math.min(works, start + batchWorks); n++) editions.push(demoWork(random, n + 1))
    await db.transaction().execute(async (trx) => {
      const workIds = await bulk.upsertWorks(
        trx,
        editions.map((e) => ({
          key: workKey(e[0]?.title ?? '', e[0]?.authors[0]),
          title: e[0]?.title ?? '',
          author: e[0]?.authors[0] ?? null,
        })),
      )
      const records = editions.flat()
      const ids = await bulk.allocateRecordIds(trx, records.length)
      const rows = records.map((r, i) => ({ ...r, id: ids[i] as number, workId: workIds.get(workKey(r.title, r.authors[0])) ?? null }))
      await bulk.insertRecords(trx, rows)
      const items = rows.flatMap((r) =>
        Array.from({ length: r.copies }, () => {
          const location = random.weighted(locations)
          const recent = random.chance(0.03)
          const acquired = new Date(now.getTime() - (recent ? random.int(0, 30) : random.int(31, 3650)) * day)
          return {
            barcode: `3${location.organisationDigit}${String(++barcode).padStart(9, '0')}`,
            recordId: r.id,
            organisationId: location.organisationId,
            homeLocationId: location.id,
            shelfCode: r.shelfCode,
            collection: r.audience === 'adult' ? 'adult' : 'youth',
            priceCents: random.int(899, 3499),
            acquiredOn: acquired.toISOString().slice(0, 10),
          }
        }),
      )
      for (let i = 0; i < items.length; i += 20_000) await bulk.insertItems(trx, items.slice(i, i + 20_000))
      counts = { records: counts.records + rows.length, items: counts.items + items.length }
    })
    options.progress?.(`catalogue: ${counts.records.toLocaleString('en')} records, ${counts.items.toLocaleString('en')} copies`)
  }
  await bulk.refreshTerms(db)
  return counts
}

async function weightedLocations(db: Db) {
  const sizes = new Map((await readLocations()).map((l) => [l.id, sizeOf(l)]))
  const rows = await db.selectFrom('locations').select(['id', 'organisation_id']).execute()
  const digits = new Map([...new Set(rows.map((r) => r.organisation_id))].sort().map((id, i) => [id, i + 1]))
  return rows
    .map((r) => {
      const location = { id: r.id, organisationId: r.organisation_id, organisationDigit: digits.get(r.organisation_id) ?? 0 }
      return [location, shelfWeight[sizes.get(r.id) ?? 'branch']] as const
    })
    .filter(([, weight]) => weight > 0)
}
