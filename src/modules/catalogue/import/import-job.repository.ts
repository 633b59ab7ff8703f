import { sql } from 'kysely'
import type { Executor } from '../../../db/database.js'
import type { ItemsField } from '../marc/marc-to-record.js'
import type { ImportProgress, ImportReport } from './import-report.js'

const jobColumns = [
  'j.id',
  'j.file_name',
  'j.format',
  'j.items_field',
  'j.status',
  'j.bytes_total',
  'j.bytes_read',
  'j.records_read',
  'j.created',
  'j.updated',
  'j.skipped',
  'j.items_created',
  'j.items_updated',
  'j.problems',
  'j.message',
  'j.created_by',
  's.display_name as created_by_name',
  'j.created_at',
  'j.started_at',
  'j.finished_at',
] as const

export function findImportJob(db: Executor, id: number) {
  return db
    .selectFrom('catalogue_import_jobs as j')
    .leftJoin('staff_users as s', 's.id', 'j.created_by')
    .select(jobColumns)
    .where('j.id', '=', id)
    .executeTakeFirst()
}
export type ImportJobRow = NonNullable<Awaited<ReturnType<typeof findImportJob>>>

export function listImportJobs(db: Executor, limit: number) {
  return db
    .selectFrom('catalogue_import_jobs as j')
    .leftJoin('staff_users as s', 's.id', 'j.created_by')
    .select(jobColumns)
    .orderBy('j.id', 'desc')
    .limit(limit)
    .execute()
}

export async function insertImportJob(
  db: Executor,
  job: { fileName: string; format: string; itemsField: ItemsField | null; bytesTotal: number; createdBy: number | null },
): Promise<number> {
  const row = await db
    .insertInto('catalogue_import_jobs')
    .values({
      file_name: job.fileName,
      format: job.format,
      items_field: job.itemsField,
      bytes_total: job.bytesTotal,
      created_by: job.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function markImportRunning(db: Executor, id: number, now: Date): Promise<void> {
  await db.updateTable('catalogue_import_jobs').set({ status: 'running', started_at: now }).where('id', '=', id).execute()
}

export async function saveImportProgress(db: Executor, id: number, p: ImportProgress): Promise<void> {
  await db
    .updateTable('catalogue_import_jobs')
    .set({ bytes_read: p.bytesRead, records_read: p.recordsRead, created: p.created, updated: p.updated, skipped: p.skipped })
    .where('id', '=', id)
    .execute()
}

export async function finishImport(db: Executor, id: number, report: ImportReport, now: Date): Promise<void> {
  await db
    .updateTable('catalogue_import_jobs')
    .set({
      status: 'done',
      bytes_read: sql`bytes_total`,
      records_read: report.recordsRead,
      created: report.created,
      updated: report.updated,
      skipped: report.skipped,
      items_created: report.itemsCreated,
      items_updated: report.itemsUpdated,
      problems: JSON.stringify(report.problems),
      finished_at: now,
    })
    .where('id', '=', id)
    .execute()
}

export async function failImport(db: Executor, id: number, message: string, now: Date): Promise<void> {
  await db.updateTable('catalogue_import_jobs').set({ status: 'failed', message, finished_at: now }).where('id', '=', id).execute()
}

/** Jobs a stopped process left queued or running: they will not go on, so they say so. */
export async function failUnfinishedImports(db: Executor, now: Date): Promise<number> {
  const result = await db
    .updateTable('catalogue_import_jobs')
    .set({ status: 'failed', message: 'interrupted', finished_at: now })
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}
