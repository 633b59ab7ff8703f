import type { Db } from '../../../db/database.js'
import type { MarcFile } from '../marc/marc-file.js'
import { openMarcFile } from '../marc/marc-file.js'
import type { ItemsField } from '../marc/marc-to-record.js'
import * as repo from './import-job.repository.js'
import { importMarc } from './import-marc.js'

/** An uploaded file on disk, and how to remove it once the job is over. */
export interface ImportUpload {
  path: string
  fileName: string
  remove: () => Promise<void>
}

/** Progress is written at most this often: a poll every second sees it move, the import hardly notices. */
const progressEveryMs = 500

/**
 * Checks at once that the upload is MARC (anything else is refused before a job exists), records
 * the job and runs it in the background with the importer the CLI uses. The caller polls the job.
 */
export async function startImportJob(
  db: Db,
  upload: ImportUpload,
  options: { itemsField: ItemsField | null; staffUserId: number | null; now: () => Date },
): Promise<repo.ImportJobRow> {
  let file: MarcFile
  try {
    file = await openMarcFile(upload.path)
  } catch (error) {
    await upload.remove()
    throw error
  }
  const id = await repo.insertImportJob(db, {
    fileName: upload.fileName,
    format: file.format,
    itemsField: options.itemsField,
    bytesTotal: file.bytesTotal,
    createdBy: options.staffUserId,
  })
  const job = await repo.findImportJob(db, id)
  // runImportJob records its own failure; a temporary file that will not go away is no reason to crash
  void runImportJob(db, id, file, options).finally(() => upload.remove().catch(() => undefined))
  return job as repo.ImportJobRow
}

async function runImportJob(db: Db, id: number, file: MarcFile, options: { itemsField: ItemsField | null; now: () => Date }) {
  try {
    await repo.markImportRunning(db, id, options.now())
    let saved = performance.now()
    let saving: Promise<void> = Promise.resolve()
    const report = await importMarc(db, file, {
      itemsField: options.itemsField,
      onProgress: (progress) => {
        if (performance.now() - saved < progressEveryMs) return
        saved = performance.now()
        saving = saving.then(() => repo.saveImportProgress(db, id, progress))
      },
    })
    await saving
    await repo.finishImport(db, id, report, options.now())
  } catch (error) {
    // a database that is going away (the server stopping) cannot take this either: the job is then
    // marked interrupted at the next start
    await repo.failImport(db, id, error instanceof Error ? error.message : String(error), options.now()).catch(() => undefined)
  }
}

/** At start: jobs of a process that stopped are failed, not left 'running' for ever. */
export const failInterruptedImports = (db: Db, now: Date) => repo.failUnfinishedImports(db, now)
