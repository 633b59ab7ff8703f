import fc from 'fast-check'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Db } from '../../db/database.js'
import { DomainError } from '../../errors.js'
import { buildItem, buildPatron, buildRecord } from '../../test/factories.js'
import { withTestDatabase } from '../../test/test-app.js'
import { cancelHold, lockHoldOrFail, reportNotOnShelf } from '../holds/hold-changes.js'
import { placeHold } from '../holds/place-hold.js'
import { runTargeting } from '../holds/run-targeting.js'
import { checkIn } from './check-in.js'
import { checkOut } from './check-out.js'
import { type CirculationPolicy, loadCirculationPolicy } from './policy.js'

const t = withTestDatabase()
const locations = ['bind-meppel', 'bind-beilen', 'dnk-assen', 'facet-emmen'] as const
const now = new Date('2026-11-23T10:00:00Z')

/** One step a desk, a member or the engine may take, on a small world of 3 copies of 2 titles and 3 members. */
const step = fc.oneof(
  fc.record({ kind: fc.constant('checkout' as const), item: fc.nat(2), patron: fc.nat(2), at: fc.constantFrom(...locations) }),
  fc.record({ kind: fc.constant('checkin' as const), item: fc.nat(2), at: fc.constantFrom(...locations) }),
  fc.record({ kind: fc.constant('hold' as const), record: fc.nat(1), patron: fc.nat(2), pickup: fc.constantFrom(...locations) }),
  fc.record({ kind: fc.constant('cancel' as const), patron: fc.nat(2) }),
  fc.record({ kind: fc.constant('missing' as const), item: fc.nat(2), at: fc.constantFrom(...locations) }),
  fc.record({ kind: fc.constant('target' as const) }),
)
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never

async function world(db: Db) {
  const records = [await buildRecord(db), await buildRecord(db)]
  const homes = ['bind-meppel', 'dnk-assen', 'facet-emmen']
  const organisations = ['bind', 'dnk', 'facet']
  const items = await Promise.all(
    [0, 1, 2].map((i) =>
      buildItem(db, {
        record_id: (records[i % 2] ?? records[0])?.id,
        organisation_id: organisations[i] ?? 'bind',
        home_location_id: homes[i] ?? 'bind-meppel',
        acquired_on: '2024-01-01',
      }),
    ),
  )
  const patrons = await Promise.all(
    [0, 1, 2].map((i) => buildPatron(db, { organisation_id: organisations[i] ?? 'bind', home_location_id: homes[i] ?? 'bind-meppel' })),
  )
  return { records, items, patrons }
}

async function apply(db: Db, policy: CirculationPolicy, w: Awaited<ReturnType<typeof world>>, s: Step): Promise<void> {
  const at = (n: number) => w.items[n]?.barcode ?? ''
  switch (s.kind) {
    case 'checkout':
      await db.transaction().execute((trx) =>
        checkOut(
          trx,
          {
            itemBarcode: at(s.item),
            cardNumber: w.patrons[s.patron]?.card_number ?? '',
            locationId: s.at,
            channel: 'desk',
            staffUserId: null,
          },
          policy,
          now,
        ),
      )
      return
    case 'checkin':
      await db.transaction().execute((trx) => checkIn(trx, { itemBarcode: at(s.item), locationId: s.at }, policy, now))
      return
    case 'hold':
      await db.transaction().execute((trx) =>
        placeHold(
          trx,
          {
            patronId: w.patrons[s.patron]?.id ?? 0,
            recordId: w.records[s.record]?.id,
            pickupLocationId: s.pickup,
            confirmIbl: true,
            staffUserId: null,
          },
          policy,
          now,
        ),
      )
      return
    case 'cancel': {
      const hold = await db
        .selectFrom('holds')
        .select('id')
        .where('patron_id', '=', w.patrons[s.patron]?.id ?? 0)
        .where('status', 'in', ['waiting', 'targeted'])
        .executeTakeFirst()
      if (hold)
        await db
          .transaction()
          .execute(async (trx) => cancelHold(trx, await lockHoldOrFail(trx, hold.id), { kind: 'member', patronId: 0 }, now))
      return
    }
    case 'missing':
      await db.transaction().execute((trx) => reportNotOnShelf(trx, { itemBarcode: at(s.item), locationId: s.at }, policy, now))
      return
    case 'target':
      await runTargeting(db, policy, now)
      return
  }
}

