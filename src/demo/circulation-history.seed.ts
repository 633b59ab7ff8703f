import type { Insertable } from 'kysely'
import type { Db } from '../db/database.js'
import type { TransitTable } from '../modules/logistics/transit.tables.js'
import { appendEvents, type CirculationEvent, itemDimensions } from '../modules/statistics/circulation-events.js'
import { Random } from './random.js'
import type { DemoOptions } from './seed.js'

const day = 86_400_000
export const historyWeeks = 6
/** copies returned a week in the demo; most at home, about one in five elsewhere in the province */
const returnsPerWeek = { small: 800, province: 4_000 } as const

/**
 * A few weeks of returns (anonymous check-in events) and the transits home they caused, so the
 * floating what-if has circulation to replay and the planner has a transit volume. Returns away
 * from home land at another branch of the same organisation more often than at another one.
 */
export async function seedCirculationHistory(db: Db, now: Date, options: DemoOptions): Promise<void> {
  const random = new Random(options.seed * 104_729 + 3)
  const count = returnsPerWeek[options.scale] * historyWeeks
  const [items, locations, settings] = await Promise.all([
    db
      .selectFrom('items as i')
      .innerJoin('records as r', 'r.id', 'i.record_id')
      .select(['i.id', 'i.record_id', 'i.organisation_id', 'i.home_location_id', 'i.collection', 'r.format', 'r.audience', 'r.fiction'])
      .where('i.status', '=', 'available')
      .orderBy('i.id')
      .limit(count * 4)
      .execute(),
    db.selectFrom('locations').select(['id', 'organisation_id']).where('public', '=', true).execute(),
    db.selectFrom('circulation_settings').select(['organisation_id', 'floating_collections']).execute(),
  ])
  if (items.length === 0) return
  const floats = (org: string, collection: string) =>
    settings.some((s) => s.organisation_id === org && s.floating_collections.includes(collection))
  const events: CirculationEvent[] = []
  const transits: Insertable<TransitTable>[] = []
  for (let n = 0; n < count; n++) {
    const item = random.pick(items)
    const at = new Date(now.getTime() - random.int(1, historyWeeks * 7) * day + random.int(9, 19) * 3_600_000)
    const away = random.chance(0.2)
    const sameOrganisation = locations.filter((l) => l.organisation_id === item.organisation_id && l.id !== item.home_location_id)
    const here = !away
      ? item.home_location_id
      : random.pick(random.chance(0.6) && sameOrganisation.length ? sameOrganisation : locations).id
    const organisationId = locations.find((l) => l.id === here)?.organisation_id ?? item.organisation_id
    events.push({
      at,
      action: 'checkin' as const,
      channel: 'desk' as const,
      organisation_id: organisationId,
      location_id: here,
      ...itemDimensions(item),
    })
    if (here === item.home_location_id || floats(item.organisation_id, item.collection)) continue
    transits.push({
      item_id: item.id,
      from_location_id: here,
      to_location_id: item.home_location_id,
      reason: 'home',
      hold_id: null,
      created_at: at,
      sent_at: new Date(at.getTime() + day),
      received_at: new Date(at.getTime() + 2 * day),
      received_location_id: item.home_location_id,
    })
  }
  await db.transaction().execute(async (trx) => {
    await appendEvents(trx, events)
    for (let i = 0; i < transits.length; i += 2_000)
      await trx
        .insertInto('transits')
        .values(transits.slice(i, i + 2_000))
        .execute()
  })
}
