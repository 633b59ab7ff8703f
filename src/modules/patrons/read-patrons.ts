import type { Db } from '../../db/database.js'
import { ValidationError } from '../../errors.js'
import { offsetOf, type PagingQuery } from '../../http/schemas.js'
import type { Actor } from '../access/actor.js'
import { toAccessLogEntry, toPatron, toPatronListItem } from './patron.mapping.js'
import { searchPatrons as searchRows } from './patron.repository.js'
import type { Patron, PatronQuery } from './patron.schema.js'
import { audit, findPatronInScope, staffPatronAccess } from './patron-access.js'
import { insertAccessLog, listAccessLog } from './patron-access-log.repository.js'
import { postcodeSearchPrefix } from './postcode.js'

/** One member, read by staff: the read is written to the access trail. */
export async function getPatron(db: Db, actor: Actor, id: number, now: Date): Promise<Patron> {
  const access = staffPatronAccess(actor)
  const row = await findPatronInScope(db, access, id)
  await insertAccessLog(db, [audit(access, id, 'read')], now)
  return toPatron(row)
}

/**
 * Members of the staff user's organisation by name, card number or postcode. A search needs at
 * least one of them: nobody pages through all members, and every member shown is logged.
 */
export async function searchPatrons(db: Db, actor: Actor, query: PatronQuery, paging: PagingQuery, now: Date) {
  const access = staffPatronAccess(actor)
  if (!query.name && !query.cardNumber && !query.postcode && query.blocked === undefined) {
    throw new ValidationError([{ field: 'querystring', message: 'give a name, card number, postcode or blocked to search on' }])
  }
  const filter = { ...query, postcode: query.postcode && postcodeSearchPrefix(query.postcode) }
  const { rows, total } = await searchRows(db, access.organisationId, filter, offsetOf(paging), paging.pageSize)
  await insertAccessLog(
    db,
    rows.map((row) => audit(access, row.id, 'search')),
    now,
  )
  return { items: rows.map(toPatronListItem), page: paging.page, pageSize: paging.pageSize, total }
}

/** Who read or changed a member's data; reading the trail is itself on the trail. */
export async function readAccessLog(db: Db, actor: Actor, id: number, paging: PagingQuery, now: Date) {
  const access = staffPatronAccess(actor)
  await findPatronInScope(db, access, id)
  const { rows, total } = await listAccessLog(db, id, offsetOf(paging), paging.pageSize)
  await insertAccessLog(db, [audit(access, id, 'read', 'access log')], now)
  return { items: rows.map(toAccessLogEntry), page: paging.page, pageSize: paging.pageSize, total }
}
