import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { buildItem, buildRecord, buildWaitingHold } from '../../test/factories.js'
import { withTestDatabase } from '../../test/test-app.js'
import { testClockStart } from '../../test/test-database.js'
import { circulationPolicy } from '../circulation/policy-cache.js'
import { targetHolds } from './target-holds.js'

const t = withTestDatabase()
const now = testClockStart

const waitingHold = (recordId: number) => buildWaitingHold(t.db, recordId, now)

const copyAt = (recordId: number, location: string) =>
  buildItem(t.db, { record_id: recordId, organisation_id: 'bind', home_location_id: location, acquired_on: '2024-01-01' })

// Two connections at once: PGlite is one connection, so only the server can show a desk holding a lock.
describe.runIf(process.env.NAOBER_TEST_DB === 'postgres')('targeting while a desk holds a copy', () => {
  it('passes over the copy a desk is handling and takes the next best one', async () => {
    const record = await buildRecord(t.db)
    const atPickup = await copyAt(record.id, 'bind-beilen')
    const inMeppel = await copyAt(record.id, 'bind-meppel')
    const hold = await waitingHold(record.id)
    const policy = await circulationPolicy(t.db, now)
    let release = () => {}
    const deskHasIt = new Promise<void>((locked) => {
      void t.db.transaction().execute(async (desk) => {
        await sql`select id from items where id = ${atPickup.id} for update`.execute(desk)
        locked()
        await new Promise<void>((resolve) => {
          release = resolve
        })
      })
    })
    await deskHasIt
    const [outcome] = await t.db.transaction().execute((trx) => targetHolds(trx, policy, now, { holdIds: [hold.id] }))
    release()
    expect(outcome?.result).toBe('targeted')
    expect(outcome?.reason.chosen?.itemId).toBe(inMeppel.id)
    expect(outcome?.reason.tier).toBe('own_organisation')
  })
})

describe('targeting a batch', () => {
  it('gives one copy to the oldest hold only; the next hold waits with its reason', async () => {
    const record = await buildRecord(t.db)
    const copy = await copyAt(record.id, 'bind-meppel')
    const first = await waitingHold(record.id)
    const second = await waitingHold(record.id)
    const policy = await circulationPolicy(t.db, now)
    const outcomes = await t.db.transaction().execute((trx) => targetHolds(trx, policy, now, { holdIds: [first.id, second.id] }))
    expect(outcomes.map((o) => [o.holdId, o.result])).toEqual([
      [first.id, 'targeted'],
      [second.id, 'waiting'],
    ])
    expect(outcomes[0]?.reason.chosen?.itemId).toBe(copy.id)
    const stored = await t.db
      .selectFrom('holds')
      .select(['id', 'status', 'target_item_id'])
      .where('record_id', '=', record.id)
      .orderBy('id')
      .execute()
    expect(stored).toEqual([
      { id: first.id, status: 'targeted', target_item_id: copy.id },
      { id: second.id, status: 'waiting', target_item_id: null },
    ])
  })
})
