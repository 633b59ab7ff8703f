import { describe, expect, it } from 'vitest'
import { withTestDatabase } from '../../test/test-app.js'
import { appendEvents } from './circulation-events.js'

const t = withTestDatabase()

describe('appending circulation events', () => {
  it('stores many events in one go, each column as given and null where an event has none', async () => {
    const at = new Date('2026-11-20T10:15:30.250Z')
    await appendEvents(t.db, [
      { at, action: 'checkout', channel: 'desk', organisation_id: 'bind', location_id: 'bind-meppel', fiction: true, age_band: '65+' },
      // text that must survive being sent as an array element: quotes, commas, braces, backslashes
      { at, action: 'fee_paid', amount_cents: 250, collection: 'a "b", {c} \\d', fiction: false, record_id: 424242 },
      { at, action: 'hold_targeted', ibl_tier: 'provincial', municipality_code: null },
    ])
    const rows = await t.db
      .selectFrom('circulation_events')
      .select([
        'at',
        'action',
        'channel',
        'organisation_id',
        'location_id',
        'fiction',
        'age_band',
        'amount_cents',
        'collection',
        'record_id',
        'ibl_tier',
      ])
      .where('at', '=', at)
      .orderBy('id')
      .execute()
    const none = {
      channel: null,
      organisation_id: null,
      location_id: null,
      fiction: null,
      age_band: null,
      amount_cents: null,
      collection: null,
      record_id: null,
      ibl_tier: null,
    }
    expect(rows).toEqual([
      {
        ...none,
        at,
        action: 'checkout',
        channel: 'desk',
        organisation_id: 'bind',
        location_id: 'bind-meppel',
        fiction: true,
        age_band: '65+',
      },
      { ...none, at, action: 'fee_paid', amount_cents: 250, collection: 'a "b", {c} \\d', fiction: false, record_id: 424242 },
      { ...none, at, action: 'hold_targeted', ibl_tier: 'provincial' },
    ])
  })
})
