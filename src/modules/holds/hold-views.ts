import type { Executor } from '../../db/database.js'
import type { Actor } from '../access/actor.js'
import { type HoldDetails, queuePositions } from './hold.repository.js'
import type { Hold } from './hold.schema.js'
import { memberMayCancel, stageOf } from './hold-stage.js'

const isActiveWaiting = (status: string) => status === 'waiting' || status === 'targeted'

export function toHold(row: HoldDetails, queuePosition: number | null, forStaff: boolean): Hold {
  return {
    id: row.id,
    level: row.level,
    recordId: row.record_id,
    title: row.title,
    authors: row.authors,
    format: row.format,
    pickupLocationId: row.pickup_location_id,
    status: row.status,
    stage: stageOf(row.status, row.transit_sent_at),
    placedAt: row.placed_at,
    expiresOn: row.expires_on,
    suspendedUntil: row.suspended_until,
    queuePosition,
    pickupDeadline: row.pickup_deadline,
    pickupCode: row.pickup_code,
    canCancel: memberMayCancel(row.status),
    ibl: row.target_tier,
    ...(forStaff && {
      staff: {
        patronOrganisationId: row.patron_organisation_id,
        targetBarcode: row.target_barcode,
        targetLocationId: row.target_location_id,
        targetShelfCode: row.target_shelf_code,
        targetReason: row.target_reason,
        hopelessSince: row.hopeless_since,
        transitId: row.transit_id,
      },
    }),
  }
}

/** Maps holds with their queue positions (only holds still waiting have one). */
export async function toHolds(db: Executor, actor: Actor, rows: readonly HoldDetails[]): Promise<Hold[]> {
  const positions = await queuePositions(
    db,
    rows.filter((r) => isActiveWaiting(r.status)).map((r) => r.id),
  )
  return rows.map((row) => toHold(row, positions.get(row.id) ?? null, actor.kind === 'staff'))
}
