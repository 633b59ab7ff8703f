import type { Trx } from '../../db/database.js'
import { appendEvents } from '../statistics/circulation-events.js'
import { buildRequestMessage } from './national-ibl.js'
import * as repo from './national-ibl.repository.js'
import type { WaitingHold } from './targeting.repository.js'

/** Puts an ISO 18626 Request in the outbox for each hold no copy in the province can fill. */
export async function requestNationally(trx: Trx, holds: readonly WaitingHold[], now: Date, needBeforeDate: string): Promise<void> {
  if (holds.length === 0) return
  const [records, addresses] = await Promise.all([
    repo.recordsForRequests(trx, [...new Set(holds.map((h) => h.record_id))]),
    repo.addressesOf(trx, [...new Set(holds.map((h) => h.pickup_location_id))]),
  ])
  const requests = holds.flatMap((hold) => {
    const record = records.find((r) => r.id === hold.record_id)
    const pickup = addresses.find((a) => a.id === hold.pickup_location_id)
    if (!record || !pickup) return []
    const requestId = `naober-${hold.id}`
    const message = buildRequestMessage({
      requestingAgencyRequestId: requestId,
      requestingAgencyId: hold.patron_organisation_id,
      title: record.title,
      authors: record.authors,
      isbns: record.isbns,
      publisher: record.publisher,
      year: record.year,
      pickup: { name: pickup.name, street: pickup.street_address, postcode: pickup.postcode, town: pickup.town },
      needBeforeDate,
      at: now,
    })
    return [
      { hold_id: hold.id, requesting_agency_request_id: requestId, requesting_agency_id: hold.patron_organisation_id, message, at: now },
    ]
  })
  await repo.insertNationalRequests(trx, requests)
  await appendEvents(
    trx,
    holds.map((hold) => ({
      at: now,
      action: 'national_ibl_requested' as const,
      channel: 'system' as const,
      organisation_id: hold.patron_organisation_id,
      location_id: hold.pickup_location_id,
      record_id: hold.record_id,
      ibl_tier: 'national',
      patron_organisation_id: hold.patron_organisation_id,
      patron_category: hold.category,
    })),
  )
}
