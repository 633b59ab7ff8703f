import { describe, expect, it } from 'vitest'
import { buildItem, buildRecord, buildWaitingHold } from '../../test/factories.js'
import { withTestDatabase } from '../../test/test-app.js'
import { testClockStart } from '../../test/test-database.js'
import { circulationPolicy } from '../circulation/policy-cache.js'
import { runTargeting } from './run-targeting.js'

const t = withTestDatabase()
const now = testClockStart

/** A waiting hold placed `minutesAgo` before now. */
const waitingHold = (recordId: number, minutesAgo: number) =>
  buildWaitingHold(t.db, recordId, new Date(now.getTime() - minutesAgo * 60_000))

describe('a targeting run in batches', () => {
  it('serves the oldest holds first and never gives one copy to two holds, though its batches overlap', async () => {
    const record = await buildRecord(t.db)
    const copies = await Promise.all(
      ['bind-beilen', 'bind-meppel'].map((location) =>
        buildItem(t.db, { record_id: record.id, organisation_id: 'bind', home_location_id: location, acquired_on: '2024-01-01' }),
      ),
    )
    const oldest = await waitingHold(record.id, 30)
    const second = await waitingHold(record.id, 20)
    const newest = await waitingHold(record.id, 10)
    // one hold a batch: each batch reads its copies while the one before it may still be writing
    await runTargeting(t.db, await circulationPolicy(t.db, now), now, 1)
    const stored = await t.db
      .selectFrom('holds')
      .select(['id', 'status', 'target_item_id'])
      .where('record_id', '=', record.id)
      .orderBy('placed_at')
      .execute()
    expect(stored.map((h) => [h.id, h.status])).toEqual([
      [oldest.id, 'targeted'],
      [second.id, 'targeted'],
      [newest.id, 'waiting'],
    ])
    // the copy already at the pickup location goes to the oldest hold
    expect(stored[0]?.target_item_id).toBe(copies[0]?.id)
    expect(stored[1]?.target_item_id).toBe(copies[1]?.id)
  })
})
