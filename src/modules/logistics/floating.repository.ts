import { sql } from 'kysely'
import type { Executor } from '../../db/database.js'

/**
 * Returns at a location other than the copy's home, from the anonymous check-in events since a
 * moment, counted per week (0 = the first), return location, home, owner and collection.
 */
export function returnsAwayFromHome(db: Executor, since: Date) {
  const week = sql<number>`floor(extract(epoch from (at - ${since})) / 604800)::int`
  return (
    db
      .selectFrom('circulation_events')
      .select([
        week.as('week'),
        'location_id',
        'item_home_location_id',
        'item_organisation_id',
        'collection',
        (eb) => eb.fn.countAll<number>().as('n'),
      ])
      .where('action', '=', 'checkin')
      .where('at', '>=', since)
      .where('location_id', 'is not', null)
      .where('item_home_location_id', 'is not', null)
      .where('item_organisation_id', 'is not', null)
      .where((eb) => eb('location_id', '<>', eb.ref('item_home_location_id')))
      // by position: the week expression carries a parameter, and PostgreSQL does not match two of them
      .groupBy([sql`1`, 'location_id', 'item_home_location_id', 'item_organisation_id', 'collection'])
      .execute()
  )
}
