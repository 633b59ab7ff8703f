import type { Executor } from '../../db/database.js'
import type { NationalIblStatus } from './holds.tables.js'

export function recordsForRequests(db: Executor, recordIds: readonly number[]) {
  if (recordIds.length === 0) return Promise.resolve([])
  return db.selectFrom('records').select(['id', 'title', 'authors', 'isbns', 'publisher', 'year']).where('id', 'in', recordIds).execute()
}

export function addressesOf(db: Executor, locationIds: readonly string[]) {
  if (locationIds.length === 0) return Promise.resolve([])
  return db.selectFrom('locations').select(['id', 'name', 'street_address', 'postcode', 'town']).where('id', 'in', locationIds).execute()
}

export interface NewNationalRequest {
  hold_id: number
  requesting_agency_request_id: string
  requesting_agency_id: string
  message: Record<string, unknown>
  at: Date
}

export async function insertNationalRequests(db: Executor, requests: readonly NewNationalRequest[]): Promise<void> {
  if (requests.length === 0) return
  const rows = await db
    .insertInto('national_ibl_requests')
    .values(
      requests.map((r) => ({
        hold_id: r.hold_id,
        requesting_agency_request_id: r.requesting_agency_request_id,
        requesting_agency_id: r.requesting_agency_id,
        message: JSON.stringify(r.message),
        created_at: r.at,
        updated_at: r.at,
      })),
    )
    .returning(['id', 'created_at'])
    .execute()
  await db
    .insertInto('national_ibl_status_changes')
    .values(rows.map((row) => ({ request_id: row.id, status: 'queued' as const, note: 'placed in the outbox', at: row.created_at })))
    .execute()
}

export function lockNationalRequest(db: Executor, id: number) {
  return db.selectFrom('national_ibl_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

export function findNationalRequest(db: Executor, id: number) {
  return db.selectFrom('national_ibl_requests').selectAll().where('id', '=', id).executeTakeFirst()
}

export function statusHistory(db: Executor, requestId: number) {
  return db
    .selectFrom('national_ibl_status_changes')
    .select(['status', 'note', 'at'])
    .where('request_id', '=', requestId)
    .orderBy('id')
    .execute()
}

export async function setNationalStatus(
  db: Executor,
  id: number,
  change: { status: NationalIblStatus; note: string | null; supplyingAgencyId?: string | undefined; at: Date },
): Promise<void> {
  await db
    .updateTable('national_ibl_requests')
    .set({
      status: change.status,
      updated_at: change.at,
      ...(change.supplyingAgencyId && { supplying_agency_id: change.supplyingAgencyId }),
    })
    .where('id', '=', id)
    .execute()
  await db
    .insertInto('national_ibl_status_changes')
    .values({ request_id: id, status: change.status, note: change.note, at: change.at })
    .execute()
}

export function listNationalRequests(db: Executor, status: NationalIblStatus | undefined, limit: number, offset: number) {
  let query = db
    .selectFrom('national_ibl_requests as n')
    .innerJoin('holds as h', 'h.id', 'n.hold_id')
    .select([
      'n.id',
      'n.hold_id',
      'n.requesting_agency_request_id',
      'n.requesting_agency_id',
      'n.status',
      'n.supplying_agency_id',
      'n.created_at',
      'n.updated_at',
      'h.pickup_location_id',
      'h.record_id',
    ])
  if (status) query = query.where('n.status', '=', status)
  return query.orderBy('n.created_at', 'desc').limit(limit).offset(offset).execute()
}

/**
 * A hold that closes takes its national request out of the outbox if it was not sent yet; a sent
 * one stays for the connector, which sends ISO 18626 its Cancel and records the supplier's answer.
 */
export async function withdrawQueuedRequests(db: Executor, holdIds: readonly number[], at: Date): Promise<void> {
  if (holdIds.length === 0) return
  const withdrawn = await db
    .updateTable('national_ibl_requests')
    .set({ status: 'Cancelled', updated_at: at })
    .where('hold_id', 'in', holdIds)
    .where('status', '=', 'queued')
    .returning('id')
    .execute()
  if (withdrawn.length === 0) return
  await db
    .insertInto('national_ibl_status_changes')
    .values(
      withdrawn.map((row) => ({
        request_id: row.id,
        status: 'Cancelled' as const,
        note: 'the hold closed before the request was sent',
        at,
      })),
    )
    .execute()
}
