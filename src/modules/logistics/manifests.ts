import type { Executor } from '../../db/database.js'
import { NotFoundError } from '../../errors.js'
import type { Actor } from '../access/actor.js'
import { NotYourLocationError } from '../circulation/circulation.errors.js'
import type { CirculationPolicy } from '../circulation/policy.js'
import * as repo from './crate.repository.js'
import type { CrateRow } from './crate.tables.js'
import type { TransitReason } from './transit.tables.js'

export interface ManifestLine {
  barcode: string
  title: string
  author: string | null
  shelfCode: string | null
  reason: TransitReason
  /** for a hold: the hold shelf waits for it (the member stays unnamed: the manifest travels) */
  holdId: number | null
  received: boolean
}

export interface CrateManifest {
  code: string
  label: string | null
  from: { id: string; name: string }
  to: { id: string; name: string }
  status: CrateRow['status']
  runDate: string | null
  packedAt: Date
  sentAt: Date | null
  receivedAt: Date | null
  items: ManifestLine[]
}

/** Who may read manifests at these locations: their desks, their organisations' admins, the POI. */
function mayRead(actor: Actor, ends: string[], policy: CirculationPolicy): boolean {
  if (actor.kind !== 'staff') return false
  switch (actor.role) {
    case 'network_admin':
    case 'logistics_planner':
      return true
    case 'desk':
      return ends.some((id) => actor.locationIds.includes(id))
    case 'organisation_admin':
      return ends.some((id) => policy.location(id).organisationId === actor.organisationId)
    default:
      return false
  }
}

export async function manifestsOf(db: Executor, crates: CrateRow[], policy: CirculationPolicy): Promise<CrateManifest[]> {
  const contents = await repo.crateContents(
    db,
    crates.map((c) => c.id),
  )
  const place = (id: string) => ({ id, name: policy.location(id).name })
  return crates.map((crate) => ({
    code: crate.code,
    label: crate.label,
    from: place(crate.from_location_id),
    to: place(crate.to_location_id),
    status: crate.status,
    runDate: crate.run_date,
    packedAt: crate.packed_at,
    sentAt: crate.sent_at,
    receivedAt: crate.received_at,
    items: contents
      .filter((c) => c.crate_id === crate.id)
      .map((c) => ({
        barcode: c.barcode,
        title: c.title,
        author: c.authors[0] ?? null,
        shelfCode: c.shelf_code,
        reason: c.reason,
        holdId: c.hold_id,
        received: c.received_at !== null,
      })),
  }))
}

/** The pakbon of one crate. */
export async function crateManifest(db: Executor, actor: Actor, code: string, policy: CirculationPolicy): Promise<CrateManifest> {
  const crate = await repo.findCrateByCode(db, code)
  if (!crate) throw new NotFoundError('crate', { crateCode: code })
  if (!mayRead(actor, [crate.from_location_id, crate.to_location_id], policy)) throw new NotYourLocationError(crate.to_location_id)
  return manifestOf(db, crate, policy)
}

export async function manifestOf(db: Executor, crate: CrateRow, policy: CirculationPolicy): Promise<CrateManifest> {
  const [manifest] = await manifestsOf(db, [crate], policy)
  if (!manifest) throw new NotFoundError('crate', { crateCode: crate.code })
  return manifest
}

export interface StopManifest {
  location: { id: string; name: string }
  runDate: string
  crates: CrateManifest[]
  totalCrates: number
  totalItems: number
}

/**
 * The pakbon of a stop: every crate the van unloads at a location on a run day. Only the crates
 * that have left (sent or received): a packed crate still stands at its desk.
 */
export async function stopManifest(
  db: Executor,
  actor: Actor,
  request: { locationId: string; runDate: string },
  policy: CirculationPolicy,
): Promise<StopManifest> {
  const location = policy.location(request.locationId)
  if (!mayRead(actor, [location.id], policy)) throw new NotYourLocationError(location.id)
  const crates = (await repo.listCrates(db, { toLocationId: location.id, runDate: request.runDate })).filter((c) => c.status !== 'packed')
  const manifests = await manifestsOf(db, crates.reverse(), policy)
  return {
    location: { id: location.id, name: location.name },
    runDate: request.runDate,
    crates: manifests,
    totalCrates: manifests.length,
    totalItems: manifests.reduce((sum, m) => sum + m.items.length, 0),
  }
}