/** What must hold whatever happened: the rules of the loan/hold/transit state machine. */
async function assertInvariants(db: Db, itemIds: number[]): Promise<void> {
  const rows = await sql<{
    id: number
    status: string
    current_location_id: string
    open_loans: number
    open_transits: number
    claims: number
    ready_here: number
    fulfilled_loans: number
  }>`
    select i.id, i.status, i.current_location_id,
      (select count(*) from loans l where l.item_id = i.id and l.returned_at is null) as open_loans,
      (select count(*) from transits t where t.item_id = i.id and t.received_at is null and t.cancelled_at is null) as open_transits,
      (select count(*) from holds h where h.target_item_id = i.id and h.status in ('targeted', 'in_transit', 'ready')) as claims,
      (select count(*) from holds h where h.target_item_id = i.id and h.status = 'ready' and h.pickup_location_id = i.current_location_id) as ready_here,
      0 as fulfilled_loans
    from items i where i.id = any(${itemIds}::int[])`.execute(db)
  for (const item of rows.rows) {
    expect(item.open_loans, `item ${item.id}: one open loan at most`).toBeLessThanOrEqual(1)
    expect(item.open_transits, `item ${item.id}: one open transit at most`).toBeLessThanOrEqual(1)
    expect(item.claims, `item ${item.id}: fills one hold at most`).toBeLessThanOrEqual(1)
    expect(item.status === 'on_loan', `item ${item.id}: on loan exactly when a loan is open (${item.status})`).toBe(item.open_loans === 1)
    expect(item.status === 'in_transit', `item ${item.id}: in transit exactly when a transit is open (${item.status})`).toBe(
      item.open_transits === 1,
    )
  }
  const holds = await sql<{
    id: number
    status: string
    loans: number
    open_transits: number
    item_status: string | null
    at_pickup: boolean | null
  }>`
    select h.id, h.status,
      (select count(*) from loans l where l.hold_id = h.id) as loans,
      (select count(*) from transits t where t.hold_id = h.id and t.received_at is null and t.cancelled_at is null) as open_transits,
      i.status as item_status, i.current_location_id = h.pickup_location_id as at_pickup
    from holds h left join items i on i.id = h.target_item_id
    where h.record_id in (select record_id from items where id = any(${itemIds}::int[]))`.execute(db)
  for (const hold of holds.rows) {
    expect(hold.loans, `hold ${hold.id}: filled by one loan at most`).toBeLessThanOrEqual(1)
    expect(hold.status === 'fulfilled', `hold ${hold.id}: fulfilled exactly when a loan filled it`).toBe(hold.loans === 1)
    if (hold.status === 'ready')
      expect([hold.item_status, hold.at_pickup], `hold ${hold.id}: ready on the pickup shelf`).toEqual(['on_hold_shelf', true])
    if (hold.status === 'in_transit') expect(hold.open_transits, `hold ${hold.id}: in transit with its transit`).toBe(1)
    if (hold.status === 'targeted') expect(hold.item_status, `hold ${hold.id}: targeted at a copy on the shelf`).toBe('available')
  }
}

describe('the loan, hold and transit state machine', () => {
  it('keeps its invariants through any sequence of desk, member and engine actions', async () => {
    const policy = await loadCirculationPolicy(t.db, '2026-11-23')
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 20 }), async (steps) => {
        const w = await world(t.db)
        for (const s of steps) {
          try {
            await apply(t.db, policy, w, s)
          } catch (error) {
            // a refusal (on loan, no hold to pull, limit …) is a valid answer; anything else is a bug
            if (!(error instanceof DomainError)) throw error
          }
          await assertInvariants(
            t.db,
            w.items.map((i) => i.id),
          )
        }
      }),
      { numRuns: 25 },
    )
  }, 180_000)
})
