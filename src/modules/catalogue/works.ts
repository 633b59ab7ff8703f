import QRCode from 'qrcode'
import type { Executor } from '../../db/database.js'
import { NotFoundError } from '../../errors.js'
import { offsetOf, type PagingQuery } from '../../http/schemas.js'
import { copiesByLocation, type LocationCopies } from './availability.repository.js'
import { toRecord } from './catalogue.mapping.js'
import type { CatalogueRecord, Edition, Work } from './catalogue.schema.js'
import { getRecord } from './records.js'
import * as repo from './work.repository.js'

const formatOrder = ['book', 'large_print', 'ebook', 'audiobook', 'dvd', 'magazine', 'game', 'music', 'other']

/** A title page: the work with each edition and format, where copies are, and the online link where there is one. */
export async function getWork(db: Executor, id: number): Promise<Work> {
  const work = await repo.findWork(db, id)
  if (!work) throw new NotFoundError('work', { id })
  const records = (await repo.recordsOfWork(db, id)).map(toRecord)
  const copies = await copiesByLocation(
    db,
    records.map((r) => r.id),
  )
  const editions = records
    .sort((a, b) => formatOrder.indexOf(a.format) - formatOrder.indexOf(b.format) || (b.year ?? 0) - (a.year ?? 0))
    .map((record) => edition(record, copies))
  return { id: work.id, title: work.title, author: work.author, formats: [...new Set(editions.map((e) => e.record.format))], editions }
}

export async function listWorks(db: Executor, paging: PagingQuery) {
  const { rows, total } = await repo.listWorks(db, offsetOf(paging), paging.pageSize)
  return { items: rows, page: paging.page, pageSize: paging.pageSize, total }
}

function edition(record: CatalogueRecord, copies: LocationCopies[]): Edition {
  const here = copies.filter((c) => c.record_id === record.id)
  return {
    record,
    copies: here.reduce((n, c) => n + c.copies, 0),
    available: here.reduce((n, c) => n + c.available, 0),
    locations: here.map((c) => ({
      locationId: c.location_id,
      locationName: c.location_name,
      organisationId: c.organisation_id,
      available: c.available,
      copies: c.copies,
      shelfCodes: c.shelf_codes,
    })),
    online: record.onlineUrl ? { url: record.onlineUrl, qrCode: `/api/records/${record.id}/qr.svg` } : null,
  }
}

/** The physical–digital bridge: a QR code on the shelf or poster that opens the e-book or audiobook. */
export async function onlineQrCode(db: Executor, recordId: number): Promise<string> {
  const record = await getRecord(db, recordId)
  if (!record.onlineUrl) throw new NotFoundError('online edition of record', { id: recordId })
  return QRCode.toString(record.onlineUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
}
