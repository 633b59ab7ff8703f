import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import multipart from '@fastify/multipart'
import { Type } from '@fastify/type-provider-typebox'
import { DomainError, NotFoundError } from '../../../errors.js'
import type { RoutesPlugin } from '../../../http/plugin.js'
import { IdParams, problems } from '../../../http/schemas.js'
import { staff } from '../../access/actor.js'
import { findImportJob, listImportJobs } from './import-job.repository.js'
import { ImportJobSchema, ImportQuery, toImportJob } from './import-job.schema.js'
import { failInterruptedImports, type ImportUpload, startImportJob } from './import-jobs.js'

/** A national catalogue dump is a few GB; more than this is a mistake. */
const maxUploadBytes = 4 * 1024 ** 3

class UploadProblem extends DomainError {
  readonly code: string
  readonly status: number
  constructor(status: number, code: string, detail: string) {
    super(detail, { field: 'file' })
    this.status = status
    this.code = code
  }
}

/** The union catalogue is the network's: the POI and collection specialists bring records in. */
const importers = staff('network_admin', 'collection_specialist')
const tags = ['catalogue']

export const importJobRoutes: RoutesPlugin = async (app, { ctx }) => {
  await app.register(multipart, { limits: { fileSize: maxUploadBytes, files: 1 } })
  // this process is the only one running imports: whatever a previous one left unfinished stopped with it
  await failInterruptedImports(ctx.db, ctx.now())

  app.post(
    '/api/catalogue/imports',
    {
      config: { access: importers },
      schema: {
        tags,
        summary: 'Upload a MARC file (multipart field "file": ISO 2709 or MARCXML) to import in the background',
        consumes: ['multipart/form-data'],
        querystring: ImportQuery,
        response: { 202: ImportJobSchema, ...problems(400, 401, 403, 413, 422) },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new UploadProblem(400, 'file_missing', 'Send the MARC file as multipart/form-data in the field "file".')
      const part = await request.file()
      if (!part) throw new UploadProblem(400, 'file_missing', 'Send the MARC file as multipart/form-data in the field "file".')
      const upload = await saveUpload(part.file, part.filename || 'upload.mrc')
      if (part.file.truncated) {
        await upload.remove()
        throw new UploadProblem(413, 'file_too_large', `The file is larger than ${maxUploadBytes / 1024 ** 3} GB.`)
      }
      const actor = request.actor
      const job = await startImportJob(ctx.db, upload, {
        itemsField: request.query.items ?? null,
        staffUserId: actor.kind === 'staff' ? actor.staffUserId : null,
        now: ctx.now,
      })
      return reply.status(202).header('location', `/api/catalogue/imports/${job.id}`).send(toImportJob(job))
    },
  )

  app.get(
    '/api/catalogue/imports/:id',
    {
      config: { access: importers },
      schema: {
        tags,
        summary: 'An import job: its progress, and when done its report',
        params: IdParams,
        response: { 200: ImportJobSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const job = await findImportJob(ctx.db, request.params.id)
      if (!job) throw new NotFoundError('import job', { id: request.params.id })
      return toImportJob(job)
    },
  )

  app.get(
    '/api/catalogue/imports',
    {
      config: { access: importers },
      schema: {
        tags,
        summary: 'The latest 100 import jobs, newest first',
        response: { 200: Type.Array(ImportJobSchema), ...problems(401, 403) },
      },
    },
    async () => (await listImportJobs(ctx.db, 100)).map(toImportJob),
  )
}

/** The upload goes to a file of its own first: the importer streams from a file, and the request can end. */
async function saveUpload(stream: NodeJS.ReadableStream, fileName: string): Promise<ImportUpload> {
  const folder = await mkdtemp(path.join(tmpdir(), 'naober-import-'))
  const file = path.join(folder, 'upload')
  const remove = () => rm(folder, { recursive: true, force: true })
  try {
    await pipeline(stream, createWriteStream(file))
  } catch (error) {
    await remove()
    throw error
  }
  return { path: file, fileName: path.basename(fileName), remove }
}
