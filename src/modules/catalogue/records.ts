import type { Db, Executor } from '../../db/database.js'
import { NotFoundError, ValidationError } from '../../errors.js'
import { offsetOf, type PagingQuery } from '../../http/schemas.js'
import { toRecord } from './catalogue.mapping.js'
import type { CatalogueRecord, CreateRecord, UpdateRecord } from './catalogue.schema.js'
import { addTerms, upsertWorks } from './catalogue-bulk.repository.js'
import { parseIsbn } from './isbn.js'
import * as repo from './record.repository.js'
import { recordColumns } from './record-fields.js'
import { workKey } from './work-key.js'

export async function getRecord(db: Executor, id: number): Promise<CatalogueRecord> {
  const row = await repo.findRecord(db, id)
  if (!row) throw new NotFoundError('record', { id })
  return toRecord(row)
}

export async function listRecords(db: Executor, filter: repo.RecordFilter, paging: PagingQuery) {
  const isbn = filter.isbn ? (parseIsbn(filter.isbn) ?? filter.isbn) : undefined
  const { rows, total } = await repo.listRecords(db, { ...filter, isbn }, offsetOf(paging), paging.pageSize)
  return { items: rows.map(toRecord), page: paging.page, pageSize: paging.pageSize, total }
}

/** Adds a record to the union catalogue and to the work of its title and first author. */
export async function createRecord(db: Db, input: CreateRecord): Promise<CatalogueRecord> {
  const isbns = normaliseIsbns(input.isbns ?? [])
  const fields = {
    controlNumber: input.controlNumber ?? null,
    title: input.title,
    subtitle: input.subtitle ?? null,
    authors: input.authors ?? [],
    isbns,
    publisher: input.publisher ?? null,
    year: input.year ?? null,
    language: input.language ?? 'dut',
    format: input.format,
    audience: input.audience,
    fiction: input.fiction,
    subjects: input.subjects ?? [],
    series: input.series ?? null,
    seriesNumber: input.seriesNumber ?? null,
    onlineUrl: input.onlineUrl ?? null,
  }
  const id = await db.transaction().execute(async (trx) => {
    const workId = await workFor(trx, fields.title, fields.authors[0])
    const id = await repo.insertRecord(trx, { ...recordColumns(fields), work_id: workId })
    await addTerms(trx, [id])
    return id
  })
  return getRecord(db, id)
}

export async function updateRecord(db: Db, id: number, changes: UpdateRecord): Promise<CatalogueRecord> {
  await db.transaction().execute(async (trx) => {
    const existing = await repo.findRecord(trx, id)
    if (!existing) throw new NotFoundError('record', { id })
    const title = changes.title ?? existing.title
    const authors = changes.authors ?? existing.authors
    const keyChanged = changes.title !== undefined || changes.authors !== undefined
    const workId = keyChanged ? await workFor(trx, title, authors[0]) : existing.work_id
    await repo.updateRecord(trx, id, {
      ...(changes.controlNumber !== undefined && { control_number: changes.controlNumber }),
      ...(changes.title !== undefined && { title: changes.title }),
      ...(changes.subtitle !== undefined && { subtitle: changes.subtitle }),
      ...(changes.authors !== undefined && { authors: changes.authors }),
      ...(changes.isbns !== undefined && { isbns: normaliseIsbns(changes.isbns) }),
      ...(changes.publisher !== undefined && { publisher: changes.publisher }),
      ...(changes.year !== undefined && { year: changes.year }),
      ...(changes.language !== undefined && { language: changes.language }),
      ...(changes.format !== undefined && { format: changes.format }),
      ...(changes.audience !== undefined && { audience: changes.audience }),
      ...(changes.fiction !== undefined && { fiction: changes.fiction }),
      ...(changes.subjects !== undefined && { subjects: changes.subjects }),
      ...(changes.series !== undefined && { series: changes.series }),
      ...(changes.seriesNumber !== undefined && { series_number: changes.seriesNumber }),
      ...(changes.onlineUrl !== undefined && { online_url: changes.onlineUrl }),
      work_id: workId,
    })
    if (keyChanged) await addTerms(trx, [id])
    if (existing.work_id && existing.work_id !== workId) await repo.deleteEmptyWork(trx, existing.work_id)
  })
  return getRecord(db, id)
}

/** A record with copies cannot go (the database answers 409 still_in_use); its work goes with its last record. */
export async function deleteRecord(db: Db, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const existing = await repo.findRecord(trx, id)
    if (!existing) throw new NotFoundError('record', { id })
    await repo.deleteRecord(trx, id)
    if (existing.work_id) await repo.deleteEmptyWork(trx, existing.work_id)
  })
}

async function workFor(db: Executor, title: string, firstAuthor: string | undefined): Promise<number | null> {
  const key = workKey(title, firstAuthor)
  const works = await upsertWorks(db, [{ key, title, author: firstAuthor ?? null }])
  return works.get(key) ?? null
}

function normaliseIsbns(isbns: string[]): string[] {
  const parsed = isbns.map((isbn) => ({ isbn, parsed: parseIsbn(isbn) }))
  const bad = parsed.filter((p) => p.parsed === null)
  if (bad.length)
    throw new ValidationError(bad.map((b) => ({ field: 'body.isbns', message: `${b.isbn} is not a valid ISBN (check digit)` })))
  return [...new Set(parsed.map((p) => p.parsed as string))]
}
