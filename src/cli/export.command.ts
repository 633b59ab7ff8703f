import { createWriteStream } from 'node:fs'
import { Readable, type Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { readConfig } from '../config.js'
import type { Executor } from '../db/database.js'
import { openDatabase } from '../db/open.js'
import { type ExportFormat, type ExportSelection, exportMarc } from '../modules/catalogue/export/export-marc.js'

export interface ExportOptions {
  format: ExportFormat
  q?: string
  items?: boolean
  out?: string
}

/** The API's export, whole: at the command line there is no cap on the number of records. */
export async function writeMarcExport(db: Executor, options: ExportOptions, out: Writable): Promise<void> {
  const selection: ExportSelection = { q: options.q, withItems: options.items }
  await pipeline(Readable.from(exportMarc(db, selection, options.format, Number.MAX_SAFE_INTEGER)), out)
}

export async function exportMarcCommand(options: ExportOptions): Promise<void> {
  const database = await openDatabase(readConfig())
  try {
    const out = options.out ? createWriteStream(options.out) : process.stdout
    await writeMarcExport(database.db, options, out)
    if (options.out) console.error(`naober: wrote ${options.out} (${options.format})`)
  } finally {
    await database.close()
  }
}
