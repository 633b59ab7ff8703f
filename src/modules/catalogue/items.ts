import type { Db, Executor } from '../../db/database.js'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js'
import { offsetOf, type PagingQuery } from '../../http/schemas.js'
import type { Actor } from '../access/actor.js'
import { findLocation } from '../network/network.repository.js'
import { toItem } from './catalogue.mapping.js'
import type { CreateItem, Item, UpdateItem } from './catalogue.schema.js'
import * as repo from './item.repository.js'
import { findRecord } from './record.repository.js'

/**
 * Copies belong to an organisation: its admin and collection specialists edit them, and so do the
 * network admin and the POI's own collection specialists, who look after the whole collection.
 */
export function assertEditsItemsOf(actor: Actor, organisationId: string): void {
  if (actor.kind !== 'staff') throw new ForbiddenError('role_not_allowed', 'Only staff edit copies.')
  if (actor.role === 'network_admin') return
  if (actor.role === 'collection_specialist' && actor.organisationId === null) return
  if ((actor.role === 'organisation_admin' || actor.role === 'collection_specialist') && actor.organisationId === organisationId) return
  throw new ForbiddenError('organisation_scope', `You can only edit copies of your own organisation, not ${organisationId}.`, {
    organisationId,
  })
}

export async function getItem(db: Executor, id: number): Promise<Item> {
  const row = await repo.findItem(db, id)
  if (!row) throw new NotFoundError('item', { id })
  return toItem(row)
}

/** The desk's lookup: exactly this barcode, nothing like it. */
export async function getItemByBarcode(db: Executor, barcode: string): Promise<Item> {
  const row = await repo.findItemByBarcode(db, barcode)
  if (!row) throw new NotFoundError('item', { barcode })
  return toItem(row)
}

export async function listItems(db: Executor, filter: repo.ItemFilter, paging: PagingQuery) {
  const { rows, total } = await repo.listItems(db, filter, offsetOf(paging), paging.pageSize)
  return { items: rows.map(toItem), page: paging.page, pageSize: paging.pageSize, total }
}

/** A new copy is owned by the organisation of its home location and starts there. */
export async function createItem(db: Db, actor: Actor, input: CreateItem): Promise<Item> {
  const home = await homeLocation(db, input.homeLocationId, 'body.homeLocationId')
  assertEditsItemsOf(actor, home.organisation_id)
  if (!(await findRecord(db, input.recordId)))
    throw new ConflictError('unknown_reference', `Record ${input.recordId} does not exist.`, { field: 'recordId' })
  const row = await repo.insertItem(db, {
    barcode: input.barcode,
    record_id: input.recordId,
    organisation_id: home.organisation_id,
    home_location_id: home.id,
    current_location_id: home.id,
    shelf_code: input.shelfCode ?? null,
    price_cents: input.priceCents ?? null,
    ...(input.collection && { collection: input.collection }),
    ...(input.status && { status: input.status }),
    ...(input.acquiredOn && { acquired_on: input.acquiredOn }),
  })
  return toItem(row)
}

export async function updateItem(db: Db, actor: Actor, id: number, changes: UpdateItem): Promise<Item> {
  return db.transaction().execute(async (trx) => {
    const existing = await repo.findItem(trx, id)
    if (!existing) throw new NotFoundError('item', { id })
    assertEditsItemsOf(actor, existing.organisation_id)
    if (changes.homeLocationId) {
      const home = await homeLocation(trx, changes.homeLocationId, 'body.homeLocationId')
      if (home.organisation_id !== existing.organisation_id)
        throw new ValidationError([{ field: 'body.homeLocationId', message: `is not a location of ${existing.organisation_id}` }])
    }
    const row = await repo.updateItem(trx, id, {
      ...(changes.homeLocationId && { home_location_id: changes.homeLocationId }),
      ...(changes.shelfCode !== undefined && { shelf_code: changes.shelfCode }),
      ...(changes.collection && { collection: changes.collection }),
      ...(changes.status && { status: changes.status, status_changed_at: new Date() }),
      ...(changes.acquiredOn && { acquired_on: changes.acquiredOn }),
      ...(changes.priceCents !== undefined && { price_cents: changes.priceCents }),
    })
    return toItem(row)
  })
}

export async function deleteItem(db: Db, actor: Actor, id: number): Promise<void> {
  const existing = await repo.findItem(db, id)
  if (!existing) throw new NotFoundError('item', { id })
  assertEditsItemsOf(actor, existing.organisation_id)
  await repo.deleteItem(db, id)
}

async function homeLocation(db: Executor, id: string, field: string) {
  const location = await findLocation(db, id)
  if (!location || location.type === 'office') throw new ValidationError([{ field, message: `${id} is not a location that holds copies` }])
  return location
}
