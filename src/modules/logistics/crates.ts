import type { Db } from '../../db/database.js'
import { NotFoundError, ValidationError } from '../../errors.js'
import type { Actor } from '../access/actor.js'
import { checkIn } from '../circulation/check-in.js'
import { localDate } from '../circulation/dates.js'
import { toCheckInResponse } from '../circulation/desk-circulation.js'
import type { CirculationPolicy } from '../circulation/policy.js'
import {
  AlreadyInCrateError,
  AlreadySentError,
  CrateForAnotherLocationError,
  CrateStatusError,
  NotInTransitHereError,
  WrongDestinationError,
} from './crate.errors.js'
import * as repo from './crate.repository.js'
import type { CrateRow } from './crate.tables.js'
import { crateLocation } from './crate-access.js'
import { sendTransits } from './send-transits.js'

export interface PackRequest {
  locationId?: string | undefined
  toLocationId: string
  itemBarcodes: string[]
  code?: string | undefined
  label?: string | undefined
  runDate?: string | undefined
}

const unique = (values: readonly string[]) => [...new Set(values)]

/**
 * Packs a crate at the desk: every scanned copy must be waiting at this location to travel to the
 * crate's destination and be in no other crate. One wrong copy refuses the whole crate, so staff
 * never find half a crate recorded.
 */
export async function packCrate(db: Db, actor: Actor, request: PackRequest, policy: CirculationPolicy, now: Date): Promise<CrateRow> {
  const here = crateLocation(actor, request.locationId, policy)
  const to = policy.location(request.toLocationId).id
  if (to === here)
    throw new ValidationError([{ field: 'toLocationId', message: 'a crate goes to another location than where it is packed' }])
  const barcodes = unique(request.itemBarcodes)
  return db.transaction().execute(async (trx) => {
    const transits = await repo.lockOpenTransitsOfBarcodes(trx, barcodes)
    const byBarcode = new Map(transits.map((t) => [t.barcode, t]))
    const known = new Set((await repo.barcodesKnown(trx, barcodes)).map((r) => r.barcode))
    for (const barcode of barcodes) {
      if (!known.has(barcode)) throw new NotFoundError('item', { barcode })
      const transit = byBarcode.get(barcode)
      if (!transit || transit.from_location_id !== here) throw new NotInTransitHereError(barcode, here)
      if (transit.crate_id !== null) throw new AlreadyInCrateError(barcode, await repo.crateCodeOf(trx, transit.crate_id))
      if (transit.sent_at) throw new AlreadySentError(barcode)
      if (transit.to_location_id !== to) throw new WrongDestinationError(barcode, transit.to_location_id, to)
    }
    const crate = await repo.insertCrate(trx, {
      ...(request.code && { code: request.code }),
      label: request.label ?? null,
      from_location_id: here,
      to_location_id: to,
      run_date: request.runDate ?? null,
      packed_at: now,
    })
    await repo.putTransitsInCrate(
      trx,
      crate.id,
      transits.map((t) => t.id),
    )
    return crate
  })
}

async function lockedCrate(trx: Parameters<typeof repo.lockCrateByCode>[0], code: string): Promise<CrateRow> {
  const crate = await repo.lockCrateByCode(trx, code)
  if (!crate) throw new NotFoundError('crate', { crateCode: code })
  return crate
}

/** The van takes a packed crate: its copies are "in the van" for the members waiting for them. */
export async function sendCrate(
  db: Db,
  actor: Actor,
  request: { code: string; runDate?: string | undefined },
  policy: CirculationPolicy,
  now: Date,
): Promise<CrateRow> {
  return db.transaction().execute(async (trx) => {
    const crate = await lockedCrate(trx, request.code)
    crateLocation(actor, crate.from_location_id, policy)
    if (crate.status !== 'packed') throw new CrateStatusError(crate.code, crate.status, 'packed')
    const transitIds = (await repo.crateContents(trx, [crate.id])).map((c) => c.transit_id)
    await sendTransits(trx, transitIds, now)
    await repo.markCrateSent(trx, crate.id, request.runDate ?? crate.run_date ?? localDate(now), now)
    return { ...crate, status: 'sent', sent_at: now, run_date: request.runDate ?? crate.run_date ?? localDate(now) }
  })
}

export interface CrateReceipt {
  crate: CrateRow
  /** the normal check-in answer for every scanned copy: hold shelf, send on, or shelve */
  checkedIn: ReturnType<typeof toCheckInResponse>[]
  /** in the crate's manifest but not scanned */
  missing: { barcode: string; title: string }[]
  /** scanned but not in the crate's manifest (checked in all the same) */
  unexpected: string[]
}

/**
 * Receives a crate at its destination: every scanned copy goes through the normal check-in, in
 * one transaction, and the receipt lists what the manifest promised but did not come, and what
 * came but was not on it. An unknown barcode refuses the whole receipt (a mistyped scan).
 */
export async function receiveCrate(
  db: Db,
  actor: Actor,
  request: { code: string; locationId?: string | undefined; itemBarcodes: string[] },
  policy: CirculationPolicy,
  now: Date,
): Promise<CrateReceipt> {
  return db.transaction().execute(async (trx) => {
    const crate = await lockedCrate(trx, request.code)
    const here = crateLocation(actor, request.locationId ?? crate.to_location_id, policy)
    if (here !== crate.to_location_id) throw new CrateForAnotherLocationError(crate.code, crate.to_location_id, here)
    if (crate.status === 'received') throw new CrateStatusError(crate.code, crate.status, 'packed or sent')
    const scanned = unique(request.itemBarcodes)
    const contents = await repo.crateContents(trx, [crate.id])
    const checkedIn = []
    for (const itemBarcode of scanned)
      checkedIn.push(toCheckInResponse(await checkIn(trx, { itemBarcode, locationId: here }, policy, now), policy))
    if (crate.status === 'packed') await repo.markCrateSent(trx, crate.id, crate.run_date ?? localDate(now), now)
    await repo.markCrateReceived(trx, crate.id, now)
    const inCrate = new Set(contents.map((c) => c.barcode))
    const scannedSet = new Set(scanned)
    return {
      crate: { ...crate, status: 'received', received_at: now, sent_at: crate.sent_at ?? now, run_date: crate.run_date ?? localDate(now) },
      checkedIn,
      missing: contents.filter((c) => !scannedSet.has(c.barcode)).map((c) => ({ barcode: c.barcode, title: c.title })),
      unexpected: scanned.filter((b) => !inCrate.has(b)),
    }
  })
}

/** What the desk still has to pack: open transits from here in no crate yet, by destination. */
export async function toPack(db: Db, actor: Actor, locationId: string, policy: CirculationPolicy) {
  const here = crateLocation(actor, locationId, policy)
  const byDestination = new Map<string, { barcode: string; title: string; reason: repo.ToPackRow['reason']; since: Date }[]>()
  for (const row of await repo.transitsToPack(db, here)) {
    const items = byDestination.get(row.to_location_id) ?? []
    items.push({ barcode: row.barcode, title: row.title, reason: row.reason, since: row.created_at })
    byDestination.set(row.to_location_id, items)
  }
  return [...byDestination].map(([toLocationId, items]) => ({ toLocationId, toLocationName: policy.location(toLocationId).name, items }))
}
