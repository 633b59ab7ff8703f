import { Type } from '@fastify/type-provider-typebox'
import { DateTime, Nullable, StringEnum } from '../../../http/schemas.js'
import type { ImportJobRow } from './import-job.repository.js'
import type { ImportProblem } from './import-report.js'

export const ImportQuery = Type.Object({
  items: Type.Optional(StringEnum(['952', '852'] as const, { description: 'read copies from this holdings field (as the CLI’s --items)' })),
})

export const ImportJobSchema = Type.Object({
  id: Type.Integer(),
  fileName: Type.String(),
  format: Nullable(StringEnum(['iso2709', 'marcxml'] as const)),
  itemsField: Nullable(StringEnum(['952', '852'] as const)),
  status: StringEnum(['queued', 'running', 'done', 'refused', 'failed'] as const),
  message: Nullable(Type.String({ description: 'why a job failed; "interrupted" when the server stopped during it' })),
  bytesTotal: Type.Integer(),
  bytesRead: Type.Integer(),
  recordsRead: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  skipped: Type.Integer(),
  itemsCreated: Type.Integer(),
  itemsUpdated: Type.Integer(),
  problems: Type.Array(
    Type.Object({
      number: Type.Integer({ description: 'the record’s number in the file, from 1' }),
      offset: Type.Optional(Type.Integer({ description: 'byte offset (ISO 2709)' })),
      line: Type.Optional(Type.Integer({ description: 'line (MARCXML)' })),
      controlNumber: Type.Optional(Type.String()),
      reason: Type.String(),
    }),
    { description: 'the skipped records (the first 1,000)' },
  ),
  createdBy: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  createdAt: DateTime,
  startedAt: Nullable(DateTime),
  finishedAt: Nullable(DateTime),
})

export const toImportJob = (row: ImportJobRow) => ({
  id: row.id,
  fileName: row.file_name,
  format: row.format as 'iso2709' | 'marcxml' | null,
  itemsField: row.items_field,
  status: row.status,
  message: row.message,
  bytesTotal: Number(row.bytes_total),
  bytesRead: Number(row.bytes_read),
  recordsRead: row.records_read,
  created: row.created,
  updated: row.updated,
  skipped: row.skipped,
  itemsCreated: row.items_created,
  itemsUpdated: row.items_updated,
  problems: row.problems as ImportProblem[],
  createdBy: row.created_by === null ? null : { id: row.created_by, name: row.created_by_name ?? '' },
  createdAt: row.created_at,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
})
