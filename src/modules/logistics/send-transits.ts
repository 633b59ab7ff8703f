import type { Trx } from '../../db/database.js'
import { appendEvents } from '../statistics/circulation-events.js'
import { markTransitsSent } from './transit.repository.js'

/**
 * The van took these transits: each is marked sent (the member's hold now reads "in the van")
 * and leaves a `transit_sent` event. Returns how many changed; ones already sent are skipped.
 */
export async function sendTransits(trx: Trx, ids: readonly number[], now: Date): Promise<number> {
  const rows = await markTransitsSent(trx, ids, now)
  await appendEvents(
    trx,
    rows.map((row) => ({ at: now, action: 'transit_sent' as const, channel: 'system' as const, location_id: row.from_location_id })),
  )
  return rows.length
}
